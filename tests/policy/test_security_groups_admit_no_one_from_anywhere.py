import pytest
from pulumi.output import Unknown

from policy.rules.security_groups_admit_no_one_from_anywhere import (
    INGRESS_RULE,
    POLICY,
    SECURITY_GROUP,
    SECURITY_GROUP_RULE,
)
from tests.policy.helpers import violations

FIX = "admit the VPC's CIDR block or a security group instead"
HTTPS_FROM_VPC = {"protocol": "tcp", "fromPort": 443, "toPort": 443, "cidrBlocks": ["10.0.0.0/16"]}


@pytest.mark.parametrize(
    "resource_type, props",
    [
        (SECURITY_GROUP, {"ingress": [HTTPS_FROM_VPC], "egress": [{**HTTPS_FROM_VPC, "cidrBlocks": ["0.0.0.0/0"]}]}),
        (SECURITY_GROUP, {"ingress": [{"protocol": "tcp", "fromPort": 80, "toPort": 80, "securityGroups": ["sg-1"]}]}),
        (SECURITY_GROUP, {}),
        (
            SECURITY_GROUP_RULE,
            {"type": "egress", "cidrBlocks": ["0.0.0.0/0"], "fromPort": 0, "toPort": 0, "protocol": "-1"},
        ),
        (INGRESS_RULE, {"cidrIpv4": "10.1.0.0/16", "fromPort": 443, "toPort": 443, "ipProtocol": "tcp"}),
        ("aws:ec2/instance:Instance", {"cidrBlocks": ["0.0.0.0/0"]}),
    ],
    ids=["vpc-only-ingress", "from-a-security-group", "no-rules", "egress-rule", "vpc-ingress-rule", "other-type"],
)
def test_ingress_from_inside_the_vpc_or_a_security_group_passes(resource_type, props):
    assert violations(POLICY, resource_type, props) == []


@pytest.mark.parametrize(
    "resource_type, props, messages",
    [
        (
            SECURITY_GROUP,
            {"ingress": [HTTPS_FROM_VPC, {**HTTPS_FROM_VPC, "cidrBlocks": ["10.0.0.0/16", "0.0.0.0/0"]}]},
            [f"ingress from 0.0.0.0/0 on port 443: {FIX}"],
        ),
        (
            SECURITY_GROUP,
            {"ingress": [{"protocol": "tcp", "fromPort": 80, "toPort": 90, "ipv6CidrBlocks": ["::/0"]}]},
            [f"ingress from ::/0 on ports 80-90: {FIX}"],
        ),
        (
            SECURITY_GROUP_RULE,
            {"type": "ingress", "protocol": "-1", "fromPort": 0, "toPort": 0, "cidrBlocks": ["0.0.0.0/0"]},
            [f"ingress from 0.0.0.0/0 on all ports: {FIX}"],
        ),
        (
            INGRESS_RULE,
            {"cidrIpv4": "0.0.0.0/0", "fromPort": 443, "toPort": 443, "ipProtocol": "tcp"},
            [f"ingress from 0.0.0.0/0 on port 443: {FIX}"],
        ),
        (INGRESS_RULE, {"cidrIpv6": "::/0", "ipProtocol": "-1"}, [f"ingress from ::/0 on all ports: {FIX}"]),
        (
            INGRESS_RULE,
            {"cidrIpv4": "0.0.0.0/0", "fromPort": 443, "ipProtocol": "tcp"},
            [f"ingress from 0.0.0.0/0 on some ports: {FIX}"],
        ),
        (
            SECURITY_GROUP,
            {"ingress": [{"protocol": "tcp", "fromPort": Unknown(), "toPort": 443, "cidrBlocks": ["0.0.0.0/0"]}]},
            [f"ingress from 0.0.0.0/0 on some ports: {FIX}"],
        ),
    ],
    ids=[
        "group-ipv4",
        "group-ipv6",
        "rule-all-ports",
        "vpc-ingress-rule-ipv4",
        "vpc-ingress-rule-ipv6",
        "no-to-port",
        "port-unknown-in-preview",
    ],
)
def test_rejects_ingress_from_anywhere(resource_type, props, messages):
    assert violations(POLICY, resource_type, props) == messages
