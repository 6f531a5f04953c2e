"""Building one component with explicit arguments under the mocks."""

from __future__ import annotations

from tooling import recorder

NETWORK = {"vpc_id": "vpc-0123456789abcdef0", "subnet_ids": ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]}


def named(plan: recorder.Plan, name: str) -> recorder.Registration:
    """The one registration called `name`."""
    found = [r for r in plan.resources if r.name == name]
    assert len(found) == 1, f"{len(found)} resources named {name}"
    return found[0]
