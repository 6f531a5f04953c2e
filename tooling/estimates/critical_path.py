"""The longest chain of waits through a plan's resources: what sets how long a deploy takes when
the engine creates everything else in parallel (its default; a `--parallel` cap is not modeled)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Mapping, Optional, Sequence

from program.settings import PROJECT
from tooling.recorder import Registration


@dataclass(frozen=True)
class Step:
    """One resource on a chain, and how long its creation takes."""

    urn: str
    type: str
    name: str
    seconds: int


@dataclass(frozen=True)
class Chain:
    seconds: int
    steps: tuple[Step, ...]
    """In the order they are created: the first waits for nothing on the chain."""


def is_created_whole(resource: Registration) -> bool:
    """A custom resource, or a remote component such as awsx's VPC, whose children its plugin
    creates outside the program (docs/aws-facts.md §14.1): one unit, with one creation time."""
    return resource.custom or not resource.type.startswith(f"{PROJECT}:")


def resources_behind(resources: Sequence[Registration]) -> Callable[[str], tuple[str, ...]]:
    """For a URN, the units that must exist before it counts as created: a unit is itself; one
    of this project's components is done when all its children are, so it stands for them."""
    children: dict[str, list[Registration]] = {}
    for resource in resources:
        children.setdefault(resource.parent, []).append(resource)
    known = {r.urn: r for r in resources}

    def behind(urn: str) -> tuple[str, ...]:
        resource = known.get(urn)
        if resource is None:
            return ()  # the stack, or a resource outside the plan (a `get`): nothing to wait for
        if is_created_whole(resource):
            return (urn,)
        return tuple(u for child in children.get(urn, []) for u in behind(child.urn))

    return behind


def longest_chain(
    resources: Sequence[Registration], seconds: Mapping[str, int], waits_for: Callable[[Registration], Iterable[str]]
) -> Chain:
    """The chain that finishes last, with `seconds` per unit's URN and `waits_for`
    naming the URNs (resources or components) a resource cannot start before. Ties go to the
    first URN in sorted order: registration order varies between runs, the chain must not."""
    behind = resources_behind(resources)
    units = {r.urn: r for r in resources if is_created_whole(r)}
    order = {urn: i for i, urn in enumerate(sorted(units))}
    before = {urn: {u for dep in waits_for(r) for u in behind(dep)} - {urn} for urn, r in units.items()}
    finish: dict[str, int] = {}

    def finished(urn: str) -> int:
        if urn not in finish:
            finish[urn] = seconds[urn] + max((finished(u) for u in before[urn]), default=0)
        return finish[urn]

    if not units:
        return Chain(0, ())
    last = max(units, key=lambda urn: (finished(urn), -order[urn]))
    steps = []
    urn: Optional[str] = last
    while urn is not None:
        resource = units[urn]
        steps.append(Step(urn, resource.type, resource.name, seconds[urn]))
        urn = max(before[urn], key=lambda u: (finish[u], -order[u]), default=None)
    return Chain(finish[last], tuple(reversed(steps)))
