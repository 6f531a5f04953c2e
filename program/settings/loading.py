"""Reading raw stack config into Settings, and pydantic's errors into one line naming each bad key."""

from __future__ import annotations

import difflib
import json
from typing import Any, Mapping

from pydantic import ValidationError

from components import partition as partitions
from program.errors import ConfigError
from program.settings.combinations import check_combinations
from program.settings.fields import shown
from program.settings.keys import LIST_KEYS, PROJECT, PROJECT_KEYS, PROVIDER, SCENARIOS, STRING_KEYS
from program.settings.stack import Settings

# The aws provider keys the program reads itself (program/settings/provider.py), and which are lists.
PROVIDER_KEYS = ("profile", "sharedConfigFiles", "sharedCredentialsFiles", "assumeRoles")
PROVIDER_LIST_KEYS = ("sharedConfigFiles", "sharedCredentialsFiles", "assumeRoles")


def load_settings(raw: Mapping[str, Any]) -> Settings:
    """Settings from raw stack config: `{"aws:region": ..., "apigw-private:scenario": ...}`.

    Values are as the Pulumi CLI hands them to a program: strings, with objects
    and lists as JSON text. Raises ConfigError naming the key and the fix.
    """
    region, partition = _region(raw.get("aws:region"))
    values: dict[str, Any] = {"region": region}
    for key, value in raw.items():
        namespace, _, name = key.partition(":")
        if namespace != PROJECT:
            continue
        if name not in PROJECT_KEYS:
            raise ConfigError(
                f"unknown config key `{name}`; valid keys: {', '.join(PROJECT_KEYS)}. "
                f"Remove it with: pulumi config rm {name}"
            )
        values[name] = _decode(name, value, is_list=name in LIST_KEYS) if name not in STRING_KEYS else value
    values["awsProvider"] = {
        name: _decode(f"aws:{name}", raw[f"aws:{name}"], is_list=True)
        if name in PROVIDER_LIST_KEYS
        else raw[f"aws:{name}"]
        for name in PROVIDER_KEYS
        if raw.get(f"aws:{name}") not in (None, "")
    }
    for name, value in [*values.items(), *((f"aws:{key}", item) for key, item in values["awsProvider"].items())]:
        if name != "awsProvider":
            _refuse_null(name, value)

    declared = str(values.pop("partition", "") or "")
    if declared and declared != partition:
        raise ConfigError(
            f"`partition` is {declared!r} but aws:region {region} is in partition {partition!r}; "
            f"remove `partition` (it is derived from aws:region) or set it to {partition!r}"
        )
    values["partition"] = partition
    if "scenario" in values and values["scenario"] not in SCENARIOS:
        raise ConfigError(f"`scenario` {values['scenario']!r} is not a scenario; valid: {', '.join(SCENARIOS)}")

    try:
        # Through JSON, as the CLI hands config over: strict validation then takes lists for tuples and
        # nothing else for anything (no `true` for a number, no "80" for a port).
        settings = Settings.model_validate_json(json.dumps(values), context={"region": region, "partition": partition})
    except ValidationError as error:
        raise ConfigError(_explain(error)) from None
    check_combinations(settings)
    return settings


def _region(region: Any) -> tuple[str, str]:
    """The region and its partition: a region of a supported partition that exists."""
    if not region:
        raise ConfigError(
            "`aws:region` is not set; set it with: pulumi config set aws:region us-east-1 (or cn-northwest-1 for China)"
        )
    if not isinstance(region, str) or not partitions.REGION_PATTERN.fullmatch(region):
        raise ConfigError(f"`aws:region` must be a region name such as us-east-1 or cn-north-1, got {shown(region)}")
    partition = partitions.partition_of_region(region)
    if partition not in partitions.SUPPORTED_PARTITIONS:
        raise ConfigError(
            f"`aws:region` {region} is in partition {partition}, which apigw-private does not "
            f"support; use a region of {' or '.join(partitions.SUPPORTED_PARTITIONS)}"
        )
    known = partitions.REGIONS[partition]
    if region not in known:
        close = difflib.get_close_matches(region, known, n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        raise ConfigError(
            f"`aws:region` {region} is not a region of partition {partition}{hint}; its regions: {', '.join(known)}"
        )
    return region, partition


def _decode(key: str, value: Any, *, is_list: bool) -> Any:
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except json.JSONDecodeError:
        if is_list:
            shape, hint = "a list", f"for one item use: pulumi config set --path '{key}[0]' VALUE"
        else:
            shape, hint = "an object", f"for one field use: pulumi config set --path {key}.FIELD VALUE"
        raise ConfigError(
            f"`{key}` must be {shape} (YAML in the stack file, or JSON text for pulumi config "
            f"set), got {value!r}; {hint}"
        ) from None


def _refuse_null(key: str, value: Any) -> None:
    """An explicit null (YAML `~` or an empty value) is refused, never taken for the default: a key
    written without its value is more likely a mistake than a wish for the default."""
    if value is None:
        raise ConfigError(f"`{key}` is null; give it a value, or remove it to take its default")
    if isinstance(value, dict):
        for name, item in value.items():
            _refuse_null(f"{key}.{name}", item)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _refuse_null(f"{key}[{index}]", item)


_TYPE_MESSAGES = {
    "string_type": "must be a string",
    "int_type": "must be a whole number",
    "float_type": "must be a number",
    "bool_type": "must be true or false",
    "tuple_type": "must be a list",
    "list_type": "must be a list",
    "dict_type": "must be an object",
    "model_type": "must be an object",
    "model_attributes_type": "must be an object",
}


def _explain(error: ValidationError) -> str:
    """One line for all problems, each naming the config key the way the stack file spells it."""
    lines = []
    for problem in error.errors():
        loc = list(problem["loc"])
        key = ""
        if loc and loc[0] == "awsProvider":  # the aws provider's own keys, `aws:assumeRoles`
            loc, key = loc[2:], f"{PROVIDER}:{loc[1]}" if len(loc) > 1 else PROVIDER
        for part in loc:
            key += f"[{part}]" if isinstance(part, int) else ("." if key else "") + str(part)
        kind = problem["type"]
        if kind == "extra_forbidden":
            parent = key.rsplit(".", 1)[0] if "." in key else ""
            message = f"is not a setting of `{parent}`" if parent else "is not a setting"
        elif kind == "missing":
            message = "is required"
        elif kind in _TYPE_MESSAGES:
            message = f"{_TYPE_MESSAGES[kind]}, got {shown(problem['input'])}"
        elif kind == "value_error":
            message = problem["msg"].removeprefix("Value error, ")
        else:
            message = f"{problem['msg']}, got {shown(problem['input'])}"
        lines.append(f"`{key}` {message}" if key else message)
    return "invalid config: " + "; ".join(lines)
