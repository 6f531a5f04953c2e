"""Ready-to-paste curl commands for the routes of an API: pure functions."""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from typing import Iterable, Optional, Protocol, Sequence

EXAMPLE_PATH_VALUE = "example"


class Route(Protocol):
    """What a command needs of a route: its method and path (an `openapi.Route`, a configured route)."""

    @property
    def method(self) -> str: ...

    @property
    def path(self) -> str: ...


def route_url(base_url: str, route: Route) -> str:
    """`base_url` + the route's path, path parameters filled with an example value."""
    path = re.sub(r"\{[^}]+\}", EXAMPLE_PATH_VALUE, route.path)
    return base_url.rstrip("/") + path


def curl_command(
    url: str,
    method: str = "GET",
    *,
    headers: Sequence[str] = (),
    sigv4_region: Optional[str] = None,
    connect_to: Optional[str] = None,
) -> str:
    """One curl command line. With `sigv4_region`, the request is signed for execute-api
    with the caller's credentials from the environment (curl 7.75 or newer). With
    `connect_to` (a host name), the connection goes to that host while TLS and the
    Host header keep the URL's host."""
    parts = ["curl", "-sS"]
    if connect_to:
        parts += ["--connect-to", shlex.quote(f"::{connect_to}:443")]
    if method not in ("GET", "ANY"):
        parts += ["-X", method]
    if sigv4_region:
        parts += [
            "--aws-sigv4",
            f"aws:amz:{sigv4_region}:execute-api",
            "--user",
            '"$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"',
            "-H",
            '"x-amz-security-token: $AWS_SESSION_TOKEN"',
        ]
    for header in headers:
        parts += ["-H", shlex.quote(header)]
    parts.append(shlex.quote(url))
    return " ".join(parts)


def route_label(route: Route, way_in: str = "") -> str:
    label = f"{route.method} {route.path}"
    return f"{label} ({way_in})" if way_in else label


def invoke_url_examples(invoke_url: str, routes: Iterable[Route], *, region: str, signed: bool) -> dict[str, str]:
    """A command per route through the API's invoke URL."""
    return {
        route_label(route): curl_command(
            route_url(invoke_url, route), route.method, sigv4_region=region if signed else None
        )
        for route in routes
    }


@dataclass(frozen=True)
class PrivateApi:
    """How to reach a PRIVATE REST API: its id, stage URL parts and the endpoints in front of it."""

    api_id: str
    host: str
    """`{apiId}.execute-api.{region}.{dnsSuffix}`."""
    stage: str
    region: str
    signed: bool = False


def private_api_examples(
    api: PrivateApi,
    routes: Iterable[Route],
    *,
    entry: str = "",
    private_dns: bool = False,
    endpoint_dns_name: Optional[str] = None,
    alias_host: Optional[str] = None,
    load_balancer_dns_name: Optional[str] = None,
) -> dict[str, str]:
    """A command per route for each way into a private API through one entry (an endpoint,
    and the load balancer in front of it), labelled with the entry's name:

    - `private DNS`: the API's own name, resolved to the endpoint inside its VPC;
    - `endpoint DNS + Host` and `endpoint DNS + x-apigw-api-id`: the endpoint-specific
      name, with the API named by header (the Host must end in the partition's DNS suffix);
    - `alias`: the `{apiId}-{vpceId}` name API Gateway publishes for an associated endpoint;
    - `load balancer`: through an NLB in front of the endpoint, TLS still for the API's name.
    """
    sigv4 = api.region if api.signed else None
    prefix = f"{entry} " if entry else ""
    examples: dict[str, str] = {}
    for route in routes:
        path = route_url(f"/{api.stage}", route)
        api_url = f"https://{api.host}{path}"
        if private_dns:
            examples[route_label(route, f"{prefix}private DNS")] = curl_command(
                api_url, route.method, sigv4_region=sigv4
            )
        if endpoint_dns_name:
            endpoint_url = f"https://{endpoint_dns_name}{path}"
            examples[route_label(route, f"{prefix}endpoint DNS + Host")] = curl_command(
                endpoint_url, route.method, headers=[f"Host: {api.host}"], sigv4_region=sigv4
            )
            examples[route_label(route, f"{prefix}endpoint DNS + x-apigw-api-id")] = curl_command(
                endpoint_url, route.method, headers=[f"x-apigw-api-id: {api.api_id}"], sigv4_region=sigv4
            )
        if alias_host:
            examples[route_label(route, f"{prefix}alias")] = curl_command(
                f"https://{alias_host}{path}", route.method, sigv4_region=sigv4
            )
        if load_balancer_dns_name:
            examples[route_label(route, f"{prefix}load balancer")] = curl_command(
                api_url, route.method, sigv4_region=sigv4, connect_to=load_balancer_dns_name
            )
    return examples
