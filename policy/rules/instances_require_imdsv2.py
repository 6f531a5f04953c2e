"""Instances require IMDSv2 session tokens, so a request forged through the service cannot read the
instance role's credentials from the metadata service."""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from pulumi_policy import ResourceValidationPolicy

from .resource_check import resource_check

INSTANCE = "aws:ec2/instance:Instance"
LAUNCH_TEMPLATE = "aws:ec2/launchTemplate:LaunchTemplate"


@resource_check(INSTANCE, LAUNCH_TEMPLATE)
def check(props: Mapping[str, Any]) -> Iterable[str]:
    options = props.get("metadataOptions")
    if options is None and props.get("launchTemplate"):
        return  # its launch template says, and is checked itself
    if (options or {}).get("httpTokens") != "required":
        yield 'it accepts IMDSv1: set metadataOptions.httpTokens to "required"'


POLICY = ResourceValidationPolicy(
    name="instances-require-imdsv2",
    description="EC2 instances and launch templates require IMDSv2.",
    validate=check,
)
