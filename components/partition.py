"""Partition facts: the only module that spells a partition, a DNS suffix or an ARN.

Everything that differs between the global (`aws`) and China (`aws-cn`)
partitions is data in the tables below, keyed the way AWS keys it: regions by
prefix, endpoint services by name. Every other module asks these functions.

To refresh the China endpoint-service list, run
`aws ec2 describe-vpc-endpoint-services --region cn-north-1` (and cn-northwest-1)
and compare the service names with `_CN_REVERSE_DNS_SERVICES` (docs/aws-facts.md §1.3).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SUPPORTED_PARTITIONS = ("aws", "aws-cn")
DEFAULT_PARTITION = "aws"
"""The partition of every region that no prefix in `_REGION_PREFIXES` names."""


@dataclass(frozen=True)
class PartitionFacts:
    """What a partition calls things."""

    name: str
    dns_suffix: str
    """`amazonaws.com` or `amazonaws.com.cn`: the end of every endpoint host name."""
    reverse_dns_prefix: str
    """`com.amazonaws` or `cn.com.amazonaws`: the start of endpoint service names that use it."""


_PARTITIONS = {
    "aws": PartitionFacts("aws", "amazonaws.com", "com.amazonaws"),
    "aws-cn": PartitionFacts("aws-cn", "amazonaws.com.cn", "cn.com.amazonaws"),
}

# Region prefix → partition, as CDK's region-info keys it. Prefixes of
# partitions apigw-private does not support are listed so the error can say so.
_REGION_PREFIXES = (
    ("cn-", "aws-cn"),
    ("us-gov-", "aws-us-gov"),
    ("us-iso-", "aws-iso"),
    ("us-isob-", "aws-iso-b"),
    ("eu-isoe-", "aws-iso-e"),
    ("us-isof-", "aws-iso-f"),
    ("eusc-", "aws-eusc"),
)

# A region name's shape; `fullmatch` with ASCII classes, so no trailing newline or non-ASCII digit passes.
REGION_PATTERN = re.compile(r"[a-z]{2,4}(-[a-z]+)+-[0-9]{1,2}", re.ASCII)

# The regions of each supported partition, as pulumi-aws 7.51.1 lists them (`pulumi_aws.Region`, from the
# provider's region list, which follows botocore's endpoints.json). The provider skips region validation, so a
# name of the right shape that is no region (eu-central-3, cn-north-3) would fail only at `pulumi up`. To add
# a region AWS has launched since, add it here (check `aws ec2 describe-regions --all-regions`).
REGIONS = {
    "aws": (
        "af-south-1",
        "ap-east-1",
        "ap-east-2",
        "ap-northeast-1",
        "ap-northeast-2",
        "ap-northeast-3",
        "ap-south-1",
        "ap-south-2",
        "ap-southeast-1",
        "ap-southeast-2",
        "ap-southeast-3",
        "ap-southeast-4",
        "ap-southeast-5",
        "ap-southeast-6",
        "ap-southeast-7",
        "ca-central-1",
        "ca-west-1",
        "eu-central-1",
        "eu-central-2",
        "eu-north-1",
        "eu-south-1",
        "eu-south-2",
        "eu-west-1",
        "eu-west-2",
        "eu-west-3",
        "il-central-1",
        "me-central-1",
        "me-south-1",
        "mx-central-1",
        "sa-east-1",
        "us-east-1",
        "us-east-2",
        "us-west-1",
        "us-west-2",
    ),
    "aws-cn": ("cn-north-1", "cn-northwest-1"),
}

# Services whose China endpoint service name is `cn.com.amazonaws.<region>.<svc>`
# (aws-cdk vpc-endpoint.ts, getDefaultEndpointPrefix). Every other service keeps
# `com.amazonaws.<region>.<svc>` in China too (docs/aws-facts.md §1.3).
_CN_REVERSE_DNS_SERVICES_COMMON = frozenset(
    {
        "application-autoscaling",
        "appmesh-envoy-management",
        "athena",
        "autoscaling",
        "awsconnector",
        "backup",
        "batch",
        "cassandra",
        "cloudcontrolapi",
        "cloudformation",
        "codedeploy-commands-secure",
        "databrew",
        "dms",
        "ebs",
        "ec2",
        "ecr.api",
        "ecr.dkr",
        "eks",
        "elasticache",
        "elasticbeanstalk",
        "elasticfilesystem",
        "elasticfilesystem-fips",
        "emr-containers",
        "execute-api",
        "fsx",
        "imagebuilder",
        "iot.data",
        "kinesis-streams",
        "lambda",
        "license-manager",
        "monitoring",
        "rds",
        "redshift",
        "redshift-data",
        "s3",
        "sagemaker.api",
        "sagemaker.featurestore-runtime",
        "sagemaker.runtime",
        "securityhub",
        "servicecatalog",
        "sms",
        "sqs",
        "states",
        "sts",
        "sync-states",
        "synthetics",
        "transcribe",
        "transcribestreaming",
        "transfer",
        "xray",
    }
)
_CN_REVERSE_DNS_SERVICES = {
    "cn-north-1": _CN_REVERSE_DNS_SERVICES_COMMON | {"iotsitewise.api", "iotsitewise.data"},
    "cn-northwest-1": _CN_REVERSE_DNS_SERVICES_COMMON | {"account", "polly", "workspaces"},
}

# Service principals are `<service>.amazonaws.com` in every partition, with
# these exceptions in China (docs/aws-facts.md §4.1, §4.3).
_CN_SERVICE_PRINCIPAL_EXCEPTIONS = frozenset({"ec2", "s3", "codedeploy", "logs", "elasticmapreduce"})

# API Gateway private-integration features and the partitions that offer them. Being
# wrong about one is a one-line change here; settings refuse a feature a partition lacks.
EDGE_OPTIMIZED_API = "edge-optimized REST API"
HTTP_API_CLOUD_MAP = "HTTP API private integration with Cloud Map"
REST_VPC_LINK_V2 = "REST API private integration over VPC link v2"
PRIVATE_CUSTOM_DOMAIN = "private custom domain name (PRIVATE REST APIs)"
REGIONAL_CUSTOM_DOMAIN = "Regional custom domain name (REST and HTTP APIs)"
_PARTITION_FEATURES = {
    # docs/aws-facts.md §3.1: China has no edge-optimized APIs (nor edge-optimized custom domains).
    EDGE_OPTIMIZED_API: frozenset({"aws"}),
    # docs/aws-facts.md §3.2: "Private integrations with Cloud Map for HTTP APIs are not supported" in China.
    HTTP_API_CLOUD_MAP: frozenset({"aws"}),
    # docs/aws-facts.md §3.5: REST → load balancer over VPC link v2 (integrationTarget, Nov 2025) is only mirrored in
    # the China docs, which is no availability statement: UNCONFIRMED there, so refused until confirmed.
    REST_VPC_LINK_V2: frozenset({"aws"}),
    # §11.2 (private custom domains, Nov 2024): not confirmed in China. "Amazon API Gateway – Getting Started
    # with AWS in China" (docs.amazonaws.cn/en_us/aws/latest/userguide/api-gateway.html) says nothing of them,
    # and the China docs contradict each other: the mirror carries "Custom domain names for private APIs"
    # (docs.amazonaws.cn/en_us/apigateway/latest/developerguide/apigateway-private-custom-domains.html) while
    # its "Custom domain name for REST APIs" page still says "Custom domain names are not supported for private
    # APIs" (…/how-to-custom-domains.html). A mirrored page is no availability statement: refused until confirmed.
    PRIVATE_CUSTOM_DOMAIN: frozenset({"aws"}),
    # §3.1, §3.2, §11.1: the same Getting Started page excludes only *edge-optimized* custom domain names and
    # says "All custom domain names require ICP": Regional ones are offered in China, for an account with an
    # ICP filing (recordal) for the name.
    REGIONAL_CUSTOM_DOMAIN: frozenset({"aws", "aws-cn"}),
}

# Availability Zone IDs where VPC link v2 cannot place its network interfaces (docs/aws-facts.md §3.4), from the
# "Availability by Region" table of "Set up VPC links V2 in API Gateway": every zone of a listed
# region that the table leaves out. Regions not listed have no known exclusion; China's rows are
# UNCONFIRMED (the table was read only in part). Refresh from that page.
_VPC_LINK_V2_EXCLUDED_ZONE_IDS = {
    "us-east-1": frozenset({"use1-az3"}),
    "us-west-1": frozenset({"usw1-az2"}),
    "ap-east-1": frozenset({"ape1-az1"}),
}


def offers(partition: str, feature: str) -> bool:
    """Whether `partition` offers `feature` (one of the feature names above)."""
    facts(partition)
    return partition in _PARTITION_FEATURES[feature]


def vpc_link_v2_excluded_zone_ids(region: str) -> tuple[str, ...]:
    """The zone IDs of `region` where a VPC link v2 cannot be placed, sorted; empty when none are known."""
    return tuple(sorted(_VPC_LINK_V2_EXCLUDED_ZONE_IDS.get(region, ())))


class UnsupportedPartitionError(ValueError):
    """The region belongs to a partition apigw-private does not support."""


def partition_of_region(region: str) -> str:
    """The partition a region belongs to: `cn-*` → `aws-cn`, other commercial regions → `aws`."""
    for prefix, partition in _REGION_PREFIXES:
        if region.startswith(prefix):
            return partition
    return DEFAULT_PARTITION


def facts(partition: str) -> PartitionFacts:
    """The facts of a supported partition; raises UnsupportedPartitionError for any other."""
    try:
        return _PARTITIONS[partition]
    except KeyError:
        raise UnsupportedPartitionError(
            f"partition {partition!r} is not supported; supported: {', '.join(SUPPORTED_PARTITIONS)}"
        ) from None


def dns_suffix(partition: str) -> str:
    return facts(partition).dns_suffix


def arn(partition: str, service: str, region: str, account: str, resource: str) -> str:
    """An ARN in `partition`; `region` and `account` may be empty (IAM, S3)."""
    facts(partition)
    return f"arn:{partition}:{service}:{region}:{account}:{resource}"


# `arn:partition:service:region:account:resource`, matched whole with ASCII classes: the account is twelve
# ASCII digits (or `aws` for AWS-owned resources such as managed policies), the resource printable ASCII
# without spaces (ARNs have none).
ARN_PATTERN = re.compile(
    r"arn:(?P<partition>aws(-[a-z]+)*):(?P<service>[a-z0-9-]+):(?P<region>[a-z0-9-]*):"
    r"(?P<account>[0-9]{12}|aws)?:(?P<resource>[!-~]+)",
    re.ASCII,
)


@dataclass(frozen=True)
class Arn:
    partition: str
    service: str
    region: str
    account: str
    resource: str


def parse_arn(value: object) -> Arn | None:
    """The parts of an ARN, or None when `value` is not a string shaped like one as a whole."""
    match = ARN_PATTERN.fullmatch(value) if isinstance(value, str) else None
    if not match:
        return None
    return Arn(**{k: match.group(k) or "" for k in ("partition", "service", "region", "account", "resource")})


def domain_name_execute_api_arn(domain_name_arn: str) -> str:
    """`arn:{partition}:execute-api:{region}:{account}:/domainnames/{name}+{id}`, what an endpoint policy allows to
    call through a private custom domain name, from the name's `arn:{partition}:apigateway:...` ARN."""
    parsed = parse_arn(domain_name_arn)
    if (
        parsed is None
        or parsed.service != "apigateway"
        or not parsed.resource.startswith("/domainnames/")
        or "+" not in parsed.resource
        or not parsed.account
    ):
        raise ValueError(
            f"{domain_name_arn!r} is not the ARN of a private custom domain name "
            f"(arn:PARTITION:apigateway:REGION:ACCOUNT:/domainnames/NAME+ID)"
        )
    return arn(parsed.partition, "execute-api", parsed.region, parsed.account, parsed.resource)


