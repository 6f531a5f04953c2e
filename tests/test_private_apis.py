"""rest-private, cross-account and chained: private REST APIs reachable only through execute-api endpoints."""

import json
import re

import pytest

from components import partition as partitions
from components.openapi import content_hash
from program.errors import ConfigError
from tests.conftest import assert_children_named_from_components, run_program, run_program_uncached
from tooling import mocks as aws_mocks
from tooling import offline, recorder

HTTP_BACKEND = "https://example.com/"
TEAM_A_ROLE = {
    "aws": "arn:aws:iam::210987654321:role/apigw-consumer",
    "aws-cn": "arn:aws-cn:iam::210987654321:role/apigw-consumer",
}
TEAM_B_ENDPOINT = "vpce-0123456789abcdef0"


def by_name(plan, typ, name):
    return next(r for r in plan.of_type(typ) if r.name == name)


def body_of(api):
    return json.loads(api.inputs["body"])


@pytest.fixture
def private(region):
    return run_program(region, scenario="rest-private")


# -- rest-private -------------------------------------------------------------------------------


def test_endpoint_uses_the_partitions_execute_api_service_name_with_private_dns(private, region):
    endpoint = private.one("aws:ec2/vpcEndpoint:VpcEndpoint")
    expected = {
        "us-east-1": "com.amazonaws.us-east-1.execute-api",
        "cn-northwest-1": "cn.com.amazonaws.cn-northwest-1.execute-api",
    }[region]
    assert endpoint.inputs["serviceName"] == expected
    assert endpoint.inputs["vpcEndpointType"] == "Interface"
    assert endpoint.inputs["privateDnsEnabled"] is True
    assert endpoint.inputs["subnetIds"] == private.one("awsx:ec2:Vpc").outputs["isolatedSubnetIds"]
    vpc = private.one("awsx:ec2:Vpc").inputs
    assert (vpc["enableDnsSupport"], vpc["enableDnsHostnames"]) == (True, True)


def test_endpoint_admits_https_from_the_vpc_cidr_only(private):
    group = by_name(private, "aws:ec2/securityGroup:SecurityGroup", "execute-api-sg")
    assert group.inputs["ingress"] == [
        {
            "protocol": "tcp",
            "fromPort": 443,
            "toPort": 443,
            "cidrBlocks": ["10.0.0.0/16"],
            "description": "HTTPS to API Gateway",
        }
    ]
    assert group.inputs.get("egress", []) == []
    endpoint = private.one("aws:ec2/vpcEndpoint:VpcEndpoint")
    assert endpoint.inputs["securityGroupIds"] == [group.id]


def test_private_api_lists_the_endpoint_and_leaves_the_address_type_alone(private):
    api = private.one("aws:apigateway/restApi:RestApi")
    endpoint = private.one("aws:ec2/vpcEndpoint:VpcEndpoint")
    assert api.inputs["endpointConfiguration"] == {"types": "PRIVATE", "vpcEndpointIds": [endpoint.id]}
    assert "ipAddressType" not in api.inputs["endpointConfiguration"]
    assert "securityPolicy" not in api.inputs


