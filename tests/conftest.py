"""Shared helpers: run the program offline for a region and config, as the CLI would."""

from __future__ import annotations

import json
from typing import Any

import pytest

from program import offline

# One region per partition; cn-north-1 is used where its a/b/d zones matter.
REGIONS = ["us-east-1", "cn-northwest-1"]
PARTITION_OF = {"us-east-1": "aws", "cn-northwest-1": "aws-cn", "cn-north-1": "aws-cn", "eu-west-1": "aws"}
DNS_SUFFIX = {"aws": "amazonaws.com", "aws-cn": "amazonaws.com.cn"}


def config_for(region: str, **config: Any) -> dict[str, str]:
    """Project defaults from Pulumi.yaml, the region, then `config` (bare project keys)."""
    raw = offline.project_defaults()
    raw["aws:region"] = region
    for key, value in config.items():
        raw[f"apigw-private:{key}"] = value if isinstance(value, str) else json.dumps(value)
    return raw


def run_program(region: str, stack: str = "test", **config: Any) -> offline.Plan:
    return offline.run(config_for(region, **config), stack)


@pytest.fixture(params=REGIONS)
def region(request) -> str:
    return request.param


@pytest.fixture
def partition(region) -> str:
    return PARTITION_OF[region]


@pytest.fixture
def dns_suffix(partition) -> str:
    return DNS_SUFFIX[partition]
