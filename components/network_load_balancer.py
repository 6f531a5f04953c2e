"""NetworkLoadBalancer: an internal NLB with one TCP listener and its target group."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Optional, Sequence

import pulumi
import pulumi_aws as aws


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
    port: int = 80
    """Listener and target port. Defaults to 80."""
    target_type: Literal["instance", "ip"] = "instance"
    """How targets are registered. Defaults to instance."""
    health_check_path: Optional[str] = "/"
    """HTTP health-check path; None checks that the TCP port accepts connections. Defaults to `/`."""


class NetworkLoadBalancer(pulumi.ComponentResource):
    """An internal Network Load Balancer for API Gateway private integrations.

    Creates a security group (the listener port from `ingress_cidr_blocks`, and to
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

        security_group = aws.ec2.SecurityGroup(
            f"{name}-sg",
            description="Internal NLB: listener from inside the VPC only",
            vpc_id=args.vpc_id,
            ingress=[aws.ec2.SecurityGroupIngressArgs(protocol="tcp", from_port=args.port, to_port=args.port,
                                                      cidr_blocks=args.ingress_cidr_blocks,
                                                      description="Listener, from inside the VPC")],
            egress=[aws.ec2.SecurityGroupEgressArgs(protocol="tcp", from_port=args.port, to_port=args.port,
                                                    cidr_blocks=args.ingress_cidr_blocks,
                                                    description="To targets and their health checks")],
            opts=child,
        )
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
        target_group = aws.lb.TargetGroup(
            f"{name}-targets",
            vpc_id=args.vpc_id,
            port=args.port,
            protocol="TCP",
            target_type=args.target_type,
            health_check=health_check,
            opts=child,
        )
        listener = aws.lb.Listener(
            f"{name}-listener",
            load_balancer_arn=load_balancer.arn,
            port=args.port,
            protocol="TCP",
            default_actions=[aws.lb.ListenerDefaultActionArgs(type="forward", target_group_arn=target_group.arn)],
            opts=child,
        )
        self.arn = load_balancer.arn
        self.dns_name = load_balancer.dns_name
        self.zone_id = load_balancer.zone_id
        self.security_group_id = security_group.id
        self.target_group_arn = target_group.arn
        self.listener_arn = listener.arn
        self.register_outputs({"arn": self.arn, "dnsName": self.dns_name, "listenerArn": self.listener_arn})
