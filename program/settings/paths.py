"""Route paths and URLs, checked against API Gateway's rules before anything is registered.

REST resource paths follow CreateResource: each path part is `a-zA-Z0-9._-`, or a parameter in
curly braces with an optional `+` before the closing brace ("Resource's path part only allow
a-zA-Z0-9._- and curly braces at the beginning and the end and an optional plus sign before the
closing brace"); no part is empty (no trailing or double slash); a greedy parameter (`{proxy+}`)
ends the path; and one parent has at most one variable child ("A sibling ({id}) of this resource
already has a variable path part -- only one is allowed"), so `/items/{id}` and `/items/{name}`, or
`/{proxy+}` and `/{id}`, cannot both exist. HTTP API route keys are `$default` or `METHOD /path`,
with the same path parts and the greedy parameter last ("The greedy path variable must be at the
end of the resource path", "Create routes for HTTP APIs"). Parameter names are identifiers
(letters, digits, `_`), stricter than API Gateway, because mapping expressions
(`method.request.path.NAME`) and `backendPath` reuse them.
"""

from __future__ import annotations

import re
from typing import Sequence

from program.settings.fields import check_port, matches, shown

HTTP_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY")
_PARAMETER = r"\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?P<greedy>\+?)\}"
_PATH_PART = rf"[A-Za-z0-9._-]+|{_PARAMETER}"
# A backend path is sent to the backend as it is: URL path characters (RFC 3986 pchar) and `{parameters}`.
_BACKEND_PART = r"(?:[A-Za-z0-9._~!$&'()*+,;=:@%-]|\{[A-Za-z_][A-Za-z0-9_]*\})+"
_HOST_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"


def check_method(value: str) -> str:
    if value.upper() not in HTTP_METHODS:
        raise ValueError(f"must be one of {', '.join(HTTP_METHODS)}, got {shown(value)}")
    return value.upper()


def path_parts(path: str) -> list[str]:
    return [] if path == "/" else path[1:].split("/")


def parameters(path: str) -> list[str]:
    """The names of a path's parameters, in order, without the greedy `+`."""
    return [m.group("name") for m in re.finditer(_PARAMETER, path, re.ASCII)]


def check_resource_path(value: str) -> str:
    """A REST resource path, or the path of an HTTP API route key."""
    if not value.startswith("/"):
        raise ValueError(f"must begin with a '/': {shown(value)}")
    parts = path_parts(value)
    for i, part in enumerate(parts):
        if part == "":
            where = "ends with '/'" if i == len(parts) - 1 else "has an empty path part ('//')"
            raise ValueError(f"{shown(value)} {where}; API Gateway takes no empty path part: remove the extra '/'")
        if not matches(_PATH_PART, part):
            raise ValueError(
                f"{shown(value)} has an invalid segment {shown(part)}; use letters, digits, '._-' "
                f"or a parameter such as {{id}}"
            )
        if part.endswith("+}") and i != len(parts) - 1:
            raise ValueError(f"{shown(value)}: a greedy parameter such as {{proxy+}} must be the last segment")
    names = parameters(value)
    twice = next((name for i, name in enumerate(names) if name in names[:i]), None)
    if twice:
        raise ValueError(f"{shown(value)} uses {{{twice}}} twice; give each path parameter its own name")
    return value


def check_resource_tree(paths: Sequence[str]) -> None:
    """At most one variable path part under any parent, across all the API's paths."""
    variable_child: dict[str, tuple[str, str]] = {}
    for path in paths:
        parent = ""
        for part in path_parts(path):
            if part.startswith("{"):
                first, first_path = variable_child.setdefault(parent or "/", (part, path))
                if first != part:
                    raise ValueError(
                        f"gives {parent or '/'} two variable path parts, {first} ({first_path}) and "
                        f"{part} ({path}); API Gateway allows one under each parent: use one name"
                    )
            parent += "/" + part


def check_backend_path(value: str, path: str) -> str:
    """The path a route calls on its backend: URL path characters, using only `path`'s parameters."""
    if not value.startswith("/"):
        raise ValueError(f"must begin with a '/': {shown(value)}")
    if not matches(rf"/|(/{_BACKEND_PART})+/?", value):
        raise ValueError(
            f"must be '/' or a URL path such as /items/{{id}} (no spaces, no empty part), got {shown(value)}"
        )
    known = set(parameters(path))
    unknown = [name for name in re.findall(r"\{([^}]+)\}", value) if name not in known]
    if unknown:
        raise ValueError(f"{shown(value)} uses {{{unknown[0]}}}, which path {shown(path)} does not define")
    return value


def check_http_route_key(value: str) -> str:
    """`$default`, or `METHOD /path` with one space between them."""
    if value == "$default":
        return value
    method, _, path = value.partition(" ")
    if not path.startswith("/"):
        raise ValueError(f"must be $default or a method and a path such as 'GET /items/{{id}}', got {shown(value)}")
    return f"{check_method(method)} {check_resource_path(path)}"


def check_http_url(value: str) -> str:
    """An `http://` or `https://` URL of a host, an optional port and an optional path; no query or
    fragment, because route backend paths are appended to it."""
    match = re.fullmatch(
        rf"(https?)://((?:{_HOST_LABEL}\.)*{_HOST_LABEL})(?::([0-9]{{1,5}}))?"
        rf"((?:/{_BACKEND_PART})*/?)",
        value,
        re.ASCII,
    )
    if not match:
        raise ValueError(
            f"must be an http:// or https:// URL of a host and an optional port and path, such as "
            f"https://example.com/, got {shown(value)}"
        )
    if match.group(3) is not None:
        try:
            check_port(int(match.group(3)))
        except ValueError:
            raise ValueError(f"has port {match.group(3)}, but a port is 1 to 65535: {shown(value)}") from None
    return value
