"""A corpus of bad values over every config key, each refused with its exact one-line message.

Every key the settings read is listed in KEYS with the kind of value it takes; each one is tried
with an explicit null and with a value of the wrong type (a boolean where a number goes, a number
where a string goes, ...). The classes of bad values with rules of their own (ARNs by their whole
structure, route paths by API Gateway's rules, patterns matched whole in ASCII, regions that do
not exist, names AWS forbids, provider keys) follow in VALUES, with the message each gets.
"""

from __future__ import annotations

import json
import re
import typing
from typing import Any

import pytest
from pydantic import BaseModel

from program.errors import ConfigError
from program.settings import Settings, load_settings
from tests.conftest import config_for

REGION = "us-east-1"
ROLE = "arn:aws:iam::210987654321:role/apigw-private-consumer"
NLB = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/mine/0123456789abcdef"
ALB = NLB.replace("/net/", "/app/")
ALB_LISTENER = ALB.replace(":loadbalancer/", ":listener/") + "/fedcba9876543210"
OWN_NETWORK = {"vpcId": "vpc-0123456789abcdef0", "subnetIds": ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]}
CUSTOM_DOMAIN = {
    "domainName": "orders.example.com",
    "certificateArn": "arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
}

# Every key, `--path` form, and the kind of value it takes.
KEYS = {
    "partition": "string",
    "scenario": "string",
    "stageName": "string",
    "network": "object",
    "network.vpcId": "string",
    "network.subnetIds": "list",
    "network.subnetIds[0]": "string",
    "network.cidrBlock": "string",
    "network.availabilityZones": "whole number",
    "network.natGateways": "choice",
    "backend": "object",
    "backend.nlbArn": "string",
    "backend.loadBalancerArn": "string",
    "backend.listenerArn": "string",
    "backend.cloudMapServiceArn": "string",
    "backend.port": "whole number",
    "restApi": "object",
    "restApi.routes": "list",
    "restApi.routes[0]": "object",
    "restApi.routes[0].path": "string",
    "restApi.routes[0].method": "string",
    "restApi.routes[0].target": "choice",
    "restApi.routes[0].proxy": "boolean",
    "restApi.routes[0].backendPath": "string",
    "restApi.httpBackendUrl": "string",
    "restApi.vpcLink": "choice",
    "restApi.loadBalancer": "choice",
    "restApi.endpointType": "choice",
    "restApi.authorization": "choice",
    "restApi.throttling": "object",
    "restApi.throttling.burstLimit": "whole number",
    "restApi.throttling.rateLimit": "number",
    "httpApi": "object",
    "httpApi.target": "choice",
    "httpApi.routes": "list",
    "httpApi.routes[0]": "string",
    "httpApi.authorization": "choice",
    "httpApi.stageName": "string",
    "httpApi.throttling": "object",
    "httpApi.throttling.burstLimit": "whole number",
    "httpApi.throttling.rateLimit": "number",
    "consumers": "list",
    "consumers[0]": "object",
    "consumers[0].name": "string",
    "consumers[0].roleArn": "string",
    "consumers[0].vpcId": "string",
    "consumers[0].subnetIds": "list",
    "consumers[0].subnetIds[0]": "string",
    "consumers[0].cidrBlock": "string",
    "consumers[0].vpcEndpointId": "string",
    "logging": "object",
    "logging.accessLogs": "boolean",
    "logging.executionLevel": "choice",
    "logging.retentionInDays": "whole number",
    "logging.manageAccountRole": "boolean",
    "logging.retainOnDelete": "boolean",
    "customDomain": "object",
    "customDomain.domainName": "string",
    "customDomain.certificateArn": "string",
    "customDomain.basePath": "string",
    "customDomain.hostedZoneId": "string",
    "customDomain.mutualTls": "object",
    "customDomain.mutualTls.truststoreUri": "string",
    "customDomain.mutualTls.truststoreVersion": "string",
    "customDomain.executeApiEndpoint": "boolean",
    "customDomain.organizationSharing": "boolean",
    "endpointPolicy": "object",
    "endpointPolicy.additionalApiArns": "list",
    "endpointPolicy.additionalApiArns[0]": "string",
    "aws:profile": "string",
    "aws:sharedConfigFiles": "list",
    "aws:sharedConfigFiles[0]": "string",
    "aws:sharedCredentialsFiles": "list",
    "aws:sharedCredentialsFiles[0]": "string",
    "aws:assumeRoles": "list",
    "aws:assumeRoles[0]": "object",
    "aws:assumeRoles[0].roleArn": "string",
    "aws:assumeRoles[0].sessionName": "string",
    "aws:assumeRoles[0].externalId": "string",
    "aws:assumeRoles[0].duration": "string",
    "aws:assumeRoles[0].policy": "string",
    "aws:assumeRoles[0].policyArns": "list",
    "aws:assumeRoles[0].policyArns[0]": "string",
    "aws:assumeRoles[0].sourceIdentity": "string",
    "aws:assumeRoles[0].tags": "object",
    "aws:assumeRoles[0].transitiveTagKeys": "list",
    "aws:assumeRoles[0].transitiveTagKeys[0]": "string",
}
# Keys that take one of a few words, and pydantic's list of them.
CHOICES = {
    "network.natGateways": "'none', 'single' or 'onePerAz'",
    "restApi.routes[0].target": "'vpcLink' or 'http'",
    "restApi.vpcLink": "'v1' or 'v2'",
    "restApi.loadBalancer": "'alb' or 'nlb'",
    "restApi.endpointType": "'REGIONAL', 'EDGE' or 'PRIVATE'",
    "restApi.authorization": "'NONE' or 'AWS_IAM'",
    "httpApi.target": "'alb', 'nlb' or 'cloudmap'",
    "httpApi.authorization": "'AWS_IAM' or 'NONE'",
    "logging.executionLevel": "'OFF', 'ERROR' or 'INFO'",
}
# Keys the CLI always hands over as text: a wrong type cannot reach them, a null only as the text `null`.
TEXT_KEYS = ("partition", "scenario", "stageName", "aws:profile")
# What a value of each kind is refused with when it has another type, and a value of another type.
WRONG_TYPE = {
    "string": (1, "must be a string, got 1"),
    "whole number": (True, "must be a whole number, got true"),
    "number": (False, "must be a number, got false"),
    "boolean": (1, "must be true or false, got 1"),
    "list": ({"a": 1}, 'must be a list, got {"a": 1}'),
    "object": ([], "must be an object, got []"),
}