def managed_policy_arn(partition: str, policy_path: str) -> str:
    """An AWS managed policy, e.g. `service-role/AmazonAPIGatewayPushToCloudWatchLogs`."""
    return arn(partition, "iam", "", "aws", f"policy/{policy_path}")


def service_principal(service: str, partition: str) -> str:
    """The IAM service principal of `service` (e.g. `apigateway`) in `partition`."""
    suffix = dns_suffix(partition)
    if partition == "aws-cn" and service not in _CN_SERVICE_PRINCIPAL_EXCEPTIONS:
        suffix = dns_suffix("aws")  # China uses the global form for all but the listed services.
    return f"{service}.{suffix}"


def endpoint_service_name(service: str, region: str) -> str:
    """The interface VPC endpoint service name of `service` in `region`.

    `aws.ec2.get_vpc_endpoint_service(service=...)` always builds the global form
    and fails in China (docs/aws-facts.md §1.4); this is the name to pass explicitly.
    """
    partition = partition_of_region(region)
    prefix = facts("aws").reverse_dns_prefix
    if partition == "aws-cn" and service in _CN_REVERSE_DNS_SERVICES.get(region, _CN_REVERSE_DNS_SERVICES_COMMON):
        prefix = facts("aws-cn").reverse_dns_prefix
    return f"{prefix}.{region}.{service}"


