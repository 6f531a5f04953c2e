"""The offline plan: the program run against mocks that answer like AWS, as `pulumi up` (or
`pulumi preview`) would run it. Shared by `deploy.py plan` and the tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Mapping, Optional

from program.settings import load_settings
from tooling.mocks import AwsMocks
from tooling.recorder import Plan, Registration
from tooling.recorder import record as record_with
from tooling.stack_files import PROJECT_DIR, stack_config


def run(config: Mapping[str, str], stack: str = "dev", preview: bool = False) -> Plan:
    """Run the program against the mocks with `config` (keys `namespace:key`, values as the CLI
    passes them), as `pulumi up` would, or as `pulumi preview` would with `preview`.
    Raises ConfigError for bad config before any resource is registered."""
    from program.main import build

    settings = load_settings(config)
    resources, outputs = record_with(
        lambda: build(settings), AwsMocks(settings.region, stack, preview=preview), stack, config, preview
    )
    return Plan(stack=stack, settings=settings, resources=resources, outputs=outputs)


def record(program: Callable[[], Any], region: str, stack: str = "test") -> tuple[list[Registration], dict[str, Any]]:
    """What a program of one's own (such as a component built with explicit arguments) registers under
    the mocks of `region`, and what it returns."""
    return record_with(program, AwsMocks(region, stack), stack)


def plan(stack: str, overrides: Optional[Mapping[str, str]] = None, project_dir: Path = PROJECT_DIR) -> Plan:
    """The offline plan of a stack file, as `deploy.py plan` prints it."""
    return run(stack_config(stack, overrides, project_dir), stack)
