"""Reliability promises: API-level changes never touch the infrastructure other things point at."""

import pytest
from pulumi.output import Unknown

from components import partition as partitions
from tests.conftest import config_for, every_scenario_in_both_partitions, run_program
from tooling import offline

# Replacing any of these costs minutes and breaks what points at them (ENI IPs, DNS names, link ids).
INFRASTRUCTURE = (
    "awsx:ec2:Vpc",
    "aws:lb/loadBalancer:LoadBalancer",
    "aws:lb/targetGroup:TargetGroup",
    "aws:lb/listener:Listener",
    "aws:apigateway/vpcLink:VpcLink",
    "aws:apigatewayv2/vpcLink:VpcLink",
    "aws:ec2/vpcEndpoint:VpcEndpoint",
    "aws:ec2/instance:Instance",
    "aws:ec2/securityGroup:SecurityGroup",
    "aws:servicediscovery/service:Service",
    "aws:servicediscovery/privateDnsNamespace:PrivateDnsNamespace",
)

CONSUMER = {"name": "team-b", "vpcEndpointId": "vpce-0123456789abcdef0"}
OTHER_CONSUMER = {"name": "team-c", "vpcEndpointId": "vpce-0123456789abcdef1"}


def infrastructure(plan):
    return {(r.type, r.name): r.inputs for r in plan.resources if r.type in INFRASTRUCTURE}


@pytest.mark.parametrize(
    "scenario, base",
    [
        ("rest-regional", {}),
        ("rest-private", {}),
        ("cross-account", {"consumers": [CONSUMER]}),
        ("chained", {}),
        ("http-api", {}),
        ("http-api", {"httpApi": {"target": "cloudmap"}}),
    ],
)
@pytest.mark.parametrize(
    "change",
    [
        {
            "restApi": {
                "routes": [
                    {"path": "/orders"},
                    {"path": "/orders/{id}", "method": "POST", "backendPath": "/orders/{id}"},
                ]
            }
        },
        {"stageName": "qa"},
        {"logging": {"executionLevel": "INFO", "retentionInDays": 90}},
    ],
    ids=["routes", "stage", "logging"],
)
def test_api_changes_replace_no_network_load_balancer_vpc_link_or_endpoint(region, scenario, base, change):
    if scenario == "http-api" and "restApi" in change:
        change = {"httpApi": {**base.get("httpApi", {}), "routes": ["GET /orders", "POST /orders/{id}"]}}
    if base.get("httpApi", {}).get("target") == "cloudmap" and not partitions.offers(
        partitions.partition_of_region(region), partitions.HTTP_API_CLOUD_MAP
    ):
        pytest.skip("Cloud Map private integrations do not exist in China")
    before = run_program(region, scenario=scenario, **base)
    after = run_program(region, scenario=scenario, **{**base, **change})
    assert infrastructure(after) == infrastructure(before)


def test_stage_rename_over_vpc_link_v2_replaces_no_infrastructure():
    before = run_program("us-east-1", restApi={"vpcLink": "v2"})
    after = run_program("us-east-1", restApi={"vpcLink": "v2"}, stageName="qa")
    assert infrastructure(after) == infrastructure(before)


def test_consumer_changes_replace_no_infrastructure(region):
    before = run_program(region, scenario="cross-account", consumers=[CONSUMER])
    after = run_program(region, scenario="cross-account", consumers=[CONSUMER, OTHER_CONSUMER])
    assert infrastructure(after) == infrastructure(before)


@pytest.mark.parametrize(
    "scenario, config",
    [
        ("rest-regional", {}),
        ("rest-private", {}),
        ("cross-account", {"consumers": [CONSUMER]}),
        ("chained", {}),
        ("http-api", {}),
    ],
)
def test_two_stacks_name_nothing_the_same(region, scenario, config):
    """The mocks autoname per stack, as Pulumi does, so this catches any name the program fixes itself."""
    first = run_program(region, stack="team-a", scenario=scenario, **config)
    second = run_program(region, stack="team-b", scenario=scenario, **config)
    scoped_to_their_api = {"aws:apigatewayv2/stage:Stage"}

    def names(plan):
        return {
            r.outputs.get("name")
            for r in plan.resources
            if r.custom and r.outputs.get("name") and r.type not in scoped_to_their_api
        }

    assert names(first) and not names(first) & names(second)


@pytest.mark.parametrize("scenario", ["rest-regional", "rest-private"])
def test_four_hundred_routes_register_the_same_resources_as_ten(scenario):
    def routes(count):
        return {
            "routes": [
                {"path": f"/items{i}/{{id}}", "method": "ANY", "backendPath": "/items/{id}"} for i in range(count)
            ]
        }

    few = run_program("us-east-1", scenario=scenario, restApi=routes(10))
    many = run_program("us-east-1", scenario=scenario, restApi=routes(400))
    assert sorted((r.type, r.name) for r in many.resources) == sorted((r.type, r.name) for r in few.resources)
    assert len(many.outputs["curlExamples"]) == 40 * len(few.outputs["curlExamples"])


def known_in_preview(previewed, applied) -> bool:
    """Whether every value a preview knows is the value the update sends."""
    if isinstance(previewed, Unknown):
        return True
    if isinstance(previewed, dict) and isinstance(applied, dict):
        return previewed.keys() == applied.keys() and all(known_in_preview(v, applied[k]) for k, v in previewed.items())
    if isinstance(previewed, list) and isinstance(applied, list):
        return len(previewed) == len(applied) and all(map(known_in_preview, previewed, applied))
    return previewed == applied


@pytest.mark.parametrize("region, scenario, config", every_scenario_in_both_partitions())
def test_a_preview_registers_what_an_update_creates(region, scenario, config):
    """`pulumi preview` knows no id or computed output yet; nothing the program registers may hang on one."""
    applied = run_program(region, scenario=scenario, **config)
    previewed = offline.run(config_for(region, scenario=scenario, **config), "test", preview=True)
    assert sorted((r.type, r.name, r.parent) for r in previewed.resources) == sorted(
        (r.type, r.name, r.parent) for r in applied.resources
    )
    sent = {r.urn: r.inputs for r in applied.resources}
    assert all(known_in_preview(r.inputs, sent[r.urn]) for r in previewed.resources)
