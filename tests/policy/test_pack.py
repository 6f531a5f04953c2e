"""The policy pack as the Pulumi CLI runs it, and the program measured against it."""

import runpy
from pathlib import Path

import pulumi_policy
import pytest
import yaml
from pulumi_policy.proxy import UnknownValueError

from policy import rules
from program import offline
from tests.conftest import PARTITION_OF, REGIONS, config_for, every_scenario, run_program
from tests.policy.helpers import violations

POLICY_DIR = Path(__file__).resolve().parents[2] / "policy"


def test_every_rule_module_is_in_the_pack():
    modules = {p.stem for p in (POLICY_DIR / "rules").glob("*.py")} - {"__init__", "resource_check"}
    assert {rule.__name__.rsplit(".", 1)[1] for rule in rules.RULES} == modules
    assert len({policy.name for policy in rules.POLICIES}) == len(modules)


def test_the_cli_runs_a_mandatory_pack_of_every_rule_in_the_projects_virtualenv(monkeypatch):
    packs = []
    monkeypatch.setattr(pulumi_policy, "PolicyPack", lambda **pack: packs.append(pack))
    runpy.run_path(str(POLICY_DIR), run_name="__main__")  # as `python -m pulumi.policy` does
    [pack] = packs
    assert pack["name"] == "apigw-private-security"
    assert pack["enforcement_level"] == pulumi_policy.EnforcementLevel.MANDATORY
    assert [p.name for p in pack["policies"]] == [p.name for p in rules.POLICIES]
    project = yaml.safe_load((POLICY_DIR / "PulumiPolicy.yaml").read_text())
    assert project["runtime"] == {"name": "python", "options": {"virtualenv": "../.venv"}}


EVERY_SCENARIO = [(region, scenario, config)
                  for region in REGIONS for scenario, config in every_scenario(PARTITION_OF[region])]


@pytest.mark.parametrize("region, scenario, config", EVERY_SCENARIO)
def test_every_scenario_passes_the_pack(region, scenario, config):
    plan = run_program(region, scenario=scenario, **config)
    found = {f"{r.name}: {message}" for r in plan.resources for policy in rules.POLICIES
             for message in violations(policy, r.type, r.inputs, r.name)}
    assert found == set()


@pytest.mark.parametrize("region, scenario, config", EVERY_SCENARIO)
def test_a_preview_reports_nothing_and_leaves_only_the_private_api_policy_to_the_update(region, scenario, config):
    """A new private API's policy names endpoints AWS has not created yet: the analyzer cannot read it
    during a preview, and checks it before the update creates the API."""
    plan = offline.run(config_for(region, scenario=scenario, **config), "test", preview=True)
    found, unchecked = set(), set()
    for resource in plan.resources:
        for policy in rules.POLICIES:
            try:
                found |= set(violations(policy, resource.type, resource.inputs, resource.name))
            except UnknownValueError:
                unchecked.add((policy.name, resource.type))
    assert found == set()
    private = scenario in ("rest-private", "cross-account", "chained")
    assert unchecked == ({("private-apis-admit-only-their-endpoints", "aws:apigateway/restApi:RestApi")}
                         if private else set())
