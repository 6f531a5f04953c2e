"""The program: what `__main__.py` runs under the Pulumi CLI and the offline plan runs under mocks."""

from __future__ import annotations

from typing import Any

import pulumi
from pulumi.runtime import config as runtime_config

from program.scenarios import builder_for
from program.scenarios.common import Outputs
from program.settings import Settings, load_settings


def stack_config() -> dict[str, Any]:
    """Every config value the engine handed this program, keyed `namespace:key`."""
    values = dict(runtime_config.get_config_env())
    values.update(runtime_config.CONFIG.get())
    return values


def build(settings: Settings) -> Outputs:
    """Register the scenario's resources; returns the stack outputs."""
    return builder_for(settings)(settings)


def main() -> None:
    for name, value in build(load_settings(stack_config())).items():
        pulumi.export(name, value)