# The smallest config in which each group of keys is read: consumers need a private scenario,
# httpApi the http-api scenario, list items a list to be in.
BASES = [
    ("consumers", {"scenario": "cross-account", "consumers": [{"name": "team-a", "roleArn": ROLE}]}),
    ("httpApi", {"scenario": "http-api"}),
    ("restApi.routes", {"restApi": {"routes": [{"path": "/a"}]}}),
    ("aws:assumeRoles", {"aws:assumeRoles": [{"roleArn": ROLE}]}),
    ("network.subnetIds", {"network": OWN_NETWORK}),
    ("aws:sharedConfigFiles", {"aws:sharedConfigFiles": ["/etc/aws/config"]}),
    ("aws:sharedCredentialsFiles", {"aws:sharedCredentialsFiles": ["/etc/aws/credentials"]}),
    ("customDomain.mutualTls", {"customDomain": {**CUSTOM_DOMAIN, "mutualTls": {"truststoreUri": "s3://b-1/t.pem"}}}),
    ("customDomain.", {"customDomain": CUSTOM_DOMAIN}),
    (
        "endpointPolicy.additionalApiArns",
        {"endpointPolicy": {"additionalApiArns": ["arn:aws:execute-api:us-east-1:111122223333:a1b2c3d4e5/*"]}},
    ),
]


def base_for(key: str) -> dict[str, Any]:
    return json.loads(json.dumps(next((base for prefix, base in BASES if key.startswith(prefix)), {})))


def with_value(config: dict[str, Any], key: str, value: Any) -> dict[str, Any]:
    """`config` with `key` (`--path` form, such as `consumers[0].vpcId`) set to `value`."""
    namespace = re.match(r"aws:", key)
    words = [p for p in re.split(r"\.|(\[\d+\])", key[4:] if namespace else key) if p]
    parts: list[Any] = [int(p[1:-1]) if p.startswith("[") else p for p in words]
    parts[0] = f"aws:{parts[0]}" if namespace else parts[0]
    node: Any = config
    for part, following in zip(parts, parts[1:], strict=False):
        if isinstance(node, dict) and part not in node:
            node[part] = [] if isinstance(following, int) else {}
        elif isinstance(node, list) and part >= len(node):
            node.append([] if isinstance(following, int) else {})
        node = node[part]
    if isinstance(node, list) and parts[-1] >= len(node):
        node.append(value)
    else:
        node[parts[-1]] = value
    return config


def refusal(config: dict[str, Any]) -> str:
    raw = config_for(REGION)
    for key, value in config.items():
        raw[key if ":" in key else f"apigw-private:{key}"] = value if isinstance(value, str) else json.dumps(value)
    with pytest.raises(ConfigError) as raised:
        load_settings(raw)
    message = str(raised.value)
    assert "\n" not in message
    return message


