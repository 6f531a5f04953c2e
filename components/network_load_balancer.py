"""NetworkLoadBalancer: an internal NLB with one TCP listener and its target group."""

from typing import NotRequired, Optional, Sequence, TypedDict

import pulumi
import pulumi_aws as aws

from ._numbers import whole_number
from .load_balancer_parts import TargetType, forwarding_listener, listener_security_group
from .references import LoadBalancerKind, LoadBalancerReference


class NetworkLoadBalancerArgs(TypedDict):
    """The inputs of a NetworkLoadBalancer."""

    vpc_id: pulumi.Input[str]
    """The VPC of the load balancer and its targets."""
    subnet_ids: pulumi.Input[Sequence[pulumi.Input[str]]]
    """Private subnets, one per Availability Zone, for the load balancer's nodes."""
    ingress_cidr_blocks: pulumi.Input[Sequence[pulumi.Input[str]]]
    """Who may reach the listener from inside the VPC, usually the VPC's CIDR block.
    Traffic from a VPC link or endpoint service arrives over PrivateLink and is not
    filtered by these rules (see `enforce_security_group_inbound_rules_on_private_link_traffic`)."""
    ingress_security_group_ids: NotRequired[pulumi.Input[Sequence[pulumi.Input[str]]]]
    """The only security groups whose members may reach the listener, such as a VPC link v2's
    (whose traffic arrives from its network interfaces in the VPC, not over PrivateLink). When
    given, `ingress_cidr_blocks` admits no one and only bounds the egress to targets. Defaults
    to none: `ingress_cidr_blocks` is admitted."""
    port: NotRequired[int]
    """Listener and target port. Defaults to 80."""
    target_type: NotRequired[TargetType]
    """How targets are registered. Defaults to instance."""
    health_check_path: NotRequired[str]
    """HTTP health-check path; an empty string checks only that the TCP port accepts connections.
    Defaults to `/`."""


class NetworkLoadBalancer(pulumi.ComponentResource):
    """An internal Network Load Balancer for API Gateway private integrations.

    Creates a security group (the listener port from `ingress_cidr_blocks`, or from
    `ingress_security_group_ids` only when given, and to
    the same ranges on the target port; nothing from or to 0.0.0.0/0), an internal
    NLB with cross-zone load balancing on and security-group evaluation of PrivateLink
    traffic off (a VPC link's source addresses belong to API Gateway and change
    without notice), a TCP target group and a TCP listener forwarding to it.
    Register targets with `aws.lb.TargetGroupAttachment` on `target_group_arn`; pass
    `reference` to the API components.
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

    def __init__(self, name: str, args: NetworkLoadBalancerArgs, opts: Optional[pulumi.ResourceOptions] = None):
        super().__init__("apigw-private:index:NetworkLoadBalancer", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)
        port = whole_number(args.get("port", 80))
        ingress_security_group_ids = args.get("ingress_security_group_ids")
        health_check_path = args.get("health_check_path", "/")

        security_group = listener_security_group(
            name,
            description="Internal NLB: listener from inside the VPC only",
            vpc_id=args["vpc_id"],
            port=port,
            ingress_cidr_blocks=args["ingress_cidr_blocks"],
            ingress_security_group_ids=ingress_security_group_ids,
            ingress_description="Listener, from inside the VPC"
            if ingress_security_group_ids is None
            else "Listener, from the VPC link",
            target_cidr_blocks=args["ingress_cidr_blocks"],
            opts=child,
        )
        load_balancer = aws.lb.LoadBalancer(
            f"{name}-lb",
            load_balancer_type="network",
            internal=True,
            subnets=args["subnet_ids"],
            security_groups=[security_group.id],
            enforce_security_group_inbound_rules_on_private_link_traffic="off",
            enable_cross_zone_load_balancing=True,
            opts=child,
        )
        health_check = (
            aws.lb.TargetGroupHealthCheckArgs(protocol="HTTP", path=health_check_path, matcher="200-399")
            if health_check_path
            else aws.lb.TargetGroupHealthCheckArgs(protocol="TCP")
        )
        target_group, listener = forwarding_listener(
            name,
            load_balancer_arn=load_balancer.arn,
            vpc_id=args["vpc_id"],
            port=port,
            protocol="TCP",
            target_type=TargetType(args.get("target_type", TargetType.INSTANCE)),
            health_check=health_check,
            opts=child,
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
            arn=self.arn, dns_name=self.dns_name, kind=LoadBalancerKind.NETWORK, listener_arn=self.listener_arn
        )
