"""rest-regional: client → Regional REST API → VPC link v1 → internal NLB → demo backend, in both partitions.

Each test asserts the inputs the program registers: what would be sent to AWS.
"""

import json

import pytest

from components.access_log import REST_ACCESS_LOG_FORMAT
from components.openapi import content_hash
from tests.conftest import assert_children_named_from_components, run_program
from tooling import mocks

NLB_ARN = {
    "us-east-1": "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/mine/0123456789abcdef",
    "cn-northwest-1": "arn:aws-cn:elasticloadbalancing:cn-northwest-1:123456789012:loadbalancer/net/mine/0123456789abcdef",
}


@pytest.fixture
def plan(region):
    return run_program(region)


def test_rest_api_is_regional_explicitly_because_edge_is_the_silent_default(plan):
    api = plan.one("aws:apigateway/restApi:RestApi")
    assert api.inputs["endpointConfiguration"] == {"types": "REGIONAL"}
    assert api.inputs["putRestApiMode"] == "overwrite"


def test_body_routes_through_the_vpc_link_stage_variables_and_requires_iam(plan):
    body = json.loads(plan.one("aws:apigateway/restApi:RestApi").inputs["body"])
    operation = body["paths"]["/internal-nlb"]["get"]
    assert operation["x-amazon-apigateway-integration"]["connectionType"] == "VPC_LINK"
    assert operation["x-amazon-apigateway-integration"]["connectionId"] == "${stageVariables.vpcLinkId}"
    assert operation["x-amazon-apigateway-integration"]["uri"] == "http://${stageVariables.nlbDnsName}/"
    assert operation["security"] == [{"sigv4": []}]


def test_stage_carries_the_vpc_link_id_and_the_nlb_dns_name(plan, region, dns_suffix):
    stage = plan.one("aws:apigateway/stage:Stage")
    link = plan.one("aws:apigateway/vpcLink:VpcLink")
    nlb = plan.one("aws:lb/loadBalancer:LoadBalancer")
    assert stage.inputs["variables"] == {"vpcLinkId": link.id, "nlbDnsName": nlb.outputs["dnsName"]}
    assert stage.inputs["variables"]["nlbDnsName"].endswith(f".elb.{region}.{dns_suffix}")
    assert stage.inputs["stageName"] == "dev"
    assert stage.inputs["deployment"] == plan.one("aws:apigateway/deployment:Deployment").id


def test_vpc_link_targets_the_internal_nlb(plan):
    assert (
        plan.one("aws:apigateway/vpcLink:VpcLink").inputs["targetArn"]
        == plan.one("aws:lb/loadBalancer:LoadBalancer").outputs["arn"]
    )


def test_deployment_is_redeployed_when_body_or_policy_changes(plan):
    body = plan.one("aws:apigateway/restApi:RestApi").inputs["body"]
    assert plan.one("aws:apigateway/deployment:Deployment").inputs["triggers"] == {
        "redeployment": content_hash(body, "")
    }
    changed = run_program(plan.settings.region, restApi={"routes": [{"path": "/other"}]})
    assert (
        changed.one("aws:apigateway/deployment:Deployment").inputs["triggers"]
        != plan.one("aws:apigateway/deployment:Deployment").inputs["triggers"]
    )


def test_access_logs_go_to_a_log_group_with_retention_and_include_the_request_id(plan):
    stage = plan.one("aws:apigateway/stage:Stage")
    groups = {g.name: g for g in plan.of_type("aws:cloudwatch/logGroup:LogGroup")}
    assert stage.inputs["accessLogSettings"] == {
        "destinationArn": groups["rest-access-logs"].outputs["arn"],
        "format": REST_ACCESS_LOG_FORMAT,
    }
    assert "$context.requestId" in REST_ACCESS_LOG_FORMAT
    assert {g.inputs["retentionInDays"] for g in groups.values()} == {30}


def test_execution_logs_group_is_created_with_retention_before_logging_is_enabled(plan):
    api = plan.one("aws:apigateway/restApi:RestApi")
    group = next(g for g in plan.of_type("aws:cloudwatch/logGroup:LogGroup") if g.name == "rest-execution-logs")
    assert group.inputs["name"] == f"API-Gateway-Execution-Logs_{api.id}/dev"
    settings = plan.one("aws:apigateway/methodSettings:MethodSettings")
    assert group.urn in settings.dependencies
    assert settings.inputs["methodPath"] == "*/*"
    assert settings.inputs["settings"] == {
        "metricsEnabled": True,
        "loggingLevel": "ERROR",
        "dataTraceEnabled": False,
        "throttlingBurstLimit": 100,
        "throttlingRateLimit": 50,
    }


def test_account_logging_role_is_trusted_by_api_gateway_and_retained(plan, partition):
    role = plan.one("aws:iam/role:Role")
    assert json.loads(role.inputs["assumeRolePolicy"])["Statement"] == [
        {"Effect": "Allow", "Principal": {"Service": "apigateway.amazonaws.com"}, "Action": "sts:AssumeRole"}
    ]
    attachment = plan.one("aws:iam/rolePolicyAttachment:RolePolicyAttachment")
    assert (
        attachment.inputs["policyArn"]
        == f"arn:{partition}:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs"
    )
    account = plan.one("aws:apigateway/account:Account")
    assert account.inputs["cloudwatchRoleArn"] == role.outputs["arn"]
    assert all(r.retain_on_delete for r in (role, attachment, account))


