"""The offline mocks: answer like AWS in the stack's partition, fail loudly otherwise."""

import json
import re

import pulumi
import pytest

from components import partition as partitions
from program.errors import ConfigError
from tests.conftest import PARTITION_OF, run_program, run_program_uncached
from tooling import mocks as aws_mocks
from tooling import offline, stack_files


def test_mocks_fail_loudly_on_an_invoke_they_do_not_know():
    mocks = aws_mocks.AwsMocks("us-east-1", "test")
    with pytest.raises(aws_mocks.UnknownToMocks, match="do not know the invoke aws:ec2/getSubnets:getSubnets"):
        mocks.call(pulumi.runtime.MockCallArgs("aws:ec2/getSubnets:getSubnets", {}, ""))


def test_mocks_fail_loudly_on_a_resource_type_they_do_not_know():
    mocks = aws_mocks.AwsMocks("us-east-1", "test")
    args = pulumi.runtime.MockResourceArgs("aws:s3/bucket:Bucket", "b", {}, custom=True)
    with pytest.raises(aws_mocks.UnknownToMocks, match="do not know the resource type aws:s3/bucket:Bucket"):
        mocks.new_resource(args)


@pytest.mark.parametrize(
    "region, partition, suffix, prefix",
    [
        ("us-east-1", "aws", "amazonaws.com", "com.amazonaws"),
        ("cn-north-1", "aws-cn", "amazonaws.com.cn", "cn.com.amazonaws"),
    ],
)
def test_get_partition_answers_with_the_partitions_wire_names(region, partition, suffix, prefix):
    answer = aws_mocks.AwsMocks(region, "t").call(
        pulumi.runtime.MockCallArgs("aws:index/getPartition:getPartition", {}, "")
    )
    assert answer == {"id": partition, "partition": partition, "dnsSuffix": suffix, "reverseDnsPrefix": prefix}


@pytest.mark.parametrize(
    "region, names",
    [
        ("cn-north-1", ["cn-north-1a", "cn-north-1b", "cn-north-1d"]),
        ("cn-northwest-1", ["cn-northwest-1a", "cn-northwest-1b", "cn-northwest-1c"]),
    ],
)
def test_china_zone_names_are_the_regions_own(region, names):
    answer = aws_mocks.AwsMocks(region, "t").call(
        pulumi.runtime.MockCallArgs("aws:index/getAvailabilityZones:getAvailabilityZones", {"state": "available"}, "")
    )
    assert answer["names"] == names


def consumers_in(region):
    return [
        {"name": "team-a", "roleArn": partitions.arn(PARTITION_OF[region], "iam", "", "210987654321", "role/x")},
        {"name": "team-b", "vpcEndpointId": "vpce-0123456789abcdef0"},
    ]


@pytest.mark.parametrize(
    "region, config",
    [
        ("us-east-1", {}),
        ("cn-northwest-1", {}),
        ("cn-north-1", {}),
        ("us-east-1", {"scenario": "http-api", "httpApi": {"target": "cloudmap"}}),
        ("cn-northwest-1", {"scenario": "http-api"}),
        ("cn-north-1", {"scenario": "http-api", "httpApi": {"target": "nlb"}}),
        ("us-east-1", {"restApi": {"vpcLink": "v2"}}),
        *[
            (region, {"scenario": scenario, "consumers": consumers_in(region)})
            for scenario in ("cross-account", "chained")
            for region in ("us-east-1", "cn-northwest-1", "cn-north-1")
        ],
        *[(region, {"scenario": "rest-private"}) for region in ("us-east-1", "cn-north-1")],
    ],
    ids=[
        "us-east-1",
        "cn-northwest-1",
        "cn-north-1",
        "http-api-cloudmap-us-east-1",
        "http-api-alb-cn-northwest-1",
        "http-api-nlb-cn-north-1",
        "rest-vpc-link-v2-us-east-1",
        *[f"{s}-{r}" for s in ("cross-account", "chained") for r in ("us-east-1", "cn-northwest-1", "cn-north-1")],
        "rest-private-us-east-1",
        "rest-private-cn-north-1",
    ],
)
def test_no_input_or_output_names_another_partition(region, config):
    """Every scenario, with consumers deployed through an assumed role and admitted by endpoint id."""
    plan = run_program(region, **config)
    text = json.dumps([[r.inputs, r.outputs] for r in plan.resources] + [plan.outputs])
    for marker in partitions.foreign_partition_markers(PARTITION_OF[region]):
        assert not re.search(marker, text), marker


def test_ids_are_shaped_like_aws_and_differ_between_stacks():
    first, second = run_program("us-east-1", stack="a"), run_program("us-east-1", stack="b")
    api_a, api_b = first.one("aws:apigateway/restApi:RestApi").id, second.one("aws:apigateway/restApi:RestApi").id
    assert re.fullmatch(r"[a-z0-9]{10}", api_a) and api_a != api_b
    assert re.fullmatch(r"vpc-[0-9a-f]{17}", first.one("awsx:ec2:Vpc").id)


