"""EndpointLoadBalancer: an internal NLB whose targets are an interface endpoint's private IPs."""

from typing import Optional, Sequence, TypedDict

import pulumi
import pulumi_aws as aws

from ._numbers import whole_number
from ._outputs import strings
from .load_balancer_parts import TargetType
from .network_load_balancer import NetworkLoadBalancer, NetworkLoadBalancerArgs
from .references import LoadBalancerKind, LoadBalancerReference

HTTPS = 443


class EndpointLoadBalancerArgs(TypedDict):
    """The inputs of an EndpointLoadBalancer."""

    vpc_id: pulumi.Input[str]
    """The VPC of the endpoint."""
    subnet_ids: pulumi.Input[Sequence[pulumi.Input[str]]]
    """Subnets for the load balancer's nodes."""
    ingress_cidr_blocks: pulumi.Input[Sequence[pulumi.Input[str]]]
    """Who may reach the listener from inside the VPC."""
    endpoint_network_interface_ids: pulumi.Input[Sequence[pulumi.Input[str]]]
    """The endpoint's network interfaces (`aws.ec2.VpcEndpoint.network_interface_ids`)."""
    endpoint_subnet_count: int
    """How many subnets the endpoint is in: one interface, and one target, per subnet. It must be
    known when the program runs, before the endpoint exists."""


class EndpointLoadBalancer(pulumi.ComponentResource):
    """Puts an internal NLB in front of an execute-api endpoint, TLS passing through.

    Creates a `NetworkLoadBalancer` with a TCP listener on 443 and an IP target
    group on 443 (no certificate: the endpoint presents API Gateway's own, so clients
    and VPC links verify the API's execute-api name), and one target attachment per
    endpoint interface, its private IP looked up from the interface. The load balancer
    does not wait for the endpoint; only the attachments wait for its interfaces.
    """

    arn: pulumi.Output[str]
    """The load balancer's ARN."""
    dns_name: pulumi.Output[str]
    """The load balancer's DNS name: clients and VPC links reach the endpoint through it on 443."""

    def __init__(self, name: str, args: EndpointLoadBalancerArgs, opts: Optional[pulumi.ResourceOptions] = None):
        super().__init__("apigw-private:index:EndpointLoadBalancer", name, None, opts)
        nlb = NetworkLoadBalancer(
            f"{name}-nlb",
            NetworkLoadBalancerArgs(
                vpc_id=args["vpc_id"],
                subnet_ids=args["subnet_ids"],
                ingress_cidr_blocks=args["ingress_cidr_blocks"],
                # TLS passes through to the endpoint, so the health check can only see the TCP port open.
                port=HTTPS,
                target_type=TargetType.IP,
                health_check_path="",
            ),
            opts=pulumi.ResourceOptions(parent=self),
        )

        # Sorted so the same interface stays behind the same attachment whatever order AWS lists them in.
        interface_ids = strings(args["endpoint_network_interface_ids"]).apply(sorted)
        for index in range(whole_number(args["endpoint_subnet_count"])):
            interface_id = interface_ids[index]
            private_ip = aws.ec2.get_network_interface_output(
                id=interface_id, opts=pulumi.InvokeOutputOptions(parent=self)
            ).private_ip
            aws.lb.TargetGroupAttachment(
                f"{name}-target-{index + 1}",
                target_group_arn=nlb.target_group_arn,
                target_id=private_ip,
                port=HTTPS,
                opts=pulumi.ResourceOptions(parent=self),
            )
        self.arn = nlb.arn
        self.dns_name = nlb.dns_name
        self.register_outputs({"arn": self.arn, "dnsName": self.dns_name})

    @property
    def reference(self) -> LoadBalancerReference:
        """This load balancer, where a `LoadBalancerReference` is asked for: a VPC link v1's target in a chain."""
        return LoadBalancerReference(arn=self.arn, dns_name=self.dns_name, kind=LoadBalancerKind.NETWORK)
