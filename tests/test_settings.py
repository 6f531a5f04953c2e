"""Stack config → settings: defaults, and an error naming the key and the fix for every bad value."""

import json

import pytest

from program.errors import ConfigError
from program.settings import load_settings
from tests.conftest import config_for

NLB_ARN = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/mine/0123456789abcdef"
US_ALB_ARN = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/mine/0123456789abcdef"
US_ALB_LISTENER_ARN = US_ALB_ARN.replace(":loadbalancer/", ":listener/") + "/fedcba9876543210"
US_CLOUD_MAP_ARN = "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-0123456789abcdef"
CN_ALB_LISTENER_ARN = US_ALB_LISTENER_ARN.replace("arn:aws:", "arn:aws-cn:").replace("us-east-1", "cn-northwest-1")
CN_CLOUD_MAP_ARN = US_CLOUD_MAP_ARN.replace("arn:aws:", "arn:aws-cn:").replace("us-east-1", "cn-northwest-1")
OWN_NETWORK = {"vpcId": "vpc-0123456789abcdef0", "subnetIds": ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]}


def test_defaults_deploy_with_nothing_but_the_region(region, partition):
    settings = load_settings(config_for(region))
    assert (settings.region, settings.partition, settings.scenario, settings.stage_name) == (
        region,
        partition,
        "rest-regional",
        "dev",
    )
    assert settings.network.new_vpc_cidr_block == "10.0.0.0/16"
    assert settings.network.new_vpc_availability_zones == 2
    assert settings.network.nat_gateways == "none"
    assert settings.backend.is_demo and settings.backend.port == 80
    assert settings.endpoint_type == "REGIONAL"
    assert settings.authorization == "AWS_IAM"
    assert [(r.path, r.method, r.target, r.proxy) for r in settings.routes] == [
        ("/internal-nlb", "GET", "vpcLink", True)
    ]
    log = settings.logging
    assert (log.access_logs, log.execution_level, log.retention_in_days, log.manage_account_role) == (
        True,
        "ERROR",
        30,
        True,
    )


def test_partition_that_agrees_with_the_region_is_accepted(region, partition):
    assert load_settings(config_for(region, partition=partition)).partition == partition


