"""ApiGatewayAccountLogging on its own."""

import json

from components import ApiGatewayAccountLogging
from tests.components.helpers import named
from tests.conftest import build


def test_the_region_wide_role_is_set_and_kept_when_the_stack_is_destroyed(region, partition):
    plan = build(region, lambda: ApiGatewayAccountLogging("logging", {}))
    role = named(plan, "logging-role")
    # The service principal is the same in both partitions (docs/aws-facts.md §4.1).
    assert json.loads(role.inputs["assumeRolePolicy"])["Statement"][0]["Principal"] == {
        "Service": "apigateway.amazonaws.com"
    }
    assert named(plan, "logging-policy").inputs["policyArn"] == (
        f"arn:{partition}:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs"
    )
    assert named(plan, "logging-settings").inputs["cloudwatchRoleArn"] == role.outputs["arn"]
    # Deleting the account setting resets it for every API in the region (docs/aws-facts.md §10.1).
    assert {r.name: r.retain_on_delete for r in plan.resources if r.custom} == {
        "logging-role": True,
        "logging-policy": True,
        "logging-settings": True,
    }
