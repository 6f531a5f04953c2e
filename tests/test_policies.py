"""Policy documents as pure functions: the execute-api endpoint policy allows invoking the stack's APIs only."""

import pytest

from components import partition, policies

ACCOUNT = "123456789012"


def execution_arn(partition_name: str, region: str, api_id: str, account: str = ACCOUNT) -> str:
    return partition.arn(partition_name, "execute-api", region, account, api_id)


@pytest.mark.parametrize("region", ["us-east-1", "cn-northwest-1"])
def test_endpoint_policy_allows_invoking_only_the_given_apis_on_every_stage_and_path(region):
    name = partition.partition_of_region(region)
    document = policies.execute_api_endpoint_policy(
        [execution_arn(name, region, "b2api00002"), execution_arn(name, region, "a1api00001", "210987654321")]
    )
    assert document == {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": "*",
                "Action": "execute-api:Invoke",
                "Resource": [
                    f"arn:{name}:execute-api:{region}:{ACCOUNT}:b2api00002/*",
                    f"arn:{name}:execute-api:{region}:210987654321:a1api00001/*",
                ],
            }
        ],
    }


@pytest.mark.parametrize(
    "apis, additional, resources",
    [
        (["a1api00001"], [], ["arn:aws:execute-api:us-east-1:123456789012:a1api00001/*"]),
        (["a1api00001", "a1api00001"], [], ["arn:aws:execute-api:us-east-1:123456789012:a1api00001/*"]),
        (
            ["a1api00001"],
            ["arn:aws:execute-api:us-east-1:111122223333:*/*"],
            [
                "arn:aws:execute-api:us-east-1:111122223333:*/*",
                "arn:aws:execute-api:us-east-1:123456789012:a1api00001/*",
            ],
        ),
        (
            [],
            ["arn:aws:execute-api:us-east-1:111122223333:z9api00009/prod/GET/*"],
            ["arn:aws:execute-api:us-east-1:111122223333:z9api00009/prod/GET/*"],
        ),
    ],
    ids=["one-api", "the-same-api-twice", "widened-to-another-accounts-apis", "only-additional"],
)
def test_endpoint_policy_is_widened_only_by_the_additional_arns(apis, additional, resources):
    document = policies.execute_api_endpoint_policy(
        [execution_arn("aws", "us-east-1", api) for api in apis], additional
    )
    assert document["Statement"][0]["Resource"] == resources


@pytest.mark.parametrize(
    "apis, message",
    [
        ([], "an execute-api endpoint policy needs at least one API"),
        (
            ["arn:aws:execute-api:us-east-1:123456789012:a1api00001/*"],
            "'arn:aws:execute-api:us-east-1:123456789012:a1api00001/*' is not the execution ARN of an API "
            "(arn:PARTITION:execute-api:REGION:ACCOUNT:API_ID)",
        ),
        (
            ["arn:aws:apigateway:us-east-1::/restapis/a1api00001"],
            "'arn:aws:apigateway:us-east-1::/restapis/a1api00001' is not the execution ARN of an API "
            "(arn:PARTITION:execute-api:REGION:ACCOUNT:API_ID)",
        ),
        (
            ["a1api00001"],
            "'a1api00001' is not the execution ARN of an API (arn:PARTITION:execute-api:REGION:ACCOUNT:API_ID)",
        ),
    ],
    ids=["no-api", "already-a-resource", "the-api-arn-not-its-execution-arn", "a-bare-id"],
)
def test_endpoint_policy_rejects_what_is_not_an_apis_execution_arn(apis, message):
    with pytest.raises(ValueError) as raised:
        policies.execute_api_endpoint_policy(apis)
    assert str(raised.value) == message


@pytest.mark.parametrize("region", ["us-east-1", "cn-northwest-1"])
def test_endpoint_policy_allows_calls_through_a_private_custom_domain_name_and_its_api(region):
    name = partition.partition_of_region(region)
    domain = partition.arn(name, "execute-api", region, ACCOUNT, "/domainnames/orders.internal.example.com+a1b2c3d4e5")
    document = policies.execute_api_endpoint_policy(
        [execution_arn(name, region, "a1api00001")], domain_execute_api_arns=[domain]
    )
    assert document["Statement"][0]["Resource"] == [domain, f"arn:{name}:execute-api:{region}:{ACCOUNT}:a1api00001/*"]


@pytest.mark.parametrize(
    "domain",
    [
        "arn:aws:apigateway:us-east-1:123456789012:/domainnames/orders.internal.example.com+a1b2c3d4e5",
        "arn:aws:execute-api:us-east-1:*:/domainnames/orders.internal.example.com+a1b2c3d4e5",
        "arn:aws:execute-api:us-east-1:123456789012:a1api00001/*",
    ],
    ids=["the-apigateway-arn", "any-account", "an-api"],
)
def test_endpoint_policy_rejects_what_is_not_a_domain_names_execute_api_arn(domain):
    with pytest.raises(ValueError) as raised:
        policies.execute_api_endpoint_policy(
            [execution_arn("aws", "us-east-1", "a1api00001")], domain_execute_api_arns=[domain]
        )
    assert str(raised.value) == (
        f"{domain!r} is not the execute-api ARN of a private custom domain name "
        f"(arn:PARTITION:execute-api:REGION:ACCOUNT:/domainnames/NAME+ID)"
    )