def leaf_keys(model: type[BaseModel], prefix: str = "") -> set[str]:
    """Every key a model reads, `--path` form, with `[0]` for the items of a list and every nested object."""
    found = set()
    for name, field in model.model_fields.items():
        key = f"{prefix}.{field.alias or name}" if prefix else field.alias or name
        found.add(key)
        found |= _keys_of(field.annotation, key)
    return found


def _keys_of(annotation: Any, key: str) -> set[str]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return leaf_keys(annotation, key)
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (tuple, list):
        return {f"{key}[0]"} | _keys_of(args[0], f"{key}[0]")
    return set().union(*(_keys_of(arg, key) for arg in args)) if args and origin is not dict else set()


def test_the_corpus_covers_every_key_the_settings_read():
    read = {key.replace("awsProvider.", "aws:") for key in leaf_keys(Settings)} - {"region", "awsProvider"}
    assert read == set(KEYS)


@pytest.mark.parametrize("key", sorted(set(KEYS) - set(TEXT_KEYS)))
def test_refuses_an_explicit_null_for_every_key_naming_it(key):
    assert refusal(with_value(base_for(key), key, None)) == (
        f"`{key}` is null; give it a value, or remove it to take its default"
    )


@pytest.mark.parametrize("key", sorted(set(KEYS) - set(TEXT_KEYS)))
def test_refuses_a_value_of_the_wrong_type_for_every_key_naming_it(key):
    value, message = (1, f"Input should be {CHOICES[key]}, got 1") if KEYS[key] == "choice" else WRONG_TYPE[KEYS[key]]
    assert refusal(with_value(base_for(key), key, value)) == f"invalid config: `{key}` {message}"


def test_a_null_reaching_a_text_key_is_refused_not_planned_as_the_text_null():
    from tooling import config_keys

    with pytest.raises(ConfigError) as raised:
        config_keys.normalize({"stageName": None})
    assert str(raised.value) == "`stageName` is null; give it a value, or remove it to take its default"


