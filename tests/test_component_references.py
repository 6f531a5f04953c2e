"""The `.reference` of every component that creates a network, a load balancer or a VPC link is
the reference type the API components take, pointing at what the component created."""

from typing import Any, Callable

import pulumi
import pytest

from components import (
    ApplicationLoadBalancer,
    EndpointLoadBalancer,
    LoadBalancerKind,
    NetworkLoadBalancer,
    PrivateNetwork,
    RestVpcLink,
    VpcLinkV2,
    VpcLinkVersion,
)
from tooling.mocks import AwsMocks
from tooling.recorder import RecordingMonitor

VPC = "vpc-0a1b2c3d4e5f60718"
SUBNETS = ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"]


def resolved_reference(region: str, create: Callable[[], Any]) -> tuple[dict[str, Any], RecordingMonitor]:
    """The reference of the component `create` registers under the mocks, every Output resolved."""
    monitor = RecordingMonitor(AwsMocks(region, "test"))
    pulumi.runtime.set_mocks(monitor.mocks, project="apigw-private", stack="test", monitor=monitor)
    found: dict[str, Any] = {}

    def program():
        return pulumi.Output.from_input(dict(create().reference)).apply(found.update)

    pulumi.runtime.test(program)()
    return found, monitor


def output_of(monitor: RecordingMonitor, typ: str, key: str) -> Any:
    [registration] = [r for r in monitor.registrations if r.type == typ]
    return registration.id if key == "id" else registration.outputs[key]


def test_a_private_network_refers_to_its_vpc_and_private_subnets(region):
    reference, monitor = resolved_reference(region, lambda: PrivateNetwork("net", {"cidr_block": "10.8.0.0/16"}))

    assert reference["vpc_id"] == output_of(monitor, "awsx:ec2:Vpc", "vpcId")
    assert reference["subnet_ids"] == output_of(monitor, "awsx:ec2:Vpc", "isolatedSubnetIds")
    assert reference["cidr_block"] == "10.8.0.0/16"


@pytest.mark.parametrize(
    "component, kind",
    [
        (
            lambda: NetworkLoadBalancer(
                "nlb", {"vpc_id": VPC, "subnet_ids": SUBNETS, "ingress_cidr_blocks": ["10.0.0.0/16"]}
            ),
            LoadBalancerKind.NETWORK,
        ),
        (
            lambda: ApplicationLoadBalancer(
                "alb",
                {
                    "vpc_id": VPC,
                    "subnet_ids": SUBNETS,
                    "ingress_security_group_ids": ["sg-0a1b2c3d4e5f60718"],
                    "target_cidr_blocks": ["10.0.0.0/16"],
                },
            ),
            LoadBalancerKind.APPLICATION,
        ),
    ],
)
def test_a_load_balancer_refers_to_itself_and_its_listener(region, component, kind):
    reference, monitor = resolved_reference(region, component)

    assert reference == {
        "arn": output_of(monitor, "aws:lb/loadBalancer:LoadBalancer", "arn"),
        "dns_name": output_of(monitor, "aws:lb/loadBalancer:LoadBalancer", "dnsName"),
        "kind": kind,
        "listener_arn": output_of(monitor, "aws:lb/listener:Listener", "arn"),
    }


def test_an_endpoint_load_balancer_refers_to_its_network_load_balancer_without_a_listener(region):
    reference, monitor = resolved_reference(
        region,
        lambda: EndpointLoadBalancer(
            "entry",
            {
                "vpc_id": VPC,
                "subnet_ids": SUBNETS,
                "ingress_cidr_blocks": ["10.0.0.0/16"],
                "endpoint_network_interface_ids": ["eni-0a1b2c3d4e5f60718"],
                "endpoint_subnet_count": 1,
            },
        ),
    )

    assert reference == {
        "arn": output_of(monitor, "aws:lb/loadBalancer:LoadBalancer", "arn"),
        "dns_name": output_of(monitor, "aws:lb/loadBalancer:LoadBalancer", "dnsName"),
        "kind": LoadBalancerKind.NETWORK,
    }


@pytest.mark.parametrize(
    "component, typ, version",
    [
        (lambda: RestVpcLink("link", {"target_arn": "nlb-arn"}), "aws:apigateway/vpcLink:VpcLink", VpcLinkVersion.V1),
        (
            lambda: VpcLinkV2("link", {"vpc_id": VPC, "subnet_ids": SUBNETS, "backend_cidr_blocks": ["10.0.0.0/16"]}),
            "aws:apigatewayv2/vpcLink:VpcLink",
            VpcLinkVersion.V2,
        ),
    ],
)
def test_a_vpc_link_refers_to_itself_with_its_version(region, component, typ, version):
    reference, monitor = resolved_reference(region, component)

    assert reference == {"id": output_of(monitor, typ, "id"), "version": version}
