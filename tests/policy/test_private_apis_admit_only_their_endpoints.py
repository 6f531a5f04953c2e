import json

import pytest

from components.policies import private_api_policy
from policy.rules.private_apis_admit_only_their_endpoints import POLICY, REST_API
from tests.policy.helpers import violations

PRIVATE = {"types": "PRIVATE", "vpcEndpointIds": ["vpce-0123456789abcdef0"]}
NO_POLICY = ["a PRIVATE REST API has no resource policy: set `policy` to deny execute-api:Invoke unless "
             "aws:SourceVpce is one of its endpoints"]
NO_DENY = ["the resource policy of a PRIVATE REST API does not deny calls from other endpoints: add a Deny of "
           "execute-api:Invoke with a StringNotEquals condition on aws:SourceVpce (or aws:SourceVpc)"]
ALLOW = {"Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "execute-api:/*"}


def policy(*statements) -> str:
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)})


@pytest.mark.parametrize("props, messages", [
    ({"endpointConfiguration": PRIVATE, "policy": json.dumps(private_api_policy(["vpce-0123456789abcdef0"]))}, []),
    ({"endpointConfiguration": PRIVATE, "policy": policy(ALLOW, {
        **ALLOW, "Effect": "Deny", "Action": ["execute-api:*"],
        "Condition": {"StringNotEqualsIfExists": {"aws:sourceVpc": "vpc-0123456789abcdef0"}}})}, []),
    ({"endpointConfiguration": {"types": "REGIONAL"}}, []),
    ({"endpointConfiguration": PRIVATE}, NO_POLICY),
    ({"endpointConfiguration": {"types": ["PRIVATE"]}}, NO_POLICY),
    ({"endpointConfiguration": PRIVATE, "policy": policy(ALLOW)}, NO_DENY),
    ({"endpointConfiguration": PRIVATE, "policy": policy(ALLOW, {
        **ALLOW, "Effect": "Deny", "Condition": {"StringEquals": {"aws:SourceVpce": "vpce-0123456789abcdef0"}}})},
     NO_DENY),
    ({"endpointConfiguration": PRIVATE, "policy": policy(ALLOW, {
        **ALLOW, "Effect": "Deny", "Condition": {"NotIpAddress": {"aws:SourceIp": "10.0.0.0/8"}}})}, NO_DENY),
], ids=["the-programs-policy", "deny-outside-a-vpc", "regional-needs-none", "no-policy", "no-policy-list-form", "allow-only",
        "deny-from-the-endpoint-itself", "deny-by-source-ip"])
def test_private_api_denies_requests_from_outside_its_endpoints(props, messages):
    assert violations(POLICY, REST_API, props) == messages
