"""rest-regional with `restApi.vpcLink: v2`: REST API → VPC link v2 → internal ALB → demo backend.

Built in the global partition; refused in China, where REST private integrations over
VPC link v2 are unconfirmed (docs/aws-facts.md §3.5). The API is made of explicit
Resource, Method and Integration resources because an OpenAPI import is not shown to
carry `integrationTarget` (§9.4). The mocks do not prove that AWS accepts a stage
variable as a v2 `connectionId` (AWS documents `${stageVariables.vpcLinkV2Id}`) or
that it prepends the stage to the backend path (§9.2).
"""

import json

import pytest

from components import openapi, rest_resources
from components import partition as partitions
from components.openapi import Route, VpcLinkBackend
from program import offline
from program.errors import ConfigError
from tests.conftest import assert_children_named_from_components, run_program

OWN_NETWORK = {"vpcId": "vpc-0123456789abcdef0", "subnetIds": ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]}
OWN_ALB_ARN = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/mine/0123456789abcdef"
V2 = {"vpcLink": "v2"}


def v2(region="us-east-1", **config):
    config["restApi"] = {**V2, **config.get("restApi", {})}
    return run_program(region, **config)


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
    monkeypatch.setattr(offline, "RecordingMonitor", no_registration)
    with pytest.raises(ConfigError) as raised:
        v2(region)
    assert str(raised.value) == (
        "`restApi.vpcLink` v2 is not confirmed in China regions (aws-cn): REST private integrations over VPC link v2 "
        "may not exist there; remove it to use v1 (an NLB over PrivateLink)")


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
    integration = plan.one("aws:apigateway/integration:Integration")
    assert integration.inputs["integrationTarget"] == alb.outputs["arn"]
    assert ":loadbalancer/app/" in integration.inputs["integrationTarget"]
    assert (integration.inputs["type"], integration.inputs["connectionType"], integration.inputs["connectionId"]) == (
        "HTTP_PROXY", "VPC_LINK", "${stageVariables.vpcLinkV2Id}")
    assert integration.inputs["uri"] == "http://${stageVariables.loadBalancerDnsName}/"
    stage = plan.one("aws:apigateway/stage:Stage")
    assert stage.inputs["variables"] == {"vpcLinkV2Id": plan.one("aws:apigatewayv2/vpcLink:VpcLink").id,
                                         "loadBalancerDnsName": alb.outputs["dnsName"]}
    assert stage.inputs["variables"]["loadBalancerDnsName"].startswith("internal-backend-alb-lb-")


def test_api_is_explicit_resources_not_an_openapi_import(plan):
    api = plan.one("aws:apigateway/restApi:RestApi")
    assert "body" not in api.inputs and "putRestApiMode" not in api.inputs
    assert api.inputs["endpointConfiguration"] == {"types": "REGIONAL"}
    resource = plan.one("aws:apigateway/resource:Resource")
    assert resource.inputs == {"restApi": api.id, "parentId": api.outputs["rootResourceId"], "pathPart": "internal-nlb"}
    method = plan.one("aws:apigateway/method:Method")
    assert method.inputs == {"restApi": api.id, "resourceId": resource.id, "httpMethod": "GET",
                             "authorization": "AWS_IAM"}
    assert plan.one("aws:apigateway/integration:Integration").inputs["resourceId"] == resource.id


def test_deployment_waits_for_every_method_and_integration_and_hashes_their_definition(plan):
    deployment = plan.one("aws:apigateway/deployment:Deployment")
    for typ in ("aws:apigateway/method:Method", "aws:apigateway/integration:Integration"):
        assert plan.one(typ).urn in deployment.dependencies
    alb_arn = plan.one("aws:lb/loadBalancer:LoadBalancer").outputs["arn"]
    document = openapi.render_rest_api(
        "apigw-private-test", [Route("/internal-nlb")], authorization="AWS_IAM",
        vpc_link=VpcLinkBackend(connection_id="${stageVariables.vpcLinkV2Id}",
                                host="${stageVariables.loadBalancerDnsName}"))
    assert deployment.inputs["triggers"] == {
        "redeployment": openapi.content_hash(openapi.to_json(document), "", alb_arn)}
    changed = v2(restApi={"routes": [{"path": "/other"}]})
    assert changed.one("aws:apigateway/deployment:Deployment").inputs["triggers"] != deployment.inputs["triggers"]


