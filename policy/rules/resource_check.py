"""Resource rules as plain checks: a function of a resource's properties that yields what is wrong."""

from __future__ import annotations

from typing import Any, Callable, Iterable, Mapping, Sequence

from pulumi_policy import PolicyResource, ReportViolation, ResourceValidationArgs

Check = Callable[[Mapping[str, Any]], Iterable[str]]


def resource_check(
    *resource_types: str,
) -> Callable[[Check], Callable[[ResourceValidationArgs, ReportViolation], None]]:
    """Turns `check(props)` into a policy validation that runs it on resources of `resource_types`
    only and reports each message it yields. Props carry the provider's wire names (`cidrBlocks`)."""

    def wrap(check: Check) -> Callable[[ResourceValidationArgs, ReportViolation], None]:
        def validate(args: ResourceValidationArgs, report_violation: ReportViolation) -> None:
            if args.resource_type in resource_types:
                for message in check(args.props):
                    report_violation(message, None)

        return validate

    return wrap


def as_list(value: Any) -> list:
    """AWS and the provider take one value or a list; the analyzer's lists are Sequences, not lists."""
    if value is None:
        return []
    return list(value) if isinstance(value, Sequence) and not isinstance(value, str) else [value]


def policies_of(resource: PolicyResource, resources: Sequence[PolicyResource], policy_type: str, key: str) -> list:
    """The resource's policy documents: its own `policy` and each `policy_type` resource (a RestApiPolicy, a
    VpcEndpointPolicy) whose `key` input came from it, as they come (JSON text or an object)."""
    attached = [
        r.props.get("policy")
        for r in resources
        if r.resource_type == policy_type and resource.urn in {d.urn for d in r.property_dependencies.get(key, [])}
    ]
    return [policy for policy in [resource.props.get("policy"), *attached] if policy]
