"""http-api: client → HTTP API → VPC link v2 → internal ALB, NLB or Cloud Map → demo backend, in both
partitions.

Each test asserts the inputs the program registers: what would be sent to AWS. The
mocks do not prove that API Gateway reaches the backend (VPC link v2 placement,
security-group evaluation and Cloud Map discovery happen in AWS).
"""

import pytest

from components import partition as partitions
from components.access_log import HTTP_ACCESS_LOG_FORMAT
from program.errors import ConfigError
from tests.conftest import assert_children_named_from_components, run_program
from tooling import recorder

OWN_NETWORK = {"vpcId": "vpc-0123456789abcdef0", "subnetIds": ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]}


def own_listener_arn(region, partition, kind="app"):
    return (
        f"arn:{partition}:elasticloadbalancing:{region}:123456789012:"
        f"listener/{kind}/mine/0123456789abcdef/fedcba9876543210"
    )


CLOUD_MAP_SERVICE_ARN = "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-0123456789abcdef"


def http_api(region, **config):
    return run_program(region, scenario="http-api", **config)


def group(plan, name):
    return next(s for s in plan.of_type("aws:ec2/securityGroup:SecurityGroup") if s.name == name)


@pytest.fixture
def plan(region):
    return http_api(region)


def test_api_is_an_http_api(plan):
    assert plan.one("aws:apigatewayv2/api:Api").inputs["protocolType"] == "HTTP"
    assert not plan.of_type("aws:apigateway/restApi:RestApi")


def test_integration_is_http_proxy_any_payload_1_0_over_the_vpc_link_to_the_alb_listener(plan):
    integration = plan.one("aws:apigatewayv2/integration:Integration")
    assert integration.inputs == {
        "apiId": plan.one("aws:apigatewayv2/api:Api").id,
        "integrationType": "HTTP_PROXY",
        "integrationMethod": "ANY",
        "connectionType": "VPC_LINK",
        "connectionId": plan.one("aws:apigatewayv2/vpcLink:VpcLink").id,
        "integrationUri": plan.one("aws:lb/listener:Listener").outputs["arn"],
        "payloadFormatVersion": "1.0",
    }
    assert ":listener/app/" in integration.inputs["integrationUri"]


def test_vpc_link_sits_in_the_private_subnets_with_its_own_security_group(plan):
    link = plan.one("aws:apigatewayv2/vpcLink:VpcLink")
    assert link.inputs["subnetIds"] == plan.one("awsx:ec2:Vpc").outputs["isolatedSubnetIds"]
    assert len(link.inputs["subnetIds"]) == 2
    assert link.inputs["securityGroupIds"] == [group(plan, "vpc-link-v2-sg").id]


def test_vpc_link_security_group_admits_nothing_and_reaches_only_the_backend_port_in_the_vpc(plan):
    link_group = group(plan, "vpc-link-v2-sg")
    assert link_group.inputs["ingress"] == []
    assert link_group.inputs["egress"] == [
        {
            "protocol": "tcp",
            "fromPort": 80,
            "toPort": 80,
            "cidrBlocks": ["10.0.0.0/16"],
            "description": "To the backend",
        }
    ]
    assert link_group.inputs["vpcId"] == plan.one("awsx:ec2:Vpc").id


def test_alb_is_internal_and_admits_its_listener_port_only_from_the_vpc_link(plan):
    alb = plan.one("aws:lb/loadBalancer:LoadBalancer")
    assert (alb.inputs["loadBalancerType"], alb.inputs["internal"], alb.inputs["dropInvalidHeaderFields"]) == (
        "application",
        True,
        True,
    )
    assert alb.inputs["securityGroups"] == [group(plan, "backend-alb-sg").id]
    assert group(plan, "backend-alb-sg").inputs["ingress"] == [
        {
            "protocol": "tcp",
            "fromPort": 80,
            "toPort": 80,
            "securityGroups": [group(plan, "vpc-link-v2-sg").id],
            "description": "Listener, from the VPC link",
        }
    ]
    listener, targets = plan.one("aws:lb/listener:Listener"), plan.one("aws:lb/targetGroup:TargetGroup")
    assert (listener.inputs["port"], listener.inputs["protocol"]) == (80, "HTTP")
    assert listener.inputs["defaultActions"] == [{"type": "forward", "targetGroupArn": targets.outputs["arn"]}]
    assert (targets.inputs["protocol"], targets.inputs["targetType"]) == ("HTTP", "instance")


