"""One place per kind of value the config takes, strict and shared by every key that takes it.

The strict base model (no coercion: `true` is no number, `"80"` no port, a string no list), and the
checks of names, ids, numbers and CIDR ranges. ARNs are in `arns.py`, route paths in `paths.py`.
Every pattern is matched whole (`fullmatch`) with ASCII classes, so neither a trailing newline
(`"dev\\n"`) nor a non-ASCII digit (`"１２３"`) passes. Each check returns the value or raises
ValueError with the message that follows the key's name.
"""

from __future__ import annotations

import ipaddress
import json
import math
import re
from typing import Any

from pydantic import BaseModel, ConfigDict


class Model(BaseModel):
    """Unknown fields are errors; values are taken as written, never coerced (`strict`); settings never change."""

    model_config = ConfigDict(extra="forbid", populate_by_name=False, frozen=True, strict=True)


def shown(value: Any) -> str:
    """A value as an error quotes it: strings quoted (so a space or newline shows), the rest as JSON spells it."""
    if isinstance(value, str):
        return repr(value)
    try:
        return json.dumps(value, sort_keys=True)
    except (TypeError, ValueError):
        return repr(value)


def matches(pattern: str, value: str) -> bool:
    return re.fullmatch(pattern, value, re.ASCII) is not None


# -- names ------------------------------------------------------------------------------------------------

STAGE_NAME = r"[A-Za-z0-9_-]{1,128}"


def check_stage_name(value: str) -> str:
    if not matches(STAGE_NAME, value):
        raise ValueError(f"may hold only letters, digits, '_' and '-' (1 to 128), got {shown(value)}")
    return value


def check_http_stage_name(value: str) -> str:
    if value != "$default" and not matches(STAGE_NAME, value):
        raise ValueError(f"must be $default or letters, digits, '_' and '-' (1 to 128), got {shown(value)}")
    return value


# ELB refuses load balancer and target group names that begin with `internal-` (CreateLoadBalancer, Name).
_ELB_RESERVED_PREFIX = "internal-"


def check_resource_name_prefix(value: str, *, max_length: int) -> str:
    """A name that starts the names of resources, load balancers among them (`{name}-entry-nlb-lb-...`):
    it starts with a letter, so the names never begin with '-'."""
    if not matches(rf"[a-z][a-z0-9-]{{0,{max_length - 1}}}", value):
        raise ValueError(
            f"must be 1 to {max_length} lower-case letters, digits or '-', starting with a letter "
            f"(it names resources), got {shown(value)}"
        )
    if f"{value}-".startswith(_ELB_RESERVED_PREFIX):
        raise ValueError(
            f"{shown(value)} would give load balancer names beginning with 'internal-', which AWS "
            f"refuses; choose another name"
        )
    return value


def check_text(value: str, what: str) -> str:
    """Free text passed on as it is (a profile name, a session tag): printable ASCII, no spaces at either end."""
    if not matches(r"[!-~]([ -~]*[!-~])?", value):
        raise ValueError(f"must be {what}: printable ASCII without spaces at either end, got {shown(value)}")
    return value


# -- ids --------------------------------------------------------------------------------------------------


def _check_id(prefix: str, value: str, what: str) -> str:
    if not matches(rf"{prefix}-[0-9a-f]{{8}}([0-9a-f]{{9}})?", value):
        raise ValueError(f"must be {what} such as {prefix}-0123456789abcdef0, got {shown(value)}")
    return value


def check_vpc_id(value: str) -> str:
    return _check_id("vpc", value, "a VPC id")


def check_vpc_endpoint_id(value: str) -> str:
    return _check_id("vpce", value, "a VPC endpoint id")


def check_subnet_ids(value: tuple[str, ...]) -> tuple[str, ...]:
    bad = [s for s in value if not matches(r"subnet-[0-9a-f]{8}([0-9a-f]{9})?", s)]
    if bad:
        raise ValueError(f"must be subnet ids such as subnet-0123456789abcdef0, got {shown(bad[0])}")
    if len(set(value)) != len(value):
        raise ValueError("lists a subnet twice")
    if not value:
        raise ValueError("must list at least one private subnet of the VPC")
    return value


# -- numbers ----------------------------------------------------------------------------------------------
# Booleans never reach these: the strict model refuses `true` where an integer or a number is expected.


def check_port(value: int) -> int:
    if not 1 <= value <= 65535:
        raise ValueError(f"must be a TCP port from 1 to 65535, got {value}")
    return value


def check_whole_number(value: int, low: int, high: int, what: str) -> int:
    if not low <= value <= high:
        raise ValueError(f"must be {what} from {low} to {high}, got {value}")
    return value


def check_rate(value: float, high: float, what: str) -> float:
    """A finite number above zero (requests per second): NaN and infinity are no rates."""
    if not math.isfinite(value) or not 0 < value <= high:
        raise ValueError(f"must be {what} above 0 and at most {high:.15g}, got {value:.15g}")
    return value


# -- CIDR ranges ------------------------------------------------------------------------------------------

RFC_1918 = tuple(ipaddress.IPv4Network(block) for block in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"))


def check_cidr_block(value: str) -> str:
    """A new VPC's range: a private (RFC 1918) IPv4 range from /16 to /22, written as a network address."""
    try:
        if not matches(r"[0-9]{1,3}(\.[0-9]{1,3}){3}/[0-9]{1,2}", value):
            raise ValueError
        network = ipaddress.IPv4Network(value, strict=True)
    except ValueError:
        raise ValueError(f"must be an IPv4 CIDR range such as 10.0.0.0/16, got {shown(value)}") from None
    if not any(network.subnet_of(private) for private in RFC_1918) or not 16 <= network.prefixlen <= 22:
        raise ValueError(f"must be a private (RFC 1918) range from /16 to /22 such as 10.0.0.0/16, got {shown(value)}")
    return value
