"""One builder per scenario: settings in, components out, stack outputs back."""

from __future__ import annotations

from typing import Callable

from program.errors import ConfigError
from program.scenarios import http_api, private, rest_regional
from program.scenarios.common import Outputs
from program.settings import SCENARIOS, Settings

BUILDERS: dict[str, Callable[[Settings], Outputs]] = {
    "rest-regional": rest_regional.build,
    "http-api": http_api.build,
    "rest-private": private.build_rest_private,
    "cross-account": private.build_cross_account,
    "chained": private.build_chained,
}


def builder_for(settings: Settings) -> Callable[[Settings], Outputs]:
    """The scenario's builder; a scenario not built yet is refused before any resource is registered."""
    try:
        return BUILDERS[settings.scenario]
    except KeyError:
        raise ConfigError(f"`scenario` {settings.scenario} is not available in this version of apigw-private; "
                          f"available: {', '.join(s for s in SCENARIOS if s in BUILDERS)}") from None
