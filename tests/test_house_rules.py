"""Rules of the codebase that a reviewer would otherwise have to remember."""

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import every_scenario, run_program

ROOT = Path(__file__).resolve().parent.parent

SCENARIO_CONFIGS = every_scenario("aws")


def tracked_files(*patterns):
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", *patterns],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return [ROOT / f for f in listed if (ROOT / f).exists()]


def product_files(*patterns):
    return [
        path
        for path in tracked_files(*(patterns or ("*.py",)))
        if not path.relative_to(ROOT).as_posix().startswith("tests/")
    ]


PARTITION_MODULE = ROOT / "components" / "partition.py"
# Partition facts in writing: ARN prefixes (`arn:aws:`, `arn:aws-cn:`) and everything built on
# `amazonaws` (DNS suffixes `.amazonaws.com(.cn)`, endpoint service prefixes `com.amazonaws.`, `cn.com.amazonaws.`).
SPELLED_PARTITION_FACT = re.compile(r"arn:aws(-[a-z]+)*:|amazonaws")
# A partition name as a whole string: "aws", "aws-cn", "aws-us-gov", "aws-iso-b" (not a package such as
# "aws-cdk-lib").
PARTITION_NAME = re.compile(r"aws(-(cn|us-gov|iso[a-z-]*|eusc))?")
# What a rule that depends on the partition compares against: a partition name, a China region or
# its prefix (`cn-`, `cn-north-1`), a China DNS ending (`.cn`).
PARTITION_OR_CHINA_REGION = re.compile(r"aws(-[a-z]+)*|cn(-[a-z0-9-]*)?|[\w.-]*\.cn")
# "aws" is also the aws provider's config namespace (`aws:region`), which this one line names.
PROVIDER_NAMESPACE = ("program/settings/keys.py", 'PROVIDER = "aws"')
# The stand-in for the Pulumi CLI is a separate program run from a copy outside the repository,
# as the CLI is: it cannot ask the partition module, and answers as the real stack would.
CLI_STANDIN = ROOT / "tests" / "pulumi_standin.py"


def test_only_the_partition_module_spells_a_partition():
    """Program, library and policy pack: no ARN prefix, no `amazonaws` name and no partition name as
    a string outside components/partition.py (docs/aws-facts.md holds the facts in prose). Tests may
    spell them: their expected values are the independent statement of each fact."""
    offenders = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in product_files("*.py", "*.yaml")
        if path != PARTITION_MODULE
        for n, line in enumerate(path.read_text().splitlines(), start=1)
        if SPELLED_PARTITION_FACT.search(line)
    ]
    for path in product_files():
        if path == PARTITION_MODULE:
            continue
        lines = path.read_text().splitlines()
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and PARTITION_NAME.fullmatch(node.value)
                and (path.relative_to(ROOT).as_posix(), lines[node.lineno - 1].strip()) != PROVIDER_NAMESPACE
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value!r}")
    assert sorted(offenders) == []


def partition_decisions(source: str) -> list[tuple[int, str]]:
    """Comparisons and `startswith`/`endswith` calls against a partition or China region name, outside
    `assert` statements (a test's expected value is no decision): (line, the value compared with)."""
    tree = ast.parse(source)
    asserted = {
        id(node) for statement in ast.walk(tree) if isinstance(statement, ast.Assert) for node in ast.walk(statement)
    }

    def constants(node):
        items = node.elts if isinstance(node, (ast.Tuple, ast.List, ast.Set)) else [node]
        return [item.value for item in items if isinstance(item, ast.Constant) and isinstance(item.value, str)]

    found = []
    for node in ast.walk(tree):
        if id(node) in asserted:
            continue
        if isinstance(node, ast.Compare):
            compared = [value for operand in [node.left, *node.comparators] for value in constants(operand)]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("startswith", "endswith")
        ):
            compared = [value for argument in node.args for value in constants(argument)]
        else:
            continue
        found += [(node.lineno, value) for value in compared if PARTITION_OR_CHINA_REGION.fullmatch(value)]
    return found


@pytest.mark.parametrize(
    "source, decisions",
    [
        ('if settings.partition == "aws-cn": pass', [(1, "aws-cn")]),
        ('china = region.startswith("cn-")', [(1, "cn-")]),
        ('x = 1 if region in ("cn-north-1", "cn-northwest-1") else 2', [(1, "cn-north-1"), (1, "cn-northwest-1")]),
        ('ok = host.endswith(".amazonaws.com.cn")', [(1, ".amazonaws.com.cn")]),
        ('assert plan.partition == "aws-cn"', []),
        ('if namespace == "aws:region" or token.startswith("aws:"): pass', []),
        ("if partitions.offers(partition, partitions.HTTP_API_CLOUD_MAP): pass", []),
    ],
)
def test_partition_decisions_are_comparisons_with_partition_or_china_region_names(source, decisions):
    assert partition_decisions(source) == decisions


def test_no_code_decides_by_a_partition_or_china_region_name():
    """Whether a partition offers something, or which partition a region is in, is asked of
    components/partition.py (`offers`, `partition_of_region`), tests included."""
    offenders = [
        f"{path.relative_to(ROOT)}:{line}: {value!r}"
        for path in tracked_files("*.py")
        if path not in (PARTITION_MODULE, CLI_STANDIN)
        for line, value in partition_decisions(path.read_text())
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


def _modules_loaded_by(module: str) -> set[str]:
    code = f"import sys, {module}; print(' '.join(sorted(sys.modules)))"
    return set(
        subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.split()
    )


def test_the_program_imports_no_tooling_and_the_real_engine_no_mocks():
    assert not {m for m in _modules_loaded_by("program.main") if m.split(".")[0] == "tooling"}
    assert "tooling.mocks" not in _modules_loaded_by("tooling.engine")
    assert "tooling.mocks" not in _modules_loaded_by("tooling.recorder")


def test_every_cited_fact_is_in_the_repository():
    """Comments cite docs/aws-facts.md and docs/design.md by section; each cited section exists there."""
    docs = {name: (ROOT / "docs" / name).read_text() for name in ("aws-facts.md", "design.md")}
    missing = []
    for path in ROOT.rglob("*"):
        if path.suffix not in (".py", ".md", ".yaml") or ".venv" in path.parts or "node_modules" in path.parts:
            continue
        text = path.read_text(errors="replace")
        assert not re.search(r"\b(AWS_FACTS|DESIGN)\.md", text), (
            f"{path.relative_to(ROOT)} cites a file outside the repository"
        )
        for doc, sections in re.findall(r"docs/(aws-facts\.md|design\.md) ((?:§[\d.x]+(?:, )?)+)", text):
            for section in re.findall(r"§([\d.x]+)", sections):
                if not re.search(rf"§{re.escape(section.rstrip('.'))}\b", docs[doc]):
                    missing.append(f"{path.relative_to(ROOT)}: {doc} §{section}")
    assert missing == []
