"""Running one rule of the policy pack on one resource, or on a stack, the way the analyzer does."""

from __future__ import annotations

from typing import Any, Mapping, Optional, Sequence

from google.protobuf import json_format, struct_pb2
from pulumi.output import Unknown
from pulumi_policy import (
    PolicyCustomTimeouts,
    PolicyResource,
    PolicyResourceOptions,
    ResourceValidationArgs,
    ResourceValidationPolicy,
    StackValidationArgs,
    StackValidationPolicy,
)
from pulumi_policy.deserialize import deserialize_properties
from pulumi_policy.proxy import UNKNOWN_STRING_VALUE, unknown_checking_proxy

from tooling.recorder import Registration

NO_OPTIONS = PolicyResourceOptions(
    protect=False,
    ignore_changes=[],
    delete_before_replace=None,
    aliases=[],
    custom_timeouts=PolicyCustomTimeouts(0, 0, 0),
    additional_secret_outputs=[],
)


def _on_the_wire(value: Any) -> Any:
    """A value as the engine sends it: a value not known yet (during a preview) is the unknown sentinel."""
    if isinstance(value, Unknown):
        return UNKNOWN_STRING_VALUE
    if isinstance(value, dict):
        return {k: _on_the_wire(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_on_the_wire(v) for v in value]
    return value


def analyzed(props: Mapping[str, Any]) -> Mapping[str, Any]:
    """`props` as a rule receives them: through a protobuf Struct (every number a float), deserialized,
    and behind the proxy that raises UnknownValueError when a rule reads a value not known yet."""
    struct = struct_pb2.Struct()
    struct.update(_on_the_wire(dict(props)))
    return unknown_checking_proxy(deserialize_properties(json_format.MessageToDict(struct)))


def violations(
    policy: ResourceValidationPolicy, resource_type: str, props: Mapping[str, Any], name: str = "resource"
) -> list[str]:
    """The messages `policy` reports for a resource of `resource_type` with `props` (wire names).
    Raises UnknownValueError, as the analyzer sees it, when the rule needs a value not known yet."""
    reported: list[str] = []
    args = ResourceValidationArgs(
        resource_type=resource_type,
        props=analyzed(props),
        urn=f"urn:pulumi:test::apigw-private::{resource_type}::{name}",
        name=name,
        opts=NO_OPTIONS,
        provider=None,
    )

    def report(message: str, urn: Optional[str] = None) -> None:
        reported.append(message)

    policy.validate(args, report)
    return reported


def stack_violations(policy: StackValidationPolicy, resources: Sequence[Registration]) -> list[tuple[str, str]]:
    """(resource name, message) for each violation `policy` reports on a stack of `resources`, the
    way the analyzer hands them over: props and property dependencies resolved to resources."""
    by_urn = {
        r.urn: PolicyResource(
            resource_type=r.type,
            props=analyzed(r.inputs),
            urn=r.urn,
            name=r.name,
            opts=NO_OPTIONS,
            provider=None,
            parent=None,
            dependencies=[],
            property_dependencies={},
        )
        for r in resources
    }
    for r in resources:
        by_urn[r.urn].property_dependencies = {
            key: [by_urn[u] for u in urns if u in by_urn] for key, urns in r.property_dependencies.items()
        }
    names = {urn: r.name for urn, r in by_urn.items()}
    reported: list[tuple[str, str]] = []

    def report(message: str, urn: Optional[str] = None) -> None:
        reported.append((names.get(urn or "", ""), message))

    policy.validate(StackValidationArgs(resources=list(by_urn.values())), report)
    return reported


def resource(typ: str, name: str, inputs: Mapping[str, Any], **property_dependencies: Registration) -> Registration:
    """A registered resource for a stack rule: `property_dependencies` names, for an input, the resource
    its value came from."""
    return Registration(
        urn=f"urn:pulumi:test::apigw-private::{typ}::{name}",
        type=typ,
        name=name,
        inputs=dict(inputs),
        custom=True,
        provider="",
        parent="",
        id=name,
        outputs=dict(inputs),
        dependencies=(),
        retain_on_delete=False,
        ignore_changes=(),
        property_dependencies={k: (v.urn,) for k, v in property_dependencies.items()},
    )
