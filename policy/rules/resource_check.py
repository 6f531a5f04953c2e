"""Resource rules as plain checks: a function of a resource's properties that yields what is wrong."""

from __future__ import annotations

from typing import Any, Callable, Iterable, Mapping

from pulumi_policy import ReportViolation, ResourceValidationArgs

Check = Callable[[Mapping[str, Any]], Iterable[str]]


def resource_check(*resource_types: str) -> Callable[[Check], Callable[[ResourceValidationArgs, ReportViolation], None]]:
    """Turns `check(props)` into a policy validation that runs it on resources of `resource_types`
    only and reports each message it yields. Props carry the provider's wire names (`cidrBlocks`)."""
    def wrap(check: Check) -> Callable[[ResourceValidationArgs, ReportViolation], None]:
        def validate(args: ResourceValidationArgs, report_violation: ReportViolation) -> None:
            if args.resource_type in resource_types:
                for message in check(args.props):
                    report_violation(message, None)
        validate.__doc__ = check.__doc__
        return validate
    return wrap
