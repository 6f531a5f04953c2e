"""ExecuteApiEndpointPolicy: what an execute-api endpoint may call, instead of AWS's full-access default."""

import json
from typing import NotRequired, Optional, Sequence, TypedDict

import pulumi
import pulumi_aws as aws

from . import policies


class ExecuteApiEndpointPolicyArgs(TypedDict):
    """The endpoint and the APIs it may call."""

    vpc_endpoint_id: pulumi.Input[str]
    """The execute-api interface endpoint, such as an `ExecuteApiEndpoint`'s `id`."""
    api_execution_arns: pulumi.Input[Sequence[pulumi.Input[str]]]
    """The execution ARNs (`RestApi.execution_arn`) of the APIs the VPC calls, of any account; each is
    allowed on every stage, method and path."""
    additional_api_arns: NotRequired[Sequence[str]]
    """Other execute-api ARNs the VPC calls through the same endpoint, taken as they are. Defaults to none."""
    domain_execute_api_arns: NotRequired[pulumi.Input[Sequence[pulumi.Input[str]]]]
    """Private custom domain names the VPC calls the APIs through (`PrivateDomainName.execute_api_arn`): an
    endpoint policy must allow the name as well as the API. Defaults to none."""


class ExecuteApiEndpointPolicy(pulumi.ComponentResource):
    """Replaces an execute-api endpoint's default policy, which lets anyone in the VPC call every API of
    every account, with one that allows `execute-api:Invoke` on the given APIs only.

    Creates one `aws.ec2.VpcEndpointPolicy`. It is a resource of its own, not part of the endpoint,
    because a PRIVATE API lists its endpoints and so exists only after them: the endpoint cannot name it
    when it is created. The APIs' own resource policies still apply.
    """

    policy: pulumi.Output[str]
    """The endpoint policy document (JSON)."""

    def __init__(self, name: str, args: ExecuteApiEndpointPolicyArgs, opts: Optional[pulumi.ResourceOptions] = None):
        super().__init__("apigw-private:index:ExecuteApiEndpointPolicy", name, None, opts)
        additional = list(args.get("additional_api_arns", ()))
        document = pulumi.Output.all(args["api_execution_arns"], args.get("domain_execute_api_arns", [])).apply(
            lambda arns: json.dumps(policies.execute_api_endpoint_policy(list(arns[0]), additional, list(arns[1])))
        )
        attached = aws.ec2.VpcEndpointPolicy(
            f"{name}-policy",
            vpc_endpoint_id=args["vpc_endpoint_id"],
            policy=document,
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.policy = attached.policy
        self.register_outputs({"policy": self.policy})
