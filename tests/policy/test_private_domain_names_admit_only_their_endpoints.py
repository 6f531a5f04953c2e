import json

import pytest

from components.policies import private_api_policy
from policy.rules.private_domain_names_admit_only_their_endpoints import DOMAIN_NAME, NO_DENY, NO_POLICY, POLICY
from tests.components import test_private_domain_name as private_domain_name
from tests.policy.helpers import violations

ENDPOINT = "vpce-0123456789abcdef0"
ALLOW = {"Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "execute-api:/*"}
DENY = {**ALLOW, "Effect": "Deny", "Condition": {"StringNotEquals": {"aws:SourceVpce": ENDPOINT}}}
PRIVATE = {"types": "PRIVATE"}


def policy(*statements) -> str:
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)})


@pytest.mark.parametrize(
    "props",
    [
        {"endpointConfiguration": PRIVATE, "policy": json.dumps(private_api_policy([ENDPOINT]))},
        {
            "endpointConfiguration": {"types": ["PRIVATE"]},
            "policy": policy(
                ALLOW,
                {**DENY, "Principal": {"AWS": "*"}, "Condition": {"StringNotEquals": {"aws:sourceVpce": [ENDPOINT]}}},
            ),
        },
        {"endpointConfiguration": {"types": "REGIONAL"}},
    ],
    ids=["the-programs-policy", "list-forms-and-key-case", "regional-needs-none"],
)
def test_a_private_domain_name_that_denies_calls_from_outside_its_endpoints_passes(props):
    assert violations(POLICY, DOMAIN_NAME, props) == []


@pytest.mark.parametrize(
    "props, message",
    [
        ({"endpointConfiguration": PRIVATE}, NO_POLICY),
        ({"endpointConfiguration": PRIVATE, "policy": policy(ALLOW)}, NO_DENY),
        ({"endpointConfiguration": PRIVATE, "policy": "not json"}, NO_DENY),
        (
            {
                "endpointConfiguration": PRIVATE,
                "policy": policy(
                    ALLOW, {**DENY, "Condition": {"StringNotEquals": {"aws:SourceVpc": "vpc-0123456789abcdef0"}}}
                ),
            },
            NO_DENY,
        ),
        (
            {
                "endpointConfiguration": PRIVATE,
                "policy": policy(ALLOW, {**DENY, "Condition": {"StringEquals": {"aws:SourceVpce": ENDPOINT}}}),
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
                "policy": policy(ALLOW, {**DENY, "Resource": "execute-api:/GET/orders"}),
            },
            NO_DENY,
        ),
    ],
    ids=[
        "no-policy",
        "allow-only",
        "not-a-document",
        "deny-by-vpc-not-endpoint",
        "deny-from-the-endpoint-itself",
        "deny-for-one-account",
        "deny-for-one-route",
    ],
)
def test_rejects_a_private_domain_name_open_to_calls_from_outside_its_endpoints(props, message):
    assert violations(POLICY, DOMAIN_NAME, props) == [message]


def test_other_resource_types_are_not_checked():
    assert violations(POLICY, "aws:apigatewayv2/domainName:DomainName", {"endpointConfiguration": PRIVATE}) == []


def test_the_private_domain_name_component_passes(region):
    assert violations(POLICY, DOMAIN_NAME, private_domain_name.build(region).one(DOMAIN_NAME).inputs) == []
