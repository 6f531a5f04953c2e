"""The partition module: every fact that differs between aws and aws-cn, pinned."""

import pytest

from components import partition


@pytest.mark.parametrize(
    "region, expected",
    [
        ("us-east-1", "aws"),
        ("eu-west-1", "aws"),
        ("ap-southeast-2", "aws"),
        ("cn-north-1", "aws-cn"),
        ("cn-northwest-1", "aws-cn"),
        ("us-gov-west-1", "aws-us-gov"),
    ],
)
def test_region_prefix_selects_the_partition(region, expected):
    assert partition.partition_of_region(region) == expected


@pytest.mark.parametrize(
    "name, suffix, prefix",
    [
        ("aws", "amazonaws.com", "com.amazonaws"),
        ("aws-cn", "amazonaws.com.cn", "cn.com.amazonaws"),
    ],
)
def test_partition_facts_match_get_partition(name, suffix, prefix):
    facts = partition.facts(name)
    assert (facts.dns_suffix, facts.reverse_dns_prefix) == (suffix, prefix)


def test_rejects_a_partition_it_does_not_support():
    with pytest.raises(
        partition.UnsupportedPartitionError, match="'aws-us-gov' is not supported; supported: aws, aws-cn"
    ):
        partition.facts("aws-us-gov")


@pytest.mark.parametrize(
    "service, region, expected",
    [
        ("execute-api", "us-east-1", "com.amazonaws.us-east-1.execute-api"),
        ("execute-api", "cn-north-1", "cn.com.amazonaws.cn-north-1.execute-api"),
        ("execute-api", "cn-northwest-1", "cn.com.amazonaws.cn-northwest-1.execute-api"),
        # Not every China service takes the cn. prefix (docs/aws-facts.md §1.3).
        ("logs", "cn-north-1", "com.amazonaws.cn-north-1.logs"),
        ("ssm", "cn-northwest-1", "com.amazonaws.cn-northwest-1.ssm"),
        ("polly", "cn-northwest-1", "cn.com.amazonaws.cn-northwest-1.polly"),
        ("polly", "cn-north-1", "com.amazonaws.cn-north-1.polly"),
    ],
)
def test_endpoint_service_name_uses_the_china_prefix_only_where_aws_does(service, region, expected):
    assert partition.endpoint_service_name(service, region) == expected


@pytest.mark.parametrize(
    "region, expected",
    [
        ("us-east-1", "com.amazonaws.us-east-1.execute-api"),
        ("cn-north-1", "com.amazonaws.cn-north-1.execute-api"),  # a name China does not have (§1.4)
    ],
)
def test_provider_expands_a_short_service_name_to_the_global_form_in_every_partition(region, expected):
    assert partition.provider_expanded_service_name("execute-api", region) == expected


@pytest.mark.parametrize(
    "feature, offered_in",
    [
        (partition.EDGE_OPTIMIZED_API, {"aws"}),  # docs/aws-facts.md §3.1
        (partition.HTTP_API_CLOUD_MAP, {"aws"}),  # §3.2
        (partition.REST_VPC_LINK_V2, {"aws"}),  # §3.5, unconfirmed in China
        (partition.PRIVATE_CUSTOM_DOMAIN, {"aws"}),  # §11.2, §3.x, unconfirmed in China
        (partition.REGIONAL_CUSTOM_DOMAIN, {"aws", "aws-cn"}),  # §3.1, §11.1: only edge-optimized names are missing
    ],
)
def test_each_feature_is_offered_only_where_aws_offers_it(feature, offered_in):
    assert {name for name in ("aws", "aws-cn") if partition.offers(name, feature)} == offered_in


@pytest.mark.parametrize(
    "region, excluded",
    [
        ("us-east-1", ("use1-az3",)),
        ("us-west-1", ("usw1-az2",)),
        ("ap-east-1", ("ape1-az1",)),
        ("eu-west-1", ()),
        ("cn-northwest-1", ()),  # none known; China's rows unconfirmed (docs/aws-facts.md §3.4)
    ],
)
def test_vpc_link_v2_excludes_the_zones_aws_leaves_out(region, excluded):
    assert partition.vpc_link_v2_excluded_zone_ids(region) == excluded


@pytest.mark.parametrize(
    "service, name, expected",
    [
        ("apigateway", "aws", "apigateway.amazonaws.com"),
        ("apigateway", "aws-cn", "apigateway.amazonaws.com"),
        ("ecs-tasks", "aws-cn", "ecs-tasks.amazonaws.com"),
        ("ec2", "aws", "ec2.amazonaws.com"),
        ("ec2", "aws-cn", "ec2.amazonaws.com.cn"),
    ],
)
def test_service_principal_is_global_in_china_except_listed_services(service, name, expected):
    assert partition.service_principal(service, name) == expected


