"""Config given on the command line (`--config key=value`) or by an embedding caller.

Keys are taken as `pulumi config set` takes them: bare keys are the project's,
`namespace:key` otherwise. Only keys something reads are accepted: the
project's own (program/settings/keys.py) and the aws provider's; anything else is an
error naming the key, never silently ignored.
"""

from __future__ import annotations

import difflib
import functools
import importlib
import json
from typing import Any, Mapping, Sequence

from program.errors import ConfigError
from program.settings import PROJECT, PROJECT_KEYS
from program.settings.keys import PROVIDER


@functools.lru_cache(maxsize=None)
def aws_provider_keys() -> frozenset[str]:
    """The aws provider's config keys (`region`, `profile`, `assumeRoles`, ...), read from the
    installed pulumi_aws so they follow its version."""
    module = importlib.import_module("pulumi_aws.config")
    _ = module.region  # loads the lazy module, which then takes the class holding one property per key
    return frozenset(_camel(name) for name in vars(type(module)) if not name.startswith("_"))


def _camel(snake: str) -> str:
    first, *rest = snake.split("_")
    return first + "".join(word[:1].upper() + word[1:] for word in rest)


def parse_pairs(pairs: Sequence[str]) -> dict[str, str]:
    """`key=value` strings as `--config` takes them, in order (a later key wins)."""
    parsed = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise ConfigError(f"--config takes key=value, such as scenario=rest-private; got {pair!r}")
        parsed[key] = value
    return parsed


def namespaced(key: str) -> str:
    return key if ":" in key else f"{PROJECT}:{key}"


def wire_value(value: Any, key: str) -> str:
    """A value of `key` as the Pulumi CLI hands it to a program: strings as they are, objects and lists
    as JSON text, booleans as `true`/`false`. A null is refused: it would reach a string key as the text
    `null` (a stage named "null") instead of its default."""
    if value is None:
        raise ConfigError(f"`{key}` is null; give it a value, or remove it to take its default")
    if isinstance(value, str):
        return value
    return json.dumps(value)


def check_key(key: str, source: str = "--config") -> str:
    """The namespaced key, or ConfigError naming the key, what is valid and the closest match."""
    full = namespaced(key)
    namespace, _, name = full.partition(":")
    if namespace == PROJECT:
        valid: Sequence[str] = PROJECT_KEYS
    elif namespace == PROVIDER:
        valid = sorted(aws_provider_keys())
    else:
        raise ConfigError(
            f"{source}: `{key}` is in namespace `{namespace}`, which nothing in this program reads; "
            f"use a bare key (or `{PROJECT}:KEY`) for the project's settings and `aws:KEY` for the "
            f"aws provider's"
        )
    if name not in valid:
        prefix = f"{namespace}:" if namespace == PROVIDER else ""
        close = difflib.get_close_matches(name, valid, n=1)
        hint = f" (did you mean `{prefix}{close[0]}`?)" if close else ""
        raise ConfigError(
            f"{source}: unknown config key `{prefix}{name}`{hint}; valid {namespace} keys: {', '.join(valid)}"
        )
    return full


def normalize(config: Mapping[str, Any], source: str = "--config") -> dict[str, str]:
    """`config` with every key checked and namespaced and every value as the CLI passes it."""
    return {check_key(key, source): wire_value(value, key) for key, value in config.items()}
