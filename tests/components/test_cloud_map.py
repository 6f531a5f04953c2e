"""CloudMapService on its own."""

from components import CloudMapInstance, CloudMapService, CloudMapServiceArgs
from tests.components.helpers import named
from tests.conftest import build


def test_instances_register_the_ip_and_port_api_gateway_discovers(region):
    plan = build(
        region,
        lambda: CloudMapService(
            "svc",
            CloudMapServiceArgs(
                vpc_id="vpc-0123456789abcdef0",
                namespace_name="test.internal",
                instances=[CloudMapInstance(instance_id="i-0123456789abcdef0", ipv4="10.0.0.5", port=8080)],
            ),
        ),
    )
    assert named(plan, "svc-namespace").inputs["name"] == "test.internal"
    assert named(plan, "svc-service").inputs["dnsConfig"]["dnsRecords"] == [{"ttl": 10, "type": "A"}]
    assert named(plan, "svc-instance-0").inputs["attributes"] == {
        "AWS_INSTANCE_IPV4": "10.0.0.5",
        "AWS_INSTANCE_PORT": "8080",
    }
