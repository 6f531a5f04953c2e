"""Log groups expire their logs: CloudWatch keeps them forever by default, and pays for it forever."""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from pulumi_policy import ResourceValidationPolicy

from .resource_check import resource_check

LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup"


@resource_check(LOG_GROUP)
def check(props: Mapping[str, Any]) -> Iterable[str]:
    if not props.get("retentionInDays"):
        yield "the log group keeps its logs forever: set retentionInDays (the program's logging.retentionInDays)"


POLICY = ResourceValidationPolicy(
    name="log-groups-keep-logs-for-a-period",
    description="CloudWatch log groups set a retention period.",
    validate=check,
)
