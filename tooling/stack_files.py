"""The project's config as the Pulumi CLI hands it to a program: `Pulumi.yaml` defaults, stack files."""

from __future__ import annotations

from pathlib import Path
from typing import Mapping, Optional

import yaml

from program.errors import ConfigError
from tooling.config_keys import namespaced, wire_value

PROJECT_DIR = Path(__file__).resolve().parent.parent


def project_defaults(project_dir: Path = PROJECT_DIR) -> dict[str, str]:
    """Config the CLI applies from Pulumi.yaml before a program runs (docs/aws-facts.md §14.2):
    a declared key's `default`, or a plain value."""
    project = yaml.safe_load((project_dir / "Pulumi.yaml").read_text())
    defaults = {}
    for key, entry in (project.get("config") or {}).items():
        if isinstance(entry, dict) and ("type" in entry or "default" in entry or "description" in entry):
            if "default" in entry:
                defaults[namespaced(key)] = wire_value(entry["default"], key)
        elif isinstance(entry, dict) and "value" in entry:
            defaults[namespaced(key)] = wire_value(entry["value"], key)
        else:
            defaults[namespaced(key)] = wire_value(entry, key)
    return defaults


def stack_names(project_dir: Path = PROJECT_DIR) -> list[str]:
    return sorted(p.name[len("Pulumi.") : -len(".yaml")] for p in project_dir.glob("Pulumi.*.yaml"))


def stack_config(
    stack: str, overrides: Optional[Mapping[str, str]] = None, project_dir: Path = PROJECT_DIR
) -> dict[str, str]:
    """The config a program of `stack` sees: project defaults, the stack file, then `overrides`."""
    path = project_dir / f"Pulumi.{stack}.yaml"
    if not path.exists():
        raise ConfigError(f"no stack file Pulumi.{stack}.yaml; stacks here: {', '.join(stack_names(project_dir))}")
    stack_file = yaml.safe_load(path.read_text()) or {}
    config = project_defaults(project_dir)
    for key, value in (stack_file.get("config") or {}).items():
        if isinstance(value, dict) and "secure" in value:
            value = "[secret]"
        config[namespaced(key)] = wire_value(value, key)
    for key, value in (overrides or {}).items():
        config[namespaced(key)] = value
    return config
