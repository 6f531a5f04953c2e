"""Typical creation time of each resource type: how long `pulumi up` waits for the provider to
report it created (the provider waits for load balancers `active`, VPC links `AVAILABLE`,
endpoints `available`, instances `running`, NAT gateways `available`).

Typical figures, not worst cases; read as of 2026-12. Acceptance-test timings of
terraform-provider-aws (the engine behind pulumi-aws) include the test's own VPC and the
destroy, so they bound a creation from above. A type missing from the table is an error, as
in the offline mocks: a new resource type needs its figure and its source here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping, Union


@dataclass(frozen=True)
class Timing:
    seconds: int
    source: str


class UnknownToEstimates(Exception):
    """A registered resource type has no creation time in the table."""


_SECONDS_OF_API_CALLS = "a synchronous API call or two; no waiter in the provider (estimate, no published figure)"

# An entry is a Timing, or a function of the resource's inputs for types whose time depends on them.
TABLE: dict[str, Union[Timing, Callable[[Mapping[str, Any]], Timing]]] = {
    "aws:lb/loadBalancer:LoadBalancer": Timing(
        180,
        "NLB and ALB wait for `active`: 'very normal that it takes > 2 minutes' (kubernetes/kubernetes#44695); "
        "ALBs left `provisioning` past 10 min (hashicorp/terraform-provider-aws#8054); ELBV2 acceptance "
        "tests 180-240 s with VPC and destroy (terraform-provider-aws#14764, #32987)",
    ),
    "aws:apigateway/vpcLink:VpcLink": Timing(
        240,
        "CreateVpcLink 'typically takes 2-4 minutes to complete and become operational' (API Gateway "
        "API Reference, CreateVpcLink); more than 8 minutes observed (terraform-provider-aws#10405); "
        "TestAccAWSAPIGatewayVpcLink_basic 704 s with its NLB (terraform-provider-aws#10407)",
    ),
    "aws:apigatewayv2/vpcLink:VpcLink": Timing(
        180,
        "'API Gateway creates and manages elastic network interfaces for the VPC link ... This process can "
        "take a few minutes' (API Gateway Developer Guide, Set up VPC links for HTTP APIs); "
        "TestAccAPIGatewayV2VPCLinkData_basic 441 s with VPC and destroy (terraform-provider-aws#33975)",
    ),
    "aws:ec2/vpcEndpoint:VpcEndpoint": Timing(
        90,
        "interface endpoint waits for `available`: TestAccVPCEndpoint_interfaceBasic 70 s with VPC and destroy "
        "(terraform-provider-aws#46800); a GWLB endpoint took '120-150 seconds to go from Pending to "
        "Available' (terraform-provider-aws#32774)",
    ),
    "aws:ec2/vpcEndpointPolicy:VpcEndpointPolicy": Timing(
        10,
        "ModifyVpcEndpoint, after which the provider waits for the endpoint to be available again "
        "(estimate, no published figure)",
    ),
    "aws:ec2/instance:Instance": Timing(
        40,
        "waits for `running`: TestAccAWSInstance_basic 82 s with create, checks and terminate "
        "(terraform-provider-aws#14159)",
    ),
    "awsx:ec2:Vpc": lambda inputs: _awsx_vpc(inputs),
    "aws:servicediscovery/privateDnsNamespace:PrivateDnsNamespace": Timing(
        70,
        "an asynchronous operation that creates a Route 53 private hosted zone: "
        "TestAccAwsServiceDiscoveryPrivateDnsNamespace_basic 70 s (terraform-provider-aws#2589)",
    ),
    "aws:servicediscovery/service:Service": Timing(2, _SECONDS_OF_API_CALLS),
    "aws:servicediscovery/instance:Instance": Timing(
        5, "RegisterInstance is an asynchronous operation the provider polls (estimate, no published figure)"
    ),
    "aws:apigateway/domainName:DomainName": lambda inputs: _rest_domain(inputs),
    "aws:apigatewayv2/domainName:DomainName": Timing(
        10, "Regional domain: no CloudFront distribution (estimate, no published figure)"
    ),
    "aws:apigateway/basePathMapping:BasePathMapping": Timing(2, _SECONDS_OF_API_CALLS),
    "aws:apigatewayv2/apiMapping:ApiMapping": Timing(2, _SECONDS_OF_API_CALLS),
    "aws:apigateway/domainNameAccessAssociation:DomainNameAccessAssociation": Timing(
        5, "(estimate, no published figure)"
    ),
    "aws:route53/zone:Zone": Timing(
        60,
        "waits for the change to be INSYNC; Route 53 changes 'generally propagate to all Route 53 name servers "
        "within 60 seconds' (Route 53 API Reference, ChangeResourceRecordSets)",
    ),
    "aws:route53/record:Record": Timing(60, "waits for INSYNC, as for the zone"),
    "aws:ram/resourceShare:ResourceShare": Timing(2, _SECONDS_OF_API_CALLS),
    "aws:ram/resourceAssociation:ResourceAssociation": Timing(5, "(estimate, no published figure)"),
    "aws:ram/principalAssociation:PrincipalAssociation": Timing(5, "(estimate, no published figure)"),
    "aws:ram/resourceShareAccepter:ResourceShareAccepter": Timing(
        5,
        "AcceptResourceShareInvitation, after which the provider waits for the share to be ACTIVE (estimate, "
        "no published figure)",
    ),
    "aws:apigateway/account:Account": Timing(
        10,
        "the provider retries while the new role has not propagated to API Gateway (terraform-provider-aws "
        "aws_api_gateway_account); estimate",
    ),
    "aws:apigateway/restApi:RestApi": Timing(
        3, "one ImportRestApi/PutRestApi call; account rate 1 every 3 s (API Gateway quotas, docs/aws-facts.md §15)"
    ),
    "aws:apigateway/deployment:Deployment": Timing(
        5, "one CreateDeployment call; account rate 1 every 5 s (API Gateway quotas, docs/aws-facts.md §15)"
    ),
    "aws:apigateway/stage:Stage": Timing(2, _SECONDS_OF_API_CALLS),
    "aws:apigateway/methodSettings:MethodSettings": Timing(2, _SECONDS_OF_API_CALLS),
    "aws:apigateway/resource:Resource": Timing(1, _SECONDS_OF_API_CALLS),
    "aws:apigateway/method:Method": Timing(1, _SECONDS_OF_API_CALLS),
    "aws:apigateway/integration:Integration": Timing(1, _SECONDS_OF_API_CALLS),
    "aws:apigateway/methodResponse:MethodResponse": Timing(1, _SECONDS_OF_API_CALLS),
    "aws:apigateway/integrationResponse:IntegrationResponse": Timing(1, _SECONDS_OF_API_CALLS),
    "aws:apigatewayv2/api:Api": Timing(2, _SECONDS_OF_API_CALLS),
    "aws:apigatewayv2/integration:Integration": Timing(2, _SECONDS_OF_API_CALLS),
    "aws:apigatewayv2/route:Route": Timing(1, _SECONDS_OF_API_CALLS),
    "aws:apigatewayv2/stage:Stage": Timing(2, _SECONDS_OF_API_CALLS),
    "aws:cloudwatch/logGroup:LogGroup": Timing(2, _SECONDS_OF_API_CALLS),
    "aws:iam/role:Role": Timing(3, _SECONDS_OF_API_CALLS),
    "aws:iam/rolePolicyAttachment:RolePolicyAttachment": Timing(2, _SECONDS_OF_API_CALLS),
    "aws:ec2/securityGroup:SecurityGroup": Timing(
        3,
        "security groups and their rules complete in 2-5 s in terraform apply logs "
        "(hashicorp-education/learn-terraform-variables#6)",
    ),
    "aws:lb/targetGroup:TargetGroup": Timing(2, _SECONDS_OF_API_CALLS),
    "aws:lb/listener:Listener": Timing(2, _SECONDS_OF_API_CALLS),
    "aws:lb/targetGroupAttachment:TargetGroupAttachment": Timing(
        2,
        "RegisterTargets returns at once; the target's health checks (minutes on an NLB, "
        "kubernetes-sigs/aws-load-balancer-controller#1786) run after the deploy",
    ),
    "pulumi:providers:aws": Timing(0, "a provider is configuration, not an AWS resource"),
}

_VPC_WITHOUT_NAT = Timing(
    20,
    "the VPC, its subnets, route tables and associations, each a call or two: route tables and associations "
    "complete in 0-1 s (terraform-aws-modules/terraform-aws-vpc#999 apply log)",
)
_NAT_GATEWAY_SECONDS = 120
_NAT_GATEWAY_SOURCE = (
    "NAT gateways wait for `available`: still creating after 1 min "
    "(terraform-aws-modules/terraform-aws-vpc#999), 'up to 5 min' (kubernetes/kops#995)"
)


def _awsx_vpc(inputs: Mapping[str, Any]) -> Timing:
    """awsx's VPC is one remote component here (docs/aws-facts.md §14.1): its children are timed together,
    and NAT gateways, created in parallel, add their own wait."""
    strategy = (inputs.get("natGateways") or {}).get("strategy", "OnePerAz")
    if strategy == "None":
        return _VPC_WITHOUT_NAT
    return Timing(_VPC_WITHOUT_NAT.seconds + _NAT_GATEWAY_SECONDS, f"{_VPC_WITHOUT_NAT.source}; {_NAT_GATEWAY_SOURCE}")


def _rest_domain(inputs: Mapping[str, Any]) -> Timing:
    types = (inputs.get("endpointConfiguration") or {}).get("types", "EDGE")
    if types == "EDGE":
        return Timing(
            2400,
            "'An edge-optimized custom domain names takes about 40 minutes to be ready' (API Gateway "
            "Developer Guide, Set up an edge-optimized custom domain name)",
        )
    return Timing(10, "Regional and private domains: no CloudFront distribution (estimate, no published figure)")


def creation_time(type_token: str, inputs: Mapping[str, Any]) -> Timing:
    """How long the creation of a resource of `type_token` with `inputs` typically takes."""
    entry = TABLE.get(type_token)
    if entry is None:
        raise UnknownToEstimates(
            f"no typical creation time for the resource type {type_token}; "
            f"add it, with its source, to tooling/estimates/timings.py"
        )
    return entry if isinstance(entry, Timing) else entry(inputs)