# (case, config, message): every class of bad value that has rules of its own.
VALUES = [
    # Patterns are matched whole, in ASCII.
    (
        "stage name with a trailing newline",
        {"stageName": "dev\n"},
        "invalid config: `stageName` may hold only letters, digits, '_' and '-' (1 to 128), got 'dev\\n'",
    ),
    (
        "stage name with full-width digits",
        {"stageName": "dev１"},
        "invalid config: `stageName` may hold only letters, digits, '_' and '-' (1 to 128), got 'dev１'",
    ),
    (
        "http stage name with a trailing newline",
        {"scenario": "http-api", "httpApi": {"stageName": "qa\n"}},
        "invalid config: `httpApi.stageName` must be $default or letters, digits, '_' and '-' (1 to 128), got 'qa\\n'",
    ),
    (
        "vpc id with a trailing newline",
        {"network": {**OWN_NETWORK, "vpcId": "vpc-0123456789abcdef0\n"}},
        "invalid config: `network.vpcId` must be a VPC id such as vpc-0123456789abcdef0, got 'vpc-0123456789abcdef0\\n'",
    ),
    (
        "subnet id in upper case",
        {"network": {**OWN_NETWORK, "subnetIds": ["subnet-0123456789ABCDEF0"]}},
        "invalid config: `network.subnetIds` must be subnet ids such as subnet-0123456789abcdef0, got "
        "'subnet-0123456789ABCDEF0'",
    ),
    (
        "cidr with full-width digits",
        {"network": {"cidrBlock": "１0.0.0.0/16"}},
        "invalid config: `network.cidrBlock` must be an IPv4 CIDR range such as 10.0.0.0/16, got '１0.0.0.0/16'",
    ),
    (
        "cidr with a host part",
        {"network": {"cidrBlock": "10.0.0.1/16"}},
        "invalid config: `network.cidrBlock` must be an IPv4 CIDR range such as 10.0.0.0/16, got '10.0.0.1/16'",
    ),
    (
        "cidr with a space",
        {"network": {"cidrBlock": " 10.0.0.0/16"}},
        "invalid config: `network.cidrBlock` must be an IPv4 CIDR range such as 10.0.0.0/16, got ' 10.0.0.0/16'",
    ),
    (
        "endpoint id with a trailing newline",
        {"scenario": "cross-account", "consumers": [{"name": "b", "vpcEndpointId": "vpce-0123456789abcdef0\n"}]},
        "invalid config: `consumers[0].vpcEndpointId` must be a VPC endpoint id such as vpce-0123456789abcdef0, got "
        "'vpce-0123456789abcdef0\\n'",
    ),
    (
        "profile with a space at the end",
        {"aws:profile": "platform "},
        "invalid config: `aws:profile` must be a profile name: printable ASCII without spaces at either end, got "
        "'platform '",
    ),
    # Booleans are not numbers, text is not a number, numbers keep to their ranges.
    (
        "retention of true",
        {"logging": {"retentionInDays": True}},
        "invalid config: `logging.retentionInDays` must be a whole number, got true",
    ),
    ("port as text", {"backend": {"port": "80"}}, "invalid config: `backend.port` must be a whole number, got '80'"),
    ("port 0", {"backend": {"port": 0}}, "invalid config: `backend.port` must be a TCP port from 1 to 65535, got 0"),
    (
        "zones as a fraction",
        {"network": {"availabilityZones": 2.5}},
        "invalid config: `network.availabilityZones` must be a whole number, got 2.5",
    ),
    (
        "one zone",
        {"network": {"availabilityZones": 1}},
        "invalid config: `network.availabilityZones` must be a number of Availability Zones from 2 to 6, got 1",
    ),
    (
        "access logs as text",
        {"logging": {"accessLogs": "yes"}},
        "invalid config: `logging.accessLogs` must be true or false, got 'yes'",
    ),
    (
        "throttling rate of true",
        {"restApi": {"throttling": {"rateLimit": True}}},
        "invalid config: `restApi.throttling.rateLimit` must be a number, got true",
    ),
    (
        "throttling rate of zero",
        {"restApi": {"throttling": {"rateLimit": 0}}},
        "invalid config: `restApi.throttling.rateLimit` must be requests per second above 0 and at most 2147483647, "
        "got 0",
    ),
    (
        "throttling rate of NaN",
        {"scenario": "http-api", "httpApi": {"throttling": {"rateLimit": float("nan")}}},
        "invalid config: `httpApi.throttling.rateLimit` must be requests per second above 0 and at most 2147483647, "
        "got nan",
    ),
    (
        "throttling burst of zero",
        {"scenario": "http-api", "httpApi": {"throttling": {"burstLimit": 0}}},
        "invalid config: `httpApi.throttling.burstLimit` must be a number of requests from 1 to 2147483647, got 0",
    ),
    (
        "throttling burst as a fraction",
        {"restApi": {"throttling": {"burstLimit": 10.5}}},
        "invalid config: `restApi.throttling.burstLimit` must be a whole number, got 10.5",
    ),
    (
        "throttling with a typo",
        {"restApi": {"throttling": {"rate": 10}}},
        "invalid config: `restApi.throttling.rate` is not a setting of `restApi.throttling`",
    ),
    # Regions that do not exist.
    (
        "a region that does not exist",
        {"aws:region": "eu-central-3"},
        "`aws:region` eu-central-3 is not a region of partition aws (did you mean eu-central-2?); its regions: "
        "af-south-1, ap-east-1, ap-east-2, ap-northeast-1, ap-northeast-2, ap-northeast-3, ap-south-1, ap-south-2, "
        "ap-southeast-1, ap-southeast-2, ap-southeast-3, ap-southeast-4, ap-southeast-5, ap-southeast-6, "
        "ap-southeast-7, ca-central-1, ca-west-1, eu-central-1, eu-central-2, eu-north-1, eu-south-1, eu-south-2, "
        "eu-west-1, eu-west-2, eu-west-3, il-central-1, me-central-1, me-south-1, mx-central-1, sa-east-1, us-east-1, "
        "us-east-2, us-west-1, us-west-2",
    ),
    (
        "a China region that does not exist",
        {"aws:region": "cn-north-3"},
        "`aws:region` cn-north-3 is not a region of partition aws-cn (did you mean cn-north-1?); its regions: "
        "cn-north-1, cn-northwest-1",
    ),
    (
        "a region with a trailing newline",
        {"aws:region": "us-east-1\n"},
        "`aws:region` must be a region name such as us-east-1 or cn-north-1, got 'us-east-1\\n'",
    ),
    (
        "a region with a full-width digit",
        {"aws:region": "us-east-１"},
        "`aws:region` must be a region name such as us-east-1 or cn-north-1, got 'us-east-１'",
    ),
    (
        "a region of the European Sovereign Cloud",
        {"aws:region": "eusc-de-east-1"},
        "`aws:region` eusc-de-east-1 is in partition aws-eusc, which apigw-private does not support; use a region of "
        "aws or aws-cn",
    ),
    # ARNs, by their whole structure.
    (
        "a truncated NLB ARN",
        {"backend": {"nlbArn": NLB.rsplit("/", 1)[0]}},
        "invalid config: `backend.nlbArn` must be the ARN of a Network Load Balancer, such as "
        "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/my-name/0123456789abcdef; got "
        "'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/mine'",
    ),
    (
        "a Classic load balancer as nlbArn",
        {"backend": {"nlbArn": "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/mine"}},
        "invalid config: `backend.nlbArn` must be the ARN of a Network Load Balancer, such as "
        "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/my-name/0123456789abcdef; got "
        "'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/mine' (a Classic Load Balancer)",
    ),
    (
        "a Gateway load balancer as loadBalancerArn",
        {
            "restApi": {"vpcLink": "v2"},
            "network": OWN_NETWORK,
            "backend": {"loadBalancerArn": NLB.replace("/net/", "/gwy/")},
        },
        "invalid config: `backend.loadBalancerArn` must be the ARN of an Application or Network Load Balancer, such as "
        "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/my-name/0123456789abcdef; got "
        "'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/gwy/mine/0123456789abcdef' "
        "(a Gateway Load Balancer)",
    ),
    (
        "an account of eleven digits",
        {"backend": {"nlbArn": NLB.replace("123456789012", "12345678901")}},
        "invalid config: `backend.nlbArn` must be the ARN of a Network Load Balancer, such as "
        "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/my-name/0123456789abcdef; got "
        "'arn:aws:elasticloadbalancing:us-east-1:12345678901:loadbalancer/net/mine/0123456789abcdef'",
    ),
    (
        "an account of full-width digits",
        {"backend": {"nlbArn": NLB.replace("123456789012", "１２３４５６７８９０１２")}},
        "invalid config: `backend.nlbArn` must be the ARN of a Network Load Balancer, such as "
        "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/my-name/0123456789abcdef; got "
        "'arn:aws:elasticloadbalancing:us-east-1:１２３４５６７８９０１２:loadbalancer/net/mine/0123456789abcdef'",
    ),
    (
        "a listener ARN without its id",
        {
            "scenario": "http-api",
            "network": OWN_NETWORK,
            "backend": {"listenerArn": ALB.replace(":loadbalancer/", ":listener/")},
        },
        "invalid config: `backend.listenerArn` must be the ARN of a listener of an Application or Network Load "
        "Balancer, such as arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/my-name/0123456789abcdef/"
        "fedcba9876543210; got 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/mine/0123456789abcdef'",
    ),
    (
        "a load balancer as listenerArn",
        {"scenario": "http-api", "network": OWN_NETWORK, "backend": {"listenerArn": ALB}},
        "invalid config: `backend.listenerArn` must be the ARN of a listener of an Application or Network Load "
        "Balancer, such as arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/my-name/0123456789abcdef/"
        "fedcba9876543210; got 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/mine/"
        "0123456789abcdef' (an Application Load Balancer)",
    ),
    (
        "a Cloud Map namespace as the service",
        {
            "scenario": "http-api",
            "httpApi": {"target": "cloudmap"},
            "network": OWN_NETWORK,
            "backend": {
                "cloudMapServiceArn": "arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-0123456789abcdef"
            },
        },
        "invalid config: `backend.cloudMapServiceArn` must be the ARN of a Cloud Map service, such as "
        "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-0123456789abcdef; got "
        "'arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-0123456789abcdef'",
    ),
    (
        "a listener with a trailing newline",
        {"scenario": "http-api", "network": OWN_NETWORK, "backend": {"listenerArn": ALB_LISTENER + "\n"}},
        "invalid config: `backend.listenerArn` must be the ARN of a listener of an Application or Network Load "
        "Balancer, such as arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/my-name/0123456789abcdef/"
        f"fedcba9876543210; got '{ALB_LISTENER}\\n'",
    ),
    (
        "a role ARN with a region",
        {"scenario": "cross-account", "consumers": [{"name": "a", "roleArn": ROLE.replace("iam::", "iam:us-east-1:")}]},
        "invalid config: `consumers[0].roleArn` must have no region: an IAM role is global, such as "
        f"{ROLE}; got 'arn:aws:iam:us-east-1:210987654321:role/apigw-private-consumer'",
    ),
    (
        "a role ARN without a name",
        {"scenario": "cross-account", "consumers": [{"name": "a", "roleArn": "arn:aws:iam::210987654321:role/"}]},
        f"invalid config: `consumers[0].roleArn` must be the ARN of an IAM role, such as {ROLE}; got "
        "'arn:aws:iam::210987654321:role/'",
    ),
    (
        "a role name with a space",
        {
            "scenario": "cross-account",
            "consumers": [{"name": "a", "roleArn": "arn:aws:iam::210987654321:role/my role"}],
        },
        f"invalid config: `consumers[0].roleArn` must be the ARN of an IAM role, such as {ROLE}; got "
        "'arn:aws:iam::210987654321:role/my role'",
    ),
    (
        "a user as a role",
        {
            "scenario": "cross-account",
            "consumers": [{"name": "a", "roleArn": "arn:aws:iam::210987654321:user/deployer"}],
        },
        f"invalid config: `consumers[0].roleArn` must be the ARN of an IAM role, such as {ROLE}; got "
        "'arn:aws:iam::210987654321:user/deployer'",
    ),
    (
        "an API of every account",
        {"endpointPolicy": {"additionalApiArns": ["arn:aws:execute-api:us-east-1:*:*"]}},
        "invalid config: `endpointPolicy.additionalApiArns[0]` must be the ARN of an API to invoke, such as "
        "arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/*; got 'arn:aws:execute-api:us-east-1:*:*'",
    ),
    (
        "an API of another region",
        {"endpointPolicy": {"additionalApiArns": ["arn:aws:execute-api:us-west-2:111122223333:a1b2c3d4e5/*"]}},
        "invalid config: `endpointPolicy.additionalApiArns[0]` is in region 'us-west-2' but this stack deploys to "
        "'us-east-1'; use an API to invoke in us-east-1",
    ),
    (
        "an API of another partition",
        {"endpointPolicy": {"additionalApiArns": ["arn:aws-cn:execute-api:us-east-1:111122223333:a1b2c3d4e5/*"]}},
        "invalid config: `endpointPolicy.additionalApiArns[0]` is in partition 'aws-cn' but this stack deploys to "
        "'aws' (aws:region us-east-1); use the ARN of an API to invoke in us-east-1",
    ),
    (
        "the same API twice",
        {"endpointPolicy": {"additionalApiArns": ["arn:aws:execute-api:us-east-1:111122223333:a1b2c3d4e5/*"] * 2}},
        "invalid config: `endpointPolicy.additionalApiArns` lists arn:aws:execute-api:us-east-1:111122223333:"
        "a1b2c3d4e5/* twice",
    ),
    # Route paths, by API Gateway's rules for REST resources and HTTP API route keys.
    (
        "two variables under one parent",
        {"restApi": {"routes": [{"path": "/items/{id}"}, {"path": "/items/{name}"}]}},
        "invalid config: `restApi.routes` gives /items two variable path parts, {id} (/items/{id}) and {name} "
        "(/items/{name}); API Gateway allows one under each parent: use one name",
    ),
    (
        "a greedy variable beside another",
        {"restApi": {"routes": [{"path": "/{proxy+}"}, {"path": "/{id}/x"}]}},
        "invalid config: `restApi.routes` gives / two variable path parts, {proxy+} (/{proxy+}) and {id} (/{id}/x); "
        "API Gateway allows one under each parent: use one name",
    ),
    (
        "a parameter repeated in one path",
        {"restApi": {"routes": [{"path": "/a/{id}/b/{id}"}]}},
        "invalid config: `restApi.routes[0].path` '/a/{id}/b/{id}' uses {id} twice; give each path parameter its "
        "own name",
    ),
    (
        "a character outside a path part's set",
        {"restApi": {"routes": [{"path": "/a~b"}]}},
        "invalid config: `restApi.routes[0].path` '/a~b' has an invalid segment 'a~b'; use letters, digits, '._-' or "
        "a parameter such as {id}",
    ),
    (
        "a trailing slash",
        {"restApi": {"routes": [{"path": "/items/"}]}},
        "invalid config: `restApi.routes[0].path` '/items/' ends with '/'; API Gateway takes no empty path part: "
        "remove the extra '/'",
    ),
    (
        "a double slash",
        {"restApi": {"routes": [{"path": "/items//x"}]}},
        "invalid config: `restApi.routes[0].path` '/items//x' has an empty path part ('//'); API Gateway takes no "
        "empty path part: remove the extra '/'",
    ),
    (
        "a path with a trailing newline",
        {"restApi": {"routes": [{"path": "/items\n"}]}},
        "invalid config: `restApi.routes[0].path` '/items\\n' has an invalid segment 'items\\n'; use letters, digits, "
        "'._-' or a parameter such as {id}",
    ),
    (
        "a backend path with a space",
        {"restApi": {"routes": [{"path": "/a", "backendPath": "/my path"}]}},
        "invalid config: `restApi.routes[0].backendPath` must be '/' or a URL path such as /items/{id} (no spaces, no "
        "empty part), got '/my path'",
    ),
    (
        "a backend path with a double slash",
        {"restApi": {"routes": [{"path": "/a", "backendPath": "//a"}]}},
        "invalid config: `restApi.routes[0].backendPath` must be '/' or a URL path such as /items/{id} (no spaces, no "
        "empty part), got '//a'",
    ),
    (
        "an http backend url with an impossible port",
        {"restApi": {"httpBackendUrl": "https://example.com:70000/"}},
        "invalid config: `restApi.httpBackendUrl` has port 70000, but a port is 1 to 65535: "
        "'https://example.com:70000/'",
    ),
    (
        "an http backend url with port 0",
        {"restApi": {"httpBackendUrl": "http://example.com:0"}},
        "invalid config: `restApi.httpBackendUrl` has port 0, but a port is 1 to 65535: 'http://example.com:0'",
    ),
    (
        "an http backend url with a query",
        {"restApi": {"httpBackendUrl": "https://example.com/?a=1"}},
        "invalid config: `restApi.httpBackendUrl` must be an http:// or https:// URL of a host and an optional port "
        "and path, such as https://example.com/, got 'https://example.com/?a=1'",
    ),
    (
        "an http backend url with an empty host label",
        {"restApi": {"httpBackendUrl": "https://example..com/"}},
        "invalid config: `restApi.httpBackendUrl` must be an http:// or https:// URL of a host and an optional port "
        "and path, such as https://example.com/, got 'https://example..com/'",
    ),
    (
        "an http route key with a trailing slash",
        {"scenario": "http-api", "httpApi": {"routes": ["GET /a/"]}},
        "invalid config: `httpApi.routes[0]` '/a/' ends with '/'; API Gateway takes no empty path part: remove the "
        "extra '/'",
    ),
    (
        "an http route key with two spaces",
        {"scenario": "http-api", "httpApi": {"routes": ["GET  /a"]}},
        "invalid config: `httpApi.routes[0]` must be $default or a method and a path such as 'GET /items/{id}', "
        "got 'GET  /a'",
    ),
    (
        "an http route key with a greedy variable inside",
        {"scenario": "http-api", "httpApi": {"routes": ["ANY /{proxy+}/x"]}},
        "invalid config: `httpApi.routes[0]` '/{proxy+}/x': a greedy parameter such as {proxy+} must be the last "
        "segment",
    ),
    # Names AWS forbids.
    (
        "a consumer named internal",
        {"scenario": "cross-account", "consumers": [{"name": "internal", "roleArn": ROLE}]},
        "invalid config: `consumers[0].name` 'internal' would give load balancer names beginning with 'internal-', "
        "which AWS refuses; choose another name",
    ),
    (
        "a consumer named internal-a",
        {"scenario": "chained", "consumers": [{"name": "internal-a", "roleArn": ROLE}]},
        "invalid config: `consumers[0].name` 'internal-a' would give load balancer names beginning with 'internal-', "
        "which AWS refuses; choose another name",
    ),
    (
        "a consumer name with a trailing newline",
        {"scenario": "cross-account", "consumers": [{"name": "team\n", "roleArn": ROLE}]},
        "invalid config: `consumers[0].name` must be 1 to 10 lower-case letters, digits or '-', starting with a letter "
        "(it names resources), got 'team\\n'",
    ),
    # The aws provider keys the program reads itself.
    (
        "assumeRoles that is not JSON",
        {"aws:assumeRoles": "[{"},
        "`aws:assumeRoles` must be a list (YAML in the stack file, or JSON text for pulumi config set), got '[{'; for "
        "one item use: pulumi config set --path 'aws:assumeRoles[0]' VALUE",
    ),
    (
        "assumeRoles as one object",
        {"aws:assumeRoles": {"roleArn": ROLE}},
        f'invalid config: `aws:assumeRoles` must be a list, got {{"roleArn": "{ROLE}"}}',
    ),
    (
        "an assumed role without roleArn",
        {"aws:assumeRoles": [{"sessionName": "ci"}]},
        "invalid config: `aws:assumeRoles[0].roleArn` is required",
    ),
    (
        "an assumed role with a typo",
        {"aws:assumeRoles": [{"roleArn": ROLE, "session": "ci"}]},
        "invalid config: `aws:assumeRoles[0].session` is not a setting of `aws:assumeRoles[0]`",
    ),
    (
        "an assumed role of another partition",
        {"aws:assumeRoles": [{"roleArn": ROLE.replace(":aws:", ":aws-cn:")}]},
        "invalid config: `aws:assumeRoles[0].roleArn` is in partition 'aws-cn' but this stack deploys to 'aws'; use "
        f"the ARN of an IAM role such as {ROLE}",
    ),
    (
        "a session name with a space",
        {"aws:assumeRoles": [{"roleArn": ROLE, "sessionName": "my ci"}]},
        "invalid config: `aws:assumeRoles[0].sessionName` must be 2 to 64 letters, digits or '+=,.@_-', got 'my ci'",
    ),
    (
        "a duration without a unit",
        {"aws:assumeRoles": [{"roleArn": ROLE, "duration": "3600"}]},
        "invalid config: `aws:assumeRoles[0].duration` must be a duration such as 1h or 15m, got '3600'",
    ),
    (
        "a session policy that is not JSON",
        {"aws:assumeRoles": [{"roleArn": ROLE, "policy": "{"}]},
        "invalid config: `aws:assumeRoles[0].policy` must be an IAM policy document as JSON text, got '{'",
    ),
    (
        "a policy ARN that is a role",
        {"aws:assumeRoles": [{"roleArn": ROLE, "policyArns": [ROLE]}]},
        "invalid config: `aws:assumeRoles[0].policyArns[0]` must be the ARN of an IAM policy, such as "
        f"arn:aws:iam::123456789012:policy/my-boundary; got '{ROLE}' (an IAM role)",
    ),
    (
        "a tag value that is a number",
        {"aws:assumeRoles": [{"roleArn": ROLE, "tags": {"team": 1}}]},
        "invalid config: `aws:assumeRoles[0].tags.team` must be a string, got 1",
    ),
    (
        "shared config files as one path",
        {"aws:sharedConfigFiles": "~/.aws/config"},
        "`aws:sharedConfigFiles` must be a list (YAML in the stack file, or JSON text for pulumi config set), got "
        "'~/.aws/config'; for one item use: pulumi config set --path 'aws:sharedConfigFiles[0]' VALUE",
    ),
    (
        "a shared credentials file with a newline",
        {"aws:sharedCredentialsFiles": ["/etc/aws\n"]},
        "invalid config: `aws:sharedCredentialsFiles[0]` must be a file path: printable ASCII without spaces at either "
        "end, got '/etc/aws\\n'",
    ),
]


