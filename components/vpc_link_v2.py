"""VpcLinkV2: a VPC link (v2) with its own security group, for HTTP APIs and REST APIs."""

from __future__ import annotations

from typing import NotRequired, Optional, Sequence, TypedDict

import pulumi
import pulumi_aws as aws

from .references import VpcLinkReference, VpcLinkVersion


class VpcLinkV2Args(TypedDict):
    """Where the link's interfaces go and what they may reach."""

    vpc_id: pulumi.Input[str]
    """The VPC of the link's network interfaces and of the backend."""
    subnet_ids: pulumi.Input[Sequence[pulumi.Input[str]]]
    """Private subnets, one per Availability Zone, each in a zone VPC link v2 supports
    (us-east-1 has none in use1-az3; see `partition.vpc_link_v2_excluded_zone_ids`)."""
    backend_cidr_blocks: pulumi.Input[Sequence[pulumi.Input[str]]]
    """Where the link may send requests, usually the VPC's CIDR block: its security group's only egress."""
    backend_port: NotRequired[int]
    """The port of the load balancer listener or Cloud Map instances. Defaults to 80."""


class VpcLinkV2(pulumi.ComponentResource):
    """A VPC link v2: API Gateway's network interfaces in your subnets, guarded by a security group.

    Creates a security group that admits nothing and reaches only `backend_port` in
    `backend_cidr_blocks` (never 0.0.0.0/0), and an `aws.apigatewayv2.VpcLink` in
    `subnet_ids` with that group. Admit `security_group_id` on the backend's security
    group. The link is immutable: changing its subnets or groups replaces it, which takes
    a few minutes; it goes INACTIVE after 60 days without traffic.
    """

    id: pulumi.Output[str]
    arn: pulumi.Output[str]
    security_group_id: pulumi.Output[str]

    @property
    def reference(self) -> VpcLinkReference:
        """This link, wherever a `VpcLinkReference` is asked for."""
        return VpcLinkReference(id=self.id, version=VpcLinkVersion.V2)

    def __init__(self, name: str, args: VpcLinkV2Args, opts: Optional[pulumi.ResourceOptions] = None):
        super().__init__("apigw-private:index:VpcLinkV2", name, None, opts)
        port = args.get("backend_port", 80)
        child = pulumi.ResourceOptions(parent=self)
        security_group = aws.ec2.SecurityGroup(
            f"{name}-sg",
            description="VPC link v2: API Gateway to the backend port only",
            vpc_id=args["vpc_id"],
            ingress=[],
            egress=[aws.ec2.SecurityGroupEgressArgs(protocol="tcp", from_port=port,
                                                    to_port=port, cidr_blocks=args["backend_cidr_blocks"],
                                                    description="To the backend")],
            opts=child,
        )
        link = aws.apigatewayv2.VpcLink(
            f"{name}-link",
            subnet_ids=args["subnet_ids"],
            security_group_ids=[security_group.id],
            opts=child,
        )
        self.id = link.id
        self.arn = link.arn
        self.security_group_id = security_group.id
        self.register_outputs({"id": self.id, "securityGroupId": self.security_group_id})
