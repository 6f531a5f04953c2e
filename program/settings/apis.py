"""`restApi` and `httpApi`: the routes, options and throttling of the API in front of the backend."""

from __future__ import annotations

from typing import Annotated, Literal, Optional

from pydantic import AfterValidator, Field, ValidationInfo, field_validator, model_validator

from program.settings.fields import Model, check_http_stage_name, check_rate, check_whole_number
from program.settings.paths import (
    check_backend_path,
    check_http_route_key,
    check_http_url,
    check_method,
    check_resource_path,
    check_resource_tree,
)

# The largest values API Gateway stores (a 32-bit integer for the burst); past the account's quota
# (10,000 requests per second and a burst of 5,000 by default, shared by every API of the account and
# region) a stage limit has no further effect.
MAX_THROTTLE = 2_147_483_647


class ThrottlingSettings(Model):
    """Stage-wide throttling, applied to every method (`*/*`) of a REST stage or every route of an HTTP stage.

    Defaults to 50 requests per second with bursts of 100: enough for trying every route by hand and for
    a load test of the demo backend (one t3.micro instance), low enough that one runaway client cannot use
    up the account's regional quota, which every other API of the account and region shares. Lift them
    by setting both, up to your account's quota (Service Quotas, "Throttle rate" and "Throttle burst rate").
    """

    burst_limit: Annotated[
        int, AfterValidator(lambda value: check_whole_number(value, 1, MAX_THROTTLE, "a number of requests"))
    ] = Field(100, alias="burstLimit")
    rate_limit: Annotated[
        float, AfterValidator(lambda value: check_rate(value, MAX_THROTTLE, "requests per second"))
    ] = Field(50.0, alias="rateLimit")


class RouteSettings(Model):
    path: Annotated[str, AfterValidator(check_resource_path)]
    method: Annotated[str, AfterValidator(check_method)] = "GET"
    target: Literal["vpcLink", "http"] = "vpcLink"
    proxy: bool = True
    backend_path: str = Field("/", alias="backendPath")

    @field_validator("backend_path")
    @classmethod
    def _backend_path(cls, value: str, info: ValidationInfo) -> str:
        return check_backend_path(value, info.data.get("path", "/"))


class RestApiSettings(Model):
    routes: Optional[tuple[RouteSettings, ...]] = None
    http_backend_url: Optional[Annotated[str, AfterValidator(check_http_url)]] = Field(None, alias="httpBackendUrl")
    vpc_link: Literal["v1", "v2"] = Field("v1", alias="vpcLink")
    load_balancer: Optional[Literal["alb", "nlb"]] = Field(None, alias="loadBalancer")
    """The load balancer a VPC link v2 reaches: a new internal ALB (the default) or NLB."""
    endpoint_type: Optional[Literal["REGIONAL", "EDGE", "PRIVATE"]] = Field(None, alias="endpointType")
    authorization: Optional[Literal["NONE", "AWS_IAM"]] = None
    throttling: ThrottlingSettings = ThrottlingSettings()

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
        check_resource_tree([route.path for route in value])
        return value

    @model_validator(mode="after")
    def _http_routes_need_url(self) -> "RestApiSettings":
        if self.routes and self.http_backend_url is None:
            http = [r for r in self.routes if r.target == "http"]
            if http:
                raise ValueError(
                    f"route {http[0].method} {http[0].path} has target 'http' but httpBackendUrl "
                    f"is not set; set restApi.httpBackendUrl to the service's public URL"
                )
        return self


class HttpApiSettings(Model):
    target: Literal["alb", "nlb", "cloudmap"] = "alb"
    routes: tuple[Annotated[str, AfterValidator(check_http_route_key)], ...] = ("$default",)
    authorization: Literal["AWS_IAM", "NONE"] = "AWS_IAM"
    stage_name: Annotated[str, AfterValidator(check_http_stage_name)] = Field("$default", alias="stageName")
    throttling: ThrottlingSettings = ThrottlingSettings()

    @field_validator("routes")
    @classmethod
    def _routes(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value:
            raise ValueError("must list at least one route key, or be left out for $default")
        twice = [key for i, key in enumerate(value) if key in value[:i]]
        if twice:
            raise ValueError(f"lists {twice[0]} twice")
        return value
