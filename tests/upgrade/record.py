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
from typing import Any

from components import partition as partitions
from tests.conftest import REGIONS, every_scenario_in_both_partitions, run_program_uncached

# The variants a deployed stack may hold beyond every_scenario's: a consumer VPC brought by
# the user, and the user's own network and NLB.
OWN = {"vpcId": "vpc-0a1b2c3d4e5f60718", "subnetIds": ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]}
# Variants of the global partition only: VPC link v2, EDGE and Cloud Map are refused in China.
GLOBAL_VARIANTS: list[tuple[str, dict[str, Any]]] = [
    ("rest-regional", {"restApi": {"endpointType": "EDGE"}}),
    (
        "rest-regional",
        {
            "network": OWN,
            "restApi": {"vpcLink": "v2"},
            "backend": {
                "loadBalancerArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/mine/0123456789abcdef"
            },
        },
    ),
    (
        "http-api",
        {
            "network": OWN,
            "backend": {
                "cloudMapServiceArn": "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-0123456789abcdef"
            },
            "httpApi": {"target": "cloudmap"},
        },
    ),
    ("rest-private", {"restApi": {"vpcLink": "v2"}}),
    (
        "cross-account",
        {"restApi": {"vpcLink": "v2"}, "consumers": [{"name": "team", "roleArn": "arn:aws:iam::210987654321:role/x"}]},
    ),
    ("chained", {"restApi": {"vpcLink": "v2"}}),
]
EXTRA_VARIANTS: list[tuple[str, dict[str, Any]]] = [
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
    (
        "rest-regional",
        {
            "network": OWN,
            "backend": {
                "nlbArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/mine/0123456789abcdef"
            },
        },
    ),
    (
        "http-api",
        {
            "network": OWN,
            "backend": {
                "listenerArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/mine/0123456789abcdef/fedcba9876543210"
            },
        },
    ),
    (
        "cross-account",
        {
            "consumers": [
                {
                    "name": "team",
                    "roleArn": "arn:aws:iam::210987654321:role/x",
                    "vpcId": "vpc-0b1b2c3d4e5f60718",
                    "subnetIds": ["subnet-0b1b2c3d4e5f60718"],
                }
            ]
        },
    ),
]


def _in(region: str, config: dict) -> dict:
    """`config`, written for us-east-1, with its ARNs in `region`'s partition and region."""
    text = json.dumps(config).replace("arn:aws:", f"arn:{partitions.partition_of_region(region)}:")
    return json.loads(text.replace("us-east-1", region))


def variants() -> list[tuple[str, str, dict]]:
    return (
        every_scenario_in_both_partitions()
        + [(region, scenario, _in(region, config)) for region in REGIONS for scenario, config in EXTRA_VARIANTS]
        + [("us-east-1", scenario, config) for scenario, config in GLOBAL_VARIANTS]
    )


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
