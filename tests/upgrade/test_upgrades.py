"""A stack deployed with 0.1 updates in place: every URN it holds is still registered (or reached
through an alias), and no input that makes AWS replace a resource has changed.

`deployed-0.1.json` was recorded by `record.py` from 0.1 itself, before 0.2's changes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_program_uncached

DEPLOYED = json.loads((Path(__file__).parent / "deployed-0.1.json").read_text())

# Inputs whose change makes the provider replace the resource (ForceNew in the Terraform provider
# under pulumi-aws; for awsx's VPC, what rebuilds its subnets).
REPLACING_INPUTS = {
    "aws:apigateway/deployment:Deployment": ("restApi", "triggers"),
    "aws:apigateway/stage:Stage": ("restApi", "stageName"),
    "aws:apigateway/methodSettings:MethodSettings": ("restApi", "stageName", "methodPath"),
    "aws:apigateway/vpcLink:VpcLink": ("targetArn",),
    "aws:apigatewayv2/api:Api": ("protocolType",),
    "aws:apigatewayv2/integration:Integration": ("apiId", "integrationType"),
    "aws:apigatewayv2/route:Route": ("apiId",),
    "aws:apigatewayv2/stage:Stage": ("apiId", "name"),
    "aws:apigatewayv2/vpcLink:VpcLink": ("subnetIds", "securityGroupIds"),
    "aws:cloudwatch/logGroup:LogGroup": ("name", "namePrefix"),
    "aws:ec2/instance:Instance": ("ami", "subnetId", "availabilityZone", "privateIp", "userData"),
    "aws:ec2/securityGroup:SecurityGroup": ("name", "namePrefix", "vpcId", "description"),
    "aws:ec2/vpcEndpoint:VpcEndpoint": ("vpcId", "serviceName", "vpcEndpointType"),
    "aws:iam/role:Role": ("name", "namePrefix", "path"),
    "aws:iam/rolePolicyAttachment:RolePolicyAttachment": ("role", "policyArn"),
    "aws:lb/listener:Listener": ("loadBalancerArn",),
    "aws:lb/loadBalancer:LoadBalancer": ("name", "namePrefix", "internal", "loadBalancerType", "securityGroups"),
    "aws:lb/targetGroup:TargetGroup": ("name", "namePrefix", "port", "protocol", "vpcId", "targetType"),
    "aws:lb/targetGroupAttachment:TargetGroupAttachment": ("targetGroupArn", "targetId", "port"),
    "aws:servicediscovery/instance:Instance": ("instanceId", "serviceId"),
    "aws:servicediscovery/privateDnsNamespace:PrivateDnsNamespace": ("name", "vpc"),
    "aws:servicediscovery/service:Service": ("name", "namespaceId"),
    "awsx:ec2:Vpc": ("cidrBlock", "availabilityZoneNames", "subnetSpecs", "numberOfAvailabilityZones"),
    "pulumi:providers:aws": ("region",),
}

# REST over VPC link v2 was explicit Resource, Method and Integration resources in 0.1; it is one
# imported body now, so those go away on update and the API is redeployed from the body, as any
# change of routes redeploys it (the README says what an update does).
RETIRED_TYPES = frozenset(
    {
        "aws:apigateway/resource:Resource",
        "aws:apigateway/method:Method",
        "aws:apigateway/integration:Integration",
        "aws:apigateway/methodResponse:MethodResponse",
        "aws:apigateway/integrationResponse:IntegrationResponse",
    }
)


REDEPLOYED_OVER_VPC_LINK_V2 = {("aws:apigateway/deployment:Deployment", "triggers")}


def _label(stack: dict) -> str:
    return f"{stack['region']}-{stack['scenario']}-{json.dumps(stack['config'], sort_keys=True)}"


@pytest.mark.parametrize("deployed", DEPLOYED, ids=_label)
def test_a_stack_deployed_with_the_last_version_updates_in_place(deployed):
    plan = run_program_uncached(deployed["region"], scenario=deployed["scenario"], **deployed["config"])
    # A resource is what it was before under its URN or under an alias of its old URN.
    now = {urn: r for r in plan.resources for urn in (r.urn, *r.alias_urns)}
    reached = set(now)
    gone = [r["urn"] for r in deployed["resources"] if r["urn"] not in reached and r["type"] not in RETIRED_TYPES]
    assert gone == []
    redeployed = REDEPLOYED_OVER_VPC_LINK_V2 if deployed["config"].get("restApi", {}).get("vpcLink") == "v2" else set()
    changed = []
    for before in deployed["resources"]:
        after = now.get(before["urn"])
        for key in REPLACING_INPUTS.get(before["type"], ()) if after else ():
            if before["inputs"].get(key) != after.inputs.get(key) and (before["type"], key) not in redeployed:
                changed.append((before["urn"], key, before["inputs"].get(key), after.inputs.get(key)))
    assert changed == []


def test_every_type_a_deployed_stack_holds_is_judged():
    """A resource type without an entry would have its replacing inputs go unchecked."""
    types = {r["type"] for stack in DEPLOYED for r in stack["resources"]}
    unjudged = {t for t in types - set(REPLACING_INPUTS) - RETIRED_TYPES if not t.startswith("apigw-private:")}
    assert unjudged == {"aws:apigateway/restApi:RestApi", "aws:apigateway/account:Account"}
