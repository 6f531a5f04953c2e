"""NetworkLoadBalancer: an internal NLB with one TCP listener and its target group."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Optional, Sequence

import pulumi
import pulumi_aws as aws

from .load_balancer_parts import forwarding_listener, listener_security_group


@dataclass
class NetworkLoadBalancerArgs:
    vpc_id: pulumi.Input[str]
    """The VPC of the load balancer and its targets."""
    subnet_ids: pulumi.Input[Sequence[str]]
    """Private subnets, one per Availability Zone, for the load balancer's nodes."""
    ingress_cidr_blocks: pulumi.Input[Sequence[str]]
    """Who may reach the listener from inside the VPC, usually the VPC's CIDR block.
    Traffic from a VPC link or endpoint service arrives over PrivateLink and is not
    filtered by these rules (see `enforce_security_group_inbound_rules_on_private_link_traffic`)."""
    ingress_security_group_ids: Optional[pulumi.Input[Sequence[pulumi.Input[str]]]] = None
    """The only security groups whose members may reach the listener, such as a VPC link v2's
    (whose traffic arrives from its network interfaces in the VPC, not over PrivateLink). When
    given, `ingress_cidr_blocks` admits no one and only bounds the egress to targets. Defaults
    to none: `ingress_cidr_blocks` is admitted."""
    port: int = 80
    """Listener and target port. Defaults to 80."""
    target_type: Literal["instance", "ip"] = "instance"
    """How targets are registered. Defaults to instance."""
    health_check_path: Optional[str] = "/"
    """HTTP health-check path; None checks that the TCP port accepts connections. Defaults to `/`."""


class NetworkLoadBalancer(pulumi.ComponentResource):
    """An internal Network Load Balancer for API Gateway private integrations.

    Creates a security group (the listener port from `ingress_cidr_blocks`, or from
    `ingress_security_group_ids` only when given, and to
    the same ranges on the target port; nothing from or to 0.0.0.0/0), an internal
    NLB with cross-zone load balancing on and security-group evaluation of PrivateLink
    traffic off (a VPC link's source addresses belong to API Gateway and change
    without notice), a TCP target group and a TCP listener forwarding to it.
    Register targets with `aws.lb.TargetGroupAttachment` on `target_group_arn`.
    """

    arn: pulumi.Output[str]
    dns_name: pulumi.Output[str]
    zone_id: pulumi.Output[str]
    security_group_id: pulumi.Output[str]
    target_group_arn: pulumi.Output[str]
    listener_arn: pulumi.Output[str]

    def __init__(self, name: str, args: NetworkLoadBalancerArgs, opts: Optional[pulumi.ResourceOptions] = None):
        super().__init__("apigw-private:index:NetworkLoadBalancer", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)

        security_group = listener_security_group(
            name, description="Internal NLB: listener from inside the VPC only", vpc_id=args.vpc_id, port=args.port,
            ingress_cidr_blocks=args.ingress_cidr_blocks, ingress_security_group_ids=args.ingress_security_group_ids,
            ingress_description="Listener, from inside the VPC" if args.ingress_security_group_ids is None
            else "Listener, from the VPC link",
            target_cidr_blocks=args.ingress_cidr_blocks, opts=child)
        load_balancer = aws.lb.LoadBalancer(
            f"{name}-lb",
            load_balancer_type="network",
            internal=True,
            subnets=args.subnet_ids,
            security_groups=[security_group.id],
            enforce_security_group_inbound_rules_on_private_link_traffic="off",
            enable_cross_zone_load_balancing=True,
            opts=child,
        )
        health_check = (aws.lb.TargetGroupHealthCheckArgs(protocol="HTTP", path=args.health_check_path,
                                                          matcher="200-399")
                        if args.health_check_path else aws.lb.TargetGroupHealthCheckArgs(protocol="TCP"))
        target_group, listener = forwarding_listener(
            name, load_balancer_arn=load_balancer.arn, vpc_id=args.vpc_id, port=args.port, protocol="TCP",
            target_type=args.target_type, health_check=health_check, opts=child)
        self.arn = load_balancer.arn
        self.dns_name = load_balancer.dns_name
        self.zone_id = load_balancer.zone_id
        self.security_group_id = security_group.id
        self.target_group_arn = target_group.arn
        self.listener_arn = listener.arn
        self.register_outputs({"arn": self.arn, "dnsName": self.dns_name, "listenerArn": self.listener_arn})
