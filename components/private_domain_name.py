"""PrivateDomainName: a private custom domain name for a PRIVATE REST API, reachable only through VPC endpoints."""

import json
from typing import NotRequired, Optional, Sequence, TypedDict

import pulumi
import pulumi_aws as aws

from . import partition
from ._outputs import strings
from .policies import private_api_policy


class PrivateDomainNameArgs(TypedDict):
    domain_name: str
    """The name callers use, such as `orders.internal.example.com`."""
    certificate_arn: pulumi.Input[str]
    """An ACM certificate in the API's account and region that covers `domain_name`."""
    rest_api_id: pulumi.Input[str]
    """The PRIVATE REST API the name serves."""
    stage_name: pulumi.Input[str]
    """The stage of that API the name maps to."""
    vpc_endpoint_ids: pulumi.Input[Sequence[pulumi.Input[str]]]
    """The execute-api endpoints that may call through the name: the domain name's own resource policy denies
    every other caller. Give the same endpoints the API admits."""
    base_path: NotRequired[str]
    """The path the API is served under. Defaults to none: the API is at the name's root."""


class PrivateDomainName(pulumi.ComponentResource):
    """A private custom domain name (API Gateway, November 2024) mapped to a stage of a PRIVATE REST API.

    Creates an `aws.apigateway.DomainName` of endpoint type PRIVATE with the certificate, the TLS 1.2 security
    policy and a resource policy that allows `execute-api:Invoke` and denies it unless `aws:SourceVpce` is one
    of `vpc_endpoint_ids`, and an `aws.apigateway.BasePathMapping` to the stage (by `domain_name_id`, as a
    private name is only unique with its id). Callers still need, per endpoint, a `DomainNameAccess` (the
    access association) and DNS that resolves the name to the endpoint (`PrivateDomainDns`).
    """

    arn: pulumi.Output[str]
    """`arn:{partition}:apigateway:{region}:{account}:/domainnames/{name}+{id}`: what access associations and RAM
    shares name."""
    execute_api_arn: pulumi.Output[str]
    """`arn:{partition}:execute-api:{region}:{account}:/domainnames/{name}+{id}`: what an execute-api endpoint's
    policy must allow, besides the API, for calls through the name."""
    domain_name: pulumi.Output[str]
    """The name, such as `orders.internal.example.com`."""
    domain_name_id: pulumi.Output[str]
    """API Gateway's id of the name: a private name is known by name and id together."""
    domain: aws.apigateway.DomainName
    """The domain name resource."""

    def __init__(self, name: str, args: PrivateDomainNameArgs, opts: Optional[pulumi.ResourceOptions] = None):
        super().__init__("apigw-private:index:PrivateDomainName", name, None, opts)
        policy = strings(args["vpc_endpoint_ids"]).apply(lambda ids: json.dumps(private_api_policy(ids)))
        self.domain = aws.apigateway.DomainName(
            f"{name}-domain",
            domain_name=args["domain_name"],
            # `certificate_arn`, not `regional_certificate_arn`: API Gateway refuses the regional field for
            # PRIVATE names (aws-cdk#32551).
            certificate_arn=args["certificate_arn"],
            endpoint_configuration=aws.apigateway.DomainNameEndpointConfigurationArgs(types="PRIVATE"),
            # TLS 1.2 is what private APIs negotiate (docs/aws-facts.md §6.3); the default would be API Gateway's.
            security_policy="TLS_1_2",
            policy=policy,
            opts=pulumi.ResourceOptions(parent=self),
        )
        aws.apigateway.BasePathMapping(
            f"{name}-mapping",
            domain_name=self.domain.domain_name,
            domain_name_id=self.domain.domain_name_id,
            rest_api=args["rest_api_id"],
            stage_name=args["stage_name"],
            base_path=args.get("base_path"),
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.arn = self.domain.arn
        self.execute_api_arn = self.domain.arn.apply(partition.domain_name_execute_api_arn)
        self.domain_name = self.domain.domain_name
        self.domain_name_id = self.domain.domain_name_id
        self.register_outputs({"arn": self.arn, "domainName": self.domain_name, "domainNameId": self.domain_name_id})