def test_demo_backend_admits_only_the_alb_and_is_its_target(plan):
    assert group(plan, "demo-backend-sg").inputs["ingress"] == [
        {
            "protocol": "tcp",
            "fromPort": 80,
            "toPort": 80,
            "securityGroups": [group(plan, "backend-alb-sg").id],
            "description": "From the load balancer",
        }
    ]
    attachment = plan.one("aws:lb/targetGroupAttachment:TargetGroupAttachment")
    assert attachment.inputs["targetId"] == plan.one("aws:ec2/instance:Instance").id


def test_no_security_group_admits_or_reaches_the_whole_internet(plan):
    for sg in plan.of_type("aws:ec2/securityGroup:SecurityGroup"):
        for rule in sg.inputs.get("ingress", []) + sg.inputs.get("egress", []):
            assert "0.0.0.0/0" not in rule.get("cidrBlocks", []), sg.name


def test_default_route_requires_iam_and_targets_the_integration(plan):
    route = plan.one("aws:apigatewayv2/route:Route")
    integration = plan.one("aws:apigatewayv2/integration:Integration")
    assert route.inputs == {
        "apiId": plan.one("aws:apigatewayv2/api:Api").id,
        "routeKey": "$default",
        "target": f"integrations/{integration.id}",
        "authorizationType": "AWS_IAM",
    }


def test_default_stage_auto_deploys_and_does_not_prefix_the_backend_path(plan):
    stage = plan.one("aws:apigatewayv2/stage:Stage")
    assert (stage.inputs["name"], stage.inputs["autoDeploy"]) == ("$default", True)
    assert "requestParameters" not in plan.one("aws:apigatewayv2/integration:Integration").inputs


def test_access_logs_go_to_a_log_group_with_retention_and_need_no_account_role(plan):
    stage = plan.one("aws:apigatewayv2/stage:Stage")
    log_group = plan.one("aws:cloudwatch/logGroup:LogGroup")
    assert stage.inputs["accessLogSettings"] == {
        "destinationArn": log_group.outputs["arn"],
        "format": HTTP_ACCESS_LOG_FORMAT,
    }
    assert "$context.requestId" in HTTP_ACCESS_LOG_FORMAT
    assert log_group.inputs["retentionInDays"] == 30
    assert not plan.of_type("aws:apigateway/account:Account") and not plan.of_type("aws:iam/role:Role")


def test_outputs_give_the_endpoint_in_the_partitions_domain_and_a_signed_curl(plan, region, partition, dns_suffix):
    api = plan.one("aws:apigatewayv2/api:Api")
    url = f"https://{api.id}.execute-api.{region}.{dns_suffix}/"
    assert plan.outputs["invokeUrl"] == url
    assert (plan.outputs["apiId"], plan.outputs["partition"], plan.outputs["scenario"]) == (
        api.id,
        partition,
        "http-api",
    )
    assert plan.outputs["curlExamples"] == {
        "$default": (
            f'curl -sS --aws-sigv4 aws:amz:{region}:execute-api --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" '
            f'-H "x-amz-security-token: $AWS_SESSION_TOKEN" {url}'
        )
    }
    assert plan.outputs["vpcLinkSecurityGroupId"] == group(plan, "vpc-link-v2-sg").id


def test_every_child_is_parented_to_a_component_and_named_from_it(plan):
    assert_children_named_from_components(plan)


def test_load_balancer_and_target_group_names_fit_aws_limits(plan):
    for resource in plan.of_type("aws:lb/loadBalancer:LoadBalancer") + plan.of_type("aws:lb/targetGroup:TargetGroup"):
        assert len(resource.name) + 8 <= 32, resource.name


def test_nlb_target_uses_an_internal_nlb_listener_admitting_only_the_vpc_link(region):
    plan = http_api(region, httpApi={"target": "nlb"})
    nlb, listener = plan.one("aws:lb/loadBalancer:LoadBalancer"), plan.one("aws:lb/listener:Listener")
    assert (nlb.inputs["loadBalancerType"], nlb.inputs["internal"]) == ("network", True)
    assert plan.one("aws:apigatewayv2/integration:Integration").inputs["integrationUri"] == listener.outputs["arn"]
    assert ":listener/net/" in listener.outputs["arn"]
    link_group = group(plan, "vpc-link-v2-sg")
    assert group(plan, "backend-nlb-sg").inputs["ingress"] == [
        {
            "protocol": "tcp",
            "fromPort": 80,
            "toPort": 80,
            "securityGroups": [link_group.id],
            "description": "Listener, from the VPC link",
        }
    ]
    assert group(plan, "demo-backend-sg").inputs["ingress"][0]["securityGroups"] == [group(plan, "backend-nlb-sg").id]