def test_private_api_denies_requests_from_outside_the_endpoint(private):
    api = private.one("aws:apigateway/restApi:RestApi")
    endpoint = private.one("aws:ec2/vpcEndpoint:VpcEndpoint")
    assert json.loads(api.inputs["policy"]) == {
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke", "Resource": "execute-api:/*"},
            {
                "Effect": "Deny",
                "Principal": "*",
                "Action": "execute-api:Invoke",
                "Resource": "execute-api:/*",
                "Condition": {"StringNotEquals": {"aws:SourceVpce": [endpoint.id]}},
            },
        ],
    }


def test_deployment_waits_for_the_policy_and_redeploys_when_it_changes(private):
    api = private.one("aws:apigateway/restApi:RestApi")
    deployment = private.one("aws:apigateway/deployment:Deployment")
    assert api.urn in deployment.dependencies  # the policy is set on the API before it is deployed
    assert deployment.inputs["triggers"] == {"redeployment": content_hash(api.inputs["body"], api.inputs["policy"])}


def test_overwrite_import_carries_the_endpoint_associations_in_the_body(private):
    api = private.one("aws:apigateway/restApi:RestApi")
    endpoint = private.one("aws:ec2/vpcEndpoint:VpcEndpoint")
    assert api.inputs["putRestApiMode"] == "overwrite"
    assert body_of(api)["x-amazon-apigateway-endpoint-configuration"] == {"vpcEndpointIds": [endpoint.id]}


def test_route_removed_from_the_config_is_removed_from_the_api(region):
    both = run_program(region, scenario="rest-private", restApi={"routes": [{"path": "/a"}, {"path": "/b"}]})
    one = run_program(region, scenario="rest-private", restApi={"routes": [{"path": "/a"}]})
    assert set(body_of(both.one("aws:apigateway/restApi:RestApi"))["paths"]) == {"/a", "/b"}
    api = one.one("aws:apigateway/restApi:RestApi")
    # overwrite: the API becomes exactly the body, so /b stops being callable
    assert (set(body_of(api)["paths"]), api.inputs["putRestApiMode"]) == ({"/a"}, "overwrite")
    assert (
        body_of(api)["x-amazon-apigateway-endpoint-configuration"]
        == body_of(both.one("aws:apigateway/restApi:RestApi"))["x-amazon-apigateway-endpoint-configuration"]
    )


def test_reference_routes_proxy_and_non_proxy_through_the_vpc_link(private):
    paths = body_of(private.one("aws:apigateway/restApi:RestApi"))["paths"]
    assert set(paths) == {"/webpage-vpc", "/webpage-vpc-non-proxy"}
    proxy = paths["/webpage-vpc"]["get"]["x-amazon-apigateway-integration"]
    plain = paths["/webpage-vpc-non-proxy"]["get"]
    assert (proxy["type"], proxy["connectionType"]) == ("http_proxy", "VPC_LINK")
    assert (
        plain["x-amazon-apigateway-integration"]["type"],
        plain["x-amazon-apigateway-integration"]["responses"],
    ) == ("http", {"default": {"statusCode": "200"}})
    assert plain["responses"] == {"200": {"description": "The backend's response"}}
    assert "security" not in plain  # private APIs default to NONE: the policy and the endpoint are the gate


def test_http_reference_routes_appear_once_the_backend_url_is_set(region):
    plan = run_program(region, scenario="rest-private", restApi={"httpBackendUrl": HTTP_BACKEND})
    paths = body_of(plan.one("aws:apigateway/restApi:RestApi"))["paths"]
    assert set(paths) == {"/webpage", "/webpage-non-proxy", "/webpage-vpc", "/webpage-vpc-non-proxy"}
    assert paths["/webpage"]["get"]["x-amazon-apigateway-integration"]["uri"] == "https://example.com/"
    assert paths["/webpage-non-proxy"]["get"]["x-amazon-apigateway-integration"]["type"] == "http"


def test_curl_examples_cover_every_route_and_every_way_in(private, region, dns_suffix):
    api = private.one("aws:apigateway/restApi:RestApi")
    endpoint = private.one("aws:ec2/vpcEndpoint:VpcEndpoint")
    regional = next(
        e["dnsName"]
        for e in endpoint.outputs["dnsEntries"]
        if re.match(r"^vpce-[0-9a-f]+-[a-z0-9]+\.execute-api", e["dnsName"])
    )
    host = f"{api.id}.execute-api.{region}.{dns_suffix}"
    examples = private.outputs["curlExamples"]
    assert examples["GET /webpage-vpc (private DNS)"] == f"curl -sS https://{host}/dev/webpage-vpc"
    assert (
        examples["GET /webpage-vpc (endpoint DNS + Host)"]
        == f"curl -sS -H 'Host: {host}' https://{regional}/dev/webpage-vpc"
    )
    assert (
        examples["GET /webpage-vpc (endpoint DNS + x-apigw-api-id)"]
        == f"curl -sS -H 'x-apigw-api-id: {api.id}' https://{regional}/dev/webpage-vpc"
    )
    assert (
        examples["GET /webpage-vpc (alias)"]
        == f"curl -sS https://{api.id}-{endpoint.id}.execute-api.{region}.{dns_suffix}/dev/webpage-vpc"
    )
    assert len(examples) == 8
    assert regional.endswith(f".execute-api.{region}.vpce.{dns_suffix}")


def test_china_host_header_ends_in_amazonaws_com_cn():
    examples = run_program("cn-north-1", scenario="rest-private").outputs["curlExamples"]
    host_header = re.search(r"-H 'Host: ([^']+)'", examples["GET /webpage-vpc (endpoint DNS + Host)"]).group(1)
    assert host_header.endswith(".execute-api.cn-north-1.amazonaws.com.cn")


def test_own_vpc_gets_the_endpoint_in_its_subnets(region):
    subnets = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
    plan = run_program(
        region, scenario="rest-private", network={"vpcId": "vpc-0123456789abcdef0", "subnetIds": subnets}
    )
    endpoint = plan.one("aws:ec2/vpcEndpoint:VpcEndpoint")
    assert (endpoint.inputs["vpcId"], endpoint.inputs["subnetIds"]) == ("vpc-0123456789abcdef0", subnets)
    assert not plan.of_type("awsx:ec2:Vpc")


# -- cross-account ------------------------------------------------------------------------------


@pytest.fixture
def cross(region, partition):
    return run_program(
        region,
        scenario="cross-account",
        consumers=[
            {"name": "team-a", "roleArn": TEAM_A_ROLE[partition], "cidrBlock": "10.20.0.0/16"},
            {"name": "team-b", "vpcEndpointId": TEAM_B_ENDPOINT},
        ],
    )


def test_consumer_is_deployed_through_a_provider_assuming_its_role(cross, region, partition):
    provider = cross.one("pulumi:providers:aws")
    assert provider.name == "team-a-account"
    assert provider.inputs["region"] == region
    assert json.loads(provider.inputs["assumeRoles"]) == [
        {"roleArn": TEAM_A_ROLE[partition], "sessionName": "apigw-private-test"}
    ]
    in_consumer_account = [r for r in cross.resources if r.provider.startswith(provider.urn + "::")]
    assert {r.type for r in in_consumer_account} >= {
        "aws:ec2/vpcEndpoint:VpcEndpoint",
        "aws:ec2/securityGroup:SecurityGroup",
    }
    endpoint = by_name(cross, "aws:ec2/vpcEndpoint:VpcEndpoint", "team-a-execute-api-endpoint")
    assert endpoint in in_consumer_account
    assert endpoint.outputs["ownerId"] == "210987654321"
    assert endpoint.inputs["serviceName"] == partitions.endpoint_service_name("execute-api", region)


def test_consumer_vpc_and_endpoint_admit_only_that_vpc(cross):
    vpc = by_name(cross, "awsx:ec2:Vpc", "team-a-network-vpc")
    assert vpc.inputs["cidrBlock"] == "10.20.0.0/16"
    assert (vpc.inputs["enableDnsSupport"], vpc.inputs["enableDnsHostnames"]) == (True, True)
    group = by_name(cross, "aws:ec2/securityGroup:SecurityGroup", "team-a-execute-api-sg")
    assert group.inputs["ingress"][0]["cidrBlocks"] == ["10.20.0.0/16"]
    assert by_name(cross, "aws:ec2/vpcEndpoint:VpcEndpoint", "team-a-execute-api-endpoint").inputs["vpcId"] == vpc.id


def test_api_associates_and_admits_every_consumer_endpoint(cross):
    provider_endpoint = by_name(cross, "aws:ec2/vpcEndpoint:VpcEndpoint", "execute-api-endpoint")
    team_a = by_name(cross, "aws:ec2/vpcEndpoint:VpcEndpoint", "team-a-execute-api-endpoint")
    expected = sorted([provider_endpoint.id, team_a.id, TEAM_B_ENDPOINT])
    api = cross.one("aws:apigateway/restApi:RestApi")
    assert api.inputs["endpointConfiguration"]["vpcEndpointIds"] == expected
    assert json.loads(api.inputs["policy"])["Statement"][1]["Condition"] == {
        "StringNotEquals": {"aws:SourceVpce": expected}
    }
    assert body_of(api)["x-amazon-apigateway-endpoint-configuration"] == {"vpcEndpointIds": expected}
    assert cross.outputs["vpcEndpointIds"] == {
        "provider": provider_endpoint.id,
        "team-a": team_a.id,
        "team-b": TEAM_B_ENDPOINT,
    }


def test_each_consumer_gets_its_alias_and_endpoint_curl_commands(cross, region, dns_suffix):
    api_id = cross.one("aws:apigateway/restApi:RestApi").id
    examples = cross.outputs["curlExamples"]
    assert (
        examples["GET /webpage-vpc (team-b alias)"]
        == f"curl -sS https://{api_id}-{TEAM_B_ENDPOINT}.execute-api.{region}.{dns_suffix}/dev/webpage-vpc"
    )
    team_a = by_name(cross, "aws:ec2/vpcEndpoint:VpcEndpoint", "team-a-execute-api-endpoint").id
    assert (
        examples["GET /webpage-vpc (team-a alias)"]
        == f"curl -sS https://{api_id}-{team_a}.execute-api.{region}.{dns_suffix}/dev/webpage-vpc"
    )
    assert "GET /webpage-vpc (team-a endpoint DNS + Host)" in examples
    assert "GET /webpage-vpc (team-b endpoint DNS + Host)" not in examples  # its DNS name is not ours to know


def test_adding_a_consumer_redeploys_but_replaces_nothing_else(region, partition):
    one = run_program(
        region, scenario="cross-account", consumers=[{"name": "team-b", "vpcEndpointId": TEAM_B_ENDPOINT}]
    )
    two = run_program(
        region,
        scenario="cross-account",
        consumers=[
            {"name": "team-b", "vpcEndpointId": TEAM_B_ENDPOINT},
            {"name": "team-c", "vpcEndpointId": "vpce-0123456789abcdef1"},
        ],
    )
    assert (
        one.one("aws:apigateway/deployment:Deployment").inputs["triggers"]
        != two.one("aws:apigateway/deployment:Deployment").inputs["triggers"]
    )
    unchanged = [
        "awsx:ec2:Vpc",
        "aws:ec2/vpcEndpoint:VpcEndpoint",
        "aws:lb/loadBalancer:LoadBalancer",
        "aws:apigateway/vpcLink:VpcLink",
    ]
    for typ in unchanged:
        assert one.one(typ).inputs == two.one(typ).inputs, typ


def test_consumer_in_its_own_vpc_uses_its_subnets_and_cidr(region, partition):
    plan = run_program(
        region,
        scenario="cross-account",
        consumers=[
            {
                "name": "team-a",
                "roleArn": TEAM_A_ROLE[partition],
                "vpcId": "vpc-0123456789abcdef0",
                "subnetIds": ["subnet-0123456789abcdef0"],
            }
        ],
    )
    endpoint = by_name(plan, "aws:ec2/vpcEndpoint:VpcEndpoint", "team-a-execute-api-endpoint")
    assert (endpoint.inputs["vpcId"], endpoint.inputs["subnetIds"]) == (
        "vpc-0123456789abcdef0",
        ["subnet-0123456789abcdef0"],
    )
    assert not [v for v in plan.of_type("awsx:ec2:Vpc") if v.name.startswith("team-a")]


CONSUMER_ERRORS = [
    (
        "no consumers",
        {},
        "scenario cross-account needs `consumers`: a list of {name, roleArn, cidrBlock | vpcId + "
        "subnetIds} or {name, vpcEndpointId}; see README.md",
    ),
    (
        "malformed role",
        {"consumers": [{"name": "a", "roleArn": "arn:aws-cn:iam::21098765:role/x"}]},
        "invalid config: `consumers[0].roleArn` must be the ARN of an IAM role, such as "
        "arn:aws-cn:iam::210987654321:role/apigw-private-consumer; got 'arn:aws-cn:iam::21098765:role/x'",
    ),
    (
        "role of the other partition",
        {"consumers": [{"name": "a", "roleArn": "arn:aws:iam::210987654321:role/x"}]},
        "invalid config: `consumers[0].roleArn` is in partition 'aws' but this stack deploys to 'aws-cn'; use the ARN "
        "of an IAM role such as arn:aws-cn:iam::210987654321:role/apigw-private-consumer",
    ),
    (
        "public cidr",
        {"consumers": [{"name": "a", "roleArn": TEAM_A_ROLE["aws-cn"], "cidrBlock": "100.64.0.0/16"}]},
        "invalid config: `consumers[0].cidrBlock` must be a private (RFC 1918) range from /16 to /22 such as "
        "10.0.0.0/16, got '100.64.0.0/16'",
    ),
    (
        "duplicate names",
        {
            "consumers": [
                {"name": "a", "vpcEndpointId": TEAM_B_ENDPOINT},
                {"name": "a", "vpcEndpointId": "vpce-0123456789abcdef1"},
            ]
        },
        "invalid config: `consumers` names 'a' twice; each consumer needs its own name",
    ),
    (
        "malformed endpoint",
        {"consumers": [{"name": "a", "vpcEndpointId": "vpce-123"}]},
        "invalid config: `consumers[0].vpcEndpointId` must be a VPC endpoint id such as vpce-0123456789abcdef0, "
        "got 'vpce-123'",
    ),
    (
        "both kinds",
        {"consumers": [{"name": "a", "vpcEndpointId": TEAM_B_ENDPOINT, "roleArn": TEAM_A_ROLE["aws-cn"]}]},
        "invalid config: `consumers[0]` consumer 'a': give either vpcEndpointId (an endpoint its owners created) or "
        "roleArn with a network (deployed here), not both; got vpcEndpointId and roleArn",
    ),
    (
        "neither kind",
        {"consumers": [{"name": "a", "cidrBlock": "10.1.0.0/16"}]},
        "invalid config: `consumers[0]` consumer 'a' needs roleArn (to deploy its endpoint here) or vpcEndpointId "
        "(to admit an endpoint its owners created)",
    ),
    (
        "bad name",
        {"consumers": [{"name": "Team A", "vpcEndpointId": TEAM_B_ENDPOINT}]},
        "invalid config: `consumers[0].name` must be 1 to 10 lower-case letters, digits or '-', starting with a letter "
        "(it names resources), got 'Team A'",
    ),
    (
        "reserved name",
        {"consumers": [{"name": "provider", "vpcEndpointId": TEAM_B_ENDPOINT}]},
        "invalid config: `consumers[0].name` 'provider' names this stack's own entry; choose another name",
    ),
    (
        "unknown field",
        {"consumers": [{"name": "a", "vpcEndpointID": TEAM_B_ENDPOINT}]},
        "invalid config: `consumers[0].vpcEndpointID` is not a setting of `consumers[0]`",
    ),
]


@pytest.mark.parametrize("case, config, message", CONSUMER_ERRORS, ids=[c for c, _, _ in CONSUMER_ERRORS])
def test_rejects_bad_consumers_before_any_resource(case, config, message):
    with pytest.raises(ConfigError) as raised:
        run_program("cn-northwest-1", scenario="cross-account", **config)
    assert str(raised.value) == message


# -- chained ------------------------------------------------------------------------------------


@pytest.fixture
def chained(region):
    return run_program(region, scenario="chained")


def test_chain_nlb_passes_tls_through_to_the_provider_endpoint(chained):
    listener = by_name(chained, "aws:lb/listener:Listener", "chain-nlb-listener")
    group = by_name(chained, "aws:lb/targetGroup:TargetGroup", "chain-nlb-tg")
    assert (listener.inputs["port"], listener.inputs["protocol"]) == (443, "TCP")
    assert "certificateArn" not in listener.inputs
    assert (group.inputs["port"], group.inputs["protocol"], group.inputs["targetType"]) == (443, "TCP", "ip")
    assert group.inputs["healthCheck"] == {"protocol": "TCP"}
    assert by_name(chained, "aws:lb/loadBalancer:LoadBalancer", "chain-nlb-lb").inputs["internal"] is True


def test_chain_targets_are_the_private_ips_of_the_provider_endpoints_interfaces(chained, region):
    endpoint = by_name(chained, "aws:ec2/vpcEndpoint:VpcEndpoint", "execute-api-endpoint")
    mocks = aws_mocks.AwsMocks(region, "test")
    expected = sorted(
        mocks._call_getNetworkInterface({"id": eni})["privateIp"] for eni in endpoint.outputs["networkInterfaceIds"]
    )
    attachments = [
        a
        for a in chained.of_type("aws:lb/targetGroupAttachment:TargetGroupAttachment")
        if a.name.startswith("chain-target-")
    ]
    group = by_name(chained, "aws:lb/targetGroup:TargetGroup", "chain-nlb-tg")
    assert len(attachments) == 2  # one per subnet of the endpoint
    assert sorted(a.inputs["targetId"] for a in attachments) == expected
    assert {(a.inputs["port"], a.inputs["targetGroupArn"]) for a in attachments} == {(443, group.outputs["arn"])}


def test_only_the_target_attachments_wait_for_the_endpoint(chained):
    endpoint = by_name(chained, "aws:ec2/vpcEndpoint:VpcEndpoint", "execute-api-endpoint")
    load_balancer = by_name(chained, "aws:lb/loadBalancer:LoadBalancer", "chain-nlb-lb")
    assert endpoint.urn not in load_balancer.dependencies
    for attachment in chained.of_type("aws:lb/targetGroupAttachment:TargetGroupAttachment"):
        if attachment.name.startswith("chain-target-"):
            assert endpoint.urn in attachment.dependencies


def test_second_api_calls_the_first_by_its_execute_api_host_over_the_chain_link(chained, region, dns_suffix):
    upstream = by_name(chained, "aws:apigateway/restApi:RestApi", "rest-api")
    downstream = by_name(chained, "aws:apigateway/restApi:RestApi", "chained-rest-api")
    chain_link = by_name(chained, "aws:apigateway/vpcLink:VpcLink", "chain-vpc-link-link")
    assert (
        chain_link.inputs["targetArn"]
        == by_name(chained, "aws:lb/loadBalancer:LoadBalancer", "chain-nlb-lb").outputs["arn"]
    )
    stage = by_name(chained, "aws:apigateway/stage:Stage", "chained-rest-stage")
    assert stage.inputs["variables"] == {
        "vpcLinkId": chain_link.id,
        "upstreamApiId": upstream.id,
        "upstreamHost": f"{upstream.id}.execute-api.{region}.{dns_suffix}",
    }
    integration = body_of(downstream)["paths"]["/webpage-vpc"]["get"]["x-amazon-apigateway-integration"]
    assert integration["uri"] == "https://${stageVariables.upstreamHost}/dev/webpage-vpc"
    assert (integration["type"], integration["connectionType"], integration["connectionId"]) == (
        "http_proxy",
        "VPC_LINK",
        "${stageVariables.vpcLinkId}",
    )
    assert integration["requestParameters"] == {
        "integration.request.header.x-apigw-api-id": "stageVariables.upstreamApiId"
    }


def test_first_api_admits_the_provider_endpoint_and_second_the_consumer_endpoint(chained):
    provider_endpoint = by_name(chained, "aws:ec2/vpcEndpoint:VpcEndpoint", "execute-api-endpoint")
    consumer_endpoint = by_name(chained, "aws:ec2/vpcEndpoint:VpcEndpoint", "consumer-execute-api-endpoint")
    upstream = by_name(chained, "aws:apigateway/restApi:RestApi", "rest-api")
    downstream = by_name(chained, "aws:apigateway/restApi:RestApi", "chained-rest-api")
    assert upstream.inputs["endpointConfiguration"]["vpcEndpointIds"] == [provider_endpoint.id]
    assert downstream.inputs["endpointConfiguration"]["vpcEndpointIds"] == [consumer_endpoint.id]
    assert json.loads(downstream.inputs["policy"])["Statement"][1]["Condition"]["StringNotEquals"] == {
        "aws:SourceVpce": [consumer_endpoint.id]
    }


def test_consumer_vpc_has_its_own_endpoint_behind_an_internal_nlb(chained):
    consumer_vpc = by_name(chained, "awsx:ec2:Vpc", "consumer-network-vpc")
    assert consumer_vpc.inputs["cidrBlock"] == "10.1.0.0/16"
    consumer_endpoint = by_name(chained, "aws:ec2/vpcEndpoint:VpcEndpoint", "consumer-execute-api-endpoint")
    assert consumer_endpoint.inputs["vpcId"] == consumer_vpc.id
    entry = by_name(chained, "aws:lb/loadBalancer:LoadBalancer", "consumer-entry-nlb-lb")
    assert entry.inputs["subnets"] == consumer_vpc.outputs["isolatedSubnetIds"]
    targets = [
        a
        for a in chained.of_type("aws:lb/targetGroupAttachment:TargetGroupAttachment")
        if a.name.startswith("consumer-entry-target-")
    ]
    assert len(targets) == 2 and consumer_endpoint.urn in targets[0].dependencies


def test_chained_outputs_point_at_the_second_api_and_call_it_through_the_consumer_nlb(chained, region, dns_suffix):
    downstream = by_name(chained, "aws:apigateway/restApi:RestApi", "chained-rest-api")
    upstream = by_name(chained, "aws:apigateway/restApi:RestApi", "rest-api")
    entry = by_name(chained, "aws:lb/loadBalancer:LoadBalancer", "consumer-entry-nlb-lb")
    assert chained.outputs["apiId"] == downstream.id and chained.outputs["upstreamApiId"] == upstream.id
    assert chained.outputs["invokeUrl"] == f"https://{downstream.id}.execute-api.{region}.{dns_suffix}/dev"
    assert chained.outputs["curlExamples"]["GET /webpage-vpc (load balancer)"] == (
        f"curl -sS --connect-to ::{entry.outputs['dnsName']}:443 "
        f"https://{downstream.id}.execute-api.{region}.{dns_suffix}/dev/webpage-vpc"
    )


def test_chained_with_consumers_puts_an_nlb_in_front_of_each_deployed_consumer(region, partition):
    plan = run_program(
        region,
        scenario="chained",
        consumers=[
            {"name": "team-a", "roleArn": TEAM_A_ROLE[partition]},
            {"name": "team-b", "vpcEndpointId": TEAM_B_ENDPOINT},
        ],
    )
    assert not [v for v in plan.of_type("awsx:ec2:Vpc") if v.name == "consumer-network-vpc"]
    assert by_name(plan, "aws:lb/loadBalancer:LoadBalancer", "team-a-entry-nlb-lb")
    downstream = by_name(plan, "aws:apigateway/restApi:RestApi", "chained-rest-api")
    team_a = by_name(plan, "aws:ec2/vpcEndpoint:VpcEndpoint", "team-a-execute-api-endpoint")
    assert downstream.inputs["endpointConfiguration"]["vpcEndpointIds"] == sorted([team_a.id, TEAM_B_ENDPOINT])


def test_both_apis_share_one_account_logging_role(chained):
    assert len(chained.of_type("aws:apigateway/account:Account")) == 1


def test_own_vpc_without_dns_hostnames_is_refused_before_any_resource(monkeypatch):
    answer = aws_mocks.AwsMocks._call_getVpc
    monkeypatch.setattr(
        aws_mocks.AwsMocks, "_call_getVpc", lambda self, args: {**answer(self, args), "enableDnsHostnames": False}
    )
    with pytest.raises(ConfigError) as raised:
        run_program_uncached(
            "cn-north-1",
            scenario="rest-private",
            network={"vpcId": "vpc-0123456789abcdef0", "subnetIds": ["subnet-0123456789abcdef0"]},
        )
    assert str(raised.value) == (
        "`network.vpcId` vpc-0123456789abcdef0 has enableDnsHostnames off; private DNS of the execute-api endpoint "
        "needs both on: aws ec2 modify-vpc-attribute --vpc-id vpc-0123456789abcdef0 --enable-dns-hostnames (and "
        "--enable-dns-support), or use a VPC that has them"
    )


@pytest.mark.parametrize("scenario", ["rest-private", "chained"])
def test_more_zones_than_the_region_has_is_a_config_error_not_a_crash(scenario):
    with pytest.raises(ConfigError) as raised:
        run_program("cn-northwest-1", scenario=scenario, network={"availabilityZones": 4})
    assert str(raised.value) == (
        "`network.availabilityZones` is 4, but cn-northwest-1 has 3 available Availability "
        "Zones where cn.com.amazonaws.cn-northwest-1.execute-api is offered; set it to 3 "
        "or fewer"
    )


def offered_only_in(monkeypatch, zones):
    answer = aws_mocks.AwsMocks._call_getVpcEndpointService
    monkeypatch.setattr(
        aws_mocks.AwsMocks,
        "_call_getVpcEndpointService",
        lambda self, args: {**answer(self, args), "availabilityZones": zones},
    )


def test_new_vpcs_use_only_zones_where_the_execute_api_endpoint_is_offered(monkeypatch):
    offered_only_in(monkeypatch, ["cn-north-1a", "cn-north-1d"])
    plan = run_program_uncached(
        "cn-north-1", scenario="cross-account", consumers=[{"name": "team-a", "roleArn": TEAM_A_ROLE["aws-cn"]}]
    )
    for vpc in plan.of_type("awsx:ec2:Vpc"):  # the provider's, and the consumer's found through its account
        assert vpc.inputs["availabilityZoneNames"] == ["cn-north-1a", "cn-north-1d"], vpc.name


def test_private_api_over_vpc_link_v2_avoids_zones_without_it():
    plan = run_program(
        "us-east-1", scenario="rest-private", restApi={"vpcLink": "v2"}, network={"availabilityZones": 5}
    )
    assert "us-east-1e" not in plan.one("awsx:ec2:Vpc").inputs["availabilityZoneNames"]  # use1-az3 in the mocks


def test_consumer_vpc_without_dns_is_refused_before_any_aws_resource(monkeypatch, partition):
    answer = aws_mocks.AwsMocks._call_getVpc
    monkeypatch.setattr(
        aws_mocks.AwsMocks, "_call_getVpc", lambda self, args: {**answer(self, args), "enableDnsSupport": False}
    )
    registered = []
    recording = recorder.RecordingMonitor.RegisterResource
    monkeypatch.setattr(
        recorder.RecordingMonitor,
        "RegisterResource",
        lambda self, request: registered.append(request.type) or recording(self, request),
    )
    with pytest.raises(ConfigError, match=r"^`consumers\[0\]\.vpcId` vpc-0123456789abcdef0 has enableDnsSupport off"):
        run_program_uncached(
            "us-east-1",
            scenario="cross-account",
            consumers=[
                {
                    "name": "team-a",
                    "roleArn": TEAM_A_ROLE["aws"],
                    "vpcId": "vpc-0123456789abcdef0",
                    "subnetIds": ["subnet-0123456789abcdef0"],
                }
            ],
        )
    assert registered == ["pulumi:providers:aws"]  # only the provider that can look the VPC up


def test_chained_first_api_is_open_to_the_chain_hop_even_when_the_second_requires_iam(region):
    plan = run_program(region, scenario="chained", restApi={"authorization": "AWS_IAM"})
    upstream = body_of(by_name(plan, "aws:apigateway/restApi:RestApi", "rest-api"))
    downstream = body_of(by_name(plan, "aws:apigateway/restApi:RestApi", "chained-rest-api"))
    assert "security" not in upstream["paths"]["/webpage-vpc"]["get"]
    assert downstream["paths"]["/webpage-vpc"]["get"]["security"] == [{"sigv4": []}]


def test_consumer_account_starts_from_the_stacks_own_credentials(partition):
    from tests.conftest import config_for

    raw = config_for(
        "us-east-1", scenario="cross-account", consumers=[{"name": "team-a", "roleArn": TEAM_A_ROLE["aws"]}]
    )
    raw["aws:profile"] = "platform"
    raw["aws:assumeRoles"] = json.dumps([{"roleArn": "arn:aws:iam::111122223333:role/deployer", "sessionName": "ci"}])
    provider = offline.run(raw, "test").one("pulumi:providers:aws")
    assert provider.inputs["profile"] == "platform"
    assert json.loads(provider.inputs["assumeRoles"]) == [
        {"roleArn": "arn:aws:iam::111122223333:role/deployer", "sessionName": "ci"},
        {"roleArn": TEAM_A_ROLE["aws"], "sessionName": "apigw-private-test"},
    ]


@pytest.mark.parametrize(
    "scenario, config",
    [
        ("rest-private", {}),
        ("chained", {}),
        ("cross-account", {"consumers": [{"name": "team-a", "roleArn": TEAM_A_ROLE["aws"]}]}),
    ],
)
def test_every_child_is_parented_to_a_component_and_named_from_it(scenario, config):
    assert_children_named_from_components(run_program("us-east-1", scenario=scenario, **config))
