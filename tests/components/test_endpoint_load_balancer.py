"""EndpointLoadBalancer on its own."""

from components import EndpointLoadBalancer, EndpointLoadBalancerArgs
from tests.components.helpers import NETWORK, named
from tests.conftest import build


def test_tls_passes_through_to_one_ip_target_per_endpoint_interface(region):
    plan = build(
        region,
        lambda: EndpointLoadBalancer(
            "entry",
            EndpointLoadBalancerArgs(
                **NETWORK,
                ingress_cidr_blocks=["10.0.0.0/16"],
                endpoint_subnet_count=2,
                endpoint_network_interface_ids=["eni-0123456789abcdef0", "eni-0123456789abcdef1"],
            ),
        ),
    )
    target_group = named(plan, "entry-nlb-tg")
    assert (target_group.inputs["port"], target_group.inputs["protocol"], target_group.inputs["targetType"]) == (
        443,
        "TCP",
        "ip",
    )
    attachments = plan.of_type("aws:lb/targetGroupAttachment:TargetGroupAttachment")
    assert sorted(a.name for a in attachments) == ["entry-target-1", "entry-target-2"]
    assert {a.inputs["port"] for a in attachments} == {443}
    assert len({a.inputs["targetId"] for a in attachments}) == 2
    assert named(plan, "entry-nlb-listener").inputs["protocol"] == "TCP"
