"""An execute-api interface endpoint carries a policy, inline or as an `aws.ec2.VpcEndpointPolicy`, that
allows calling named APIs, not every API: without one, AWS's default endpoint policy allows every action
on every API of every account, so anyone in the VPC reaches any private API anywhere through it
(docs/aws-facts.md §6.x). A stack rule, because the policy names the APIs, which are created after the
endpoint they list, so it is usually a resource of its own."""

from __future__ import annotations

import json
import re
from typing import Any, Mapping

from pulumi_policy import ReportViolation, StackValidationArgs, StackValidationPolicy

from .resource_check import as_list, policies_of

VPC_ENDPOINT = "aws:ec2/vpcEndpoint:VpcEndpoint"
VPC_ENDPOINT_POLICY = "aws:ec2/vpcEndpointPolicy:VpcEndpointPolicy"
# An execute-api ARN that names its account: twelve digits, no wildcard (the API id and path may have them).
NAMED_ACCOUNT = re.compile(r"arn:[\w-]+:execute-api:[\w-]+:[0-9]{12}:.+", re.ASCII)
NO_POLICY = (
    "the execute-api endpoint has no policy, so AWS's default lets it call every API of every account: "
    "allow execute-api:Invoke on the APIs its VPC calls, in `policy` or an aws.ec2.VpcEndpointPolicy "
    "(components.policies.execute_api_endpoint_policy)"
)
TOO_WIDE = (
    "the execute-api endpoint's policy allows more than calling named APIs: allow only execute-api:Invoke, "
    "on the ARNs of the APIs its VPC calls, arn:PARTITION:execute-api:REGION:ACCOUNT:API_ID/*"
)


def _is_execute_api_interface(props: Mapping[str, Any]) -> bool:
    return props.get("vpcEndpointType") == "Interface" and str(props.get("serviceName", "")).endswith(".execute-api")


def _allows_every_account(statement: Any) -> bool:
    if not isinstance(statement, Mapping) or statement.get("Effect") != "Allow":
        return False
    if {"NotAction", "NotResource", "NotPrincipal"} & set(statement):
        return True
    if any(action != "execute-api:Invoke" for action in as_list(statement.get("Action"))):
        return True
    return any(not NAMED_ACCOUNT.fullmatch(str(resource)) for resource in as_list(statement.get("Resource")))


def _too_wide(policy: Any) -> bool:
    try:
        document = json.loads(policy) if isinstance(policy, str) else policy
    except ValueError:
        return True
    statements = as_list(document.get("Statement")) if isinstance(document, Mapping) else []
    return not statements or any(_allows_every_account(statement) for statement in statements)


def validate(args: StackValidationArgs, report_violation: ReportViolation) -> None:
    for endpoint in args.resources:
        if endpoint.resource_type != VPC_ENDPOINT or not _is_execute_api_interface(endpoint.props):
            continue
        policies = policies_of(endpoint, args.resources, VPC_ENDPOINT_POLICY, "vpcEndpointId")
        if not policies:
            report_violation(NO_POLICY, endpoint.urn)
        elif any(_too_wide(policy) for policy in policies):
            report_violation(TOO_WIDE, endpoint.urn)


POLICY = StackValidationPolicy(
    name="execute-api-endpoints-allow-only-their-apis",
    description="execute-api interface endpoints have a policy that allows named APIs only, not AWS's full access.",
    validate=validate,
)
