"""How a REST API's routes reach their backends, as values: pure functions, no resources.

A route carries its integration: a VPC link to a load balancer (v1 or v2 by the link), a chain
over a VPC link to another private API, or a public URL. `bind` turns the routes into the
OpenAPI routes `openapi.render_rest_api` renders and the stage variables those routes read:
each distinct VPC-link integration gets the link id and the backend host as stage variables
(a deployed stage shows them; the names are today's and must not change), so one imported
body serves every route.
"""

from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any, NotRequired, Optional, Sequence, TypedDict

import pulumi

from ._numbers import whole_number
from .openapi import InternetBackend, Route, VpcLinkBackend
from .references import LoadBalancerKind, LoadBalancerReference, VpcLinkReference, VpcLinkVersion


class Scheme(str, Enum):
    """How API Gateway speaks to the backend."""

    HTTP = "http"
    HTTPS = "https"


class IntegrationArgs(TypedDict, total=False):
    """Where a route goes. Give `vpc_link` with `load_balancer` (a private service), `vpc_link` with
    `upstream_api_id` and `upstream_host` (another private API, through a load balancer in front of
    its execute-api endpoint), or `url` (a public service over the internet)."""

    vpc_link: VpcLinkReference
    """The VPC link to the private network. With a v1 link the load balancer must be the link's NLB;
    with a v2 link it is the `integrationTarget`, an ALB or an NLB."""
    load_balancer: LoadBalancerReference
    """The internal load balancer in front of the service. Its DNS name is the integration URI's host,
    so the `Host` header the backend sees."""
    upstream_api_id: pulumi.Input[str]
    """A private API this route forwards to; sent as `x-apigw-api-id` so that API is identified."""
    upstream_host: pulumi.Input[str]
    """That API's execute-api host name: what TLS verifies and what routes the call."""
    url: str
    """The public base URL of the service, such as `https://example.com/`."""
    port: int
    """The backend's port. Defaults to 80 for HTTP and 443 for HTTPS (an upstream API is always HTTPS)."""
    scheme: Scheme
    """HTTP or HTTPS to a load balancer. Defaults to HTTP."""


class RouteArgs(TypedDict):
    """One method on one path, and where it goes."""

    path: str
    """The resource path, such as `/orders/{id}` or `/{proxy+}`."""
    integration: IntegrationArgs
    """Where the route goes."""
    method: NotRequired[str]
    """GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS or ANY. Defaults to GET."""
    proxy: NotRequired[bool]
    """Pass requests and responses through unchanged. Defaults to true; false maps them with a 200 response."""
    backend_path: NotRequired[str]
    """The path the backend sees; may use the route's path parameters. Over a VPC link v2, API Gateway puts
    the stage name in front of it (`/dev/orders`): the backend must expect that prefix. Defaults to `/`."""


def vpc_link_integration(
    vpc_link: VpcLinkReference,
    load_balancer: LoadBalancerReference,
    *,
    port: Optional[int] = None,
    scheme: Scheme = Scheme.HTTP,
) -> IntegrationArgs:
    """A private service behind `load_balancer`, reached through `vpc_link`."""
    integration = IntegrationArgs(vpc_link=vpc_link, load_balancer=load_balancer, scheme=Scheme(scheme))
    if port is not None:
        integration["port"] = port
    return integration


def private_api_integration(
    vpc_link: VpcLinkReference, upstream_api_id: pulumi.Input[str], upstream_host: pulumi.Input[str]
) -> IntegrationArgs:
    """Another private API, through `vpc_link` to a load balancer in front of its execute-api endpoint."""
    return IntegrationArgs(vpc_link=vpc_link, upstream_api_id=upstream_api_id, upstream_host=upstream_host)


def http_integration(url: str) -> IntegrationArgs:
    """A public service at `url`, over the internet."""
    return IntegrationArgs(url=url)


@dataclass
class Binding:
    """The OpenAPI routes and the stage variables they read."""

    routes: list[Route]
    stage_variables: dict[str, pulumi.Input[str]] = field(default_factory=dict)
    integration_targets: dict[str, pulumi.Input[str]] = field(default_factory=dict)
    """For the VPC link v2 integrations: the load balancer ARN each `integration_target` placeholder
    stands for, written into the body once it is known (`with_integration_targets`)."""


def _identity(value: Any) -> Any:
    """Plain values compare by value; Outputs (unknown until deployed) by the object."""
    return value if isinstance(value, (str, int, float)) else id(value)


