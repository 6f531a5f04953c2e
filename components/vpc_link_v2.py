"""VpcLinkV2: a VPC link (v2) with its own security group, for HTTP APIs and REST APIs."""

from typing import NotRequired, Optional, Sequence, TypedDict

import pulumi
import pulumi_aws as aws

from ._numbers import whole_number
from .references import VpcLinkReference, VpcLinkVersion


class VpcLinkV2Args(TypedDict):
    """The inputs of a VpcLinkV2."""

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
    a few minutes; it goes INACTIVE after 60 days without traffic. Pass `reference` to the
    API components.
    """

    vpc_link_id: pulumi.Output[str]
    """The VPC link's id: the `connectionId` of integrations. (Also `id` in Python; the component package
    cannot carry an output named `id`.)"""
    arn: pulumi.Output[str]
    """The VPC link's ARN."""
    security_group_id: pulumi.Output[str]
    """The link's security group: admit it on the backend's."""

    def __init__(self, name: str, args: VpcLinkV2Args, opts: Optional[pulumi.ResourceOptions] = None):
        super().__init__("apigw-private:index:VpcLinkV2", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)
        backend_port = whole_number(args.get("backend_port", 80))
        security_group = aws.ec2.SecurityGroup(
            f"{name}-sg",
            description="VPC link v2: API Gateway to the backend port only",
            vpc_id=args["vpc_id"],
            ingress=[],
            egress=[
                aws.ec2.SecurityGroupEgressArgs(
                    protocol="tcp",
                    from_port=backend_port,
                    to_port=backend_port,
                    cidr_blocks=args["backend_cidr_blocks"],
                    description="To the backend",
                )
            ],
            opts=child,
        )
        link = aws.apigatewayv2.VpcLink(
            f"{name}-link",
            subnet_ids=args["subnet_ids"],
            security_group_ids=[security_group.id],
            opts=child,
        )
        self.id: pulumi.Output[str] = link.id
        self.vpc_link_id = link.id
        self.arn = link.arn
        self.security_group_id = security_group.id
        self.register_outputs({"id": self.id, "securityGroupId": self.security_group_id})

    @property
    def reference(self) -> VpcLinkReference:
        """This link, where a `VpcLinkReference` is asked for."""
        return VpcLinkReference(id=self.id, version=VpcLinkVersion.V2)
