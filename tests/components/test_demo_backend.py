"""DemoBackend on its own."""

from components import DemoBackend, DemoBackendArgs
from tests.components.helpers import named
from tests.conftest import build


def test_the_instance_requires_imdsv2_has_no_public_address_and_admits_only_the_load_balancer(region):
    plan = build(
        region,
        lambda: DemoBackend(
            "demo",
            DemoBackendArgs(
                vpc_id="vpc-0123456789abcdef0",
                subnet_id="subnet-0123456789abcdef0",
                ingress_security_group_id="sg-0123456789abcdef0",
                target_group_arn="target-group",
            ),
        ),
    )
    instance = named(plan, "demo-instance").inputs
    assert instance["metadataOptions"] == {"httpEndpoint": "enabled", "httpTokens": "required"}
    assert (instance["associatePublicIpAddress"], instance["rootBlockDevice"], instance["subnetId"]) == (
        False,
        {"encrypted": True},
        "subnet-0123456789abcdef0",
    )
    group = named(plan, "demo-sg").inputs
    assert group["egress"] == [] and group["ingress"][0]["securityGroups"] == ["sg-0123456789abcdef0"]
    assert named(plan, "demo-target").inputs["targetGroupArn"] == "target-group"


def test_without_a_target_group_nothing_is_registered_with_a_load_balancer(region):
    plan = build(
        region,
        lambda: DemoBackend(
            "demo",
            DemoBackendArgs(
                vpc_id="vpc-0123456789abcdef0",
                subnet_id="subnet-0123456789abcdef0",
                ingress_security_group_id="sg-0123456789abcdef0",
            ),
        ),
    )
    assert not plan.of_type("aws:lb/targetGroupAttachment:TargetGroupAttachment")
