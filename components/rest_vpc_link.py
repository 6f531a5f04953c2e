"""RestVpcLink: a REST API VPC link (v1, PrivateLink) to one Network Load Balancer."""

from __future__ import annotations

from typing import NotRequired, Optional, TypedDict

import pulumi
import pulumi_aws as aws

from .references import VpcLinkReference, VpcLinkVersion


class RestVpcLinkArgs(TypedDict):
    """The NLB the link reaches."""

    target_arn: pulumi.Input[str]
    """The Network Load Balancer, in the API's account and region. Each VPC link needs
    its own NLB: one already behind an endpoint service makes the link fail."""
    description: NotRequired[str]
    """Defaults to "apigw-private REST VPC link"."""


class RestVpcLink(pulumi.ComponentResource):
    """A VPC link (v1) for REST APIs: API Gateway reaches the NLB over PrivateLink.

    Creates one `aws.apigateway.VpcLink`. It takes 2 to 4 minutes to become
    available; deployments that use it wait for it.
    """

    id: pulumi.Output[str]

    @property
    def reference(self) -> VpcLinkReference:
        """This link, wherever a `VpcLinkReference` is asked for."""
        return VpcLinkReference(id=self.id, version=VpcLinkVersion.V1)

    def __init__(self, name: str, args: RestVpcLinkArgs, opts: Optional[pulumi.ResourceOptions] = None):
        super().__init__("apigw-private:index:RestVpcLink", name, None, opts)
        link = aws.apigateway.VpcLink(
            f"{name}-link",
            target_arn=args["target_arn"],
            description=args.get("description", "apigw-private REST VPC link"),
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.id = link.id
        self.register_outputs({"id": self.id})
