"""rest-regional with `restApi.vpcLink: v2`: REST API → VPC link v2 → internal ALB → demo backend.

Built in the global partition; refused in China, where REST private integrations over
VPC link v2 are unconfirmed (docs/aws-facts.md §3.5). The API is one imported OpenAPI body,
as over v1: each VPC-link integration names the load balancer in `integrationTarget`
(§9.4), so 400 routes register what 10 do. The mocks do not prove that AWS accepts a stage
variable as a v2 `connectionId` (AWS documents `${stageVariables.vpcLinkV2Id}`) or
that it prepends the stage to the backend path (§9.2).
"""

import json

import pytest

from components import openapi
from components import partition as partitions
from components.openapi import Route, VpcLinkBackend
from program.errors import ConfigError
from tests.conftest import assert_children_named_from_components, run_program
from tooling import recorder

OWN_NETWORK = {"vpcId": "vpc-0123456789abcdef0", "subnetIds": ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]}
OWN_ALB_ARN = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/mine/0123456789abcdef"
OWN_NLB_ARN = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/mine/0123456789abcdef"
V2 = {"vpcLink": "v2"}


def v2(region="us-east-1", **config):
    config["restApi"] = {**V2, **config.get("restApi", {})}
    return run_program(region, **config)


def integrations(plan) -> dict[str, dict]:
    """`METHOD /path` → the `x-amazon-apigateway-integration` of the imported body."""
    body = json.loads(plan.one("aws:apigateway/restApi:RestApi").inputs["body"])
    return {
        f"{method.upper()} {path}": operation[openapi.INTEGRATION_KEY]
        for path, item in body["paths"].items()
        for method, operation in item.items()
    }


def group(plan, name):
    return next(s for s in plan.of_type("aws:ec2/securityGroup:SecurityGroup") if s.name == name)


@pytest.fixture(scope="module")
def plan():
    return v2()


def test_builds_in_the_global_partition_and_is_refused_in_china_before_any_resource(region, partition, monkeypatch):
    if partitions.offers(partition, partitions.REST_VPC_LINK_V2):
        assert v2(region).one("aws:apigatewayv2/vpcLink:VpcLink")
        return

    def no_registration(*args, **kwargs):
        raise AssertionError("a resource monitor was started")

    monkeypatch.setattr(recorder, "RecordingMonitor", no_registration)
    with pytest.raises(ConfigError) as raised:
        v2(region)
    assert str(raised.value) == (
        "`restApi.vpcLink` v2 is not confirmed in China regions (aws-cn): REST private integrations over VPC link v2 "
        "may not exist there; remove it to use v1 (an NLB over PrivateLink)"
    )


def test_a_vpc_link_v2_and_an_internal_alb_replace_the_v1_link_and_the_nlb(plan):
    assert not plan.of_type("aws:apigateway/vpcLink:VpcLink")
    link = plan.one("aws:apigatewayv2/vpcLink:VpcLink")
    assert link.inputs["subnetIds"] == plan.one("awsx:ec2:Vpc").outputs["isolatedSubnetIds"]
    assert link.inputs["securityGroupIds"] == [group(plan, "vpc-link-v2-sg").id]
    alb = plan.one("aws:lb/loadBalancer:LoadBalancer")
    assert (alb.inputs["loadBalancerType"], alb.inputs["internal"]) == ("application", True)


def test_alb_admits_only_the_vpc_link_and_the_backend_only_the_alb(plan):
    assert group(plan, "backend-alb-sg").inputs["ingress"][0]["securityGroups"] == [group(plan, "vpc-link-v2-sg").id]
    assert group(plan, "demo-backend-sg").inputs["ingress"][0]["securityGroups"] == [group(plan, "backend-alb-sg").id]
    assert group(plan, "vpc-link-v2-sg").inputs["ingress"] == []


def test_each_vpc_link_integration_targets_the_alb_and_takes_its_host_for_the_host_header(plan):
    alb = plan.one("aws:lb/loadBalancer:LoadBalancer")
    assert integrations(plan) == {
        "GET /internal-nlb": {
            "type": "http_proxy",
            "httpMethod": "GET",
            "uri": "http://${stageVariables.loadBalancerDnsName}/",
            "connectionType": "VPC_LINK",
            "connectionId": "${stageVariables.vpcLinkV2Id}",
            "integrationTarget": alb.outputs["arn"],
            "passthroughBehavior": "when_no_match",
            "timeoutInMillis": 29000,
        }
    }
    assert ":loadbalancer/app/" in alb.outputs["arn"]
    stage = plan.one("aws:apigateway/stage:Stage")
    assert stage.inputs["variables"] == {
        "vpcLinkV2Id": plan.one("aws:apigatewayv2/vpcLink:VpcLink").id,
        "loadBalancerDnsName": alb.outputs["dnsName"],
    }
    assert stage.inputs["variables"]["loadBalancerDnsName"].startswith("internal-backend-alb-lb-")


