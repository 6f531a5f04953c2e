"""Ready-to-paste curl commands for the routes of an API: pure functions."""

from __future__ import annotations

import re
import shlex
from typing import Iterable, Optional, Sequence

from components.openapi import Route

EXAMPLE_PATH_VALUE = "example"


def route_url(base_url: str, route: Route) -> str:
    """`base_url` + the route's path, path parameters filled with an example value."""
    path = re.sub(r"\{[^}]+\}", EXAMPLE_PATH_VALUE, route.path)
    return base_url.rstrip("/") + path


def curl_command(url: str, method: str = "GET", *, headers: Sequence[str] = (),
                 sigv4_region: Optional[str] = None) -> str:
    """One curl command line. With `sigv4_region`, the request is signed for execute-api
    with the caller's credentials from the environment (curl 7.75 or newer)."""
    parts = ["curl", "-sS"]
    if method not in ("GET", "ANY"):
        parts += ["-X", method]
    if sigv4_region:
        parts += ["--aws-sigv4", f"aws:amz:{sigv4_region}:execute-api",
                  "--user", '"$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"',
                  "-H", '"x-amz-security-token: $AWS_SESSION_TOKEN"']
    for header in headers:
        parts += ["-H", shlex.quote(header)]
    parts.append(shlex.quote(url))
    return " ".join(parts)


def route_label(route: Route, way_in: str = "") -> str:
    label = f"{route.method} {route.path}"
    return f"{label} ({way_in})" if way_in else label


def invoke_url_examples(invoke_url: str, routes: Iterable[Route], *, region: str,
                        signed: bool) -> dict[str, str]:
    """A command per route through the API's invoke URL."""
    return {
        route_label(route): curl_command(route_url(invoke_url, route), route.method,
                                         sigv4_region=region if signed else None)
        for route in routes
    }
