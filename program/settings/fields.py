"""What the settings models share: the strict base model and the checks of ids and ranges."""

from __future__ import annotations

import ipaddress
import re

from pydantic import BaseModel, ConfigDict

STAGE_NAME_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,128}$")


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=False, frozen=True)


RFC_1918 = tuple(ipaddress.IPv4Network(block) for block in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"))


def check_vpc_id(value: str) -> str:
    if not re.fullmatch(r"vpc-[0-9a-f]{8}([0-9a-f]{9})?", value):
        raise ValueError(f"must be a VPC id such as vpc-0123456789abcdef0, got {value!r}")
    return value


def check_subnet_ids(value: tuple[str, ...]) -> tuple[str, ...]:
    bad = [s for s in value if not re.fullmatch(r"subnet-[0-9a-f]{8}([0-9a-f]{9})?", s)]
    if bad:
        raise ValueError(f"must be subnet ids such as subnet-0123456789abcdef0, got {bad[0]!r}")
    if len(set(value)) != len(value):
        raise ValueError("lists a subnet twice")
    if not value:
        raise ValueError("must list at least one private subnet of the VPC")
    return value


def check_cidr_block(value: str) -> str:
    try:
        network = ipaddress.IPv4Network(value, strict=True)
    except ValueError:
        raise ValueError(f"must be an IPv4 CIDR range such as 10.0.0.0/16, got {value!r}") from None
    if not any(network.subnet_of(private) for private in RFC_1918) or not 16 <= network.prefixlen <= 22:
        raise ValueError(f"must be a private (RFC 1918) range from /16 to /22 such as 10.0.0.0/16, got {value!r}")
    return value
