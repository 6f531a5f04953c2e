"""The request-path diagram: drawn from registrations by type and data references, never by scenario.

GIVEN registrations (the offline plan's, or made by hand for scenarios in the
shape the program registers them), WHEN the diagram is drawn, THEN the edges
follow the request from the client to the backend. What this does not prove:
that Mermaid lays it out nicely (the text is checked, not a rendering).
"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

import deploy
from tooling import diagram, offline, recorder

ACCOUNT = "123456789012"
NLB_ARN = f"arn:aws:elasticloadbalancing:us-east-1:{ACCOUNT}:loadbalancer/net/nlb-1a2b3c4/0123456789abcdef"
ALB_ARN = f"arn:aws:elasticloadbalancing:us-east-1:{ACCOUNT}:loadbalancer/app/alb-1a2b3c4/0123456789abcdef"
TG_ARN = f"arn:aws:elasticloadbalancing:us-east-1:{ACCOUNT}:targetgroup/tg-1a2b3c4/0123456789abcdef"
SERVICE_ARN = f"arn:aws:servicediscovery:us-east-1:{ACCOUNT}:service/srv-0123456789abcdef"
VPC_ID, SUBNET_ID = "vpc-0aaaaaaaaaaaaaaaa", "subnet-0bbbbbbbbbbbbbbbb"

LB, TG, LISTENER, ATTACHMENT = (
    "aws:lb/loadBalancer:LoadBalancer",
    "aws:lb/targetGroup:TargetGroup",
    "aws:lb/listener:Listener",
    "aws:lb/targetGroupAttachment:TargetGroupAttachment",
)


def reg(
    typ: str,
    name: str,
    inputs: dict | None = None,
    outputs: dict | None = None,
    *,
    id: str | None = None,
    deps: tuple = (),
    provider: str = "",
) -> recorder.Registration:
    """A registration as the mocks record it: outputs echo the inputs, as the engine's do."""
    inputs = inputs or {}
    return recorder.Registration(
        urn=f"urn:pulumi:test::apigw-private::{typ}::{name}",
        type=typ,
        name=name,
        inputs=inputs,
        custom=True,
        provider=provider,
        parent="",
        id=id or f"{name}-0123456789",
        outputs={**inputs, **(outputs or {})},
        dependencies=tuple(d.urn for d in deps),
        retain_on_delete=False,
        ignore_changes=(),
    )


def network() -> list[recorder.Registration]:
    return [
        reg(
            "awsx:ec2:Vpc",
            "net",
            {"cidrBlock": "10.0.0.0/16"},
            {"vpcId": VPC_ID, "isolatedSubnetIds": [SUBNET_ID]},
            id=VPC_ID,
        )
    ]


def load_balancer(
    arn: str,
    kind: str,
    protocol: str,
    port: int,
    target: recorder.Registration,
    name: str,
    target_id: str | None = None,
    deps: tuple = (),
) -> list[recorder.Registration]:
    """A load balancer, its target group, listener and one target attachment."""
    tg_arn = TG_ARN.replace("tg-1a2b3c4", f"{name}-tg")
    return [
        reg(
            LB,
            name,
            {"loadBalancerType": kind, "internal": True, "subnets": [SUBNET_ID]},
            {"arn": arn, "dnsName": f"{name}-0123456789.elb.us-east-1.example.com"},
            id=arn,
        ),
        reg(TG, f"{name}-tg", {"port": port, "protocol": protocol, "vpcId": VPC_ID}, {"arn": tg_arn}, id=tg_arn),
        reg(
            LISTENER,
            f"{name}-listener",
            {
                "loadBalancerArn": arn,
                "port": port,
                "protocol": protocol,
                "defaultActions": [{"type": "forward", "targetGroupArn": tg_arn}],
            },
            {"arn": arn.replace(":loadbalancer/", ":listener/") + "/l1"},
            id=arn.replace(":loadbalancer/", ":listener/"),
        ),
        reg(
            ATTACHMENT,
            f"{name}-target",
            {"targetGroupArn": tg_arn, "targetId": target_id or target.id, "port": port},
            deps=deps,
        ),
    ]


def instance() -> recorder.Registration:
    return reg(
        "aws:ec2/instance:Instance",
        "app",
        {"subnetId": SUBNET_ID, "instanceType": "t3.micro"},
        {"privateIp": "10.0.1.10"},
        id="i-0123456789abcdef0",
    )