def test_api_is_one_openapi_import_without_explicit_resources(plan):
    api = plan.one("aws:apigateway/restApi:RestApi")
    assert (api.inputs["putRestApiMode"], api.inputs["endpointConfiguration"]) == ("overwrite", {"types": "REGIONAL"})
    for typ in ("resource:Resource", "method:Method", "integration:Integration"):
        assert not plan.of_type(f"aws:apigateway/{typ}")
    openapi.validate(json.loads(api.inputs["body"]))


def test_deployment_hashes_the_body_so_a_new_target_or_route_redeploys(plan):
    deployment = plan.one("aws:apigateway/deployment:Deployment")
    alb_arn = plan.one("aws:lb/loadBalancer:LoadBalancer").outputs["arn"]
    document = openapi.render_rest_api(
        "apigw-private-test",
        [
            Route(
                "/internal-nlb",
                backend=VpcLinkBackend(
                    connection_id="${stageVariables.vpcLinkV2Id}",
                    host="${stageVariables.loadBalancerDnsName}",
                    integration_target=alb_arn,
                ),
            )
        ],
        authorization="AWS_IAM",
    )
    assert deployment.inputs["triggers"] == {"redeployment": openapi.content_hash(openapi.to_json(document), "")}
    changed = v2(restApi={"routes": [{"path": "/other"}]})
    assert changed.one("aws:apigateway/deployment:Deployment").inputs["triggers"] != deployment.inputs["triggers"]


@pytest.mark.parametrize("count", [10, 400])
def test_400_routes_register_the_same_resources_as_10(count):
    def types(n):
        routes = [{"path": f"/r{i}", "method": "GET"} for i in range(n)]
        return sorted(r.type for r in v2(restApi={"routes": routes}).resources)

    assert types(count) == types(1)


def test_non_proxy_and_parameter_routes_map_their_path_and_response():
    plan = v2(restApi={"routes": [{"path": "/items/{id}", "proxy": False, "backendPath": "/x/{id}"}]})
    integration = integrations(plan)["GET /items/{id}"]
    assert (integration["type"], integration["uri"], integration["responses"], integration["requestParameters"]) == (
        "http",
        "http://${stageVariables.loadBalancerDnsName}/x/{id}",
        {"default": {"statusCode": "200"}},
        {"integration.request.path.id": "method.request.path.id"},
    )


def test_an_nlb_is_created_instead_of_the_alb_when_asked_and_admits_only_the_link():
    plan = v2(restApi={"loadBalancer": "nlb"})
    nlb = plan.one("aws:lb/loadBalancer:LoadBalancer")
    assert (nlb.inputs["loadBalancerType"], nlb.inputs["internal"]) == ("network", True)
    assert integrations(plan)["GET /internal-nlb"]["integrationTarget"] == nlb.outputs["arn"]
    assert group(plan, "backend-nlb-sg").inputs["ingress"][0]["securityGroups"] == [group(plan, "vpc-link-v2-sg").id]


def test_load_balancer_choice_needs_vpc_link_v2_and_no_load_balancer_of_your_own():
    with pytest.raises(ConfigError) as raised:
        run_program("us-east-1", restApi={"loadBalancer": "nlb"})
    assert str(raised.value) == (
        "`restApi.loadBalancer` chooses what a VPC link v2 reaches; a v1 link reaches only "
        "an NLB: remove restApi.loadBalancer, or set restApi.vpcLink to v2"
    )
    with pytest.raises(ConfigError, match="^`restApi.loadBalancer` chooses the load balancer this stack creates"):
        v2(network=OWN_NETWORK, backend={"loadBalancerArn": OWN_ALB_ARN}, restApi={"loadBalancer": "alb"})


def test_http_routes_go_over_the_internet_without_an_integration_target():
    plan = v2(restApi={"httpBackendUrl": "https://example.com/", "routes": [{"path": "/public", "target": "http"}]})
    integration = integrations(plan)["GET /public"]
    assert (integration["connectionType"], integration["uri"]) == ("INTERNET", "https://example.com/")
    assert "integrationTarget" not in integration and "connectionId" not in integration


