"""A PRIVATE REST API carries a resource policy, on the API or in an `aws.apigateway.RestApiPolicy`,
that denies every call to the whole API not made through its execute-api VPC endpoints (or VPCs):
without one it cannot even be deployed, and with an allow alone any endpoint in any account could
call it (docs/aws-facts.md §6.1, §6.2). A stack rule, because the policy may be a resource of its own."""

from __future__ import annotations

import json
import re
from typing import Any, Mapping

from pulumi_policy import ReportViolation, StackValidationArgs, StackValidationPolicy

from .resource_check import as_list, policies_of
from .rest_apis_set_their_endpoint_type import REST_API, endpoint_types

REST_API_POLICY = "aws:apigateway/restApiPolicy:RestApiPolicy"
SOURCE_KEYS = ("aws:sourcevpce", "aws:sourcevpc")
INVOKE_ACTIONS = ("execute-api:invoke", "execute-api:*", "*")
WHOLE_API = re.compile(r"\*|execute-api:/\*|arn:[\w-]+:execute-api:[\w-]+:(\d{12}|\*):[^/]+/\*")
NO_POLICY = (
    "a PRIVATE REST API has no resource policy: set `policy` to deny execute-api:Invoke unless "
    "aws:SourceVpce is one of its endpoints"
)
NO_DENY = (
    "the resource policy of a PRIVATE REST API does not deny calls from other endpoints: add a statement "
    "{Effect: Deny, Principal: *, Action: execute-api:Invoke, Resource: execute-api:/*} with a "
    "StringNotEquals condition on aws:SourceVpce (or aws:SourceVpc)"
)


def policy_document(policy: Any) -> Mapping[str, Any]:
    try:
        document = json.loads(policy) if isinstance(policy, str) else policy
    except ValueError:
        return {}
    return document if isinstance(document, Mapping) else {}


def _everyone(principal: Any) -> bool:
    return principal == "*" or (isinstance(principal, Mapping) and as_list(principal.get("AWS")) == ["*"])


def denies_other_sources(statement: Any, source_keys: tuple[str, ...] = SOURCE_KEYS) -> bool:
    """A Deny, for everyone, of invoking the whole API, unless the call comes from the listed endpoints or VPCs
    (the condition keys of `source_keys`, lower case)."""
    if (
        not isinstance(statement, Mapping)
        or statement.get("Effect") != "Deny"
        or {"NotAction", "NotResource", "NotPrincipal"} & set(statement)
    ):
        return False
    actions = {str(action).lower() for action in as_list(statement.get("Action"))}
    return (
        _everyone(statement.get("Principal"))
        and bool(actions & set(INVOKE_ACTIONS))
        and any(WHOLE_API.fullmatch(str(resource)) for resource in as_list(statement.get("Resource")))
        and any(
            "notequals" in operator.lower() and any(key.lower() in source_keys for key in conditions)
            for operator, conditions in (statement.get("Condition") or {}).items()
        )
    )


def validate(args: StackValidationArgs, report_violation: ReportViolation) -> None:
    for api in args.resources:
        if api.resource_type != REST_API or "PRIVATE" not in endpoint_types(api.props):
            continue
        documents = [
            policy_document(policy) for policy in policies_of(api, args.resources, REST_API_POLICY, "restApiId")
        ]
        if not documents:
            report_violation(NO_POLICY, api.urn)
        elif not any(denies_other_sources(s) for document in documents for s in as_list(document.get("Statement"))):
            report_violation(NO_DENY, api.urn)


POLICY = StackValidationPolicy(
    name="private-apis-admit-only-their-endpoints",
    description="PRIVATE REST APIs deny every call not made through their own VPC endpoints.",
    validate=validate,
)