def noise(*about: recorder.Registration) -> list[recorder.Registration]:
    """Resources that are not on the request path, referring to those that are."""
    return [
        reg("aws:cloudwatch/logGroup:LogGroup", "logs", {"retentionInDays": 30}),
        reg("aws:iam/role:Role", "role", {"assumeRolePolicy": "{}"}),
        reg("aws:ec2/securityGroup:SecurityGroup", "sg", {"vpcId": VPC_ID}, id="sg-0123456789abcdef0"),
        *[
            reg("aws:cloudwatch/metricAlarm:MetricAlarm", f"alarm-{r.name}", {"dimensions": {"id": r.id}})
            for r in about
        ],
    ]


def http_api(target_uri: str, *extra: recorder.Registration) -> list[recorder.Registration]:
    link = reg(
        "aws:apigatewayv2/vpcLink:VpcLink",
        "link",
        {"subnetIds": [SUBNET_ID], "securityGroupIds": ["sg-0123456789abcdef0"]},
        id="lnk123",
    )
    api = reg(
        "aws:apigatewayv2/api:Api",
        "api",
        {"protocolType": "HTTP"},
        {"apiEndpoint": "https://api0123456.execute-api.us-east-1.example.com"},
        id="api0123456",
    )
    return [
        *extra,
        link,
        api,
        reg(
            "aws:apigatewayv2/integration:Integration",
            "integration",
            {"apiId": api.id, "connectionType": "VPC_LINK", "connectionId": link.id, "integrationUri": target_uri},
        ),
        reg("aws:apigatewayv2/route:Route", "route", {"apiId": api.id, "authorizationType": "AWS_IAM"}),
        reg("aws:apigatewayv2/stage:Stage", "stage", {"apiId": api.id, "name": "$default"}),
    ]


def private_rest_api(
    endpoint_ids: list[str], link: recorder.Registration, dns_name: str
) -> list[recorder.Registration]:
    api = reg(
        "aws:apigateway/restApi:RestApi",
        "private-api",
        {
            "endpointConfiguration": {"types": "PRIVATE", "vpcEndpointIds": endpoint_ids},
            "policy": json.dumps(
                {"Statement": [{"Effect": "Deny", "Condition": {"StringNotEquals": {"aws:SourceVpce": endpoint_ids}}}]}
            ),
        },
        id="prv0123456",
    )
    return [
        api,
        reg(
            "aws:apigateway/stage:Stage",
            "private-stage",
            {"restApi": api.id, "stageName": "dev", "variables": {"vpcLinkId": link.id, "nlbDnsName": dns_name}},
        ),
    ]


def execute_api_endpoint(name: str, private_dns: bool = True, provider: str = "") -> recorder.Registration:
    return reg(
        "aws:ec2/vpcEndpoint:VpcEndpoint",
        name,
        {
            "serviceName": "com.amazonaws.us-east-1.execute-api",
            "vpcId": VPC_ID,
            "subnetIds": [SUBNET_ID],
            "privateDnsEnabled": private_dns,
        },
        id=f"vpce-{abs(hash(name)) % 10**17:017x}",
        provider=provider,
    )


def alb_scenario():
    backend = instance()
    alb = load_balancer(ALB_ARN, "application", "HTTP", 80, backend, "alb")
    listener = next(r for r in alb if r.type == LISTENER)
    return network() + [backend] + alb + http_api(listener.outputs["arn"]) + noise(backend)


def cloud_map_scenario():
    backend = instance()
    service = reg(
        "aws:servicediscovery/service:Service",
        "svc",
        {"namespaceId": "ns-0123456789abcdef"},
        {"arn": SERVICE_ARN},
        id="srv-0123456789abcdef",
    )
    registration = reg(
        "aws:servicediscovery/instance:Instance",
        "svc-instance",
        {"serviceId": service.id, "attributes": {"AWS_INSTANCE_IPV4": "10.0.1.10", "AWS_INSTANCE_PORT": "80"}},
    )
    return network() + [backend, service, registration] + http_api(SERVICE_ARN)