def test_non_proxy_and_parameter_routes_get_their_responses_and_mappings():
    plan = v2(restApi={"routes": [{"path": "/items/{id}", "proxy": False, "backendPath": "/items/{id}"}]})
    resources = {r.name: r for r in plan.of_type("aws:apigateway/resource:Resource")}
    assert resources["rest-resource/items/{id}"].inputs["parentId"] == resources["rest-resource/items"].id
    method = plan.one("aws:apigateway/method:Method")
    assert method.inputs["requestParameters"] == {"method.request.path.id": True}
    integration = plan.one("aws:apigateway/integration:Integration")
    assert integration.inputs["type"] == "HTTP"
    assert integration.inputs["requestParameters"] == {"integration.request.path.id": "method.request.path.id"}
    assert integration.inputs["uri"] == "http://${stageVariables.loadBalancerDnsName}/items/{id}"
    assert plan.one("aws:apigateway/methodResponse:MethodResponse").inputs["statusCode"] == "200"
    response = plan.one("aws:apigateway/integrationResponse:IntegrationResponse")
    assert response.inputs["statusCode"] == "200" and "selectionPattern" not in response.inputs
    assert response.urn in plan.one("aws:apigateway/deployment:Deployment").dependencies


def test_http_routes_go_over_the_internet_without_an_integration_target():
    plan = v2(restApi={"httpBackendUrl": "https://example.com/", "routes": [{"path": "/public", "target": "http"}]})
    integration = plan.one("aws:apigateway/integration:Integration")
    assert integration.inputs["connectionType"] == "INTERNET"
    assert "integrationTarget" not in integration.inputs and "connectionId" not in integration.inputs


def test_demo_backend_is_the_same_whatever_stage_the_integration_prepends(plan):
    other_stage = v2(stageName="qa")
    assert plan.one("aws:ec2/instance:Instance").inputs == other_stage.one("aws:ec2/instance:Instance").inputs


def test_a_v1_api_is_unchanged_an_import_to_an_nlb():
    plan = run_program("us-east-1")
    assert plan.one("aws:apigateway/restApi:RestApi").inputs["body"]
    assert not plan.of_type("aws:apigateway/integration:Integration")
    assert not plan.of_type("aws:apigatewayv2/vpcLink:VpcLink") and "vpcLinkSecurityGroupId" not in plan.outputs


def test_new_vpc_skips_zones_where_vpc_link_v2_cannot_be_placed():
    plan = v2(network={"availabilityZones": 5})
    assert plan.one("awsx:ec2:Vpc").inputs["availabilityZoneNames"] == [
        "us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d", "us-east-1f"]


def test_more_zones_than_vpc_link_v2_can_use_is_a_config_error():
    with pytest.raises(ConfigError) as raised:
        v2(network={"availabilityZones": 6})
    assert str(raised.value) == ("`network.availabilityZones` is 6, but us-east-1 has 5 available Availability Zones "
                                 "where VPC link v2 can be placed; set it to 5 or fewer")


def test_own_load_balancer_is_targeted_in_own_subnets_and_no_alb_is_created():
    plan = v2(network=OWN_NETWORK, backend={"loadBalancerArn": OWN_ALB_ARN})
    assert not plan.of_type("aws:lb/loadBalancer:LoadBalancer") and not plan.of_type("aws:ec2/instance:Instance")
    assert plan.one("aws:apigateway/integration:Integration").inputs["integrationTarget"] == OWN_ALB_ARN
    assert plan.one("aws:apigatewayv2/vpcLink:VpcLink").inputs["subnetIds"] == OWN_NETWORK["subnetIds"]
    assert plan.one("aws:apigateway/stage:Stage").inputs["variables"]["loadBalancerDnsName"] == \
        f"internal-mine-{int('01234567', 16)}.us-east-1.elb.amazonaws.com"


