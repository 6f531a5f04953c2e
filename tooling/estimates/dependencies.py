"""Which of a resource's waits are unavoidable: the floor of a deploy is the longest chain of those.

A resource waits for every URN in its `dependencies` (its inputs' resources and `depends_on`).
Unavoidable are (1) the inputs' resources, since a value such as an ARN exists only once its
resource is created, except where the architecture needs no such value (AVOIDABLE_INPUTS), and
(2) the `depends_on` orderings AWS itself demands (REQUIRED_ORDERINGS). Every other wait is
needless: it can only lengthen the deploy.
"""

from __future__ import annotations

from dataclasses import dataclass

from tooling.recorder import Registration

_REST_VPC_LINK_FROM_STAGE = (
    "a REST API reads its VPC link from a stage variable (`${stageVariables.vpcLinkId}`, "
    "docs/design.md), so only the stage needs the link"
)
_VPC_LINKS = ("aws:apigateway/vpcLink:VpcLink", "aws:apigatewayv2/vpcLink:VpcLink")

AVOIDABLE_INPUTS: dict[tuple[str, str], str] = {
    **{("aws:apigateway/restApi:RestApi", link): _REST_VPC_LINK_FROM_STAGE for link in _VPC_LINKS},
    **{("aws:apigateway/deployment:Deployment", link): _REST_VPC_LINK_FROM_STAGE for link in _VPC_LINKS},
    **{("aws:apigateway/integration:Integration", link): _REST_VPC_LINK_FROM_STAGE for link in _VPC_LINKS},
    (
        "aws:lb/loadBalancer:LoadBalancer",
        "aws:ec2/vpcEndpoint:VpcEndpoint",
    ): "a load balancer in front of an endpoint needs only its subnets; its target attachments need the "
    "endpoint's network interfaces (docs/design.md, chained)",
}
"""(dependent type, dependency type): why an input from that dependency need not be waited for."""

REQUIRED_ORDERINGS: dict[tuple[str, str], str] = {
    (
        "aws:apigateway/stage:Stage",
        "aws:apigateway/account:Account",
    ): "logging is refused until the account's CloudWatch role is set (docs/aws-facts.md §10.1)",
    (
        "aws:apigateway/methodSettings:MethodSettings",
        "aws:apigateway/account:Account",
    ): "execution logging is refused until the account's CloudWatch role is set (docs/aws-facts.md §10.1)",
    (
        "aws:apigateway/methodSettings:MethodSettings",
        "aws:cloudwatch/logGroup:LogGroup",
    ): "the execution log group must exist, with its retention, before API Gateway creates it without one",
    (
        "aws:apigateway/account:Account",
        "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
    ): "API Gateway checks that the role may write to CloudWatch Logs",
    (
        "aws:apigateway/deployment:Deployment",
        "aws:apigateway/method:Method",
    ): "a deployment of an API without its methods fails",
    (
        "aws:apigateway/deployment:Deployment",
        "aws:apigateway/integration:Integration",
    ): "a deployment of a method without its integration fails",
}
"""(dependent type, dependency type) of `depends_on` orderings AWS needs, and why."""


@dataclass(frozen=True)
class Wait:
    """One resource waiting for another: `dependent` cannot start before `dependency` is created."""

    dependent: Registration
    dependency: Registration
    listed: str
    """The URN in the dependent's `dependencies` that makes it wait: the dependency's own, or its component's."""


def is_unavoidable(wait: Wait) -> bool:
    pair = (wait.dependent.type, wait.dependency.type)
    from_inputs = any(wait.listed in urns for urns in wait.dependent.property_dependencies.values())
    if from_inputs:
        return pair not in AVOIDABLE_INPUTS
    return pair in REQUIRED_ORDERINGS
