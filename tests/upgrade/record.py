"""Record the URNs and inputs a release registers, for the upgrade test of the next one.

    .venv/bin/python -m tests.upgrade.record tests/upgrade/deployed-<release>.json

Run it on the release that users have deployed, before changing anything: the file it writes
is what their stacks hold, and `test_upgrades` checks that the next version still reaches every
one of those URNs (or an alias of it) without replacing what is deployed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.conftest import REGIONS, every_scenario_in_both_partitions, run_program_uncached

# The variants a deployed stack may hold beyond every_scenario's: a consumer VPC brought by
# the user, and the user's own network and NLB.
EXTRA_VARIANTS = [
    (
        "rest-regional",
        {
            "network": {
                "vpcId": "vpc-0a1b2c3d4e5f60718",
                "subnetIds": ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"],
            }
        },
    ),
    (
        "rest-regional",
        {
            "restApi": {
                "routes": [
                    {"path": "/items/{id}", "method": "GET", "backendPath": "/items/{id}"},
                    {"path": "/items", "method": "POST", "proxy": False},
                ]
            }
        },
    ),
]


def variants() -> list[tuple[str, str, dict]]:
    return every_scenario_in_both_partitions() + [
        (region, scenario, config) for region in REGIONS for scenario, config in EXTRA_VARIANTS
    ]


def record() -> list[dict]:
    stacks = []
    for region, scenario, config in variants():
        plan = run_program_uncached(region, scenario=scenario, **config)
        stacks.append(
            {
                "region": region,
                "scenario": scenario,
                "config": config,
                "resources": [
                    {"urn": r.urn, "type": r.type, "inputs": r.inputs}
                    for r in sorted(plan.resources, key=lambda r: r.urn)
                ],
            }
        )
    return stacks


if __name__ == "__main__":
    Path(sys.argv[1]).write_text(json.dumps(record(), indent=1, sort_keys=True) + "\n")