def test_outputs_are_those_of_rest_regional(plan):
    api = plan.one("aws:apigateway/restApi:RestApi")
    assert plan.outputs["invokeUrl"] == f"https://{api.id}.execute-api.us-east-1.amazonaws.com/dev"
    assert list(plan.outputs["curlExamples"]) == ["GET /internal-nlb"]
    assert plan.outputs["vpcLinkSecurityGroupId"] == group(plan, "vpc-link-v2-sg").id


def test_every_child_is_parented_to_a_component_and_named_from_it(plan):
    assert_children_named_from_components(plan)


# -- the pure renderer: OpenAPI document → explicit resources ------------------------------------

DOCUMENT = openapi.render_rest_api("t", [
    Route("/a/{id}", proxy=False, backend_path="/x/{id}"), Route("/a", method="ANY"), Route("/b/c/d")],
    vpc_link=VpcLinkBackend(), authorization="NONE")


def test_resource_paths_list_every_prefix_parents_first():
    assert rest_resources.resource_paths(DOCUMENT) == ["/a", "/b", "/a/{id}", "/b/c", "/b/c/d"]
    assert [rest_resources.parent_path(p) for p in ("/a", "/a/{id}")] == ["/", "/a"]


def test_method_specs_carry_the_documents_integrations():
    specs = {(s.http_method, s.path): s for s in rest_resources.method_specs(DOCUMENT)}
    assert sorted(specs) == [("ANY", "/a"), ("GET", "/a/{id}"), ("GET", "/b/c/d")]
    item = specs[("GET", "/a/{id}")]
    assert (item.authorization, item.request_parameters, item.responses) == (
        "NONE", {"method.request.path.id": True}, (("200", None),))
    assert item.integration == {
        "type": "HTTP", "integration_http_method": "GET", "uri": "http://${stageVariables.nlbDnsName}/x/{id}",
        "connection_type": "VPC_LINK", "connection_id": "${stageVariables.vpcLinkId}",
        "passthrough_behavior": "WHEN_NO_MATCH", "timeout_milliseconds": 29000,
        "request_parameters": {"integration.request.path.id": "method.request.path.id"}}
    assert specs[("ANY", "/a")].responses == () and specs[("ANY", "/a")].is_vpc_link


def test_method_specs_reject_what_they_cannot_create():
    with pytest.raises(ValueError, match="'servers' is not an operation"):
        rest_resources.method_specs({"paths": {"/a": {"servers": []}}})


def test_rest_api_takes_a_body_or_a_document_not_both():
    from components.rest_api import RestApi, RestApiArgs
    with pytest.raises(ValueError, match="give exactly one of `body`"):
        RestApi("x", RestApiArgs(body=json.dumps(DOCUMENT), document=DOCUMENT))


@pytest.mark.parametrize("scenario, extra", [
    ("rest-private", {}),
    ("cross-account", {"consumers": [{"name": "team-b", "vpcEndpointId": "vpce-0123456789abcdef0"}]}),
])
def test_private_api_over_vpc_link_v2_keeps_its_endpoints_and_policy(scenario, extra):
    plan = v2(scenario=scenario, **extra)
    api = plan.one("aws:apigateway/restApi:RestApi")
    endpoints = sorted([plan.one("aws:ec2/vpcEndpoint:VpcEndpoint").id] +
                       [c["vpcEndpointId"] for c in extra.get("consumers", [])])
    assert "body" not in api.inputs
    assert api.inputs["endpointConfiguration"] == {"types": "PRIVATE", "vpcEndpointIds": endpoints}
    assert json.loads(api.inputs["policy"])["Statement"][1]["Condition"] == {
        "StringNotEquals": {"aws:SourceVpce": endpoints}}
    alb = plan.one("aws:lb/loadBalancer:LoadBalancer")
    integrations = [i for i in plan.of_type("aws:apigateway/integration:Integration")
                    if i.inputs.get("connectionType") == "VPC_LINK"]
    assert integrations and {i.inputs["integrationTarget"] for i in integrations} == {alb.outputs["arn"]}
    deployment = plan.one("aws:apigateway/deployment:Deployment")
    assert api.urn in deployment.dependencies