def private_scenario():
    backend = instance()
    lb = load_balancer(NLB_ARN, "network", "TCP", 80, backend, "nlb")
    link = reg("aws:apigateway/vpcLink:VpcLink", "rest-link", {"targetArn": NLB_ARN}, id="lnk456")
    endpoint = execute_api_endpoint("endpoint")
    other_service = reg(
        "aws:ec2/vpcEndpoint:VpcEndpoint",
        "ssm",
        {"serviceName": "com.amazonaws.us-east-1.ssm", "vpcId": VPC_ID},
        id="vpce-0ddddddddddddddddd",
    )
    return (
        network()
        + [backend]
        + lb
        + [link, endpoint, other_service]
        + private_rest_api([endpoint.id], link, lb[0].outputs["dnsName"])
        + noise(endpoint)
    )


def chained_scenario():
    """A consumer account's NLB whose IP targets are its endpoint's ENIs (IPs read by an invoke, so
    only the attachments' dependencies tie them to the endpoint), in front of the private API."""
    provider = reg(
        "pulumi:providers:aws",
        "team-b-account",
        {"region": "us-east-1", "assumeRoles": json.dumps([{"roleArn": "arn:aws:iam::210987654321:role/deploy"}])},
        id="prov-0123456789",
    )
    in_b = f"{provider.urn}::{provider.id}"
    endpoint = execute_api_endpoint("team-b-endpoint", provider=in_b)
    entry_arn = NLB_ARN.replace("nlb-1a2b3c4", "entry")
    entry = [
        dataclass_replace(r, provider=in_b)
        for r in load_balancer(
            entry_arn, "network", "TCP", 443, endpoint, "entry", target_id="10.1.0.25", deps=(endpoint,)
        )
    ]
    private = private_scenario()
    api = next(r for r in private if r.type == "aws:apigateway/restApi:RestApi")
    admitted = dataclass_replace(
        api,
        inputs={
            **api.inputs,
            "endpointConfiguration": {
                "types": "PRIVATE",
                "vpcEndpointIds": [api.inputs["endpointConfiguration"]["vpcEndpointIds"][0], endpoint.id],
            },
        },
    )
    return [provider, endpoint, *entry, *[admitted if r is api else r for r in private]]


def existing_scenario():
    """The user's own NLB behind the link, and an endpoint its owners created, admitted by id."""
    link = reg("aws:apigateway/vpcLink:VpcLink", "rest-link", {"targetArn": NLB_ARN}, id="lnk456")
    return [link] + private_rest_api(["vpce-0123456789abcdef0"], link, "nlb-1a2b3c4-0123.elb.us-east-1.example.com")


def private_domain_scenario():
    """A private custom domain in front of the private API: its policy admits the endpoint and one created by its
    owners; an access association, a private zone and a record that are not on the request path."""
    private = private_scenario()
    api = next(r for r in private if r.type == "aws:apigateway/restApi:RestApi")
    endpoint = next(r for r in private if r.name == "endpoint")
    admitted = [endpoint.id, "vpce-0123456789abcdef0"]
    domain = reg(
        "aws:apigateway/domainName:DomainName",
        "custom-domain-domain",
        {
            "domainName": "orders.internal.example.com",
            "endpointConfiguration": {"types": "PRIVATE"},
            "policy": json.dumps(
                {"Statement": [{"Effect": "Deny", "Condition": {"StringNotEquals": {"aws:SourceVpce": admitted}}}]}
            ),
        },
        {
            "arn": f"arn:aws:apigateway:us-east-1:{ACCOUNT}:/domainnames/orders.internal.example.com+a1b2c3d4e5",
            "domainNameId": "a1b2c3d4e5",
        },
        id="orders.internal.example.com/a1b2c3d4e5",
    )
    mapping = reg(
        "aws:apigateway/basePathMapping:BasePathMapping",
        "custom-domain-mapping",
        {
            "domainName": "orders.internal.example.com",
            "domainNameId": "a1b2c3d4e5",
            "restApi": api.id,
            "stageName": "dev",
            "basePath": "orders",
        },
        deps=(domain,),
    )
    association = reg(
        "aws:apigateway/domainNameAccessAssociation:DomainNameAccessAssociation",
        "provider-access",
        {
            "domainNameArn": domain.outputs["arn"],
            "accessAssociationSource": endpoint.id,
            "accessAssociationSourceType": "VPCE",
        },
    )
    zone = reg(
        "aws:route53/zone:Zone",
        "provider-dns-zone",
        {"name": "orders.internal.example.com", "vpcs": [{"vpcId": VPC_ID}]},
        id="Z0123456789ABCDEFGHIJ",
    )
    record = reg(
        "aws:route53/record:Record",
        "provider-dns-record",
        {
            "zoneId": zone.id,
            "name": "orders.internal.example.com",
            "type": "A",
            "aliases": [{"name": f"{endpoint.id}-abcd1234.execute-api.us-east-1.vpce.example.com", "zoneId": "ZEP"}],
        },
    )
    return private + [domain, mapping, association, zone, record]