def test_stage_and_method_settings_wait_for_the_account_logging_role(plan):
    account = plan.one("aws:apigateway/account:Account")
    assert account.urn in plan.one("aws:apigateway/stage:Stage").dependencies
    assert account.urn in plan.one("aws:apigateway/methodSettings:MethodSettings").dependencies


def test_nlb_is_internal_with_privatelink_security_group_evaluation_off(plan):
    nlb = plan.one("aws:lb/loadBalancer:LoadBalancer")
    vpc = plan.one("awsx:ec2:Vpc")
    security_group = next(s for s in plan.of_type("aws:ec2/securityGroup:SecurityGroup") if s.name == "backend-nlb-sg")
    assert nlb.inputs["internal"] is True
    assert nlb.inputs["loadBalancerType"] == "network"
    assert nlb.inputs["enforceSecurityGroupInboundRulesOnPrivateLinkTraffic"] == "off"
    assert nlb.inputs["enableCrossZoneLoadBalancing"] is True
    assert nlb.inputs["subnets"] == vpc.outputs["isolatedSubnetIds"]
    assert nlb.inputs["securityGroups"] == [security_group.id]


def test_listener_forwards_tcp_80_to_the_target_group(plan):
    listener = plan.one("aws:lb/listener:Listener")
    group = plan.one("aws:lb/targetGroup:TargetGroup")
    assert (listener.inputs["port"], listener.inputs["protocol"]) == (80, "TCP")
    assert listener.inputs["defaultActions"] == [{"type": "forward", "targetGroupArn": group.outputs["arn"]}]
    assert (group.inputs["port"], group.inputs["protocol"], group.inputs["targetType"]) == (80, "TCP", "instance")


def test_no_security_group_admits_or_reaches_the_whole_internet(plan):
    for group in plan.of_type("aws:ec2/securityGroup:SecurityGroup"):
        for rule in group.inputs.get("ingress", []) + group.inputs.get("egress", []):
            assert "0.0.0.0/0" not in rule.get("cidrBlocks", []), group.name
            assert "::/0" not in rule.get("ipv6CidrBlocks", []), group.name


def test_nlb_security_group_admits_the_listener_port_from_the_vpc_only(plan):
    group = next(s for s in plan.of_type("aws:ec2/securityGroup:SecurityGroup") if s.name == "backend-nlb-sg")
    assert group.inputs["ingress"] == [
        {
            "protocol": "tcp",
            "fromPort": 80,
            "toPort": 80,
            "cidrBlocks": ["10.0.0.0/16"],
            "description": "Listener, from inside the VPC",
        }
    ]


def test_demo_backend_admits_only_the_nlb_and_has_no_egress(plan):
    nlb_group = next(s for s in plan.of_type("aws:ec2/securityGroup:SecurityGroup") if s.name == "backend-nlb-sg")
    group = next(s for s in plan.of_type("aws:ec2/securityGroup:SecurityGroup") if s.name == "demo-backend-sg")
    assert group.inputs["ingress"] == [
        {
            "protocol": "tcp",
            "fromPort": 80,
            "toPort": 80,
            "securityGroups": [nlb_group.id],
            "description": "From the load balancer",
        }
    ]
    assert group.inputs.get("egress", []) == []


def test_demo_backend_runs_the_regions_amazon_linux_in_a_private_subnet_with_imdsv2(plan):
    instance = plan.one("aws:ec2/instance:Instance")
    vpc = plan.one("awsx:ec2:Vpc")
    assert instance.inputs["ami"].startswith("ami-")
    assert instance.inputs["subnetId"] == vpc.outputs["isolatedSubnetIds"][0]
    assert instance.inputs["associatePublicIpAddress"] is False
    assert instance.inputs["metadataOptions"]["httpTokens"] == "required"
    assert instance.inputs["rootBlockDevice"] == {"encrypted": True}
    assert "ExecStart=/usr/bin/python3 /srv/www/serve.py 80" in instance.inputs["userData"]
    assert instance.ignore_changes == ("ami",)
    attachment = plan.one("aws:lb/targetGroupAttachment:TargetGroupAttachment")
    assert (attachment.inputs["targetId"], attachment.inputs["port"]) == (instance.id, 80)


def test_new_vpc_has_no_nat_gateway_and_dns_on_in_the_regions_first_two_zones(plan, region):
    vpc = plan.one("awsx:ec2:Vpc")
    zones = [name for name, _ in mocks.availability_zones(region)][:2]
    assert vpc.inputs["availabilityZoneNames"] == zones
    assert vpc.inputs["cidrBlock"] == "10.0.0.0/16"
    assert vpc.inputs["natGateways"] == {"strategy": "None"}
    assert vpc.inputs["subnetSpecs"] == [{"type": "Isolated"}]
    assert (vpc.inputs["enableDnsSupport"], vpc.inputs["enableDnsHostnames"]) == (True, True)