def test_demo_backend_is_the_same_whatever_stage_the_integration_prepends(plan):
    other_stage = v2(stageName="qa")
    assert plan.one("aws:ec2/instance:Instance").inputs == other_stage.one("aws:ec2/instance:Instance").inputs


def test_a_v1_api_is_unchanged_an_import_to_an_nlb():
    plan = run_program("us-east-1")
    assert "integrationTarget" not in plan.one("aws:apigateway/restApi:RestApi").inputs["body"]
    assert not plan.of_type("aws:apigatewayv2/vpcLink:VpcLink") and "vpcLinkSecurityGroupId" not in plan.outputs


def test_new_vpc_skips_zones_where_vpc_link_v2_cannot_be_placed():
    plan = v2(network={"availabilityZones": 5})
    assert plan.one("awsx:ec2:Vpc").inputs["availabilityZoneNames"] == [
        "us-east-1a",
        "us-east-1b",
        "us-east-1c",
        "us-east-1d",
        "us-east-1f",
    ]


def test_more_zones_than_vpc_link_v2_can_use_is_a_config_error():
    with pytest.raises(ConfigError) as raised:
        v2(network={"availabilityZones": 6})
    assert str(raised.value) == (
        "`network.availabilityZones` is 6, but us-east-1 has 5 available Availability Zones "
        "where VPC link v2 can be placed; set it to 5 or fewer"
    )


def test_own_load_balancer_is_targeted_in_own_subnets_and_no_alb_is_created():
    plan = v2(network=OWN_NETWORK, backend={"loadBalancerArn": OWN_ALB_ARN})
    assert not plan.of_type("aws:lb/loadBalancer:LoadBalancer") and not plan.of_type("aws:ec2/instance:Instance")
    assert integrations(plan)["GET /internal-nlb"]["integrationTarget"] == OWN_ALB_ARN
    assert plan.one("aws:apigatewayv2/vpcLink:VpcLink").inputs["subnetIds"] == OWN_NETWORK["subnetIds"]
    assert (
        plan.one("aws:apigateway/stage:Stage").inputs["variables"]["loadBalancerDnsName"]
        == f"internal-mine-{int('01234567', 16)}.us-east-1.elb.amazonaws.com"
    )


def test_outputs_are_those_of_rest_regional(plan):
    api = plan.one("aws:apigateway/restApi:RestApi")
    assert plan.outputs["invokeUrl"] == f"https://{api.id}.execute-api.us-east-1.amazonaws.com/dev"
    assert list(plan.outputs["curlExamples"]) == ["GET /internal-nlb"]
    assert plan.outputs["vpcLinkSecurityGroupId"] == group(plan, "vpc-link-v2-sg").id


def test_every_child_is_parented_to_a_component_and_named_from_it(plan):
    assert_children_named_from_components(plan)


def test_own_nlb_is_a_v2_target_too():
    plan = v2(network=OWN_NETWORK, backend={"nlbArn": OWN_NLB_ARN})
    assert integrations(plan)["GET /internal-nlb"]["integrationTarget"] == OWN_NLB_ARN
    assert not plan.of_type("aws:lb/loadBalancer:LoadBalancer")


@pytest.mark.parametrize(
    "scenario, extra",
    [
        ("rest-private", {}),
        ("cross-account", {"consumers": [{"name": "team-b", "vpcEndpointId": "vpce-0123456789abcdef0"}]}),
    ],
)
def test_private_api_over_vpc_link_v2_keeps_its_endpoints_and_policy(scenario, extra):
    plan = v2(scenario=scenario, **extra)
    api = plan.one("aws:apigateway/restApi:RestApi")
    endpoints = sorted(
        [plan.one("aws:ec2/vpcEndpoint:VpcEndpoint").id] + [c["vpcEndpointId"] for c in extra.get("consumers", [])]
    )
    assert json.loads(api.inputs["body"])["x-amazon-apigateway-endpoint-configuration"] == {"vpcEndpointIds": endpoints}
    assert api.inputs["endpointConfiguration"] == {"types": "PRIVATE", "vpcEndpointIds": endpoints}
    assert json.loads(api.inputs["policy"])["Statement"][1]["Condition"] == {
        "StringNotEquals": {"aws:SourceVpce": endpoints}
    }
    alb = plan.one("aws:lb/loadBalancer:LoadBalancer")
    over_the_link = [i for i in integrations(plan).values() if i["connectionType"] == "VPC_LINK"]
    assert over_the_link and {i["integrationTarget"] for i in over_the_link} == {alb.outputs["arn"]}
