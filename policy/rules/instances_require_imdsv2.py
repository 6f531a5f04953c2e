"""Instances require IMDSv2 session tokens, so a request forged through the service cannot read the
instance role's credentials from the metadata service."""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from pulumi_policy import ResourceValidationPolicy

from .resource_check import resource_check

INSTANCE = "aws:ec2/instance:Instance"


@resource_check(INSTANCE)
def check(props: Mapping[str, Any]) -> Iterable[str]:
    if (props.get("metadataOptions") or {}).get("httpTokens") != "required":
        yield "the instance accepts IMDSv1: set metadataOptions.httpTokens to \"required\""


POLICY = ResourceValidationPolicy(
    name="instances-require-imdsv2",
    description="EC2 instances require IMDSv2.",
    validate=check,
)
