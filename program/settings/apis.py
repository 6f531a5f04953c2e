"""`restApi` and `httpApi`: the routes and options of the API in front of the backend."""

from __future__ import annotations

import re
from typing import Annotated, Literal, Optional

from pydantic import AfterValidator, Field, ValidationInfo, field_validator, model_validator

from program.settings.fields import STAGE_NAME_PATTERN, Model

HTTP_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY")
PATH_SEGMENT_PATTERN = re.compile(r"^([A-Za-z0-9._~-]+|\{[A-Za-z_][A-Za-z0-9_]*\+?\})$")


class RouteSettings(Model):
    path: str
    method: str = "GET"
    target: Literal["vpcLink", "http"] = "vpcLink"
    proxy: bool = True
    backend_path: str = Field("/", alias="backendPath")

    @field_validator("path")
    @classmethod
    def _path(cls, value: str) -> str:
        if not value.startswith("/"):
            raise ValueError(f"must begin with a '/': {value!r}")
        segments = value.strip("/").split("/") if value != "/" else []
        for i, segment in enumerate(segments):
            if not PATH_SEGMENT_PATTERN.match(segment):
                raise ValueError(f"{value!r} has an invalid segment {segment!r}; use letters, digits, "
                                 f"'._~-' or a parameter such as {{id}}")
            if segment.endswith("+}") and i != len(segments) - 1:
                raise ValueError(f"{value!r}: a greedy parameter such as {{proxy+}} must be the last segment")
        return value

    @field_validator("method")
    @classmethod
    def _method(cls, value: str) -> str:
        if value.upper() not in HTTP_METHODS:
            raise ValueError(f"must be one of {', '.join(HTTP_METHODS)}, got {value!r}")
        return value.upper()

    @field_validator("backend_path")
    @classmethod
    def _backend_path(cls, value: str, info: ValidationInfo) -> str:
        if not value.startswith("/"):
            raise ValueError(f"must begin with a '/': {value!r}")
        path = info.data.get("path", "")
        known = {p.rstrip("+") for p in re.findall(r"\{([^}]+)\}", path)}
        unknown = [p for p in re.findall(r"\{([^}]+)\}", value) if p not in known]
        if unknown:
            raise ValueError(f"{value!r} uses {{{unknown[0]}}}, which path {path!r} does not define")
        return value


class RestApiSettings(Model):
    routes: Optional[tuple[RouteSettings, ...]] = None
    http_backend_url: Optional[str] = Field(None, alias="httpBackendUrl")
    vpc_link: Literal["v1", "v2"] = Field("v1", alias="vpcLink")
    load_balancer: Optional[Literal["alb", "nlb"]] = Field(None, alias="loadBalancer")
    """The load balancer a VPC link v2 reaches: a new internal ALB (the default) or NLB."""
    endpoint_type: Optional[Literal["REGIONAL", "EDGE", "PRIVATE"]] = Field(None, alias="endpointType")
    authorization: Optional[Literal["NONE", "AWS_IAM"]] = None

    @field_validator("http_backend_url")
    @classmethod
    def _url(cls, value: str) -> str:
        if not re.fullmatch(r"https?://[A-Za-z0-9.-]+(:\d+)?(/[^\s]*)?", value):
            raise ValueError(f"must be an http:// or https:// URL such as "
                             f"https://example.com/, got {value!r}")
        return value

    @field_validator("routes")
    @classmethod
    def _routes(cls, value: tuple[RouteSettings, ...]) -> tuple[RouteSettings, ...]:
        if not value:
            raise ValueError("must list at least one route, or be left out for the scenario's routes")
        seen: set[tuple[str, str]] = set()
        for route in value:
            if (route.path, route.method) in seen:
                raise ValueError(f"lists {route.method} {route.path} twice")
            seen.add((route.path, route.method))
        return value

    @model_validator(mode="after")
    def _http_routes_need_url(self) -> "RestApiSettings":
        if self.routes and self.http_backend_url is None:
            http = [r for r in self.routes if r.target == "http"]
            if http:
                raise ValueError(f"route {http[0].method} {http[0].path} has target 'http' but httpBackendUrl "
                                 f"is not set; set restApi.httpBackendUrl to the service's public URL")
        return self


def check_http_route_key(value: str) -> str:
    """`$default`, or `METHOD /path` with the same methods and path rules as REST routes."""
    if value == "$default":
        return value
    method, _, path = value.strip().partition(" ")
    if not path.strip().startswith("/"):
        raise ValueError(f"must be $default or a method and a path such as 'GET /items/{{id}}', got {value!r}")
    return f"{RouteSettings._method(method)} {RouteSettings._path(path.strip())}"


class HttpApiSettings(Model):
    target: Literal["alb", "nlb", "cloudmap"] = "alb"
    routes: tuple[Annotated[str, AfterValidator(check_http_route_key)], ...] = ("$default",)
    authorization: Literal["AWS_IAM", "NONE"] = "AWS_IAM"
    stage_name: str = Field("$default", alias="stageName")

    @field_validator("routes")
    @classmethod
    def _routes(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value:
            raise ValueError("must list at least one route key, or be left out for $default")
        twice = [key for i, key in enumerate(value) if key in value[:i]]
        if twice:
            raise ValueError(f"lists {twice[0]} twice")
        return value

    @field_validator("stage_name")
    @classmethod
    def _stage_name(cls, value: str) -> str:
        if value != "$default" and not STAGE_NAME_PATTERN.match(value):
            raise ValueError(f"must be $default or letters, digits, '_' and '-' (1 to 128), got {value!r}")
        return value
