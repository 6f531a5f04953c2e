"""Rules of the codebase that a reviewer would otherwise have to remember."""

import re
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.conftest import every_scenario, run_program

ROOT = Path(__file__).resolve().parent.parent

SCENARIO_CONFIGS = every_scenario("aws")


def product_files():
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "*.py"],
                            cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    return [ROOT / f for f in listed if not f.startswith("tests/")]


def test_only_the_partition_module_spells_a_partition():
    offenders = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in product_files() if path.name != "partition.py"
        for n, line in enumerate(path.read_text().splitlines(), start=1)
        if re.search(r"arn:aws(-cn)?:|amazonaws\.com", line)
    ]
    assert offenders == []


def test_project_config_declares_only_types_pulumi_accepts_each_with_description_and_default():
    project = yaml.safe_load((ROOT / "Pulumi.yaml").read_text())
    assert project["name"] == "apigw-private"
    for key, entry in project["config"].items():
        assert entry["type"] in ("string", "integer", "boolean", "array"), key
        assert entry["description"] and "default" in entry, key


def test_components_never_create_resources_inside_apply():
    for path in (ROOT / "components").glob("*.py"):
        source = path.read_text()
        for match in re.finditer(r"\.apply\((lambda[^\n]*)", source):
            assert not re.search(r"aws\.[a-z0-9_]+\.[A-Z]", match.group(1)), f"{path.name}: {match.group(1)}"


def test_requirements_are_pinned():
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            assert re.fullmatch(r"[A-Za-z0-9_.\-\[\]]+==[0-9][0-9A-Za-z.]*", line.strip()), line


# EC2 accepts only these characters in security group and rule descriptions (CreateSecurityGroup,
# IpRange.Description): a-z, A-Z, 0-9, spaces and ._-:/()#,@[]+=&;{}!$*
EC2_DESCRIPTION = re.compile(r"^[a-zA-Z0-9 ._\-:/()#,@\[\]+=&;{}!$*]{0,255}$")


@pytest.mark.parametrize("scenario, config", SCENARIO_CONFIGS, ids=[s for s, _ in SCENARIO_CONFIGS])
def test_security_group_descriptions_use_only_characters_ec2_accepts(scenario, config):
    for group in run_program("us-east-1", scenario=scenario, **config).of_type("aws:ec2/securityGroup:SecurityGroup"):
        rules = group.inputs.get("ingress", []) + group.inputs.get("egress", [])
        for text in [group.inputs.get("description", "")] + [rule.get("description", "") for rule in rules]:
            assert EC2_DESCRIPTION.match(text), f"{group.name}: {text!r}"


# Pulumi autonames these with a '-' and 7 random characters, and fails past AWS's 32.
NAME_LIMITS = {"aws:lb/loadBalancer:LoadBalancer": 32, "aws:lb/targetGroup:TargetGroup": 32}


@pytest.mark.parametrize("scenario, config", SCENARIO_CONFIGS, ids=[s for s, _ in SCENARIO_CONFIGS])
def test_autonamed_load_balancers_and_target_groups_fit_aws_name_limits(scenario, config):
    for resource in run_program("us-east-1", scenario=scenario, **config).resources:
        limit = NAME_LIMITS.get(resource.type)
        if limit and "name" not in resource.inputs:
            assert len(resource.name) + 8 <= limit, resource.name