def test_cloudmap_target_registers_the_backend_with_its_ipv4_and_port_and_creates_no_load_balancer():
    plan = http_api("us-east-1", httpApi={"target": "cloudmap"})
    assert not plan.of_type("aws:lb/loadBalancer:LoadBalancer")
    assert not plan.of_type("aws:lb/targetGroupAttachment:TargetGroupAttachment")
    namespace = plan.one("aws:servicediscovery/privateDnsNamespace:PrivateDnsNamespace")
    service = plan.one("aws:servicediscovery/service:Service")
    instance = plan.one("aws:servicediscovery/instance:Instance")
    demo = plan.one("aws:ec2/instance:Instance")
    assert (namespace.inputs["name"], namespace.inputs["vpc"]) == (
        "test.apigw-private.internal",
        plan.one("awsx:ec2:Vpc").id,
    )
    assert service.inputs["dnsConfig"] == {
        "namespaceId": namespace.id,
        "routingPolicy": "MULTIVALUE",
        "dnsRecords": [{"type": "A", "ttl": 10}],
    }
    assert instance.inputs == {
        "serviceId": service.id,
        "instanceId": demo.id,
        "attributes": {"AWS_INSTANCE_IPV4": demo.outputs["privateIp"], "AWS_INSTANCE_PORT": "80"},
    }
    assert plan.one("aws:apigatewayv2/integration:Integration").inputs["integrationUri"] == service.outputs["arn"]


def test_cloudmap_backend_admits_only_the_vpc_link():
    plan = http_api("us-east-1", httpApi={"target": "cloudmap"})
    assert group(plan, "demo-backend-sg").inputs["description"] == "Demo backend: its port from the VPC link only"
    assert group(plan, "demo-backend-sg").inputs["ingress"] == [
        {
            "protocol": "tcp",
            "fromPort": 80,
            "toPort": 80,
            "securityGroups": [group(plan, "vpc-link-v2-sg").id],
            "description": "From the VPC link",
        }
    ]


@pytest.mark.parametrize("china", ["cn-northwest-1", "cn-north-1"])
def test_cloudmap_is_refused_in_china_naming_httpapi_target_before_any_resource(china, monkeypatch):
    def no_registration(*args, **kwargs):
        raise AssertionError("a resource monitor was started")

    monkeypatch.setattr(recorder, "RecordingMonitor", no_registration)
    with pytest.raises(ConfigError) as raised:
        http_api(china, httpApi={"target": "cloudmap"})
    assert str(raised.value) == (
        "`httpApi.target` cloudmap is not available in China regions (aws-cn): API Gateway has no Cloud Map private "
        "integrations there; set httpApi.target to alb or nlb"
    )


def test_new_vpc_skips_zones_where_vpc_link_v2_cannot_be_placed():
    # us-east-1e is use1-az3 in the mocks, as in the account AWS's own example shows.
    plan = http_api("us-east-1", network={"availabilityZones": 5})
    assert plan.one("awsx:ec2:Vpc").inputs["availabilityZoneNames"] == [
        "us-east-1a",
        "us-east-1b",
        "us-east-1c",
        "us-east-1d",
        "us-east-1f",
    ]
    assert partitions.vpc_link_v2_excluded_zone_ids("us-east-1") == ("use1-az3",)


def test_zones_come_from_the_regions_own_list_in_china():
    plan = http_api("cn-north-1", network={"availabilityZones": 3})
    assert plan.one("awsx:ec2:Vpc").inputs["availabilityZoneNames"] == ["cn-north-1a", "cn-north-1b", "cn-north-1d"]


def test_own_listener_is_used_in_own_subnets_and_no_network_or_load_balancer_is_created(region, partition):
    listener = own_listener_arn(region, partition)
    plan = http_api(region, network=OWN_NETWORK, backend={"listenerArn": listener, "port": 8080})
    assert not {r.type for r in plan.resources} & {
        "awsx:ec2:Vpc",
        "aws:lb/loadBalancer:LoadBalancer",
        "aws:lb/listener:Listener",
        "aws:ec2/instance:Instance",
        "aws:servicediscovery/privateDnsNamespace:PrivateDnsNamespace",
    }
    assert plan.one("aws:apigatewayv2/integration:Integration").inputs["integrationUri"] == listener
    assert plan.one("aws:apigatewayv2/vpcLink:VpcLink").inputs["subnetIds"] == OWN_NETWORK["subnetIds"]
    link_group = group(plan, "vpc-link-v2-sg")
    assert link_group.inputs["vpcId"] == OWN_NETWORK["vpcId"]
    assert link_group.inputs["egress"] == [
        {
            "protocol": "tcp",
            "fromPort": 8080,
            "toPort": 8080,
            "cidrBlocks": ["172.31.0.0/16"],
            "description": "To the backend",
        }
    ]
    assert plan.outputs["vpcLinkSecurityGroupId"] == link_group.id


