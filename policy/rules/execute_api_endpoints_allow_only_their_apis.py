"""An execute-api interface endpoint carries a policy that allows calling named APIs, not every API:
without one, AWS's default endpoint policy allows every action on every API of every account, so
anyone in the VPC can reach any private API anywhere through it (AWS_FACTS.md §6.x)."""

from __future__ import annotations

import json
import re
from typing import Any, Iterable, Mapping

from pulumi_policy import ResourceValidationPolicy

from .resource_check import as_list, resource_check

VPC_ENDPOINT = "aws:ec2/vpcEndpoint:VpcEndpoint"
# An execute-api ARN that names its account: twelve digits, no wildcard (the API id and path may have them).
NAMED_ACCOUNT = re.compile(r"arn:[\w-]+:execute-api:[\w-]+:\d{12}:.+", re.ASCII)
NO_POLICY = ("the execute-api endpoint has no policy, so AWS's default lets it call every API of every account: "
             "set `policy` to allow execute-api:Invoke on the APIs its VPC calls "
             "(components.policies.execute_api_endpoint_policy)")
TOO_WIDE = ("the execute-api endpoint's policy allows calling the APIs of every account: allow execute-api:Invoke "
            "on the ARNs of the APIs its VPC calls, arn:PARTITION:execute-api:REGION:ACCOUNT:API_ID/*")


def _is_execute_api_interface(props: Mapping[str, Any]) -> bool:
    return props.get("vpcEndpointType") == "Interface" and str(props.get("serviceName", "")).endswith(".execute-api")


def _allows_every_account(statement: Any) -> bool:
    if not isinstance(statement, Mapping) or statement.get("Effect") != "Allow":
        return False
    if {"NotAction", "NotResource", "NotPrincipal"} & set(statement):
        return True
    return any(not NAMED_ACCOUNT.fullmatch(str(resource)) for resource in as_list(statement.get("Resource")))


@resource_check(VPC_ENDPOINT)
def check(props: Mapping[str, Any]) -> Iterable[str]:
    if not _is_execute_api_interface(props):
        return
    policy = props.get("policy")
    if not policy:
        yield NO_POLICY
        return
    try:
        document = json.loads(policy) if isinstance(policy, str) else policy
    except ValueError:
        document = None
    statements = as_list(document.get("Statement")) if isinstance(document, Mapping) else []
    if not statements or any(_allows_every_account(statement) for statement in statements):
        yield TOO_WIDE


POLICY = ResourceValidationPolicy(
    name="execute-api-endpoints-allow-only-their-apis",
    description="execute-api interface endpoints have a policy that allows named APIs only, not AWS's full access.",
    validate=check,
)