@pytest.mark.parametrize("case, config, message", VALUES, ids=[case for case, _, _ in VALUES])
def test_refuses_each_class_of_bad_value_with_one_line_naming_the_key(case, config, message):
    assert refusal(config) == message


GOOD = [
    (
        "a role with a path",
        {
            "scenario": "cross-account",
            "consumers": [{"name": "a", "roleArn": "arn:aws:iam::210987654321:role/teams/platform/deployer"}],
        },
    ),
    (
        "an AWS-managed session policy",
        {
            "aws:assumeRoles": [
                {"roleArn": ROLE, "policyArns": ["arn:aws:iam::aws:policy/ReadOnlyAccess"], "duration": "1h30m"}
            ]
        },
    ),
    (
        "one variable under each parent",
        {
            "restApi": {
                "routes": [
                    {"path": "/items/{id}"},
                    {"path": "/items/{id}/parts/{part}"},
                    {"path": "/items/{id}", "method": "POST"},
                    {"path": "/{proxy+}"},
                    {"path": "/"},
                ]
            }
        },
    ),
    (
        "a backend path with URL characters",
        {"restApi": {"routes": [{"path": "/a/{id}", "backendPath": "/v1/items;type=a/{id}/"}]}},
    ),
    ("an http backend url with a port and a path", {"restApi": {"httpBackendUrl": "https://example.com:8443/base"}}),
    ("throttling lifted to the account quota", {"restApi": {"throttling": {"burstLimit": 5000, "rateLimit": 10000}}}),
    ("a fractional rate", {"scenario": "http-api", "httpApi": {"throttling": {"rateLimit": 0.5, "burstLimit": 1}}}),
    ("logs deleted with the stack", {"logging": {"retainOnDelete": False}}),
    (
        "another account's APIs",
        {
            "endpointPolicy": {
                "additionalApiArns": [
                    "arn:aws:execute-api:us-east-1:111122223333:*/*",
                    "arn:aws:execute-api:us-east-1:111122223333:a1b2c3d4e5/prod/GET/*",
                ]
            }
        },
    ),
    ("a region with four zones", {"aws:region": "us-west-2"}),
]


@pytest.mark.parametrize("case, config", GOOD, ids=[case for case, _ in GOOD])
def test_accepts_good_values_of_the_same_kinds(case, config):
    raw = config_for(REGION)
    for key, value in config.items():
        raw[key if ":" in key else f"apigw-private:{key}"] = value if isinstance(value, str) else json.dumps(value)
    load_settings(raw)


def test_new_settings_have_secure_defaults():
    settings = load_settings(config_for(REGION))
    assert settings.logging.retain_on_delete is True
    for throttling in (settings.rest_api.throttling, settings.http_api.throttling):
        assert (throttling.burst_limit, throttling.rate_limit) == (100, 50.0)
    assert settings.endpoint_policy.additional_api_arns == ()
