"""ExecuteApiEndpoint on its own."""

from components import ExecuteApiEndpoint, ExecuteApiEndpointArgs
from components import partition as partitions
from tests.components.helpers import NETWORK, named
from tests.conftest import build


def test_an_interface_endpoint_with_private_dns_admitting_https_from_the_callers_only(region):
    plan = build(
        region,
        lambda: ExecuteApiEndpoint("calls", ExecuteApiEndpointArgs(**NETWORK, ingress_cidr_blocks=["10.0.0.0/16"])),
    )
    group = named(plan, "calls-sg")
    assert group.inputs["ingress"] == [
        {
            "cidrBlocks": ["10.0.0.0/16"],
            "description": "HTTPS to API Gateway",
            "fromPort": 443,
            "protocol": "tcp",
            "toPort": 443,
        }
    ]
    assert group.inputs["egress"] == []
    assert named(plan, "calls-endpoint").inputs == {
        "privateDnsEnabled": True,
        "securityGroupIds": [group.id],
        "serviceName": partitions.endpoint_service_name("execute-api", region),
        "subnetIds": NETWORK["subnet_ids"],
        "vpcEndpointType": "Interface",
        "vpcId": NETWORK["vpc_id"],
    }


def test_private_dns_can_be_turned_off_for_a_vpc_that_calls_regional_apis(region):
    plan = build(
        region,
        lambda: ExecuteApiEndpoint(
            "calls", ExecuteApiEndpointArgs(**NETWORK, ingress_cidr_blocks=["10.0.0.0/16"], private_dns_enabled=False)
        ),
    )
    assert named(plan, "calls-endpoint").inputs["privateDnsEnabled"] is False