BAD = [
    (
        "missing region",
        {"aws:region": ""},
        "`aws:region` is not set; set it with: pulumi config set aws:region us-east-1 (or cn-northwest-1 for China)",
    ),
    (
        "malformed region",
        {"aws:region": "US East"},
        "`aws:region` must be a region name such as us-east-1 or cn-north-1, got 'US East'",
    ),
    (
        "unsupported partition",
        {"aws:region": "us-gov-west-1"},
        "`aws:region` us-gov-west-1 is in partition aws-us-gov, which apigw-private does not support; "
        "use a region of aws or aws-cn",
    ),
    (
        "partition disagrees",
        {"partition": "aws"},
        "`partition` is 'aws' but aws:region cn-northwest-1 is in partition 'aws-cn'; remove `partition` "
        "(it is derived from aws:region) or set it to 'aws-cn'",
    ),
    (
        "unknown scenario",
        {"scenario": "rest-public"},
        "`scenario` 'rest-public' is not a scenario; valid: rest-regional, rest-private, http-api, cross-account, chained",
    ),
    (
        "unknown key",
        {"stagename": "dev"},
        "unknown config key `stagename`; valid keys: partition, scenario, stageName, network, backend, restApi, "
        "httpApi, logging, endpointPolicy, customDomain, consumers. Remove it with: pulumi config rm stagename",
    ),
    (
        "bad stage name",
        {"stageName": "dev stage"},
        "invalid config: `stageName` may hold only letters, digits, '_' and '-' (1 to 128), got 'dev stage'",
    ),
    (
        "object key given a string",
        {"network": "vpc-123"},
        "`network` must be an object (YAML in the stack file, or JSON text for pulumi config set), got 'vpc-123'; "
        "for one field use: pulumi config set --path network.FIELD VALUE",
    ),
    (
        "public cidr",
        {"network": {"cidrBlock": "8.8.0.0/16"}},
        "invalid config: `network.cidrBlock` must be a private (RFC 1918) range from /16 to /22 such as 10.0.0.0/16, "
        "got '8.8.0.0/16'",
    ),
    (
        "not a cidr",
        {"network": {"cidrBlock": "10.0.0.0/33"}},
        "invalid config: `network.cidrBlock` must be an IPv4 CIDR range such as 10.0.0.0/16, got '10.0.0.0/33'",
    ),
    (
        "too many zones",
        {"network": {"availabilityZones": 9}},
        "invalid config: `network.availabilityZones` must be a number of Availability Zones from 2 to 6, got 9",
    ),
    (
        "own vpc without subnets",
        {"network": {"vpcId": "vpc-0123456789abcdef0"}},
        "invalid config: `network` your own VPC needs both vpcId and subnetIds (its private subnets)",
    ),
    (
        "own and new vpc",
        {
            "network": {
                "vpcId": "vpc-0123456789abcdef0",
                "subnetIds": ["subnet-0123456789abcdef0"],
                "cidrBlock": "10.1.0.0/16",
            }
        },
        "invalid config: `network` give either vpcId and subnetIds (your own VPC) or cidrBlock, availabilityZones and "
        "natGateways (a new VPC), not both",
    ),
    (
        "bad vpc id",
        {"network": {"vpcId": "vpc-xyz", "subnetIds": ["subnet-0123456789abcdef0"]}},
        "invalid config: `network.vpcId` must be a VPC id such as vpc-0123456789abcdef0, got 'vpc-xyz'",
    ),
    (
        "typo in network",
        {"network": {"cidr": "10.0.0.0/16"}},
        "invalid config: `network.cidr` is not a setting of `network`",
    ),
    (
        "nlb arn of another partition",
        {"backend": {"nlbArn": NLB_ARN.replace("us-east-1", "cn-northwest-1")}},
        "invalid config: `backend.nlbArn` is in partition 'aws' but this stack deploys to 'aws-cn' "
        "(aws:region cn-northwest-1); use the ARN of a Network Load Balancer in cn-northwest-1",
    ),
    (
        "alb given as nlbArn",
        {
            "backend": {
                "nlbArn": NLB_ARN.replace("arn:aws:", "arn:aws-cn:")
                .replace("us-east-1", "cn-northwest-1")
                .replace("/net/", "/app/")
            }
        },
        "invalid config: `backend.nlbArn` must be the ARN of a Network Load Balancer, such as "
        "arn:aws-cn:elasticloadbalancing:cn-northwest-1:123456789012:loadbalancer/net/my-name/0123456789abcdef; got "
        "'arn:aws-cn:elasticloadbalancing:cn-northwest-1:123456789012:loadbalancer/app/mine/0123456789abcdef' "
        "(an Application Load Balancer)",
    ),
    (
        "nlb in another region",
        {"backend": {"nlbArn": NLB_ARN.replace("arn:aws:", "arn:aws-cn:").replace("us-east-1", "cn-north-1")}},
        "invalid config: `backend.nlbArn` is in region 'cn-north-1' but this stack deploys to 'cn-northwest-1'; "
        "use a Network Load Balancer in cn-northwest-1",
    ),
    (
        "listener for rest over v1",
        {
            "backend": {
                "listenerArn": NLB_ARN.replace("arn:aws:", "arn:aws-cn:")
                .replace("us-east-1", "cn-northwest-1")
                .replace(":loadbalancer/", ":listener/")
                + "/0123456789abcdef"
            }
        },
        "`backend.listenerArn` does not fit a REST API over VPC link v1, which needs a Network Load Balancer; "
        "set `backend.nlbArn` instead",
    ),
    (
        "link-local cidr",
        {"network": {"cidrBlock": "169.254.0.0/16"}},
        "invalid config: `network.cidrBlock` must be a private (RFC 1918) range from /16 to /22 such as 10.0.0.0/16, "
        "got '169.254.0.0/16'",
    ),
    (
        "alb for a private api over v1",
        {
            "scenario": "rest-private",
            "backend": {
                "loadBalancerArn": NLB_ARN.replace("arn:aws:", "arn:aws-cn:")
                .replace("us-east-1", "cn-northwest-1")
                .replace("/net/", "/app/")
            },
        },
        "`backend.loadBalancerArn` does not fit a REST API over VPC link v1, which needs a Network Load Balancer; set "
        "`backend.nlbArn` instead",
    ),
    (
        "one subnet for a new alb",
        {
            "aws:region": "us-east-1",
            "scenario": "http-api",
            "network": {"vpcId": "vpc-0123456789abcdef0", "subnetIds": ["subnet-0123456789abcdef0"]},
        },
        "`network.subnetIds` lists one subnet, but the internal ALB this creates needs subnets in at least two "
        "Availability Zones; list a private subnet of a second zone",
    ),
    (
        "bad port",
        {"backend": {"port": 70000}},
        "invalid config: `backend.port` must be a TCP port from 1 to 65535, got 70000",
    ),
    (
        "route without slash",
        {"restApi": {"routes": [{"path": "items"}]}},
        "invalid config: `restApi.routes[0].path` must begin with a '/': 'items'",
    ),
    (
        "bad method",
        {"restApi": {"routes": [{"path": "/items", "method": "FETCH"}]}},
        "invalid config: `restApi.routes[0].method` must be one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, "
        "ANY, got 'FETCH'",
    ),
    (
        "duplicate route",
        {"restApi": {"routes": [{"path": "/a"}, {"path": "/a", "method": "get"}]}},
        "invalid config: `restApi.routes` lists GET /a twice",
    ),
    (
        "greedy not last",
        {"restApi": {"routes": [{"path": "/{proxy+}/x"}]}},
        "invalid config: `restApi.routes[0].path` '/{proxy+}/x': a greedy parameter such as {proxy+} must be the "
        "last segment",
    ),
    (
        "unknown backend parameter",
        {"restApi": {"routes": [{"path": "/a", "backendPath": "/{id}"}]}},
        "invalid config: `restApi.routes[0].backendPath` '/{id}' uses {id}, which path '/a' does not define",
    ),
    (
        "http route without url",
        {"restApi": {"routes": [{"path": "/a", "target": "http"}]}},
        "invalid config: `restApi` route GET /a has target 'http' but httpBackendUrl is not set; set "
        "restApi.httpBackendUrl to the service's public URL",
    ),
    (
        "bad target",
        {"restApi": {"routes": [{"path": "/a", "target": "lambda"}]}},
        "invalid config: `restApi.routes[0].target` Input should be 'vpcLink' or 'http', got 'lambda'",
    ),
    (
        "edge in china",
        {"restApi": {"endpointType": "EDGE"}},
        "`restApi.endpointType` EDGE does not exist in China regions (aws-cn); remove it or set it to REGIONAL",
    ),
    (
        "private on regional scenario",
        {"restApi": {"endpointType": "PRIVATE"}},
        "`restApi.endpointType` PRIVATE needs a private scenario; set `scenario` to rest-private, cross-account or "
        "chained, or remove restApi.endpointType",
    ),
    (
        "bad retention",
        {"logging": {"retentionInDays": 31}},
        "invalid config: `logging.retentionInDays` must be one of CloudWatch's periods (1, 3, 5, 7, 14, "
        "30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653), got 31",
    ),
    (
        "bad level",
        {"logging": {"executionLevel": "DEBUG"}},
        "invalid config: `logging.executionLevel` Input should be 'OFF', 'ERROR' or 'INFO', got 'DEBUG'",
    ),
    (
        "rest vpc link v2 in china",
        {"restApi": {"vpcLink": "v2"}},
        "`restApi.vpcLink` v2 is not confirmed in China regions (aws-cn): REST private integrations over VPC link v2 "
        "may not exist there; remove it to use v1 (an NLB over PrivateLink)",
    ),
    (
        "listener for rest over v2",
        {"aws:region": "us-east-1", "restApi": {"vpcLink": "v2"}, "backend": {"listenerArn": US_ALB_LISTENER_ARN}},
        "`backend.listenerArn` does not fit a REST API over VPC link v2, which targets a load balancer; set "
        "`backend.loadBalancerArn` instead",
    ),
    (
        "own load balancer for rest over v2 without network",
        {"aws:region": "us-east-1", "restApi": {"vpcLink": "v2"}, "backend": {"loadBalancerArn": US_ALB_ARN}},
        "`backend.loadBalancerArn` needs `network.vpcId` and `network.subnetIds`: the VPC link v2 puts its network "
        "interfaces in private subnets of your backend's VPC (in zones VPC link v2 supports)",
    ),
    (
        "cloud map in china",
        {"scenario": "http-api", "httpApi": {"target": "cloudmap"}},
        "`httpApi.target` cloudmap is not available in China regions (aws-cn): API Gateway has no Cloud Map private "
        "integrations there; set httpApi.target to alb or nlb",
    ),
    (
        "cloud map service in china",
        {"scenario": "http-api", "network": OWN_NETWORK, "backend": {"cloudMapServiceArn": CN_CLOUD_MAP_ARN}},
        "`backend.cloudMapServiceArn` cannot be used in China regions (aws-cn): API Gateway has no Cloud Map private "
        "integrations there; use backend.listenerArn with an ALB or NLB listener",
    ),
    (
        "nlb arn on http api",
        {
            "scenario": "http-api",
            "backend": {"nlbArn": NLB_ARN.replace("arn:aws:", "arn:aws-cn:").replace("us-east-1", "cn-northwest-1")},
        },
        "`backend.nlbArn` does not fit an HTTP API, whose private integration targets a listener; set "
        "`backend.listenerArn` to your load balancer's listener instead",
    ),
    (
        "alb listener for an nlb target",
        {
            "scenario": "http-api",
            "httpApi": {"target": "nlb"},
            "network": OWN_NETWORK,
            "backend": {"listenerArn": CN_ALB_LISTENER_ARN},
        },
        "`backend.listenerArn` is not a listener of a Network Load Balancer, which `httpApi.target` nlb needs; set "
        "httpApi.target to alb, or use a listener of a Network Load Balancer",
    ),
    (
        "listener for a cloud map target",
        {
            "aws:region": "us-east-1",
            "scenario": "http-api",
            "httpApi": {"target": "cloudmap"},
            "backend": {"listenerArn": US_ALB_LISTENER_ARN},
        },
        "`backend.listenerArn` does not fit `httpApi.target` cloudmap; set httpApi.target to alb or nlb (the listener's "
        "load balancer), or give backend.cloudMapServiceArn instead",
    ),
    (
        "cloud map service without the cloudmap target",
        {"aws:region": "us-east-1", "scenario": "http-api", "backend": {"cloudMapServiceArn": US_CLOUD_MAP_ARN}},
        "`backend.cloudMapServiceArn` needs `httpApi.target` cloudmap, got alb; set it with: pulumi config set --path "
        "httpApi.target cloudmap",
    ),
    (
        "own listener without network",
        {"scenario": "http-api", "backend": {"listenerArn": CN_ALB_LISTENER_ARN}},
        "`backend.listenerArn` needs `network.vpcId` and `network.subnetIds`: the VPC link v2 puts its network "
        "interfaces in private subnets of your backend's VPC (in zones VPC link v2 supports)",
    ),
    (
        "http route key without a path",
        {"scenario": "http-api", "httpApi": {"routes": ["items"]}},
        "invalid config: `httpApi.routes[0]` must be $default or a method and a path such as 'GET /items/{id}', "
        "got 'items'",
    ),
    (
        "http route key with a bad method",
        {"scenario": "http-api", "httpApi": {"routes": ["$default", "FETCH /a"]}},
        "invalid config: `httpApi.routes[1]` must be one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, ANY, "
        "got 'FETCH'",
    ),
    (
        "http route key twice",
        {"scenario": "http-api", "httpApi": {"routes": ["GET /a", "get /a"]}},
        "invalid config: `httpApi.routes` lists GET /a twice",
    ),
    (
        "bad http stage name",
        {"scenario": "http-api", "httpApi": {"stageName": "dev stage"}},
        "invalid config: `httpApi.stageName` must be $default or letters, digits, '_' and '-' (1 to 128), "
        "got 'dev stage'",
    ),
    (
        "httpApi on a rest scenario",
        {"httpApi": {"target": "nlb"}},
        "`httpApi` is used only by scenario http-api; remove it or set `scenario` to http-api",
    ),
    (
        "restApi on http api",
        {"scenario": "http-api", "restApi": {"routes": [{"path": "/a"}]}},
        "`restApi` configures the REST scenarios; http-api reads `httpApi` (target, routes, authorization, stageName); "
        "remove restApi",
    ),
    (
        "two backends",
        {
            "backend": {
                "nlbArn": NLB_ARN.replace("arn:aws:", "arn:aws-cn:").replace("us-east-1", "cn-northwest-1"),
                "loadBalancerArn": NLB_ARN.replace("arn:aws:", "arn:aws-cn:").replace("us-east-1", "cn-northwest-1"),
            }
        },
        "invalid config: `backend` give only one of nlbArn, loadBalancerArn, listenerArn, cloudMapServiceArn; got nlbArn, "
        "loadBalancerArn",
    ),
    (
        "consumers on regional",
        {"consumers": [{"name": "team-a", "vpcEndpointId": "vpce-0123456789abcdef0"}]},
        "`consumers` is used only by the cross-account and chained scenarios; remove it or set `scenario`",
    ),
]


@pytest.mark.parametrize("case, config, message", BAD, ids=[case for case, _, _ in BAD])
def test_rejects_bad_config_naming_the_key_and_the_fix(case, config, message):
    raw = config_for("cn-northwest-1")
    for key, value in config.items():
        full = key if ":" in key else f"apigw-private:{key}"
        raw[full] = value if isinstance(value, str) else json.dumps(value)
    with pytest.raises(ConfigError) as raised:
        load_settings(raw)
    assert str(raised.value) == message


def test_own_vpc_and_subnets_are_taken_as_given():
    settings = load_settings(
        config_for(
            "us-east-1",
            network={
                "vpcId": "vpc-0123456789abcdef0",
                "subnetIds": ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"],
            },
        )
    )
    assert settings.network.uses_own_vpc
    assert settings.network.subnet_ids == ("subnet-0123456789abcdef0", "subnet-0123456789abcdef1")


def test_regional_api_may_be_edge_optimised_in_the_global_partition():
    assert load_settings(config_for("us-east-1", restApi={"endpointType": "EDGE"})).endpoint_type == "EDGE"


def test_authorization_can_be_opened_explicitly():
    assert load_settings(config_for("us-east-1", restApi={"authorization": "NONE"})).authorization == "NONE"