def regional_domain_scenario():
    """A Regional custom domain with mutual TLS in front of the HTTP API."""
    scenario = alb_scenario()
    api = next(r for r in scenario if r.type == "aws:apigatewayv2/api:Api")
    domain = reg(
        "aws:apigatewayv2/domainName:DomainName",
        "custom-domain-domain",
        {
            "domainName": "orders.example.com",
            "domainNameConfiguration": {"endpointType": "REGIONAL"},
            "mutualTlsAuthentication": {"truststoreUri": "s3://b/t.pem"},
        },
        id="orders.example.com",
    )
    mapping = reg(
        "aws:apigatewayv2/apiMapping:ApiMapping",
        "custom-domain-mapping",
        {"domainName": "orders.example.com", "apiId": api.id, "stage": "$default", "apiMappingKey": "orders"},
        deps=(domain,),
    )
    return scenario + [domain, mapping]


def dataclass_replace(r: recorder.Registration, **changes) -> recorder.Registration:
    from dataclasses import replace

    return replace(r, **changes)


@pytest.mark.parametrize(
    "scenario, edges",
    [
        (
            alb_scenario,
            {("client", "api_api"), ("api_api", "link_link"), ("link_link", "lb_alb"), ("lb_alb", "backend_app")},
        ),
        (
            cloud_map_scenario,
            {
                ("client", "api_api"),
                ("api_api", "link_link"),
                ("link_link", "cloudmap_svc"),
                ("cloudmap_svc", "backend_app"),
            },
        ),
        (
            private_scenario,
            {
                ("client", "endpoint_endpoint"),
                ("endpoint_endpoint", "api_private_api"),
                ("api_private_api", "link_rest_link"),
                ("link_rest_link", "lb_nlb"),
                ("lb_nlb", "backend_app"),
            },
        ),
        (
            chained_scenario,
            {
                ("client_account_team_b_account", "lb_entry"),
                ("lb_entry", "endpoint_team_b_endpoint"),
                ("endpoint_team_b_endpoint", "api_private_api"),
                ("client", "endpoint_endpoint"),
                ("endpoint_endpoint", "api_private_api"),
                ("api_private_api", "link_rest_link"),
                ("link_rest_link", "lb_nlb"),
                ("lb_nlb", "backend_app"),
            },
        ),
        (
            private_domain_scenario,
            {
                ("client", "endpoint_endpoint"),
                ("endpoint_endpoint", "domain_custom_domain_domain"),
                ("endpoint_vpce_0123456789abcdef0", "domain_custom_domain_domain"),
                ("client", "endpoint_vpce_0123456789abcdef0"),
                ("domain_custom_domain_domain", "api_private_api"),
                ("api_private_api", "link_rest_link"),
                ("link_rest_link", "lb_nlb"),
                ("lb_nlb", "backend_app"),
            },
        ),
        (
            regional_domain_scenario,
            {
                ("client", "domain_custom_domain_domain"),
                ("domain_custom_domain_domain", "api_api"),
                ("api_api", "link_link"),
                ("link_link", "lb_alb"),
                ("lb_alb", "backend_app"),
            },
        ),
        (
            existing_scenario,
            {
                ("client", "endpoint_vpce_0123456789abcdef0"),
                ("endpoint_vpce_0123456789abcdef0", "api_private_api"),
                ("api_private_api", "link_rest_link"),
                ("link_rest_link", "lb_nlb_1a2b3c4"),
            },
        ),
    ],
)
def test_edges_follow_the_request_from_the_client_to_the_backend(scenario, edges):
    assert diagram.request_path(scenario()).edge_set() == edges


