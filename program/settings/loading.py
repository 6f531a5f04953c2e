"""Reading raw stack config into Settings, and pydantic's errors into one line per bad key."""

from __future__ import annotations

import json
import re
from typing import Any, Mapping

from pydantic import ValidationError

from components import partition as partitions
from program.errors import ConfigError
from program.settings.combinations import check_combinations
from program.settings.keys import LIST_KEYS, PROJECT, PROJECT_KEYS, SCENARIOS, STRING_KEYS
from program.settings.stack import Settings


def load_settings(raw: Mapping[str, Any]) -> Settings:
    """Settings from raw stack config: `{"aws:region": ..., "apigw-private:scenario": ...}`.

    Values are as the Pulumi CLI hands them to a program: strings, with objects
    and lists as JSON text. Raises ConfigError naming the key and the fix.
    """
    region = raw.get("aws:region")
    if not region:
        raise ConfigError("`aws:region` is not set; set it with: pulumi config set aws:region us-east-1 "
                          "(or cn-northwest-1 for China)")
    if not partitions.REGION_PATTERN.match(region):
        raise ConfigError(f"`aws:region` must be a region name such as us-east-1 or cn-north-1, got {region!r}")
    partition = partitions.partition_of_region(region)
    if partition not in partitions.SUPPORTED_PARTITIONS:
        raise ConfigError(f"`aws:region` {region} is in partition {partition}, which apigw-private does not "
                          f"support; use a region of {' or '.join(partitions.SUPPORTED_PARTITIONS)}")

    values: dict[str, Any] = {"region": region}
    for key, value in raw.items():
        namespace, _, name = key.partition(":")
        if namespace != PROJECT:
            continue
        if name not in PROJECT_KEYS:
            raise ConfigError(f"unknown config key `{name}`; valid keys: {', '.join(PROJECT_KEYS)}. "
                              f"Remove it with: pulumi config rm {name}")
        values[name] = _decode(name, value)

    values["awsProvider"] = _aws_provider(raw)
    declared = str(values.pop("partition", "") or "")
    if declared and declared != partition:
        raise ConfigError(f"`partition` is {declared!r} but aws:region {region} is in partition {partition!r}; "
                          f"remove `partition` (it is derived from aws:region) or set it to {partition!r}")
    values["partition"] = partition
    if "scenario" in values and values["scenario"] not in SCENARIOS:
        raise ConfigError(f"`scenario` {values['scenario']!r} is not a scenario; valid: {', '.join(SCENARIOS)}")

    try:
        settings = Settings.model_validate(values, context={"region": region, "partition": partition})
    except ValidationError as error:
        raise ConfigError(_explain(error)) from None
    check_combinations(settings)
    return settings


def _aws_provider(raw: Mapping[str, Any]) -> dict[str, Any]:
    def listed(key: str) -> Any:
        value = raw.get(f"aws:{key}")
        return json.loads(value) if isinstance(value, str) else value

    roles = listed("assumeRoles") or []
    return {
        "profile": raw.get("aws:profile") or None,
        "shared_config_files": listed("sharedConfigFiles"),
        "shared_credentials_files": listed("sharedCredentialsFiles"),
        "assume_roles": [{re.sub(r"(?<!^)([A-Z])", r"_\1", key).lower(): value for key, value in role.items()}
                         for role in roles],
    }


def _decode(name: str, value: Any) -> Any:
    if name in STRING_KEYS or not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except json.JSONDecodeError:
        shape = "a list" if name in LIST_KEYS else "an object"
        raise ConfigError(f"`{name}` must be {shape} (YAML in the stack file, or JSON text for pulumi config "
                          f"set), got {value!r}; for one field use: pulumi config set --path {name}.FIELD VALUE")


_FIELD_ALIASES = {"stage_name": "stageName", "rest_api": "restApi", "http_api": "httpApi",
                  "custom_domain": "customDomain"}


def _explain(error: ValidationError) -> str:
    """One line per problem, each naming the config key the way the stack file spells it."""
    lines = []
    for problem in error.errors():
        key = ""
        for part in problem["loc"]:
            key += f"[{part}]" if isinstance(part, int) else ("." if key else "") + _FIELD_ALIASES.get(part, part)
        message = problem["msg"].removeprefix("Value error, ")
        if problem["type"] == "extra_forbidden":
            parent = key.rsplit(".", 1)[0] if "." in key else ""
            message = f"is not a setting of `{parent}`" if parent else "is not a setting"
        elif problem["type"] == "missing":
            message = "is required"
        elif problem["type"] == "bool_type":
            message = f"must be true or false, got {problem['input']!r}"
        elif problem["type"] == "literal_error":
            message = f"{message}, got {problem['input']!r}"
        elif problem["type"] in ("model_type", "model_attributes_type", "dict_type"):
            message = f"must be an object, got {problem['input']!r}"
        lines.append(f"`{key}` {message}" if key else message)
    return "invalid config: " + "; ".join(lines)