def test_own_nlb_listener_fits_the_nlb_target(region, partition):
    listener = own_listener_arn(region, partition, kind="net")
    plan = http_api(region, network=OWN_NETWORK, httpApi={"target": "nlb"}, backend={"listenerArn": listener})
    assert plan.one("aws:apigatewayv2/integration:Integration").inputs["integrationUri"] == listener


def test_own_cloud_map_service_is_used_and_no_namespace_is_created():
    plan = http_api(
        "us-east-1",
        network=OWN_NETWORK,
        httpApi={"target": "cloudmap"},
        backend={"cloudMapServiceArn": CLOUD_MAP_SERVICE_ARN},
    )
    assert not plan.of_type("aws:servicediscovery/privateDnsNamespace:PrivateDnsNamespace")
    assert not plan.of_type("aws:servicediscovery/service:Service")
    assert not plan.of_type("aws:ec2/instance:Instance")
    assert plan.one("aws:apigatewayv2/integration:Integration").inputs["integrationUri"] == CLOUD_MAP_SERVICE_ARN


def test_own_vpc_hosts_the_vpc_link_alb_and_demo_backend(region):
    plan = http_api(region, network=OWN_NETWORK)
    assert not plan.of_type("awsx:ec2:Vpc")
    assert plan.one("aws:apigatewayv2/vpcLink:VpcLink").inputs["subnetIds"] == OWN_NETWORK["subnetIds"]
    assert plan.one("aws:lb/loadBalancer:LoadBalancer").inputs["subnets"] == OWN_NETWORK["subnetIds"]
    assert plan.one("aws:ec2/instance:Instance").inputs["subnetId"] == OWN_NETWORK["subnetIds"][0]
    assert {sg.inputs["vpcId"] for sg in plan.of_type("aws:ec2/securityGroup:SecurityGroup")} == {OWN_NETWORK["vpcId"]}


def test_users_routes_each_get_a_route_and_a_curl_command(region, dns_suffix):
    plan = http_api(region, httpApi={"routes": ["GET /items/{id}", "post /items", "ANY /{proxy+}"]})
    routes = {r.inputs["routeKey"]: r for r in plan.of_type("aws:apigatewayv2/route:Route")}
    assert sorted(routes) == ["ANY /{proxy+}", "GET /items/{id}", "POST /items"]
    assert {r.inputs["target"] for r in routes.values()} == {
        f"integrations/{plan.one('aws:apigatewayv2/integration:Integration').id}"
    }
    examples = plan.outputs["curlExamples"]
    url = plan.outputs["invokeUrl"]
    assert list(examples) == ["GET /items/{id}", "POST /items", "ANY /{proxy+}"]
    assert examples["GET /items/{id}"].endswith(f" {url}items/example")
    assert " -X POST " in examples["POST /items"]
    assert url.endswith(f".execute-api.{region}.{dns_suffix}/")


def test_named_stage_prefixes_the_url_and_overwrites_the_backend_path(region):
    plan = http_api(region, httpApi={"stageName": "v1"})
    assert plan.one("aws:apigatewayv2/stage:Stage").inputs["name"] == "v1"
    assert plan.one("aws:apigatewayv2/integration:Integration").inputs["requestParameters"] == {
        "overwrite:path": "$request.path"
    }
    assert plan.outputs["invokeUrl"].endswith("/v1")


def test_open_routes_when_asked_and_then_unsigned_curl(region):
    plan = http_api(region, httpApi={"authorization": "NONE"})
    assert plan.one("aws:apigatewayv2/route:Route").inputs["authorizationType"] == "NONE"
    assert "--aws-sigv4" not in plan.outputs["curlExamples"]["$default"]


def test_access_logs_off_creates_no_log_group_and_retention_reaches_aws(region):
    off = http_api(region, logging={"accessLogs": False})
    assert not off.of_type("aws:cloudwatch/logGroup:LogGroup")
    assert "accessLogSettings" not in off.one("aws:apigatewayv2/stage:Stage").inputs
    week = http_api(region, logging={"retentionInDays": 7})
    assert week.one("aws:cloudwatch/logGroup:LogGroup").inputs["retentionInDays"] == 7


def test_http_api_component_rejects_malformed_or_repeated_route_keys():
    from components.http_api import HttpApi, HttpApiArgs

    for routes in (["GET items"], ["GET /a", "GET /a"], []):
        with pytest.raises(ValueError, match="`routes` must be distinct route keys"):
            HttpApi("x", HttpApiArgs(vpc_link_id="abc123", integration_uri="uri", routes=routes))
