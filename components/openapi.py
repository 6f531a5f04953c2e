"""The OpenAPI 3 document of a REST API: pure functions, no Pulumi.

Passed as the RestApi `body`, so an API of 400 routes is still one resource.
Integrations follow the API Gateway OpenAPI extensions
(`x-amazon-apigateway-integration`); VPC-link integrations read the link id and
the load balancer's host from stage variables, as the reference tutorials do, and
over a VPC link v2 name the load balancer in `integrationTarget`.
"""

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any, Literal, Optional, Sequence, Union

INTEGRATION_TIMEOUT_MS = 29000
SIGV4_SCHEME = "sigv4"
ANY_METHOD_KEY = "x-amazon-apigateway-any-method"
INTEGRATION_KEY = "x-amazon-apigateway-integration"


@dataclass(frozen=True)
class VpcLinkBackend:
    """A backend behind a VPC link: the link and the host its integrations name, usually as stage
    variables the RestApi stage carries."""

    connection_id: str = "${stageVariables.vpcLinkId}"
    host: str = "${stageVariables.nlbDnsName}"
    port: int = 80
    scheme: Literal["http", "https"] = "http"
    request_headers: tuple[tuple[str, str], ...] = ()
    """Headers added to every integration request: (name, mapping expression) pairs such as
    `("x-apigw-api-id", "stageVariables.upstreamApiId")`. Defaults to none."""
    integration_target: Optional[str] = None
    """For a VPC link v2: the ARN of the ALB or NLB the link reaches (`integrationTarget`, which an
    import carries: docs/aws-facts.md §9.4). Defaults to none: a VPC link v1, whose NLB is fixed."""

    @property
    def base_url(self) -> str:
        default_port = {"http": 80, "https": 443}[self.scheme]
        port = "" if self.port == default_port else f":{self.port}"
        return f"{self.scheme}://{self.host}{port}"


@dataclass(frozen=True)
class InternetBackend:
    """A public HTTP(S) service the API calls over the internet."""

    url: str


@dataclass(frozen=True)
class Route:
    """One method on one path of a REST API, and the backend it goes to.

    `proxy` passes requests and responses through unchanged; without it the integration maps
    them (a non-proxy integration with a 200 response). `backend_path` is the path the backend
    sees and may use the route's path parameters. Defaults: GET, proxy, backend path `/`, the
    VPC link of the default stage variables.
    """

    path: str
    method: str = "GET"
    proxy: bool = True
    backend_path: str = "/"
    backend: Union[VpcLinkBackend, InternetBackend] = VpcLinkBackend()

    @property
    def parameters(self) -> list[str]:
        """Path parameter names, `{proxy+}` as `proxy`."""
        return [name.rstrip("+") for name in re.findall(r"\{([^}]+)\}", self.path)]


def render_rest_api(
    title: str,
    routes: Sequence[Route],
    *,
    authorization: Literal["NONE", "AWS_IAM"] = "AWS_IAM",
    vpc_endpoint_ids: Sequence[str] = (),
) -> dict[str, Any]:
    """The OpenAPI 3.0 document for `routes`.

    With `authorization="AWS_IAM"` every method requires a
    SigV4-signed request. `vpc_endpoint_ids`, for a PRIVATE API, are carried in
    `x-amazon-apigateway-endpoint-configuration` so an overwrite import keeps them.
    """
    paths: dict[str, dict[str, Any]] = {}
    for route in routes:
        operation = _operation(route, authorization)
        key = ANY_METHOD_KEY if route.method == "ANY" else route.method.lower()
        paths.setdefault(route.path, {})[key] = operation
    document: dict[str, Any] = {
        "openapi": "3.0.1",
        "info": {"title": title, "version": "1.0"},
        "paths": paths,
    }
    if authorization == "AWS_IAM":
        document["components"] = {
            "securitySchemes": {
                SIGV4_SCHEME: {
                    "type": "apiKey",
                    "name": "Authorization",
                    "in": "header",
                    "x-amazon-apigateway-authtype": "awsSigv4",
                }
            }
        }
    if vpc_endpoint_ids:
        document["x-amazon-apigateway-endpoint-configuration"] = {"vpcEndpointIds": list(vpc_endpoint_ids)}
    return document


def _operation(route: Route, authorization: str) -> dict[str, Any]:
    integration: dict[str, Any] = {
        "type": "http_proxy" if route.proxy else "http",
        "httpMethod": route.method,
        "passthroughBehavior": "when_no_match",
        "timeoutInMillis": INTEGRATION_TIMEOUT_MS,
    }
    backend = route.backend
    if isinstance(backend, VpcLinkBackend):
        integration.update(
            uri=backend.base_url + route.backend_path, connectionType="VPC_LINK", connectionId=backend.connection_id
        )
        if backend.integration_target is not None:
            integration["integrationTarget"] = backend.integration_target
        if backend.request_headers:
            integration["requestParameters"] = {
                f"integration.request.header.{header}": source for header, source in backend.request_headers
            }
    else:
        integration.update(uri=backend.url.rstrip("/") + route.backend_path, connectionType="INTERNET")
    if route.parameters:
        integration.setdefault("requestParameters", {}).update(
            {f"integration.request.path.{name}": f"method.request.path.{name}" for name in route.parameters}
        )
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
