import json

import pytest

from components.policies import private_api_policy
from policy.rules.private_apis_admit_only_their_endpoints import NO_DENY, NO_POLICY, POLICY, REST_API, REST_API_POLICY
from tests.policy.helpers import resource, stack_violations
from tooling.recorder import Registration

ENDPOINT = "vpce-0123456789abcdef0"
PRIVATE = {"types": "PRIVATE", "vpcEndpointIds": [ENDPOINT]}
ALLOW = {"Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "execute-api:/*"}
DENY = {**ALLOW, "Effect": "Deny", "Condition": {"StringNotEquals": {"aws:SourceVpce": ENDPOINT}}}


def policy(*statements) -> str:
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)})


def api(**inputs) -> Registration:
    return resource(REST_API, "api", inputs)


@pytest.mark.parametrize(
    "inputs",
    [
        {"endpointConfiguration": PRIVATE, "policy": json.dumps(private_api_policy([ENDPOINT]))},
        {
            "endpointConfiguration": {"types": ["PRIVATE"]},
            "policy": policy(
                ALLOW,
                {
                    **DENY,
                    "Action": ["execute-api:*"],
                    "Principal": {"AWS": "*"},
                    "Resource": "arn:aws-cn:execute-api:cn-north-1:123456789012:a1b2c3d4e5/*",
                    "Condition": {"StringNotEqualsIfExists": {"aws:sourceVpc": "vpc-0123456789abcdef0"}},
                },
            ),
        },
        {"endpointConfiguration": {"types": "REGIONAL"}},
        {"body": "{}", "parameters": {"endpointConfigurationTypes": "REGIONAL"}},
    ],
    ids=["the-programs-policy", "deny-outside-a-vpc-by-arn", "regional-needs-none", "regional-by-import-parameter"],
)
def test_a_private_api_that_denies_calls_from_outside_its_endpoints_passes(inputs):
    assert stack_violations(POLICY, [api(**inputs)]) == []


def test_a_policy_attached_as_its_own_resource_counts_for_its_api_only():
    private, other = api(endpointConfiguration=PRIVATE), resource(REST_API, "other", {"endpointConfiguration": PRIVATE})
    attached = resource(
        REST_API_POLICY, "api-policy", {"restApiId": "api", "policy": policy(ALLOW, DENY)}, restApiId=private
    )
    assert stack_violations(POLICY, [private, other, attached]) == [("other", NO_POLICY)]


@pytest.mark.parametrize(
    "inputs, message",
    [
        ({"endpointConfiguration": PRIVATE}, NO_POLICY),
        ({"endpointConfiguration": {"types": ["PRIVATE"]}}, NO_POLICY),
        ({"body": "{}", "parameters": {"endpointConfigurationTypes": "PRIVATE"}}, NO_POLICY),
        ({"endpointConfiguration": PRIVATE, "policy": policy(ALLOW)}, NO_DENY),
        ({"endpointConfiguration": PRIVATE, "policy": "[]"}, NO_DENY),
        (
            {
                "endpointConfiguration": PRIVATE,
                "policy": policy(ALLOW, {**DENY, "Condition": {"StringEquals": {"aws:SourceVpce": ENDPOINT}}}),
            },
            NO_DENY,
        ),
        (
            {
                "endpointConfiguration": PRIVATE,
                "policy": policy(ALLOW, {**DENY, "Condition": {"NotIpAddress": {"aws:SourceIp": "10.0.0.0/8"}}}),
            },
            NO_DENY,
        ),
        (
            {
                "endpointConfiguration": PRIVATE,
                "policy": policy(ALLOW, {**DENY, "Resource": "execute-api:/*/GET/health"}),
            },
            NO_DENY,
        ),
        (
            {"endpointConfiguration": PRIVATE, "policy": policy(ALLOW, {**DENY, "Principal": {"AWS": "210987654321"}})},
            NO_DENY,
        ),
        (
            {
                "endpointConfiguration": PRIVATE,
                "policy": policy(
                    ALLOW,
                    {**{k: v for k, v in DENY.items() if k != "Action"}, "NotAction": "execute-api:ManageConnections"},
                ),
            },
            NO_DENY,
        ),
    ],
    ids=[
        "no-policy",
        "no-policy-list-form",
        "no-policy-body-import",
        "allow-only",
        "not-a-document",
        "deny-from-the-endpoint-itself",
        "deny-by-source-ip",
        "deny-for-one-route",
        "deny-for-one-account",
        "not-action",
    ],
)
def test_rejects_a_private_api_open_to_calls_from_outside_its_endpoints(inputs, message):
    assert stack_violations(POLICY, [api(**inputs)]) == [("api", message)]
