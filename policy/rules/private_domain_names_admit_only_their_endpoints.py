"""A PRIVATE custom domain name carries its own resource policy that denies every call not made through the
VPC endpoints it admits (`aws:SourceVpce`): the API's policy does not cover the name, and an allow alone would
let any endpoint with an access association call it (docs/aws-facts.md §11.2)."""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from pulumi_policy import ResourceValidationPolicy

from .private_apis_admit_only_their_endpoints import denies_other_sources, policy_document
from .resource_check import as_list, resource_check

DOMAIN_NAME = "aws:apigateway/domainName:DomainName"
NO_POLICY = (
    "a PRIVATE custom domain name has no resource policy: set `policy` to allow execute-api:Invoke and deny "
    "it unless aws:SourceVpce is one of the endpoints that may call the name"
)
NO_DENY = (
    "the resource policy of a PRIVATE custom domain name does not deny calls from other endpoints: add a "
    "statement {Effect: Deny, Principal: *, Action: execute-api:Invoke, Resource: execute-api:/*} with a "
    "StringNotEquals condition on aws:SourceVpce"
)


@resource_check(DOMAIN_NAME)
def check(props: Mapping[str, Any]) -> Iterable[str]:
    if "PRIVATE" not in as_list((props.get("endpointConfiguration") or {}).get("types")):
        return
    if not props.get("policy"):
        yield NO_POLICY
    elif not any(
        denies_other_sources(statement, ("aws:sourcevpce",))
        for statement in as_list(policy_document(props["policy"]).get("Statement"))
    ):
        yield NO_DENY


POLICY = ResourceValidationPolicy(
    name="private-domain-names-admit-only-their-endpoints",
    description="PRIVATE custom domain names deny every call not made through their admitted VPC endpoints.",
    validate=check,
)