def test_zones_come_from_the_region_so_cn_north_1_uses_a_b_and_d():
    plan = run_program("cn-north-1", network={"availabilityZones": 3})
    assert plan.one("awsx:ec2:Vpc").inputs["availabilityZoneNames"] == ["cn-north-1a", "cn-north-1b", "cn-north-1d"]


def test_nat_gateway_only_when_asked_with_public_subnets_for_it(region):
    vpc = run_program(region, network={"natGateways": "single"}).one("awsx:ec2:Vpc")
    assert vpc.inputs["natGateways"] == {"strategy": "Single"}
    assert vpc.inputs["subnetSpecs"] == [{"type": "Private"}, {"type": "Public"}]


def test_outputs_give_the_invoke_url_in_the_partitions_domain_and_a_signed_curl(plan, region, partition, dns_suffix):
    api = plan.one("aws:apigateway/restApi:RestApi")
    url = f"https://{api.id}.execute-api.{region}.{dns_suffix}/dev"
    assert plan.outputs["invokeUrl"] == url
    assert (plan.outputs["apiId"], plan.outputs["partition"], plan.outputs["scenario"]) == (
        api.id,
        partition,
        "rest-regional",
    )
    assert list(plan.outputs["curlExamples"]) == ["GET /internal-nlb"]
    command = plan.outputs["curlExamples"]["GET /internal-nlb"]
    assert command.endswith(f" {url}/internal-nlb")
    assert f"--aws-sigv4 aws:amz:{region}:execute-api" in command


def test_own_nlb_is_used_as_is_and_no_network_or_load_balancer_is_created(region, dns_suffix):
    plan = run_program(region, backend={"nlbArn": NLB_ARN[region]})
    types = {r.type for r in plan.resources}
    assert not types & {
        "awsx:ec2:Vpc",
        "aws:lb/loadBalancer:LoadBalancer",
        "aws:ec2/instance:Instance",
        "aws:ec2/securityGroup:SecurityGroup",
    }
    assert plan.one("aws:apigateway/vpcLink:VpcLink").inputs["targetArn"] == NLB_ARN[region]
    assert (
        plan.one("aws:apigateway/stage:Stage").inputs["variables"]["nlbDnsName"]
        == f"mine-0123456789abcdef.elb.{region}.{dns_suffix}"
    )


def test_own_vpc_hosts_the_demo_backend_and_no_vpc_is_created(region):
    subnets = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
    plan = run_program(region, network={"vpcId": "vpc-0123456789abcdef0", "subnetIds": subnets})
    assert not plan.of_type("awsx:ec2:Vpc")
    assert plan.one("aws:lb/loadBalancer:LoadBalancer").inputs["subnets"] == subnets
    assert plan.one("aws:ec2/instance:Instance").inputs["subnetId"] == subnets[0]
    nlb_group = next(s for s in plan.of_type("aws:ec2/securityGroup:SecurityGroup") if s.name == "backend-nlb-sg")
    assert nlb_group.inputs["vpcId"] == "vpc-0123456789abcdef0"
    assert nlb_group.inputs["ingress"][0]["cidrBlocks"] == ["172.31.0.0/16"]  # the mocks' answer for that VPC


def test_logging_off_creates_no_log_groups_and_no_account_role(region):
    plan = run_program(region, logging={"accessLogs": False, "executionLevel": "OFF"})
    assert not plan.of_type("aws:cloudwatch/logGroup:LogGroup")
    assert not plan.of_type("aws:apigateway/account:Account")
    assert "accessLogSettings" not in plan.one("aws:apigateway/stage:Stage").inputs
    assert plan.one("aws:apigateway/methodSettings:MethodSettings").inputs["settings"]["loggingLevel"] == "OFF"


def test_account_role_left_alone_when_the_stack_does_not_manage_it(region):
    plan = run_program(region, logging={"manageAccountRole": False})
    assert not plan.of_type("aws:apigateway/account:Account")
    assert not plan.of_type("aws:iam/role:Role")
    assert plan.one("aws:apigateway/stage:Stage").inputs["accessLogSettings"]


def test_custom_stage_name_port_and_retention_reach_aws(region):
    plan = run_program(region, stageName="prod", backend={"port": 8080}, logging={"retentionInDays": 7})
    assert plan.one("aws:apigateway/stage:Stage").inputs["stageName"] == "prod"
    assert plan.one("aws:lb/listener:Listener").inputs["port"] == 8080
    body = json.loads(plan.one("aws:apigateway/restApi:RestApi").inputs["body"])
    assert (
        body["paths"]["/internal-nlb"]["get"]["x-amazon-apigateway-integration"]["uri"]
        == "http://${stageVariables.nlbDnsName}:8080/"
    )
    assert {g.inputs["retentionInDays"] for g in plan.of_type("aws:cloudwatch/logGroup:LogGroup")} == {7}
    assert plan.outputs["invokeUrl"].endswith("/prod")


def test_every_child_is_parented_to_a_component_and_named_from_it(plan):
    assert_children_named_from_components(plan)
