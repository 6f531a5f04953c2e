"""Security groups admit no traffic from the whole internet (0.0.0.0/0 or ::/0): the services behind
a private integration are reached through API Gateway, never directly."""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from pulumi_policy import ResourceValidationPolicy
from pulumi_policy.proxy import UnknownValueError

from .resource_check import as_list, resource_check

ANYWHERE = ("0.0.0.0/0", "::/0")
SECURITY_GROUP = "aws:ec2/securityGroup:SecurityGroup"
SECURITY_GROUP_RULE = "aws:ec2/securityGroupRule:SecurityGroupRule"
INGRESS_RULE = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule"
FIX = "admit the VPC's CIDR block or a security group instead"


def _ports(rule: Mapping[str, Any]) -> str:
    try:
        low, high = rule.get("fromPort"), rule.get("toPort")
        protocol = rule.get("protocol", rule.get("ipProtocol"))
    except UnknownValueError:  # a preview may not know a port yet; the range is open whatever it is
        return "some ports"
    if protocol in ("-1", "all"):
        return "all ports"
    if not isinstance(low, (int, float)) or not isinstance(high, (int, float)):
        return "some ports"
    return f"port {int(low)}" if low == high else f"ports {int(low)}-{int(high)}"


@resource_check(SECURITY_GROUP, SECURITY_GROUP_RULE, INGRESS_RULE)
def check(props: Mapping[str, Any]) -> Iterable[str]:
    if "ingress" in props:
        rules = props.get("ingress") or []
    elif "type" in props:
        rules = [props] if props.get("type") == "ingress" else []
    else:
        rules = [props]
    for rule in rules:
        for cidr in [
            c
            for key in ("cidrBlocks", "ipv6CidrBlocks", "cidrIpv4", "cidrIpv6")
            for c in as_list(rule.get(key))
            if c in ANYWHERE
        ]:
            yield f"ingress from {cidr} on {_ports(rule)}: {FIX}"


POLICY = ResourceValidationPolicy(
    name="security-groups-admit-no-one-from-anywhere",
    description="Security groups admit no traffic from 0.0.0.0/0 or ::/0.",
    validate=check,
)
