"""Reliability promises: API-level changes never touch the infrastructure other things point at."""

import pytest

from tests.conftest import run_program

# Replacing any of these costs minutes and breaks what points at them (ENI IPs, DNS names, link ids).
INFRASTRUCTURE = ("awsx:ec2:Vpc", "aws:lb/loadBalancer:LoadBalancer", "aws:lb/targetGroup:TargetGroup",
                  "aws:lb/listener:Listener", "aws:apigateway/vpcLink:VpcLink", "aws:ec2/vpcEndpoint:VpcEndpoint",
                  "aws:ec2/instance:Instance", "aws:ec2/securityGroup:SecurityGroup")

CONSUMER = {"name": "team-b", "vpcEndpointId": "vpce-0123456789abcdef0"}
OTHER_CONSUMER = {"name": "team-c", "vpcEndpointId": "vpce-0123456789abcdef1"}


def infrastructure(plan):
    return {(r.type, r.name): r.inputs for r in plan.resources if r.type in INFRASTRUCTURE}


@pytest.mark.parametrize("scenario, base", [
    ("rest-regional", {}), ("rest-private", {}), ("cross-account", {"consumers": [CONSUMER]}), ("chained", {}),
])
@pytest.mark.parametrize("change", [
    {"restApi": {"routes": [{"path": "/orders"}, {"path": "/orders/{id}", "method": "POST",
                             "backendPath": "/orders/{id}"}]}},
    {"stageName": "qa"},
    {"logging": {"executionLevel": "INFO", "retentionInDays": 90}},
], ids=["routes", "stage", "logging"])
def test_api_changes_replace_no_network_load_balancer_vpc_link_or_endpoint(region, scenario, base, change):
    before = run_program(region, scenario=scenario, **base)
    after = run_program(region, scenario=scenario, **{**base, **change})
    assert infrastructure(after) == infrastructure(before)


def test_consumer_changes_replace_no_infrastructure(region):
    before = run_program(region, scenario="cross-account", consumers=[CONSUMER])
    after = run_program(region, scenario="cross-account", consumers=[CONSUMER, OTHER_CONSUMER])
    assert infrastructure(after) == infrastructure(before)


def test_two_stacks_name_nothing_the_same(region):
    first, second = run_program(region, stack="team-a"), run_program(region, stack="team-b")
    names = lambda plan: {r.outputs.get("name") for r in plan.resources if r.custom and r.outputs.get("name")}
    assert names(first) and not names(first) & names(second)
