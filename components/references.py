"""References to a network, a load balancer and a VPC link: one type whether the user brings
their own (looked up from an id or ARN) or a component of this library created it.

Components take these instead of loose ids, as CDK's `IVpcLink` and `VpcLink.fromVpcLinkId`
do: `NetworkLoadBalancer(...).reference` and `existing_load_balancer(arn)` are interchangeable
wherever a `LoadBalancerReference` is asked for. They are TypedDicts, so a program in another
Pulumi language passes the same shape as an object.
"""

from enum import Enum
from typing import NotRequired, Optional, Sequence, TypedDict

import pulumi
import pulumi_aws as aws

from . import partition


class LoadBalancerKind(str, Enum):
    """What kind of Elastic Load Balancer a reference points at."""

    APPLICATION = "application"
    NETWORK = "network"


class VpcLinkVersion(str, Enum):
    """`v1`: a REST VPC link over PrivateLink to one NLB (AWS calls it legacy since November 2025).
    `v2`: an `apigatewayv2` VPC link with interfaces in the subnets, for HTTP APIs and REST APIs."""

    V1 = "v1"
    V2 = "v2"


class NetworkReference(TypedDict):
    """A VPC and the private subnets API Gateway's interfaces and the backend live in."""

    vpc_id: pulumi.Input[str]
    """The VPC's id."""
    subnet_ids: pulumi.Input[Sequence[pulumi.Input[str]]]
    """Private subnets, one per Availability Zone used."""
    cidr_block: pulumi.Input[str]
    """The VPC's IPv4 range: what security groups admit."""


class LoadBalancerReference(TypedDict):
    """An internal Application or Network Load Balancer in front of the service."""

    arn: pulumi.Input[str]
    """The load balancer's ARN: a VPC link v1's target, a REST VPC link v2 integration's `integrationTarget`."""
    dns_name: pulumi.Input[str]
    """The load balancer's DNS name: the integration URI's host, so the `Host` header the backend sees."""
    kind: LoadBalancerKind
    """Application or network."""
    listener_arn: NotRequired[pulumi.Input[str]]
    """The listener an HTTP API integration targets. Defaults to none: REST integrations need no listener."""


class VpcLinkReference(TypedDict):
    """A VPC link API Gateway reaches the private network through."""

    id: pulumi.Input[str]
    """The VPC link's id."""
    version: VpcLinkVersion
    """v1 (REST, PrivateLink to an NLB) or v2 (interfaces in the subnets)."""


def load_balancer_kind(arn: str) -> LoadBalancerKind:
    """The kind named in a load balancer or listener ARN (`.../app/...` or `.../net/...`)."""
    parsed = partition.parse_arn(arn)
    words = parsed.resource.split("/") if parsed else []
    kinds = {"app": LoadBalancerKind.APPLICATION, "net": LoadBalancerKind.NETWORK}
    if parsed is None or parsed.service != "elasticloadbalancing" or len(words) < 2 or words[1] not in kinds:
        raise ValueError(f"{arn!r} is not the ARN of an Application or Network Load Balancer or of its listener")
    return kinds[words[1]]


def existing_network(
    vpc_id: str, subnet_ids: Sequence[str], opts: Optional[pulumi.InvokeOutputOptions] = None
) -> NetworkReference:
    """A VPC the user brings, with its private subnets; its CIDR block is looked up."""
    vpc = aws.ec2.get_vpc_output(id=vpc_id, opts=opts)
    return NetworkReference(vpc_id=vpc_id, subnet_ids=list(subnet_ids), cidr_block=vpc.cidr_block)


def existing_load_balancer(
    arn: str, listener_arn: Optional[str] = None, opts: Optional[pulumi.InvokeOutputOptions] = None
) -> LoadBalancerReference:
    """A load balancer the user brings, by ARN (and, for an HTTP API, its listener's ARN); its kind is
    read from the ARN and its DNS name looked up."""
    reference = LoadBalancerReference(
        arn=arn, dns_name=aws.lb.get_load_balancer_output(arn=arn, opts=opts).dns_name, kind=load_balancer_kind(arn)
    )
    if listener_arn is not None:
        reference["listener_arn"] = listener_arn
    return reference


def load_balancer_of_listener(listener_arn: str) -> str:
    """The ARN of a listener's load balancer: `...:listener/app/{name}/{lb-id}/{listener-id}` →
    `...:loadbalancer/app/{name}/{lb-id}`."""
    load_balancer_kind(listener_arn)
    prefix, _, resource = listener_arn.rpartition(":")
    words = resource.split("/")
    if words[0] != "listener" or len(words) != 5:
        raise ValueError(f"{listener_arn!r} is not a listener ARN (listener/app|net/NAME/LB-ID/LISTENER-ID)")
    return f"{prefix}:loadbalancer/" + "/".join(words[1:4])


def existing_listener(listener_arn: str, opts: Optional[pulumi.InvokeOutputOptions] = None) -> LoadBalancerReference:
    """The load balancer of a listener the user brings, for an HTTP API integration to target."""
    return existing_load_balancer(load_balancer_of_listener(listener_arn), listener_arn, opts)


def existing_vpc_link(vpc_link_id: str, version: VpcLinkVersion) -> VpcLinkReference:
    """A VPC link the user brings, by id."""
    return VpcLinkReference(id=vpc_link_id, version=VpcLinkVersion(version))
