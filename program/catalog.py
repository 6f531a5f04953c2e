"""The scenarios, each described once: the settings, their checks and the builders read this table.

Plain data, so the settings can read it without importing the builders (which import the
settings); a scenario's builder is named by module and function and imported when it runs.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from enum import Enum
from typing import Callable, Literal, Optional


class Consumers(str, Enum):
    """Whether a scenario takes `consumers`: other VPCs and accounts that call its private API."""

    NONE = "none"
    OPTIONAL = "optional"
    REQUIRED = "required"


@dataclass(frozen=True)
class ReferenceRoute:
    """A route of the reference walkthrough, used when `restApi.routes` is not set."""

    path: str
    proxy: bool = True
    over_the_internet: bool = False
    """To `restApi.httpBackendUrl`: present only once that is set."""


@dataclass(frozen=True)
class Scenario:
    name: str
    request_path: str
    """How a request travels, for people."""
    api: Literal["REST", "HTTP"]
    endpoint_type: Optional[Literal["REGIONAL", "PRIVATE"]]
    """A REST API's endpoint type: REGIONAL may be changed to EDGE by `restApi.endpointType`, PRIVATE is
    fixed. None for an HTTP API."""
    consumers: Consumers
    reference_routes: tuple[ReferenceRoute, ...]
    builder: str
    """`module:function` of the builder, which takes the settings and returns the stack outputs."""

    @property
    def is_private(self) -> bool:
        return self.endpoint_type == "PRIVATE"

    def build(self) -> Callable:
        module, function = self.builder.split(":")
        return getattr(importlib.import_module(module), function)


_PRIVATE_WALKTHROUGH_ROUTES = (
    ReferenceRoute("/webpage-vpc"),
    ReferenceRoute("/webpage-vpc-non-proxy", proxy=False),
    ReferenceRoute("/webpage", over_the_internet=True),
    ReferenceRoute("/webpage-non-proxy", proxy=False, over_the_internet=True),
)

SCENARIOS: dict[str, Scenario] = {
    scenario.name: scenario
    for scenario in (
        Scenario(
            "rest-regional",
            "client → Regional REST API → VPC link → internal NLB (v1) or ALB (v2) → service",
            "REST",
            "REGIONAL",
            Consumers.NONE,
            (ReferenceRoute("/internal-nlb"),),
            "program.scenarios.rest_regional:build",
        ),
        Scenario(
            "rest-private",
            "client in the VPC → execute-api endpoint → PRIVATE REST API → VPC link → NLB → service",
            "REST",
            "PRIVATE",
            Consumers.NONE,
            _PRIVATE_WALKTHROUGH_ROUTES,
            "program.scenarios.private:build_rest_private",
        ),
        Scenario(
            "http-api",
            "client → HTTP API → VPC link v2 → internal ALB, NLB or Cloud Map service → service",
            "HTTP",
            None,
            Consumers.NONE,
            (),
            "program.scenarios.http_api:build",
        ),
        Scenario(
            "cross-account",
            "client in another account's VPC → its execute-api endpoint → PRIVATE REST API",
            "REST",
            "PRIVATE",
            Consumers.REQUIRED,
            _PRIVATE_WALKTHROUGH_ROUTES,
            "program.scenarios.private:build_cross_account",
        ),
        Scenario(
            "chained",
            "client → NLB → endpoint → private API #2 → VPC link → NLB → endpoint → private API #1",
            "REST",
            "PRIVATE",
            Consumers.OPTIONAL,
            _PRIVATE_WALKTHROUGH_ROUTES,
            "program.scenarios.private:build_chained",
        ),
    )
}
SCENARIO_NAMES = tuple(SCENARIOS)


def scenarios_where(test: Callable[[Scenario], bool]) -> list[str]:
    """The names of the scenarios that pass `test`, for error messages."""
    return [scenario.name for scenario in SCENARIOS.values() if test(scenario)]
