"""The OpenAPI 3 document of a REST API: pure functions, no Pulumi.

Passed as the RestApi `body`, so an API of 400 routes is still one resource.
Integrations follow the API Gateway OpenAPI extensions
(`x-amazon-apigateway-integration`); VPC-link integrations read the link id and
the load balancer's host from stage variables, as the reference tutorials do.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any, Literal, Optional, Sequence

INTEGRATION_TIMEOUT_MS = 29000
SIGV4_SCHEME = "sigv4"
ANY_METHOD_KEY = "x-amazon-apigateway-any-method"
INTEGRATION_KEY = "x-amazon-apigateway-integration"


@dataclass(frozen=True)
class Route:
    """One method on one path of a REST API.

    `target` is `vpcLink` (through the VPC link to the private load balancer) or
    `http` (to a public URL over the internet). `proxy` passes requests and
    responses through unchanged; without it the integration maps them (a
    non-proxy integration with a 200 response). `backend_path` is the path the
    backend sees and may use the route's path parameters. Defaults: GET, vpcLink,
    proxy, backend path `/`.
    """

    path: str
    method: str = "GET"
    target: Literal["vpcLink", "http"] = "vpcLink"
    proxy: bool = True
    backend_path: str = "/"

    @property
    def parameters(self) -> list[str]:
        """Path parameter names, `{proxy+}` as `proxy`."""
        return [name.rstrip("+") for name in re.findall(r"\{([^}]+)\}", self.path)]


@dataclass(frozen=True)
class VpcLinkBackend:
    """Where VPC-link routes go. Defaults to the stage variables the RestApi stage carries."""

    connection_id: str = "${stageVariables.vpcLinkId}"
    host: str = "${stageVariables.nlbDnsName}"
    port: int = 80
    scheme: Literal["http", "https"] = "http"
    request_headers: tuple[tuple[str, str], ...] = ()
    """Headers added to every integration request: (name, mapping expression) pairs such as
    `("x-apigw-api-id", "stageVariables.upstreamApiId")`. Defaults to none."""

    @property
    def base_url(self) -> str:
        default_port = {"http": 80, "https": 443}[self.scheme]
        port = "" if self.port == default_port else f":{self.port}"
        return f"{self.scheme}://{self.host}{port}"


def render_rest_api(
    title: str,
    routes: Sequence[Route],
    *,
    vpc_link: Optional[VpcLinkBackend] = None,
    http_backend_url: Optional[str] = None,
    authorization: Literal["NONE", "AWS_IAM"] = "AWS_IAM",
    vpc_endpoint_ids: Sequence[str] = (),
) -> dict[str, Any]:
    """The OpenAPI 3.0 document for `routes`.

    `vpc_link` is required when a route targets `vpcLink`, `http_backend_url` when
    one targets `http`. With `authorization="AWS_IAM"` every method requires a
    SigV4-signed request. `vpc_endpoint_ids`, for a PRIVATE API, are carried in
    `x-amazon-apigateway-endpoint-configuration` so an overwrite import keeps them.
    """
    paths: dict[str, dict[str, Any]] = {}
    for route in routes:
        operation = _operation(route, vpc_link, http_backend_url, authorization)
        key = ANY_METHOD_KEY if route.method == "ANY" else route.method.lower()
        paths.setdefault(route.path, {})[key] = operation
    document: dict[str, Any] = {
        "openapi": "3.0.1",
        "info": {"title": title, "version": "1.0"},
        "paths": paths,
    }
    if authorization == "AWS_IAM":
        document["components"] = {"securitySchemes": {SIGV4_SCHEME: {
            "type": "apiKey", "name": "Authorization", "in": "header",
            "x-amazon-apigateway-authtype": "awsSigv4",
        }}}
    if vpc_endpoint_ids:
        document["x-amazon-apigateway-endpoint-configuration"] = {"vpcEndpointIds": list(vpc_endpoint_ids)}
    return document


def _operation(route: Route, vpc_link: Optional[VpcLinkBackend], http_backend_url: Optional[str],
               authorization: str) -> dict[str, Any]:
    integration: dict[str, Any] = {
        "type": "http_proxy" if route.proxy else "http",
        "httpMethod": route.method,
        "passthroughBehavior": "when_no_match",
        "timeoutInMillis": INTEGRATION_TIMEOUT_MS,
    }
    if route.target == "vpcLink":
        if vpc_link is None:
            raise ValueError(f"route {route.method} {route.path} targets the VPC link, but no vpc_link was given")
        integration.update(uri=vpc_link.base_url + route.backend_path, connectionType="VPC_LINK",
                           connectionId=vpc_link.connection_id)
        if vpc_link.request_headers:
            integration["requestParameters"] = {
                f"integration.request.header.{header}": source for header, source in vpc_link.request_headers}
    else:
        if not http_backend_url:
            raise ValueError(f"route {route.method} {route.path} targets http, but no http_backend_url was given")
        integration.update(uri=http_backend_url.rstrip("/") + route.backend_path, connectionType="INTERNET")
    if route.parameters:
        integration.setdefault("requestParameters", {}).update({
            f"integration.request.path.{name}": f"method.request.path.{name}" for name in route.parameters
        })
    operation: dict[str, Any] = {"responses": {"200": {"description": "The backend's response"}}}
    if route.parameters:
        operation["parameters"] = [
            {"name": name, "in": "path", "required": True, "schema": {"type": "string"}} for name in route.parameters
        ]
    if not route.proxy:
        integration["responses"] = {"default": {"statusCode": "200"}}
    if authorization == "AWS_IAM":
        operation["security"] = [{SIGV4_SCHEME: []}]
    operation[INTEGRATION_KEY] = integration
    return operation


def to_json(document: dict[str, Any]) -> str:
    """The document as the stable JSON text sent as the RestApi body."""
    return json.dumps(document, sort_keys=True, separators=(",", ":"))


def content_hash(*texts: str) -> str:
    """A short stable hash of the texts, for Deployment triggers."""
    digest = hashlib.sha256()
    for text in texts:
        digest.update(text.encode())
        digest.update(b"\0")
    return digest.hexdigest()


def validate(document: dict[str, Any]) -> None:
    """Validate `document` against the OpenAPI 3.0 specification.

    API Gateway writes a greedy path parameter as `{proxy+}` in the path and
    `proxy` in the parameter list; the specification knows no `+`, so greedy
    segments are checked as ordinary parameters.
    """
    from openapi_spec_validator import validate as validate_spec

    as_specified = dict(document)
    as_specified["paths"] = {re.sub(r"\{([^}]+)\+\}", r"{\1}", path): item for path, item in document["paths"].items()}
    validate_spec(as_specified)
