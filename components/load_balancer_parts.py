"""The children every internal load balancer component here shares: its security group, and a
target group with a listener forwarding to it. Helpers for components, not components."""

from enum import Enum
from typing import Optional, Sequence

import pulumi
import pulumi_aws as aws


class TargetType(str, Enum):
    """How a target group's targets are registered."""

    INSTANCE = "instance"
    """By EC2 instance id."""
    IP = "ip"
    """By private IP address, such as an interface endpoint's."""


def listener_security_group(
    name: str,
    *,
    description: str,
    vpc_id: pulumi.Input[str],
    port: int,
    ingress_description: str,
    target_cidr_blocks: pulumi.Input[Sequence[pulumi.Input[str]]],
    ingress_cidr_blocks: Optional[pulumi.Input[Sequence[pulumi.Input[str]]]] = None,
    ingress_security_group_ids: Optional[pulumi.Input[Sequence[pulumi.Input[str]]]] = None,
    opts: Optional[pulumi.ResourceOptions] = None,
) -> aws.ec2.SecurityGroup:
    """`{name}-sg`: the listener `port` from `ingress_security_group_ids` when given, else from
    `ingress_cidr_blocks`; egress only to `target_cidr_blocks` on the same port (targets and health checks)."""
    return aws.ec2.SecurityGroup(
        f"{name}-sg",
        description=description,
        vpc_id=vpc_id,
        ingress=[
            aws.ec2.SecurityGroupIngressArgs(
                protocol="tcp",
                from_port=port,
                to_port=port,
                description=ingress_description,
                security_groups=ingress_security_group_ids,
                cidr_blocks=ingress_cidr_blocks if ingress_security_group_ids is None else None,
            )
        ],
        egress=[
            aws.ec2.SecurityGroupEgressArgs(
                protocol="tcp",
                from_port=port,
                to_port=port,
                cidr_blocks=target_cidr_blocks,
                description="To targets and their health checks",
            )
        ],
        opts=opts,
    )


def forwarding_listener(
    name: str,
    *,
    load_balancer_arn: pulumi.Input[str],
    vpc_id: pulumi.Input[str],
    port: int,
    protocol: str,
    target_type: TargetType,
    health_check: aws.lb.TargetGroupHealthCheckArgs,
    opts: Optional[pulumi.ResourceOptions] = None,
) -> tuple[aws.lb.TargetGroup, aws.lb.Listener]:
    """`{name}-tg` on `port` and `{name}-listener` on the same port forwarding every request to it."""
    target_group = aws.lb.TargetGroup(
        f"{name}-tg",
        vpc_id=vpc_id,
        port=port,
        protocol=protocol,
        target_type=target_type.value,
        health_check=health_check,
        opts=opts,
    )
    listener = aws.lb.Listener(
        f"{name}-listener",
        load_balancer_arn=load_balancer_arn,
        port=port,
        protocol=protocol,
        default_actions=[aws.lb.ListenerDefaultActionArgs(type="forward", target_group_arn=target_group.arn)],
        opts=opts,
    )
    return target_group, listener
