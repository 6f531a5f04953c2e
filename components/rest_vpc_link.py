"""RestVpcLink: a REST API VPC link (v1, PrivateLink) to one Network Load Balancer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import pulumi
import pulumi_aws as aws


@dataclass
class RestVpcLinkArgs:
    target_arn: pulumi.Input[str]
    """The Network Load Balancer, in the API's account and region. Each VPC link needs
    its own NLB: one already behind an endpoint service makes the link fail."""
    description: str = "apigw-private REST VPC link"
    """Defaults to "apigw-private REST VPC link"."""


class RestVpcLink(pulumi.ComponentResource):
    """A VPC link (v1) for REST APIs: API Gateway reaches the NLB over PrivateLink.

    Creates one `aws.apigateway.VpcLink`. It takes 2 to 4 minutes to become
    available; deployments that use it wait for it.
    """

    id: pulumi.Output[str]

    def __init__(self, name: str, args: RestVpcLinkArgs, opts: Optional[pulumi.ResourceOptions] = None):
        super().__init__("apigw-private:index:RestVpcLink", name, None, opts)
        link = aws.apigateway.VpcLink(
            f"{name}-link",
            target_arn=args.target_arn,
            description=args.description,
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.id = link.id
        self.register_outputs({"id": self.id})
