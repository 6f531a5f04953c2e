"""A PRIVATE REST API carries a resource policy that denies every call not made through its
execute-api VPC endpoints (or VPCs): without one it cannot even be deployed, and with an allow
alone any endpoint in any account could call it (AWS_FACTS.md §6.1)."""

from __future__ import annotations

import json
from typing import Any, Iterable, Mapping, Sequence

from pulumi_policy import ResourceValidationPolicy

from .resource_check import resource_check

REST_API = "aws:apigateway/restApi:RestApi"
SOURCE_KEYS = ("aws:sourcevpce", "aws:sourcevpc")


def _as_list(value: Any) -> list:
    """IAM and the provider take one value or a list (the analyzer's lists are Sequences)."""
    return list(value) if isinstance(value, Sequence) and not isinstance(value, str) else [value]


def _denies_other_sources(statement: Mapping[str, Any]) -> bool:
    """Deny of execute-api calls unless they come from the listed endpoints or VPCs."""
    actions = [str(a).lower() for a in _as_list(statement.get("Action", []))]
    if statement.get("Effect") != "Deny" or not {"execute-api:invoke", "execute-api:*", "*"} & set(actions):
        return False
    return any("notequals" in operator.lower() and any(key.lower() in SOURCE_KEYS for key in conditions)
               for operator, conditions in (statement.get("Condition") or {}).items())


@resource_check(REST_API)
def check(props: Mapping[str, Any]) -> Iterable[str]:
    if "PRIVATE" not in _as_list((props.get("endpointConfiguration") or {}).get("types")):
        return
    policy = props.get("policy")
    if not policy:
        yield ("a PRIVATE REST API has no resource policy: set `policy` to deny execute-api:Invoke unless "
               "aws:SourceVpce is one of its endpoints")
        return
    document = json.loads(policy) if isinstance(policy, str) else policy
    if not any(map(_denies_other_sources, _as_list(document.get("Statement", [])))):
        yield ("the resource policy of a PRIVATE REST API does not deny calls from other endpoints: add a Deny of "
               "execute-api:Invoke with a StringNotEquals condition on aws:SourceVpce (or aws:SourceVpc)")


POLICY = ResourceValidationPolicy(
    name="private-apis-admit-only-their-endpoints",
    description="PRIVATE REST APIs deny every call not made through their own VPC endpoints.",
    validate=check,
)
