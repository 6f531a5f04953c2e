"""ApplicationLoadBalancer on its own."""

from components import ApplicationLoadBalancer, ApplicationLoadBalancerArgs
from tests.components.helpers import NETWORK, named
from tests.conftest import build


def test_an_internal_alb_admits_only_the_given_groups_and_drops_invalid_headers(region):
    plan = build(
        region,
        lambda: ApplicationLoadBalancer(
            "web",
            ApplicationLoadBalancerArgs(
                **NETWORK, ingress_security_group_ids=["sg-0123456789abcdef0"], target_cidr_blocks=["10.0.0.0/16"]
            ),
        ),
    )
    group = named(plan, "web-sg")
    assert group.inputs["ingress"] == [
        {
            "description": "Listener, from the VPC link",
            "fromPort": 80,
            "protocol": "tcp",
            "securityGroups": ["sg-0123456789abcdef0"],
            "toPort": 80,
        }
    ]
    lb = named(plan, "web-lb").inputs
    assert (lb["internal"], lb["loadBalancerType"], lb["dropInvalidHeaderFields"], lb["securityGroups"]) == (
        True,
        "application",
        True,
        [group.id],
    )
    assert (named(plan, "web-listener").inputs["protocol"], named(plan, "web-tg").inputs["protocol"]) == (
        "HTTP",
        "HTTP",
    )
