"""The plan's estimates: the modeled deploy time against its floor, and the fixed monthly cost."""

from __future__ import annotations

from typing import Any, Optional

import pytest

from tests.conftest import PARTITION_OF, every_scenario_in_both_partitions, run_program
from tooling.estimates import estimate
from tooling.estimates.critical_path import longest_chain
from tooling.estimates.deploy_time import deploy_time
from tooling.estimates.monthly_cost import monthly_cost, nat_gateways
from tooling.estimates.prices import UnknownToPrices, table_of
from tooling.estimates.timings import TABLE, UnknownToEstimates, creation_time
from tooling.recorder import Registration

STACK = "urn:pulumi:test::apigw-private::pulumi:pulumi:Stack::apigw-private-test"


def registration(
    name: str,
    typ: str,
    *,
    parent: str = STACK,
    custom: bool = True,
    depends_on: tuple[str, ...] = (),
    inputs_from: Optional[dict[str, tuple[str, ...]]] = None,
    inputs: Optional[dict[str, Any]] = None,
):
    """A registration as the mock monitor records it; `inputs_from` names, per input, the resources
    (by name) its value came from, and `depends_on` the other resources it waits for."""
    inputs_from = inputs_from or {}
    urns = {key: tuple(urn(n) for n in names) for key, names in inputs_from.items()}
    waits = tuple(dict.fromkeys([u for us in urns.values() for u in us] + [urn(n) for n in depends_on]))
    return Registration(
        urn=urn(name),
        type=typ,
        name=name,
        inputs=inputs or {},
        custom=custom,
        provider="",
        parent=parent,
        id=name,
        outputs={},
        dependencies=waits,
        retain_on_delete=False,
        ignore_changes=(),
        property_dependencies=urns,
    )


def urn(name: str) -> str:
    return f"urn:pulumi:test::apigw-private::x::{name}"


VPC, SG, NLB = "awsx:ec2:Vpc", "aws:ec2/securityGroup:SecurityGroup", "aws:lb/loadBalancer:LoadBalancer"
LINK, API, DEPLOYMENT = (
    "aws:apigateway/vpcLink:VpcLink",
    "aws:apigateway/restApi:RestApi",
    "aws:apigateway/deployment:Deployment",
)
STAGE, ACCOUNT, ENDPOINT = (
    "aws:apigateway/stage:Stage",
    "aws:apigateway/account:Account",
    "aws:ec2/vpcEndpoint:VpcEndpoint",
)
ATTACHMENT = "aws:lb/targetGroupAttachment:TargetGroupAttachment"


def rest_over_vpc_link(**extra: dict[str, Any]) -> list[Registration]:
    """rest-regional's shape: VPC → SG → NLB → link → stage, and the API and deployment beside it;
    `extra` adds keyword arguments to the named resource."""
    shapes: list[tuple[str, str, dict[str, Any]]] = [
        ("vpc", VPC, {"custom": False, "inputs": {"natGateways": {"strategy": "None"}}}),
        ("sg", SG, {"inputs_from": {"vpcId": ("vpc",)}}),
        (
            "nlb",
            NLB,
            {
                "inputs_from": {"subnets": ("vpc",), "securityGroups": ("sg",)},
                "inputs": {"loadBalancerType": "network"},
            },
        ),
        ("link", LINK, {"inputs_from": {"targetArn": ("nlb",)}}),
        ("api", API, {}),
        ("deployment", DEPLOYMENT, {"inputs_from": {"restApi": ("api",)}}),
        ("account", ACCOUNT, {}),
        (
            "stage",
            STAGE,
            {
                "inputs_from": {"restApi": ("api",), "deployment": ("deployment",), "variables": ("link", "nlb")},
                "depends_on": ("account",),
            },
        ),
    ]
    made = []
    for name, typ, kwargs in shapes:
        kwargs = {**kwargs, **extra.get(name, {})}
        made.append(registration(name, typ, **kwargs))
    return made


def names(chain) -> list[str]:
    return [step.name for step in chain.steps]