def test_the_same_config_registers_the_same_resources():
    def snapshot(plan):
        return sorted((r.urn, json.dumps(r.inputs, sort_keys=True)) for r in plan.resources)

    assert snapshot(run_program_uncached("cn-northwest-1")) == snapshot(run_program_uncached("cn-northwest-1"))


def test_project_defaults_are_applied_as_the_cli_does():
    assert stack_files.project_defaults() == {
        "apigw-private:partition": "",
        "apigw-private:scenario": "rest-regional",
        "apigw-private:stageName": "dev",
    }


def test_stack_file_and_overrides_win_over_project_defaults():
    config = stack_files.stack_config("dev-cn", {"stageName": "qa", "apigw-private:scenario": "rest-regional"})
    assert config["aws:region"] == "cn-northwest-1"
    assert config["apigw-private:stageName"] == "qa"


def test_a_missing_stack_file_is_a_config_error_listing_the_stacks():
    with pytest.raises(ConfigError, match=r"no stack file Pulumi.nope.yaml; stacks here: dev, dev-cn"):
        stack_files.stack_config("nope")


@pytest.mark.parametrize("stack", ["dev", "dev-cn"])
def test_every_stack_file_plans(stack):
    plan = offline.plan(stack)
    assert plan.outputs["invokeUrl"].startswith("https://")


@pytest.mark.parametrize("region, found", [("us-east-1", True), ("cn-north-1", False)])
def test_endpoint_service_lookup_by_short_name_fails_in_china_as_the_provider_does(region, found):
    mocks = aws_mocks.AwsMocks(region, "t")
    lookup = pulumi.runtime.MockCallArgs(
        "aws:ec2/getVpcEndpointService:getVpcEndpointService", {"service": "execute-api"}, ""
    )
    if found:
        assert mocks.call(lookup)["serviceName"] == "com.amazonaws.us-east-1.execute-api"
    else:
        with pytest.raises(
            ValueError, match="no matching VPC Endpoint Service found for com.amazonaws.cn-north-1.execute-api"
        ):
            mocks.call(lookup)
    by_name = pulumi.runtime.MockCallArgs(
        "aws:ec2/getVpcEndpointService:getVpcEndpointService",
        {"serviceName": partitions.endpoint_service_name("execute-api", region)},
        "",
    )
    assert mocks.call(by_name)["availabilityZones"] == [zone for zone, _ in aws_mocks.availability_zones(region)]


@pytest.mark.parametrize("region", [r for regions in partitions.REGIONS.values() for r in regions])
def test_every_region_settings_accept_has_its_zones_in_the_mocks_and_plans_the_defaults(region):
    zones = aws_mocks.availability_zones(region)
    assert len(zones) >= 2 and all(name.startswith(region) for name, _ in zones)
    assert len({zone_id for _, zone_id in zones}) == len(zones)
    # The scenario whose zones are the most constrained (VPC link v2 skips some zone IDs).
    assert len(run_program(region, scenario="http-api").one("awsx:ec2:Vpc").inputs["availabilityZoneNames"]) == 2


@pytest.mark.parametrize(
    "region, count",
    [("us-west-2", 4), ("us-east-1", 6), ("us-west-1", 2), ("ap-northeast-2", 4), ("eu-west-1", 3), ("cn-north-1", 3)],
)
def test_regions_have_their_real_zone_count(region, count):
    assert len(aws_mocks.availability_zones(region)) == count


def test_a_good_config_using_every_zone_of_us_west_2_plans():
    plan = run_program("us-west-2", scenario="rest-private", network={"availabilityZones": 4})
    assert plan.one("awsx:ec2:Vpc").inputs["availabilityZoneNames"] == [
        "us-west-2a",
        "us-west-2b",
        "us-west-2c",
        "us-west-2d",
    ]


def test_a_region_the_mocks_do_not_know_fails_loudly():
    with pytest.raises(aws_mocks.UnknownToMocks, match="do not know the zones of eu-central-3"):
        aws_mocks.availability_zones("eu-central-3")


def test_an_endpoint_policy_resource_is_known_by_its_endpoints_id():
    mocks = aws_mocks.AwsMocks("us-east-1", "t")
    answer = mocks.new_resource(
        pulumi.runtime.MockResourceArgs(
            "aws:ec2/vpcEndpointPolicy:VpcEndpointPolicy",
            "execute-api-endpoint-policy",
            {"vpcEndpointId": "vpce-0123456789abcdef0", "policy": "{}"},
            "",
            None,
            True,
        )
    )
    assert answer == ("vpce-0123456789abcdef0", {"vpcEndpointId": "vpce-0123456789abcdef0", "policy": "{}"})