def provider_expanded_service_name(service: str, region: str) -> str:
    """The name `aws.ec2.get_vpc_endpoint_service(service=...)` looks for: the provider always builds the
    global form, in China too, where most services have no such name (docs/aws-facts.md §1.4)."""
    return f"{facts(DEFAULT_PARTITION).reverse_dns_prefix}.{region}.{service}"


def execute_api_host(api_id: str, region: str, partition: str) -> str:
    """`{api_id}.execute-api.{region}.{dnsSuffix}`: an API's default host, and its Host header."""
    return f"{api_id}.execute-api.{region}.{dns_suffix(partition)}"


def invoke_url(api_id: str, region: str, partition: str, stage: str) -> str:
    return f"https://{execute_api_host(api_id, region, partition)}/{stage}"


def vpce_alias_host(api_id: str, vpce_id: str, region: str, partition: str) -> str:
    """`{api_id}-{vpce_id}.execute-api...`: the Route 53 alias of a private API per associated endpoint."""
    return execute_api_host(f"{api_id}-{vpce_id}", region, partition)


def foreign_partition_markers(partition: str) -> tuple[str, ...]:
    """Patterns that must never match the resources of a stack in `partition`.

    Service principals such as `apigateway.amazonaws.com` are correct in both
    partitions (docs/aws-facts.md §4.1), so in China only regional host names count as foreign.
    """
    if partition == "aws-cn":
        return (r"arn:aws:", r"-\d+\.(?:[\w-]+\.)*amazonaws\.com(?!\.cn)")
    return (r"arn:aws-cn:", r"amazonaws\.com\.cn", r"(?<![.\w])cn\.com\.amazonaws")
