"""Custom domain names negotiate TLS 1.2 or newer: left unset, a REST custom domain name may accept TLS 1.0, whose
cipher suites are broken; API Gateway's enhanced policies (`SecurityPolicy_TLS12_...`, `SecurityPolicy_TLS13_...`)
are 1.2 or newer too."""

from __future__ import annotations

import re
from typing import Any, Iterable, Mapping

from pulumi_policy import ResourceValidationPolicy

from .resource_check import resource_check

REST_DOMAIN_NAME = "aws:apigateway/domainName:DomainName"
V2_DOMAIN_NAME = "aws:apigatewayv2/domainName:DomainName"
STRICT_ENOUGH = re.compile(r"TLS_1_2|SecurityPolicy_TLS1[23]_[A-Za-z0-9_]+")


def _security_policy(props: Mapping[str, Any]) -> Any:
    if "domainNameConfiguration" in props:
        return (props.get("domainNameConfiguration") or {}).get("securityPolicy")
    return props.get("securityPolicy")


@resource_check(REST_DOMAIN_NAME, V2_DOMAIN_NAME)
def check(props: Mapping[str, Any]) -> Iterable[str]:
    policy = _security_policy(props)
    if not policy:
        yield (
            "the custom domain name does not set its security policy: set it to TLS_1_2 "
            "(or an enhanced SecurityPolicy_TLS13_...)"
        )
    elif not STRICT_ENOUGH.fullmatch(str(policy)):
        yield f"the custom domain name accepts TLS older than 1.2 ({policy}): set its security policy to TLS_1_2"


POLICY = ResourceValidationPolicy(
    name="domain-names-use-tls-1-2",
    description="Custom domain names use a TLS 1.2 (or stricter) security policy.",
    validate=check,
)