@pytest.mark.parametrize(
    "scenario",
    [
        alb_scenario,
        cloud_map_scenario,
        private_scenario,
        chained_scenario,
        private_domain_scenario,
        regional_domain_scenario,
    ],
)
def test_logs_iam_security_groups_and_parts_of_a_node_are_not_drawn(scenario):
    path = diagram.request_path(scenario())
    assert {n.kind for n in path.nodes} <= {"client", "endpoint", "domain", "api", "link", "lb", "cloudmap", "backend"}
    assert not any(word in n.label for n in path.nodes for word in ("logs", "role", "sg", "listener", "stage-"))


def test_a_node_carries_what_its_parts_say():
    labels = {n.id: n.label for n in diagram.request_path(alb_scenario()).nodes}
    assert labels["api_api"] == "HTTP API<br/>api, stage $default"
    assert labels["link_link"] == "VPC link v2<br/>link"
    assert labels["lb_alb"] == "internal ALB<br/>alb, HTTP 80"
    assert labels["backend_app"] == "EC2 instance<br/>app"


def test_a_custom_domain_is_drawn_between_its_callers_and_the_api_it_maps_to_with_its_name_and_path():
    private = diagram.request_path(private_domain_scenario())
    assert {n.id: n.label for n in private.nodes}[
        "domain_custom_domain_domain"
    ] == "Private custom domain<br/>orders.internal.example.com/orders"
    assert not any(n.id.startswith(("zone", "record")) or "access" in n.id for n in private.nodes)
    regional = diagram.request_path(regional_domain_scenario())
    assert {n.id: n.label for n in regional.nodes}[
        "domain_custom_domain_domain"
    ] == "Regional custom domain<br/>orders.example.com/orders, mutual TLS"
    assert {(e.source, e.target): e.label for e in regional.edges}[
        ("client", "domain_custom_domain_domain")
    ] == "HTTPS, SigV4-signed, mutual TLS"


def test_endpoints_of_other_services_are_not_on_the_path():
    assert "endpoint_ssm" not in {n.id for n in diagram.request_path(private_scenario()).nodes}


def test_the_endpoint_is_entered_by_private_dns_and_load_balancers_carry_the_target_port():
    edges = {(e.source, e.target): e.label for e in diagram.request_path(chained_scenario()).edges}
    assert edges[("client", "endpoint_endpoint")] == "HTTPS, private DNS"
    assert edges[("client_account_team_b_account", "lb_entry")] == "TCP 443"
    assert edges[("lb_entry", "endpoint_team_b_endpoint")] == "TCP 443"
    assert edges[("lb_nlb", "backend_app")] == "TCP 80"


def test_resources_created_through_another_accounts_provider_are_grouped_in_that_account():
    path = diagram.request_path(chained_scenario())
    groups = {n.id: n.group for n in path.nodes}
    assert path.groups["account_team_b_account"] == "account 210987654321, us-east-1"
    assert groups["lb_entry"] == ("account_team_b_account", "vpc_net")
    assert groups["endpoint_team_b_endpoint"] == ("account_team_b_account", "vpc_net")
    assert groups["api_private_api"] == ()
    assert groups["lb_nlb"] == ("vpc_net",)


def test_things_this_program_does_not_manage_are_drawn_from_the_values_that_name_them():
    labels = {n.id: n.label for n in diagram.request_path(existing_scenario()).nodes}
    assert labels["lb_nlb_1a2b3c4"] == "existing NLB<br/>nlb-1a2b3c4"
    assert (
        labels["endpoint_vpce_0123456789abcdef0"]
        == "execute-api endpoint<br/>vpce-0123456789abcdef0, created by its owners"
    )


def test_inputs_echoed_in_outputs_are_not_references():
    # The VPC link echoes its targetArn; the listener names the same ARN: no edge between them.
    path = diagram.request_path(private_scenario())
    assert ("lb_nlb", "link_rest_link") not in path.edge_set()
    assert sum(1 for e in path.edges if e.target == "lb_nlb") == 1


