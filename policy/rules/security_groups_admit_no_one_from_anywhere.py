"""Security groups admit no traffic from the whole internet (0.0.0.0/0 or ::/0): the services behind
a private integration are reached through API Gateway, never directly."""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from pulumi_policy import ResourceValidationPolicy

from .resource_check import resource_check

ANYWHERE = ("0.0.0.0/0", "::/0")
SECURITY_GROUP = "aws:ec2/securityGroup:SecurityGroup"
SECURITY_GROUP_RULE = "aws:ec2/securityGroupRule:SecurityGroupRule"
INGRESS_RULE = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule"
FIX = "admit the VPC's CIDR block or a security group instead"


def _ports(rule: Mapping[str, Any]) -> str:
    low, high = rule.get("fromPort"), rule.get("toPort")
    if rule.get("protocol", rule.get("ipProtocol")) in ("-1", "all") or low is None:
        return "all ports"
    return f"port {int(low)}" if low == high else f"ports {int(low)}-{int(high)}"


def _open_ranges(rule: Mapping[str, Any], *keys: str) -> list[str]:
    ranges = []
    for key in keys:
        value = rule.get(key)
        ranges += [value] if isinstance(value, str) else list(value or [])
    return [cidr for cidr in ranges if cidr in ANYWHERE]


@resource_check(SECURITY_GROUP, SECURITY_GROUP_RULE, INGRESS_RULE)
def check(props: Mapping[str, Any]) -> Iterable[str]:
    if "ingress" in props:
        rules = props.get("ingress") or []
    elif "type" in props:
        rules = [props] if props.get("type") == "ingress" else []
    else:
        rules = [props]
    for rule in rules:
        for cidr in _open_ranges(rule, "cidrBlocks", "ipv6CidrBlocks", "cidrIpv4", "cidrIpv6"):
            yield f"ingress from {cidr} on {_ports(rule)}: {FIX}"


POLICY = ResourceValidationPolicy(
    name="security-groups-admit-no-one-from-anywhere",
    description="Security groups admit no traffic from 0.0.0.0/0 or ::/0.",
    validate=check,
)