def bind(routes: Sequence[RouteArgs]) -> Binding:
    """The routes as OpenAPI routes, each VPC-link integration's link and host as stage variables.

    The first distinct link-and-backend pair takes today's names (`vpcLinkId` and `nlbDnsName` over a
    v1 link, `vpcLinkV2Id` and `loadBalancerDnsName` over v2, `vpcLinkId`, `upstreamHost` and
    `upstreamApiId` for a chain); a second pair takes the same names with `2`, and so on.
    """
    binding = Binding(routes=[])
    names_of: dict[tuple, dict[str, str]] = {}
    for index, route in enumerate(routes):
        where = f"routes[{index}] {route.get('method', 'GET')} {route['path']}"
        integration = route.get("integration")
        if not integration:
            raise ValueError(
                f"{where} has no integration; give vpc_link_integration(...), "
                f"private_api_integration(...) or http_integration(url)"
            )
        binding.routes.append(
            Route(
                path=route["path"],
                method=route.get("method", "GET").upper(),
                proxy=route.get("proxy", True),
                backend_path=route.get("backend_path", "/"),
                backend=_backend(where, integration, binding, names_of),
            )
        )
    return binding


def _backend(
    where: str, integration: IntegrationArgs, binding: Binding, names_of: dict[tuple, dict[str, str]]
) -> VpcLinkBackend | InternetBackend:
    link, load_balancer = integration.get("vpc_link"), integration.get("load_balancer")
    upstream = integration.get("upstream_api_id"), integration.get("upstream_host")
    given = [
        kind
        for kind, present in (
            ("url", "url" in integration),
            ("load_balancer", load_balancer is not None),
            ("upstream_api_id", upstream != (None, None)),
        )
        if present
    ]
    if len(given) != 1:
        raise ValueError(
            f"{where}: give exactly one of url, load_balancer or upstream_api_id with "
            f"upstream_host; got {', '.join(given) or 'none'}"
        )
    if "url" in integration:
        if link is not None:
            raise ValueError(f"{where}: a url integration goes over the internet and takes no vpc_link")
        return InternetBackend(integration["url"])
    if link is None:
        raise ValueError(f"{where}: a private integration needs a vpc_link")
    version = VpcLinkVersion(link["version"])
    key: tuple[Any, ...]
    values: dict[str, pulumi.Input[str]]
    if load_balancer is not None:
        key = ("load_balancer", _identity(link["id"]), _identity(load_balancer["arn"]))
        values = (
            {"vpcLinkId": link["id"], "nlbDnsName": load_balancer["dns_name"]}
            if version is VpcLinkVersion.V1
            else {"vpcLinkV2Id": link["id"], "loadBalancerDnsName": load_balancer["dns_name"]}
        )
    else:
        api_id, host = upstream
        if api_id is None or host is None:
            raise ValueError(f"{where}: a chain to another private API needs both upstream_api_id and upstream_host")
        key = ("upstream", _identity(link["id"]), _identity(api_id), _identity(host))
        values = {"vpcLinkId": link["id"], "upstreamHost": host, "upstreamApiId": api_id}
    if key not in names_of:
        suffix = "" if not names_of else str(len(names_of) + 1)
        names_of[key] = {name: name + suffix for name in values}
        binding.stage_variables.update({names_of[key][name]: value for name, value in values.items()})
    names = names_of[key]
    link_variable = names.get("vpcLinkId") or names["vpcLinkV2Id"]
    if load_balancer is None:
        return VpcLinkBackend(
            connection_id=f"${{stageVariables.{link_variable}}}",
            host=f"${{stageVariables.{names['upstreamHost']}}}",
            port=whole_number(integration.get("port", 443)),
            scheme="https",
            request_headers=(("x-apigw-api-id", f"stageVariables.{names['upstreamApiId']}"),),
        )
    scheme = Scheme(integration.get("scheme", Scheme.HTTP))
    host_variable = names.get("nlbDnsName") or names["loadBalancerDnsName"]
    target = None
    if version is VpcLinkVersion.V2:
        target = host_variable
        binding.integration_targets[target] = load_balancer["arn"]
    elif load_balancer["kind"] != LoadBalancerKind.NETWORK:
        raise ValueError(f"{where}: a VPC link v1 reaches only a Network Load Balancer; use a v2 link for an ALB")
    return VpcLinkBackend(
        connection_id=f"${{stageVariables.{link_variable}}}",
        host=f"${{stageVariables.{host_variable}}}",
        port=whole_number(integration.get("port", 443 if scheme is Scheme.HTTPS else 80)),
        scheme=scheme.value,
        integration_target=target,
    )


def with_integration_targets(routes: Sequence[Route], arns: dict[str, str]) -> list[Route]:
    """The routes with each VPC link v2 integration's placeholder replaced by its load balancer's ARN."""
    return [
        replace(route, backend=replace(route.backend, integration_target=arns[route.backend.integration_target]))
        if isinstance(route.backend, VpcLinkBackend) and route.backend.integration_target
        else route
        for route in routes
    ]