@pytest.mark.parametrize(
    "name, expected",
    [
        ("aws", "arn:aws:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs"),
        ("aws-cn", "arn:aws-cn:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs"),
    ],
)
def test_managed_policy_arn_is_in_the_partition(name, expected):
    assert partition.managed_policy_arn(name, "service-role/AmazonAPIGatewayPushToCloudWatchLogs") == expected


@pytest.mark.parametrize(
    "region, expected",
    [
        ("us-east-1", "https://abc123defg.execute-api.us-east-1.amazonaws.com/dev"),
        ("cn-northwest-1", "https://abc123defg.execute-api.cn-northwest-1.amazonaws.com.cn/dev"),
    ],
)
def test_invoke_url_ends_in_the_partition_dns_suffix(region, expected):
    assert partition.invoke_url("abc123defg", region, partition.partition_of_region(region), "dev") == expected


def test_parse_arn_reads_every_part():
    arn = partition.parse_arn("arn:aws-cn:elasticloadbalancing:cn-north-1:123456789012:loadbalancer/net/a/0f")
    assert arn == partition.Arn("aws-cn", "elasticloadbalancing", "cn-north-1", "123456789012", "loadbalancer/net/a/0f")
    assert partition.parse_arn("not-an-arn") is None


@pytest.mark.parametrize(
    "name, text, foreign",
    [
        ("aws-cn", "https://a.execute-api.cn-north-1.amazonaws.com/dev", True),
        ("aws-cn", "x.elb.cn-north-1.amazonaws.com", True),
        ("aws-cn", "arn:aws:iam::aws:policy/x", True),
        ("aws-cn", "https://a.execute-api.cn-north-1.amazonaws.com.cn/dev", False),
        ("aws-cn", '{"Service": "apigateway.amazonaws.com"}', False),
        ("aws", "https://a.execute-api.us-east-1.amazonaws.com.cn/dev", True),
        ("aws", "cn.com.amazonaws.us-east-1.execute-api", True),
        ("aws", "com.amazonaws.us-east-1.execute-api", False),
    ],
)
def test_foreign_partition_markers_find_the_other_partitions_names(name, text, foreign):
    import re

    assert any(re.search(m, text) for m in partition.foreign_partition_markers(name)) is foreign


@pytest.mark.parametrize("name, regions", sorted(partition.REGIONS.items()))
def test_every_known_region_is_shaped_like_one_and_in_its_own_partition(name, regions):
    assert regions and len(set(regions)) == len(regions)
    for region in regions:
        assert partition.REGION_PATTERN.fullmatch(region) and partition.partition_of_region(region) == name, region


@pytest.mark.parametrize(
    "value",
    [
        "arn:aws:iam::123456789012:role/x\n",
        "arn:aws:iam::１２３４５６７８９０１２:role/x",
        "arn:aws:iam::123456789012:role/a b",
        "arn:aws:iam::123456789012:",
        "xarn:aws:iam::123456789012:role/x",
        "arn:AWS:iam::123456789012:role/x",
    ],
)
def test_parse_arn_takes_only_a_whole_ascii_arn(value):
    assert partition.parse_arn(value) is None


def test_the_european_sovereign_cloud_is_its_own_partition():
    assert partition.partition_of_region("eusc-de-east-1") == "aws-eusc"


@pytest.mark.parametrize(
    "domain_arn, expected",
    [
        (
            "arn:aws:apigateway:us-east-1:123456789012:/domainnames/orders.example.com+a1b2c3d4e5",
            "arn:aws:execute-api:us-east-1:123456789012:/domainnames/orders.example.com+a1b2c3d4e5",
        ),
        (
            "arn:aws-cn:apigateway:cn-north-1:123456789012:/domainnames/orders.example.com+a1b2c3d4e5",
            "arn:aws-cn:execute-api:cn-north-1:123456789012:/domainnames/orders.example.com+a1b2c3d4e5",
        ),
    ],
)
def test_a_private_domain_names_execute_api_arn_keeps_its_partition_region_account_and_id(domain_arn, expected):
    assert partition.domain_name_execute_api_arn(domain_arn) == expected


@pytest.mark.parametrize(
    "domain_arn",
    [
        "arn:aws:apigateway:us-east-1::/domainnames/orders.example.com",  # a Regional name: no account, no id
        "arn:aws:apigateway:us-east-1::/restapis/a1b2c3d4e5",
    ],
)
def test_rejects_what_is_not_a_private_domain_names_arn(domain_arn):
    with pytest.raises(ValueError, match="is not the ARN of a private custom domain name"):
        partition.domain_name_execute_api_arn(domain_arn)