# -- the critical path ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "resources, seconds, chain, total",
    [
        (
            [registration("a", SG), registration("b", SG, depends_on=("a",)), registration("c", SG)],
            {"a": 5, "b": 7, "c": 11},
            ["a", "b"],
            12,
        ),
        (
            [registration("a", SG), registration("b", SG, depends_on=("a",)), registration("c", SG)],
            {"a": 5, "b": 7, "c": 13},
            ["c"],
            13,
        ),
        # A tie goes to the first URN in sorted order, whatever the order of registration.
        ([registration("b", SG), registration("a", SG)], {"a": 5, "b": 5}, ["a"], 5),
        # Waiting for a component is waiting for every resource under it, nested components included.
        (
            [
                registration("comp", "apigw-private:index:X", custom=False),
                registration("inner", "apigw-private:index:Y", custom=False, parent=urn("comp")),
                registration("slow", SG, parent=urn("inner")),
                registration("fast", SG, parent=urn("comp")),
                registration("after", SG, depends_on=("comp",)),
            ],
            {"slow": 30, "fast": 1, "after": 2},
            ["slow", "after"],
            32,
        ),
        # A remote component (awsx's VPC) has no children in the plan: it is created as one unit.
        (
            [registration("vpc", VPC, custom=False), registration("sg", SG, inputs_from={"vpcId": ("vpc",)})],
            {"vpc": 20, "sg": 3},
            ["vpc", "sg"],
            23,
        ),
    ],
    ids=[
        "a-chain-beats-a-shorter-single",
        "a-slow-single-beats-a-chain",
        "ties-go-to-the-first-urn",
        "a-component-waits-for-its-children",
        "a-remote-component-is-one-unit",
    ],
)
def test_the_longest_chain_of_waits_sets_the_time(resources, seconds, chain, total):
    found = longest_chain(resources, {urn(n): s for n, s in seconds.items()}, lambda r: r.dependencies)
    assert (names(found), found.seconds) == (chain, total)


# -- modeled time against the floor ---------------------------------------------------------------------


def test_rest_over_a_vpc_link_is_set_by_the_load_balancer_then_the_link_and_meets_its_floor():
    result = deploy_time(rest_over_vpc_link())
    assert names(result.modeled) == ["vpc", "sg", "nlb", "link", "stage"]
    assert result.modeled.seconds == 20 + 3 + 180 + 240 + 2
    assert (result.floor, result.needless) == (result.modeled, ())


@pytest.mark.parametrize(
    "extra, needless",
    [
        # A depends_on AWS does not need.
        ({"api": {"depends_on": ("link",)}}, [("api", "link")]),
        # An input the architecture does not need: the link's id belongs in a stage variable.
        ({"api": {"inputs_from": {"body": ("link",)}}}, [("api", "link")]),
        ({"deployment": {"inputs_from": {"restApi": ("api",), "description": ("link",)}}}, [("deployment", "link")]),
    ],
    ids=["needless-depends-on", "link-in-the-body", "link-in-the-deployment"],
)
def test_fails_the_floor_and_names_the_wait_when_the_api_waits_for_the_vpc_link(extra, needless):
    result = deploy_time(rest_over_vpc_link(**extra))
    assert result.modeled.seconds > result.floor.seconds == 20 + 3 + 180 + 240 + 2
    assert [(w.dependent.name, w.dependency.name) for w in result.needless] == needless


def test_the_load_balancer_in_front_of_an_endpoint_need_not_wait_for_it_only_its_attachments_do():
    resources = [
        registration("vpc", VPC, custom=False, inputs={"natGateways": {"strategy": "None"}}),
        registration("endpoint", ENDPOINT, inputs_from={"subnetIds": ("vpc",)}),
        registration("nlb", NLB, inputs_from={"subnets": ("vpc",), "securityGroups": ("endpoint",)}),
        registration("target", ATTACHMENT, inputs_from={"targetId": ("endpoint",)}),
    ]
    result = deploy_time(resources)
    assert names(result.modeled) == ["vpc", "endpoint", "nlb"] and names(result.floor) == ["vpc", "nlb"]
    assert [(w.dependent.name, w.dependency.name) for w in result.needless] == [("nlb", "endpoint")]


def test_an_ordering_aws_requires_counts_toward_the_floor():
    resources = [registration("account", ACCOUNT), registration("stage", STAGE, depends_on=("account",))]
    assert names(deploy_time(resources).floor) == ["account", "stage"]


@pytest.mark.parametrize("region, scenario, config", every_scenario_in_both_partitions())
def test_every_scenario_deploys_within_a_tenth_of_its_floor(region, scenario, config):
    result = deploy_time(run_program(region, scenario=scenario, **config).resources)
    assert result.modeled.seconds <= 1.1 * result.floor.seconds, [
        (w.dependent.name, w.dependency.name) for w in result.needless
    ]


# -- creation times ------------------------------------------------------------------------------------


@pytest.mark.parametrize("region, scenario, config", every_scenario_in_both_partitions())
def test_every_type_a_scenario_registers_has_a_creation_time_with_a_source(region, scenario, config):
    for resource in run_program(region, scenario=scenario, **config).resources:
        if not resource.type.startswith("apigw-private:"):
            assert creation_time(resource.type, resource.inputs).source


