"""Recording what a program registers under Pulumi's mock monitor: the offline plan and the tests read it.

The real SDK registers every resource with its real inputs; the recorder keeps each registration
(inputs, dependencies, aliases, options) and what the mocks answered, whatever mocks answer.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping, Optional

import pulumi
from pulumi.runtime.mocks import MockMonitor

from program.settings import PROJECT, Settings


@dataclass(frozen=True)
class Registration:
    """One resource the program registered: what would be sent to AWS."""

    urn: str
    type: str
    name: str
    inputs: dict[str, Any]
    custom: bool
    provider: str
    parent: str
    """The parent's URN; the stack's for top-level resources."""
    id: str
    outputs: dict[str, Any]
    """What the mocks answered, as AWS would."""
    dependencies: tuple[str, ...]
    """URNs this resource waits for: its inputs' resources and `depends_on`."""
    retain_on_delete: bool
    ignore_changes: tuple[str, ...]
    property_dependencies: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """For each input, the URNs of the resources its value came from."""
    alias_urns: tuple[str, ...] = ()
    """The URNs this resource was known by before (`aliases`): a stack that holds one updates it in place."""

    @property
    def parent_type(self) -> str:
        """The type of the parent component, or "" at the top level."""
        qualified = self.urn.split("::")[2].split("$")
        return qualified[-2] if len(qualified) > 1 else ""


def _whole_numbers(value: Any) -> Any:
    """The wire carries every number as a float; show 80 as 80, as the user wrote it."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {k: _whole_numbers(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_whole_numbers(v) for v in value]
    return value


def alias_urn(alias, request, urn: str) -> str:
    """The URN an alias names, as the engine computes it from the alias spec and the resource's own
    name, type and parent."""
    if alias.urn:
        return alias.urn
    spec = alias.spec
    stack = spec.stack or urn.split("::")[0].split(":")[-1]
    project = spec.project or urn.split("::")[1]
    parent = "" if spec.noParent else (spec.parentUrn or request.parent)
    parent_type = parent.split("::")[2] if parent else ""
    own_type = spec.type or request.type
    qualified = own_type if parent_type in ("", "pulumi:pulumi:Stack") else f"{parent_type}${own_type}"
    return f"urn:pulumi:{stack}::{project}::{qualified}::{spec.name or request.name}"


class RecordingMonitor(MockMonitor):
    """The mock monitor, keeping every registration in order."""

    def __init__(self, mocks: pulumi.runtime.Mocks):
        super().__init__(mocks)
        self.registrations: list[Registration] = []

    def RegisterResource(self, request):
        response = super().RegisterResource(request)
        if request.type != "pulumi:pulumi:Stack":
            inputs = _whole_numbers(pulumi.runtime.rpc.deserialize_properties(request.object))
            answered = self.resources[response.urn]
            self.registrations.append(
                Registration(
                    urn=response.urn,
                    type=request.type,
                    name=request.name,
                    inputs=inputs,
                    custom=bool(request.custom),
                    provider=request.provider,
                    parent=request.parent,
                    id=answered.id,
                    outputs=_whole_numbers(answered.state),
                    dependencies=tuple(request.dependencies),
                    retain_on_delete=bool(request.retainOnDelete),
                    ignore_changes=tuple(request.ignoreChanges),
                    property_dependencies={key: tuple(deps.urns) for key, deps in request.propertyDependencies.items()},
                    alias_urns=tuple(alias_urn(alias, request, response.urn) for alias in request.aliases)
                    + tuple(request.aliasURNs),
                )
            )
        return response


@dataclass
class Plan:
    """What `pulumi up` would create for a stack, and the stack outputs."""

    stack: str
    settings: Optional[Settings]
    """None for a program of one's own (`record`)."""
    resources: list[Registration]
    outputs: dict[str, Any] = field(default_factory=dict)

    def of_type(self, typ: str) -> list[Registration]:
        return [r for r in self.resources if r.type == typ]

    def children(self, parent_urn: str) -> list[Registration]:
        return [r for r in self.resources if r.parent == parent_urn]

    def one(self, typ: str) -> Registration:
        found = self.of_type(typ)
        if len(found) != 1:
            raise AssertionError(f"expected one {typ}, found {len(found)}")
        return found[0]


def record(
    program: Callable[[], Any],
    mocks: pulumi.runtime.Mocks,
    stack: str = "test",
    config: Mapping[str, str] = {},
    preview: bool = False,
) -> tuple[list[Registration], dict[str, Any]]:
    """Run `program` (which registers resources and may return outputs) against `mocks`: what it
    registered and what it returned."""
    monitor = RecordingMonitor(mocks)
    outputs: dict[str, Any] = {}

    def run_program():
        returned = program()
        return pulumi.Output.from_input(returned if isinstance(returned, Mapping) else {}).apply(outputs.update)

    with _own_event_loop():
        pulumi.runtime.set_mocks(monitor.mocks, project=PROJECT, stack=stack, preview=preview, monitor=monitor)
        pulumi.runtime.set_all_config(dict(config))
        pulumi.runtime.test(run_program)()
    return monitor.registrations, outputs


@contextlib.contextmanager
def _own_event_loop():
    """A fresh event loop for one run, closed when it ends, however it ends. A refusal raised while the
    program runs leaves Pulumi's tasks pending; a loop left to the garbage collector then dies at exit
    after its sockets, printing a traceback ("Invalid file descriptor: -1") under the one-line error."""
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        yield
    finally:
        pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
        for task in pending:
            task.cancel()
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()
        asyncio.set_event_loop(None)
