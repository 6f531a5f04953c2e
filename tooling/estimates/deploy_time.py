"""Modeled deploy time of a plan: the longest chain of waits through what it registers, each
resource taking its typical creation time, next to the floor: the longest chain of unavoidable
waits only. Where the two differ, the needless waits on the modeled chain say why."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Sequence

from tooling.estimates.critical_path import Chain, is_created_whole, longest_chain, resources_behind
from tooling.estimates.dependencies import Wait, is_unavoidable
from tooling.estimates.timings import creation_time
from tooling.recorder import Registration


@dataclass(frozen=True)
class DeployTime:
    modeled: Chain
    floor: Chain
    needless: tuple[Wait, ...]
    """Needless waits between consecutive resources of the modeled chain: those that lengthen it."""


def waits(resources: Sequence[Registration]) -> Iterator[Wait]:
    """Every wait of every unit, a dependency on a component standing for its units."""
    behind = resources_behind(resources)
    known = {r.urn: r for r in resources}
    for resource in resources:
        if is_created_whole(resource):
            for listed in resource.dependencies:
                for urn in behind(listed):
                    if urn != resource.urn:
                        yield Wait(resource, known[urn], listed)


def deploy_time(resources: Sequence[Registration]) -> DeployTime:
    seconds = {r.urn: creation_time(r.type, r.inputs).seconds for r in resources if is_created_whole(r)}
    modeled = longest_chain(resources, seconds, lambda r: r.dependencies)
    unavoidable: dict[str, set[str]] = {}
    avoidable: dict[tuple[str, str], Wait] = {}
    for wait in waits(resources):
        if is_unavoidable(wait):
            unavoidable.setdefault(wait.dependent.urn, set()).add(wait.dependency.urn)
        else:
            avoidable[(wait.dependent.urn, wait.dependency.urn)] = wait
    floor = longest_chain(resources, seconds, lambda r: unavoidable.get(r.urn, ()))
    on_chain = [(later.urn, earlier.urn) for earlier, later in zip(modeled.steps, modeled.steps[1:], strict=False)]
    needless = tuple(avoidable[pair] for pair in on_chain if pair in avoidable)
    return DeployTime(modeled, floor, needless)