@pytest.mark.parametrize(
    "typ, inputs, seconds",
    [
        (VPC, {"natGateways": {"strategy": "None"}}, 20),
        (VPC, {"natGateways": {"strategy": "Single"}}, 140),
        (VPC, {}, 140),  # awsx's default: a NAT gateway per AZ
        ("aws:apigateway/domainName:DomainName", {"endpointConfiguration": {"types": "EDGE"}}, 2400),
        ("aws:apigateway/domainName:DomainName", {"endpointConfiguration": {"types": "PRIVATE"}}, 10),
        (LINK, {}, 240),
        ("aws:apigatewayv2/vpcLink:VpcLink", {}, 180),
        (NLB, {}, 180),
        (ENDPOINT, {}, 90),
    ],
)
def test_creation_time_of(typ, inputs, seconds):
    assert creation_time(typ, inputs).seconds == seconds


def test_a_type_without_a_creation_time_is_an_error_naming_it():
    with pytest.raises(UnknownToEstimates, match="aws:rds/instance:Instance"):
        creation_time("aws:rds/instance:Instance", {})
    assert "aws:rds/instance:Instance" not in TABLE


# -- monthly cost --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "resource, what, amount",
    [
        (registration("nlb", NLB, inputs={"loadBalancerType": "network"}), "NLB: 730 h x 0.0225", 16.43),
        (registration("alb", NLB, inputs={"loadBalancerType": "application"}), "ALB: 730 h x 0.0225", 16.43),
        (
            registration("e", ENDPOINT, inputs={"vpcEndpointType": "Interface", "subnetIds": ["s1", "s2"]}),
            "interface endpoint: 2 AZ x 730 h x 0.01",
            14.6,
        ),
        (
            registration("i", "aws:ec2/instance:Instance", inputs={"instanceType": "t3.micro"}),
            "t3.micro: 730 h x 0.0104",
            7.59,
        ),
        (
            registration(
                "vpc",
                VPC,
                custom=False,
                inputs={"natGateways": {"strategy": "OnePerAz"}, "availabilityZoneNames": ["a", "b"]},
            ),
            "2 NAT gateway(s) with a public IPv4 each: 730 h x 0.05",
            73.0,
        ),
        (
            registration("ns", "aws:servicediscovery/privateDnsNamespace:PrivateDnsNamespace"),
            "Route 53 hosted zone",
            0.5,
        ),
    ],
)
def test_fixed_monthly_cost_of(resource, what, amount):
    cost = monthly_cost([resource], "aws")
    assert [(i.name, i.what, i.amount) for i in cost.items] == [(resource.name, what, amount)]
    assert (cost.amount, cost.currency) == (amount, "USD")


@pytest.mark.parametrize(
    "inputs, count",
    [
        ({"natGateways": {"strategy": "None"}, "availabilityZoneNames": ["a", "b"]}, 0),
        ({"natGateways": {"strategy": "Single"}, "availabilityZoneNames": ["a", "b"]}, 1),
        ({"natGateways": {"strategy": "OnePerAz"}, "availabilityZoneNames": ["a", "b"]}, 2),
        ({"numberOfAvailabilityZones": 2}, 2),
        ({}, 3),  # awsx's defaults: three AZs, a NAT gateway in each
    ],
)
def test_nat_gateways_awsx_creates_for(inputs, count):
    assert nat_gateways(inputs) == count


def test_a_vpc_without_nat_security_groups_and_the_api_cost_nothing_fixed():
    resources = rest_over_vpc_link()
    cost = monthly_cost(resources, "aws")
    assert [(i.name, i.amount) for i in cost.items] == [("nlb", 16.43)]


def test_china_has_no_price_table_so_no_monthly_cost():
    assert monthly_cost(rest_over_vpc_link(), "aws-cn") is None


def test_an_instance_type_without_a_price_is_an_error_naming_it():
    with pytest.raises(UnknownToPrices, match="m5.large"):
        monthly_cost([registration("i", "aws:ec2/instance:Instance", inputs={"instanceType": "m5.large"})], "aws")


@pytest.mark.parametrize("region, scenario, config", every_scenario_in_both_partitions())
def test_every_scenario_has_both_estimates_in_its_partition(region, scenario, config):
    result = estimate(run_program(region, scenario=scenario, **config)).as_json()
    assert result["deploySeconds"] == sum(step["seconds"] for step in result["criticalPath"]) > 0
    if table_of(PARTITION_OF[region]) is None:
        assert result["monthlyCost"] is None
    else:
        cost = result["monthlyCost"]
        assert cost["currency"] == "USD" and cost["amount"] == round(sum(i["amount"] for i in cost["items"]), 2) > 0
