"""The apigw-private policy pack; the Pulumi CLI runs it with `--policy-pack policy`."""

from pulumi_policy import EnforcementLevel, PolicyPack
from rules import POLICIES

PolicyPack(name="apigw-private-security", enforcement_level=EnforcementLevel.MANDATORY, policies=POLICIES)
