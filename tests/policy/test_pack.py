"""The policy pack as the Pulumi CLI runs it, and the program measured against it."""

import subprocess
import sys
from pathlib import Path

import grpc
import pulumi_policy
import pytest
import yaml
from google.protobuf import empty_pb2, struct_pb2
from pulumi.runtime.proto import analyzer_pb2, analyzer_pb2_grpc
from pulumi_policy.proxy import UnknownValueError

from policy import rules
from program.catalog import SCENARIOS
from tests.conftest import config_for, every_scenario_in_both_partitions, run_program
from tests.policy.helpers import stack_violations, violations
from tooling import offline

POLICY_DIR = Path(__file__).resolve().parents[2] / "policy"
RESOURCE_POLICIES = [p for p in rules.POLICIES if isinstance(p, pulumi_policy.ResourceValidationPolicy)]
STACK_POLICIES = [p for p in rules.POLICIES if isinstance(p, pulumi_policy.StackValidationPolicy)]


def test_every_rule_module_is_in_the_pack():
    modules = {p.stem for p in (POLICY_DIR / "rules").glob("*.py")} - {"__init__", "resource_check"}
    assert {rule.__name__.rsplit(".", 1)[1] for rule in rules.RULES} == modules
    assert len({policy.name for policy in rules.POLICIES}) == len(modules)
    assert len(RESOURCE_POLICIES) + len(STACK_POLICIES) == len(modules)


@pytest.fixture(scope="module")
def analyzer():
    """The pack started as the CLI starts it (`python -m pulumi.policy ENGINE PACK_DIR`), serving gRPC."""
    process = subprocess.Popen(
        [sys.executable, "-u", "-m", "pulumi.policy", "127.0.0.1:1", str(POLICY_DIR)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=POLICY_DIR,
    )
    try:
        port = process.stdout.readline().decode().strip()
        assert port.isdigit(), process.stderr.read().decode()[-2000:]
        with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
            yield analyzer_pb2_grpc.AnalyzerStub(channel)
    finally:
        process.terminate()
        process.wait()


def wire(typ: str, name: str, props: dict, **fields) -> dict:
    struct = struct_pb2.Struct()
    struct.update(props)
    return {
        "type": typ,
        "name": name,
        "urn": f"urn:pulumi:dev::apigw-private::{typ}::{name}",
        "properties": struct,
        **fields,
    }


def test_the_cli_serves_a_mandatory_pack_of_every_rule_from_the_projects_virtualenv(analyzer):
    info = analyzer.GetAnalyzerInfo(empty_pb2.Empty())
    assert info.name == "apigw-private-security"
    assert [p.name for p in info.policies] == [p.name for p in rules.POLICIES]
    assert {p.enforcementLevel for p in info.policies} == {analyzer_pb2.MANDATORY}
    project = yaml.safe_load((POLICY_DIR / "PulumiPolicy.yaml").read_text())
    assert project["runtime"] == {"name": "python", "options": {"virtualenv": "../.venv"}}


def test_the_analyzer_reports_a_resource_and_a_stack_violation(analyzer):
    group = wire(
        "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
        "open",
        {"cidrIpv4": "0.0.0.0/0", "fromPort": 443, "ipProtocol": "tcp"},
    )
    found = analyzer.Analyze(analyzer_pb2.AnalyzeRequest(**group)).diagnostics
    assert [(d.policyName, d.message.splitlines()[-1]) for d in found] == [
        (
            "security-groups-admit-no-one-from-anywhere",
            "ingress from 0.0.0.0/0 on some ports: admit the VPC's CIDR block or a security group instead",
        )
    ]
    api = wire("aws:apigateway/restApi:RestApi", "api", {"endpointConfiguration": {"types": "PRIVATE"}})
    stack = analyzer.AnalyzeStack(analyzer_pb2.AnalyzeStackRequest(resources=[analyzer_pb2.AnalyzerResource(**api)]))
    assert [(d.policyName, d.urn) for d in stack.diagnostics] == [
        ("private-apis-admit-only-their-endpoints", api["urn"])
    ]


EVERY_SCENARIO = every_scenario_in_both_partitions()


def all_violations(resources) -> set[str]:
    found = {
        f"{r.name}: {message}"
        for r in resources
        for policy in RESOURCE_POLICIES
        for message in violations(policy, r.type, r.inputs, r.name)
    }
    return found | {
        f"{name}: {message}" for policy in STACK_POLICIES for name, message in stack_violations(policy, resources)
    }


@pytest.mark.parametrize("region, scenario, config", EVERY_SCENARIO)
def test_every_scenario_passes_the_pack(region, scenario, config):
    assert all_violations(run_program(region, scenario=scenario, **config).resources) == set()


@pytest.mark.parametrize("region, scenario, config", EVERY_SCENARIO)
def test_a_preview_reports_nothing_and_leaves_only_the_private_policies_to_the_update(region, scenario, config):
    """A new private API's policy (and its private custom domain name's) names endpoints AWS has not created yet,
    and an endpoint's policy names APIs not created yet: the analyzer cannot read them during a preview, and
    checks them when the update has created them."""
    resources = offline.run(config_for(region, scenario=scenario, **config), "test", preview=True).resources
    found, unchecked = set(), set()
    for policy in rules.POLICIES:
        try:
            found |= (
                {m for r in resources for m in violations(policy, r.type, r.inputs, r.name)}
                if policy in RESOURCE_POLICIES
                else {m for _, m in stack_violations(policy, resources)}
            )
        except UnknownValueError:
            unchecked.add(policy.name)
    assert found == set()
    private = SCENARIOS[scenario].is_private
    assert unchecked == (
        {"private-apis-admit-only-their-endpoints", "execute-api-endpoints-allow-only-their-apis"} if private else set()
    ) | ({"private-domain-names-admit-only-their-endpoints"} if private and "customDomain" in config else set())
