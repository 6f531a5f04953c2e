"""Policy documents as pure functions: the execute-api endpoint policy allows invoking the stack's APIs only."""

import pytest

from components import partition, policies

ACCOUNT = "123456789012"


def execution_arn(partition_name: str, region: str, api_id: str, account: str = ACCOUNT) -> str:
    return partition.arn(partition_name, "execute-api", region, account, api_id)


@pytest.mark.parametrize("region", ["us-east-1", "cn-northwest-1"])
def test_endpoint_policy_allows_invoking_only_the_given_apis_on_every_stage_and_path(region):
    name = partition.partition_of_region(region)
    document = policies.execute_api_endpoint_policy([execution_arn(name, region, "b2api00002"),
                                                     execution_arn(name, region, "a1api00001", "210987654321")])
    assert document == {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke",
        "Resource": [f"arn:{name}:execute-api:{region}:{ACCOUNT}:b2api00002/*",
                     f"arn:{name}:execute-api:{region}:210987654321:a1api00001/*"]}]}


@pytest.mark.parametrize("apis, additional, resources", [
    (["a1api00001"], [], ["arn:aws:execute-api:us-east-1:123456789012:a1api00001/*"]),
    (["a1api00001", "a1api00001"], [], ["arn:aws:execute-api:us-east-1:123456789012:a1api00001/*"]),
    (["a1api00001"], ["arn:aws:execute-api:us-east-1:111122223333:*/*"],
     ["arn:aws:execute-api:us-east-1:111122223333:*/*", "arn:aws:execute-api:us-east-1:123456789012:a1api00001/*"]),
    ([], ["arn:aws:execute-api:us-east-1:111122223333:z9api00009/prod/GET/*"],
     ["arn:aws:execute-api:us-east-1:111122223333:z9api00009/prod/GET/*"]),
], ids=["one-api", "the-same-api-twice", "widened-to-another-accounts-apis", "only-additional"])
def test_endpoint_policy_is_widened_only_by_the_additional_arns(apis, additional, resources):
    document = policies.execute_api_endpoint_policy([execution_arn("aws", "us-east-1", api) for api in apis],
                                                    additional)
    assert document["Statement"][0]["Resource"] == resources


@pytest.mark.parametrize("apis, message", [
    ([], "an execute-api endpoint policy needs at least one API"),
    (["arn:aws:execute-api:us-east-1:123456789012:a1api00001/*"],
     "'arn:aws:execute-api:us-east-1:123456789012:a1api00001/*' is not the execution ARN of an API "
     "(arn:PARTITION:execute-api:REGION:ACCOUNT:API_ID)"),
    (["arn:aws:apigateway:us-east-1::/restapis/a1api00001"],
     "'arn:aws:apigateway:us-east-1::/restapis/a1api00001' is not the execution ARN of an API "
     "(arn:PARTITION:execute-api:REGION:ACCOUNT:API_ID)"),
    (["a1api00001"], "'a1api00001' is not the execution ARN of an API (arn:PARTITION:execute-api:REGION:ACCOUNT:API_ID)"),
], ids=["no-api", "already-a-resource", "the-api-arn-not-its-execution-arn", "a-bare-id"])
def test_endpoint_policy_rejects_what_is_not_an_apis_execution_arn(apis, message):
    with pytest.raises(ValueError) as raised:
        policies.execute_api_endpoint_policy(apis)
    assert str(raised.value) == message