def test_a_stage_belongs_to_its_own_api_not_to_the_upstream_api_its_variables_name():
    upstream = reg(
        "aws:apigateway/restApi:RestApi", "upstream", {"endpointConfiguration": {"types": "PRIVATE"}}, id="ups0123456"
    )
    link = reg("aws:apigateway/vpcLink:VpcLink", "link", {"targetArn": NLB_ARN}, id="lnk789")
    api = reg(
        "aws:apigateway/restApi:RestApi", "front", {"endpointConfiguration": {"types": "PRIVATE"}}, id="frn0123456"
    )
    stage = reg(
        "aws:apigateway/stage:Stage",
        "front-stage",
        {"restApi": api.id, "stageName": "v2", "variables": {"upstreamApiId": upstream.id, "vpcLinkId": link.id}},
    )
    path = diagram.request_path([upstream, link, api, stage])
    assert ("api_front", "link_link") in path.edge_set()
    assert ("api_upstream", "link_link") not in path.edge_set()
    assert {n.id: n.label for n in path.nodes}["api_front"] == "Private REST API<br/>front, stage v2"


def test_an_http_integration_over_the_internet_leads_to_its_host():
    api = reg(
        "aws:apigateway/restApi:RestApi",
        "api",
        {
            "body": json.dumps(
                {
                    "paths": {
                        "/webpage": {
                            "get": {
                                "x-amazon-apigateway-integration": {
                                    "type": "http_proxy",
                                    "uri": "https://example.org/page",
                                    "connectionType": "INTERNET",
                                }
                            }
                        }
                    }
                }
            )
        },
        id="api0123456",
    )
    assert diagram.request_path([api]).edge_set() == {("client", "api_api"), ("api_api", "internet_example_org")}


def test_labels_are_quoted_for_mermaid():
    path = diagram.RequestPath(nodes=[diagram.Node("n", "api", 'say "hi"')], edges=[], groups={})
    assert diagram.render(path) == 'flowchart LR\n  n["say #quot;hi#quot;"]\n'


def test_every_readme_diagram_is_what_its_command_draws():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    drawn = re.findall(r"<!-- python (deploy\.py diagram [^\n]*) -->\n```mermaid\n(.*?)```\n", readme, re.S)
    assert len(drawn) == 7
    for command, shown in drawn:
        args = deploy.build_parser().parse_args(shlex.split(command)[1:])
        assert diagram.mermaid(offline.plan(args.stack, deploy.parse_overrides(args.config)).resources) == shown, (
            command
        )


@pytest.mark.parametrize("scenario", ["cross-account", "chained"])
def test_the_drawing_does_not_depend_on_the_order_resources_were_registered(scenario):
    consumers = json.dumps(
        [
            {"name": "team-a", "roleArn": f"arn:aws:iam::{ACCOUNT}:role/deployer"},
            {"name": "team-b", "vpcEndpointId": "vpce-0123456789abcdef0"},
        ]
    )
    resources = offline.plan(
        "dev", {"apigw-private:scenario": scenario, "apigw-private:consumers": consumers}
    ).resources
    assert diagram.mermaid(resources[::-1]) == diagram.mermaid(resources)


def test_the_rest_regional_stack_draws_the_whole_request_path():
    text = diagram.mermaid(offline.plan("dev").resources)
    assert (
        text
        == """\
flowchart LR
  client(["client"])
  api_rest_api["Regional REST API<br/>rest-api, stage dev"]
  link_vpc_link_link["VPC link v1<br/>vpc-link-link"]
  subgraph vpc_network_vpc ["VPC network-vpc, 10.0.0.0/16"]
    lb_backend_nlb_lb["internal NLB<br/>backend-nlb-lb, TCP 80"]
    backend_demo_backend_instance("EC2 instance<br/>demo-backend-instance")
  end
  client -->|"HTTPS, SigV4-signed"| api_rest_api
  api_rest_api --> link_vpc_link_link
  link_vpc_link_link --> lb_backend_nlb_lb
  lb_backend_nlb_lb -->|"TCP 80"| backend_demo_backend_instance
"""
    )


def test_a_stack_in_front_of_the_users_own_nlb_draws_it_as_existing():
    nlb = "arn:aws-cn:elasticloadbalancing:cn-north-1:123456789012:loadbalancer/net/mine/0123456789abcdef"
    plan = offline.plan("dev-cn", {"aws:region": "cn-north-1", "apigw-private:backend": json.dumps({"nlbArn": nlb})})
    assert diagram.request_path(plan.resources).edge_set() == {
        ("client", "api_rest_api"),
        ("api_rest_api", "link_vpc_link_link"),
        ("link_vpc_link_link", "lb_mine"),
    }
