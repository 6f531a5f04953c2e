"""NetworkLoadBalancer on its own."""

from components import NetworkLoadBalancer, NetworkLoadBalancerArgs
from tests.components.helpers import NETWORK, named
from tests.conftest import build


def test_an_internal_nlb_whose_group_admits_only_the_given_ranges_and_reaches_only_its_port(region):
    plan = build(
        region,
        lambda: NetworkLoadBalancer(
            "orders", NetworkLoadBalancerArgs(**NETWORK, ingress_cidr_blocks=["10.0.0.0/16"], port=8080)
        ),
    )
    group = named(plan, "orders-sg")
    assert group.inputs["ingress"] == [
        {
            "cidrBlocks": ["10.0.0.0/16"],
            "description": "Listener, from inside the VPC",
            "fromPort": 8080,
            "protocol": "tcp",
            "toPort": 8080,
        }
    ]
    assert group.inputs["egress"] == [
        {
            "cidrBlocks": ["10.0.0.0/16"],
            "description": "To targets and their health checks",
            "fromPort": 8080,
            "protocol": "tcp",
            "toPort": 8080,
        }
    ]
    lb = named(plan, "orders-lb").inputs
    assert (lb["internal"], lb["loadBalancerType"], lb["securityGroups"], lb["subnets"]) == (
        True,
        "network",
        [group.id],
        NETWORK["subnet_ids"],
    )
    # PrivateLink traffic from a VPC link v1 carries no source API Gateway documents (docs/aws-facts.md §5.4).
    assert lb["enforceSecurityGroupInboundRulesOnPrivateLinkTraffic"] == "off"
    assert named(plan, "orders-listener").inputs["port"] == 8080
    assert named(plan, "orders-tg").inputs["protocol"] == "TCP"


def test_given_security_groups_are_admitted_instead_of_the_ranges(region):
    plan = build(
        region,
        lambda: NetworkLoadBalancer(
            "orders",
            NetworkLoadBalancerArgs(
                **NETWORK, ingress_cidr_blocks=["10.0.0.0/16"], ingress_security_group_ids=["sg-0123456789abcdef0"]
            ),
        ),
    )
    assert named(plan, "orders-sg").inputs["ingress"] == [
        {
            "description": "Listener, from the VPC link",
            "fromPort": 80,
            "protocol": "tcp",
            "securityGroups": ["sg-0123456789abcdef0"],
            "toPort": 80,
        }
    ]
