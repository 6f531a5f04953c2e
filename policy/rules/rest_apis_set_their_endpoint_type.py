"""REST APIs say their endpoint type: left out, API Gateway makes an edge-optimized API, which is
public and does not exist in China (docs/aws-facts.md §3.1)."""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from pulumi_policy import ResourceValidationPolicy

from .resource_check import as_list, resource_check

REST_API = "aws:apigateway/restApi:RestApi"


def endpoint_types(props: Mapping[str, Any]) -> list[str]:
    """The types a REST API is given: `endpointConfiguration.types`, or the import parameter
    `endpointConfigurationTypes` of an API defined by its OpenAPI body."""
    return as_list((props.get("endpointConfiguration") or {}).get("types")) or [
        t.strip()
        for t in str((props.get("parameters") or {}).get("endpointConfigurationTypes", "")).split(",")
        if t.strip()
    ]


@resource_check(REST_API)
def check(props: Mapping[str, Any]) -> Iterable[str]:
    if not endpoint_types(props):
        yield (
            "endpointConfiguration.types is not set, so API Gateway makes an EDGE API (public, and not "
            "offered in China): set it to REGIONAL or PRIVATE (or the import parameter endpointConfigurationTypes)"
        )


POLICY = ResourceValidationPolicy(
    name="rest-apis-set-their-endpoint-type",
    description="REST APIs set endpointConfiguration.types explicitly rather than fall back to EDGE.",
    validate=check,
)
