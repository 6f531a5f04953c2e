import json

import pytest

from components import policies
from policy.rules.execute_api_endpoints_allow_only_their_apis import (
    NO_POLICY,
    POLICY,
    TOO_WIDE,
    VPC_ENDPOINT,
    VPC_ENDPOINT_POLICY,
)
from tests.policy.helpers import resource, stack_violations

EXECUTE_API = {"vpcEndpointType": "Interface", "serviceName": "com.amazonaws.us-east-1.execute-api"}
CN_EXECUTE_API = {"vpcEndpointType": "Interface", "serviceName": "cn.com.amazonaws.cn-north-1.execute-api"}
OWN_API = "arn:aws:execute-api:us-east-1:123456789012:a1api00001"
FULL_ACCESS = {"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}]}


def allow(*resources, **extra):
    return json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": "*",
                    "Action": "execute-api:Invoke",
                    "Resource": list(resources),
                    **extra,
                }
            ],
        }
    )


def endpoint(**inputs):
    return resource(VPC_ENDPOINT, "endpoint", inputs)


@pytest.mark.parametrize(
    "inputs, messages",
    [
        ({**EXECUTE_API, "policy": json.dumps(policies.execute_api_endpoint_policy([OWN_API]))}, []),
        ({**CN_EXECUTE_API, "policy": allow("arn:aws-cn:execute-api:cn-north-1:123456789012:a1api00001/*")}, []),
        ({**EXECUTE_API, "policy": allow(f"{OWN_API}/*", "arn:aws:execute-api:us-east-1:111122223333:*/*")}, []),
        ({**EXECUTE_API, "policy": policies.execute_api_endpoint_policy([OWN_API])}, []),
        ({"vpcEndpointType": "Interface", "serviceName": "com.amazonaws.us-east-1.logs"}, []),
        ({"vpcEndpointType": "Gateway", "serviceName": "com.amazonaws.us-east-1.s3"}, []),
        (EXECUTE_API, [NO_POLICY]),
        ({**EXECUTE_API, "policy": ""}, [NO_POLICY]),
        ({**EXECUTE_API, "policy": json.dumps(FULL_ACCESS)}, [TOO_WIDE]),
        ({**EXECUTE_API, "policy": allow("arn:aws:execute-api:us-east-1:*:*")}, [TOO_WIDE]),
        ({**EXECUTE_API, "policy": allow(f"{OWN_API}/*", "execute-api:/*")}, [TOO_WIDE]),
        (
            {
                **EXECUTE_API,
                "policy": json.dumps(
                    {
                        "Statement": [
                            {
                                "Effect": "Allow",
                                "Principal": "*",
                                "Action": "execute-api:Invoke",
                                "NotResource": f"{OWN_API}/*",
                            }
                        ]
                    }
                ),
            },
            [TOO_WIDE],
        ),
        ({**EXECUTE_API, "policy": "{not json"}, [TOO_WIDE]),
        (
            {
                **EXECUTE_API,
                "policy": json.dumps(
                    {"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": f"{OWN_API}/*"}]}
                ),
            },
            [TOO_WIDE],
        ),
        ({**EXECUTE_API, "policy": json.dumps({"Statement": []})}, [TOO_WIDE]),
    ],
    ids=[
        "the-stacks-own-api",
        "china",
        "widened-to-one-account",
        "policy-as-an-object",
        "another-service",
        "a-gateway-endpoint",
        "no-policy",
        "empty-policy",
        "full-access",
        "every-account",
        "shorthand-of-any-api",
        "not-resource",
        "unreadable",
        "every-action-on-its-own-api",
        "no-statement",
    ],
)
def test_rejects_execute_api_endpoints_that_can_call_every_api(inputs, messages):
    assert [message for _, message in stack_violations(POLICY, [endpoint(**inputs)])] == messages


def test_a_policy_attached_as_its_own_resource_counts_for_its_endpoint_only():
    own, other = endpoint(**EXECUTE_API), resource(VPC_ENDPOINT, "other", EXECUTE_API)
    attached = resource(
        VPC_ENDPOINT_POLICY,
        "endpoint-policy",
        {
            "vpcEndpointId": "vpce-0123456789abcdef0",
            "policy": json.dumps(policies.execute_api_endpoint_policy([OWN_API])),
        },
        vpcEndpointId=own,
    )
    assert stack_violations(POLICY, [own, other, attached]) == [("other", NO_POLICY)]


def test_an_attached_policy_of_full_access_is_too_wide():
    own = endpoint(**EXECUTE_API)
    attached = resource(
        VPC_ENDPOINT_POLICY,
        "endpoint-policy",
        {"vpcEndpointId": "vpce-0123456789abcdef0", "policy": json.dumps(FULL_ACCESS)},
        vpcEndpointId=own,
    )
    assert stack_violations(POLICY, [own, attached]) == [("endpoint", TOO_WIDE)]
