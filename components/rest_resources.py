"""A REST API's OpenAPI document as explicit resources, methods and integrations: pure functions.

An OpenAPI import cannot be shown to carry every integration setting (VPC link v2's
`integrationTarget` is not in the extension's documented properties, AWS_FACTS.md §9.4),
so `RestApi` can create the same API as `aws.apigateway.Resource`, `Method` and
`Integration` resources instead. These functions read the document `openapi.render_rest_api`
renders, so both ways build the same routes from one definition.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Optional

from .openapi import ANY_METHOD_KEY, INTEGRATION_KEY

_METHOD_KEYS = {"get", "post", "put", "patch", "delete", "head", "options", ANY_METHOD_KEY}


@dataclass(frozen=True)
class MethodSpec:
    """One method of a REST API and its integration, in `aws.apigateway` argument names."""

    path: str
    http_method: str
    authorization: str
    request_parameters: Mapping[str, bool]
    """`method.request.path.{name}: True` for each path parameter."""
    integration: Mapping[str, Any]
    """`aws.apigateway.Integration` arguments: type, integration_http_method, uri, connection_type, ..."""
    responses: tuple[tuple[str, Optional[str]], ...]
    """(status code, selection pattern) of each integration response; none for proxy integrations.
    A None pattern is the default response."""

    @property
    def is_vpc_link(self) -> bool:
        return self.integration.get("connection_type") == "VPC_LINK"


def resource_paths(document: Mapping[str, Any]) -> list[str]:
    """Every path that needs an `aws.apigateway.Resource`, each after its parent: the
    document's paths and all their prefixes, without the root `/`."""
    paths: list[str] = []
    for path in document.get("paths", {}):
        segments = [s for s in path.split("/") if s]
        for depth in range(1, len(segments) + 1):
            prefix = "/" + "/".join(segments[:depth])
            if prefix not in paths:
                paths.append(prefix)
    return sorted(paths, key=lambda p: (p.count("/"), p))


def parent_path(path: str) -> str:
    """`/items/{id}` → `/items`; `/items` → `/`."""
    return path.rsplit("/", 1)[0] or "/"


def method_specs(document: Mapping[str, Any]) -> list[MethodSpec]:
    """The methods of `document`, in document order."""
    security_schemes = set(document.get("components", {}).get("securitySchemes", {}))
    specs = []
    for path, operations in document.get("paths", {}).items():
        for key, operation in operations.items():
            if key not in _METHOD_KEYS:
                raise ValueError(f"{path}: {key!r} is not an operation RestApi can create as a resource")
            specs.append(_method(path, key, operation, security_schemes))
    return specs


def _method(path: str, key: str, operation: Mapping[str, Any], security_schemes: set[str]) -> MethodSpec:
    source = operation[INTEGRATION_KEY]
    integration: dict[str, Any] = {
        "type": source["type"].upper(),
        "integration_http_method": source["httpMethod"],
        "uri": source["uri"],
        "connection_type": source.get("connectionType", "INTERNET"),
        "passthrough_behavior": source.get("passthroughBehavior", "when_no_match").upper(),
    }
    if "connectionId" in source:
        integration["connection_id"] = source["connectionId"]
    if "timeoutInMillis" in source:
        integration["timeout_milliseconds"] = source["timeoutInMillis"]
    if source.get("requestParameters"):
        integration["request_parameters"] = dict(source["requestParameters"])
    signed = any(name in security_schemes for requirement in operation.get("security", [])
                 for name in requirement)
    responses = tuple((str(response["statusCode"]), None if pattern == "default" else pattern)
                      for pattern, response in source.get("responses", {}).items())
    return MethodSpec(
        path=path,
        http_method="ANY" if key == ANY_METHOD_KEY else key.upper(),
        authorization="AWS_IAM" if signed else "NONE",
        request_parameters={f"method.request.path.{p['name']}": True
                            for p in operation.get("parameters", []) if p.get("in") == "path"},
        integration=integration,
        responses=responses,
    )
