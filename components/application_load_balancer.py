"""ApplicationLoadBalancer: an internal ALB with one HTTP listener and its target group."""

from typing import NotRequired, Optional, Sequence, TypedDict

import pulumi
import pulumi_aws as aws

from ._numbers import whole_number
from .load_balancer_parts import TargetType, forwarding_listener, listener_security_group
from .references import LoadBalancerKind, LoadBalancerReference


class ApplicationLoadBalancerArgs(TypedDict):
    """The inputs of an ApplicationLoadBalancer."""

    vpc_id: pulumi.Input[str]
    """The VPC of the load balancer and its targets."""
    subnet_ids: pulumi.Input[Sequence[pulumi.Input[str]]]
    """Private subnets in at least two Availability Zones, for the load balancer's nodes."""
    ingress_security_group_ids: pulumi.Input[Sequence[pulumi.Input[str]]]
    """The only security groups whose members may reach the listener, such as a VPC link v2's."""
    target_cidr_blocks: pulumi.Input[Sequence[pulumi.Input[str]]]
    """Where the targets are, usually the VPC's CIDR block: the security group's only egress."""
    port: NotRequired[int]
    """Listener and target port. Defaults to 80."""
    target_type: NotRequired[TargetType]
    """How targets are registered. Defaults to instance."""
    health_check_path: NotRequired[str]
    """HTTP health-check path. Defaults to `/`."""


class ApplicationLoadBalancer(pulumi.ComponentResource):
    """An internal Application Load Balancer for API Gateway private integrations over VPC link v2.

    Creates a security group (the listener port from `ingress_security_group_ids` only,
    and to `target_cidr_blocks` on the target port; nothing from or to 0.0.0.0/0), an
    internal ALB that drops invalid header fields, an HTTP target group and an HTTP
    listener forwarding to it. Register targets with `aws.lb.TargetGroupAttachment` on
    `target_group_arn`; pass `reference` to the API components.
    """

    arn: pulumi.Output[str]
    """The load balancer's ARN."""
    dns_name: pulumi.Output[str]
    """The load balancer's DNS name: the host of the integration URI."""
    zone_id: pulumi.Output[str]
    """The load balancer's Route 53 hosted zone, for alias records."""
    security_group_id: pulumi.Output[str]
    """The load balancer's security group: admit it on the targets'."""
    target_group_arn: pulumi.Output[str]
    """The target group: register targets on it."""
    listener_arn: pulumi.Output[str]
    """The listener: an HTTP API integration's URI."""

    def __init__(self, name: str, args: ApplicationLoadBalancerArgs, opts: Optional[pulumi.ResourceOptions] = None):
        super().__init__("apigw-private:index:ApplicationLoadBalancer", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)
        port = whole_number(args.get("port", 80))

        security_group = listener_security_group(
            name,
            description="Internal ALB: listener from the VPC link only",
            vpc_id=args["vpc_id"],
            port=port,
            ingress_security_group_ids=args["ingress_security_group_ids"],
            ingress_description="Listener, from the VPC link",
            target_cidr_blocks=args["target_cidr_blocks"],
            opts=child,
        )
        load_balancer = aws.lb.LoadBalancer(
            f"{name}-lb",
            load_balancer_type="application",
            internal=True,
            subnets=args["subnet_ids"],
            security_groups=[security_group.id],
            drop_invalid_header_fields=True,
            opts=child,
        )
        target_group, listener = forwarding_listener(
            name,
            load_balancer_arn=load_balancer.arn,
            vpc_id=args["vpc_id"],
            port=port,
            protocol="HTTP",
            target_type=TargetType(args.get("target_type", TargetType.INSTANCE)),
            opts=child,
            health_check=aws.lb.TargetGroupHealthCheckArgs(
                protocol="HTTP", path=args.get("health_check_path", "/"), matcher="200-399"
            ),
        )
        self.arn = load_balancer.arn
        self.dns_name = load_balancer.dns_name
        self.zone_id = load_balancer.zone_id
        self.security_group_id = security_group.id
        self.target_group_arn = target_group.arn
        self.listener_arn = listener.arn
        self.register_outputs({"arn": self.arn, "dnsName": self.dns_name, "listenerArn": self.listener_arn})

    @property
    def reference(self) -> LoadBalancerReference:
        """This load balancer, with its listener, where a `LoadBalancerReference` is asked for."""
        return LoadBalancerReference(
            arn=self.arn, dns_name=self.dns_name, kind=LoadBalancerKind.APPLICATION, listener_arn=self.listener_arn
        )
