"""RestApi on its own: built with explicit arguments, as a user's program builds it."""

import json

import pytest

from components import (
    RestApi,
    RestApiArgs,
    existing_load_balancer,
    existing_vpc_link,
    http_integration,
    openapi,
    partition,
    private_api_integration,
    vpc_link_integration,
)
from components.references import LoadBalancerKind, LoadBalancerReference, VpcLinkVersion
from tests.conftest import build


def nlb_arn(part: str, region: str, name: str = "orders") -> str:
    return partition.arn(
        part, "elasticloadbalancing", region, "123456789012", f"loadbalancer/net/{name}/0123456789abcdef"
    )


def alb_arn(part: str, region: str) -> str:
    return partition.arn(part, "elasticloadbalancing", region, "123456789012", "loadbalancer/app/web/fedcba9876543210")


def body_of(plan) -> dict:
    return json.loads(plan.one("aws:apigateway/restApi:RestApi").inputs["body"])


def integration(plan, path: str, method: str = "get") -> dict:
    return body_of(plan)["paths"][path][method][openapi.INTEGRATION_KEY]


def test_routes_over_a_vpc_link_v1_read_the_link_and_the_nlb_from_stage_variables(region, partition):
    def program():
        nlb = existing_load_balancer(nlb_arn(partition, region))
        backend = vpc_link_integration(existing_vpc_link("abc123", "v1"), nlb, port=8080)
        RestApi(
            "orders",
            RestApiArgs(
                routes=[
                    {"path": "/orders", "integration": backend},
                    {"path": "/orders/{id}", "method": "POST", "integration": backend, "backend_path": "/orders/{id}"},
                ]
            ),
        )

    plan = build(region, program)
    assert integration(plan, "/orders") == {
        "type": "http_proxy",
        "httpMethod": "GET",
        "uri": "http://${stageVariables.nlbDnsName}:8080/",
        "connectionType": "VPC_LINK",
        "connectionId": "${stageVariables.vpcLinkId}",
        "passthroughBehavior": "when_no_match",
        "timeoutInMillis": 29000,
    }
    assert integration(plan, "/orders/{id}", "post")["uri"] == "http://${stageVariables.nlbDnsName}:8080/orders/{id}"
    variables = plan.one("aws:apigateway/stage:Stage").inputs["variables"]
    assert variables["vpcLinkId"] == "abc123" and set(variables) == {"vpcLinkId", "nlbDnsName"}
    assert variables["nlbDnsName"].startswith("orders-0123456789abcdef.elb.")
    assert body_of(plan)["info"]["title"] == "orders"


def test_a_vpc_link_v2_route_names_its_load_balancer_in_the_body(region, partition):
    def program():
        alb = existing_load_balancer(alb_arn(partition, region))
        RestApi(
            "web",
            RestApiArgs(
                routes=[{"path": "/", "integration": vpc_link_integration(existing_vpc_link("v2link", "v2"), alb)}]
            ),
        )

    plan = build(region, program)
    assert integration(plan, "/")["integrationTarget"] == alb_arn(partition, region)
    assert integration(plan, "/")["connectionId"] == "${stageVariables.vpcLinkV2Id}"
    assert set(plan.one("aws:apigateway/stage:Stage").inputs["variables"]) == {"vpcLinkV2Id", "loadBalancerDnsName"}


def test_a_second_link_gets_numbered_stage_variables(region, partition):
    def program():
        first = vpc_link_integration(existing_vpc_link("one", "v1"), existing_load_balancer(nlb_arn(partition, region)))
        second = vpc_link_integration(
            existing_vpc_link("two", "v1"), existing_load_balancer(nlb_arn(partition, region, "billing"))
        )
        RestApi(
            "api",
            RestApiArgs(
                routes=[
                    {"path": "/a", "integration": first},
                    {"path": "/b", "integration": second},
                    {"path": "/c", "integration": first},
                ]
            ),
        )

    plan = build(region, program)
    assert integration(plan, "/b")["connectionId"] == "${stageVariables.vpcLinkId2}"
    assert integration(plan, "/c")["connectionId"] == "${stageVariables.vpcLinkId}"
    variables = plan.one("aws:apigateway/stage:Stage").inputs["variables"]
    assert (variables["vpcLinkId"], variables["vpcLinkId2"]) == ("one", "two")


def test_a_private_api_denies_requests_from_outside_its_endpoints(region):
    def program():
        RestApi(
            "private",
            RestApiArgs(
                routes=[{"path": "/", "integration": http_integration("https://example.com")}],
                endpoint_type="PRIVATE",
                vpc_endpoint_ids=["vpce-0bbbbbbbbbbbbbbbb", "vpce-0aaaaaaaaaaaaaaaa"],
            ),
        )

    plan = build(region, program)
    api = plan.one("aws:apigateway/restApi:RestApi")
    ids = ["vpce-0aaaaaaaaaaaaaaaa", "vpce-0bbbbbbbbbbbbbbbb"]
    assert api.inputs["endpointConfiguration"] == {"types": "PRIVATE", "vpcEndpointIds": ids}
    assert json.loads(api.inputs["policy"])["Statement"][1] == {
        "Effect": "Deny",
        "Principal": "*",
        "Action": "execute-api:Invoke",
        "Resource": "execute-api:/*",
        "Condition": {"StringNotEquals": {"aws:SourceVpce": ids}},
    }
    assert body_of(plan)["x-amazon-apigateway-endpoint-configuration"] == {"vpcEndpointIds": ids}
    assert api.inputs["putRestApiMode"] == "overwrite"
    # A private API's gate is its endpoints and policy: no SigV4 unless asked.
    assert "security" not in body_of(plan)["paths"]["/"]["get"]


def test_a_regional_api_requires_signed_calls_by_default(region):
    plan = build(
        region,
        lambda: RestApi(
            "api", RestApiArgs(routes=[{"path": "/", "integration": http_integration("https://example.com")}])
        ),
    )
    assert body_of(plan)["paths"]["/"]["get"]["security"] == [{"sigv4": []}]
    assert plan.one("aws:apigateway/restApi:RestApi").inputs["endpointConfiguration"] == {"types": "REGIONAL"}


def test_a_chain_to_another_private_api_sends_its_id_and_calls_its_host_over_tls(region):
    def program():
        RestApi(
            "front",
            RestApiArgs(
                routes=[
                    {
                        "path": "/x",
                        "backend_path": "/dev/x",
                        "integration": private_api_integration(
                            existing_vpc_link("chain", "v1"), "upstream1", "upstream1.execute-api.example"
                        ),
                    }
                ]
            ),
        )

    plan = build(region, program)
    assert integration(plan, "/x") | {} == {
        "type": "http_proxy",
        "httpMethod": "GET",
        "uri": "https://${stageVariables.upstreamHost}/dev/x",
        "connectionType": "VPC_LINK",
        "connectionId": "${stageVariables.vpcLinkId}",
        "requestParameters": {"integration.request.header.x-apigw-api-id": "stageVariables.upstreamApiId"},
        "passthroughBehavior": "when_no_match",
        "timeoutInMillis": 29000,
    }
    assert plan.one("aws:apigateway/stage:Stage").inputs["variables"] == {
        "vpcLinkId": "chain",
        "upstreamHost": "upstream1.execute-api.example",
        "upstreamApiId": "upstream1",
    }


def test_your_own_openapi_document_is_imported_as_it_is_with_your_stage_variables(region):
    document = json.dumps({"openapi": "3.0.1", "info": {"title": "mine", "version": "1"}, "paths": {}})
    plan = build(
        region,
        lambda: RestApi(
            "mine", RestApiArgs(openapi_document=document, stage_variables={"backendHost": "orders.internal"})
        ),
    )
    assert plan.one("aws:apigateway/restApi:RestApi").inputs["body"] == document
    assert plan.one("aws:apigateway/stage:Stage").inputs["variables"] == {"backendHost": "orders.internal"}
    assert plan.one("aws:apigateway/deployment:Deployment").inputs["triggers"] == {
        "redeployment": openapi.content_hash(document, "")
    }


def test_children_are_exposed_and_named_from_the_component(region):
    made = {}

    def program():
        made["api"] = RestApi(
            "orders",
            RestApiArgs(
                routes=[{"path": "/", "integration": http_integration("https://example.com")}], stage_name="prod"
            ),
        )
        return {"id": made["api"].api.id, "stage": made["api"].stage.stage_name}

    plan = build(region, program)
    assert sorted(r.name for r in plan.resources) == [
        "orders",
        "orders-access-logs",
        "orders-api",
        "orders-deployment",
        "orders-execution-logs",
        "orders-method-settings",
        "orders-stage",
    ]
    assert plan.outputs == {"id": plan.one("aws:apigateway/restApi:RestApi").id, "stage": "prod"}


def test_logging_off_creates_no_log_groups_and_keeps_metrics(region):
    plan = build(
        region,
        lambda: RestApi(
            "api",
            RestApiArgs(
                routes=[{"path": "/", "integration": http_integration("https://example.com")}],
                access_logs=False,
                execution_logging_level="OFF",
                metrics_enabled=False,
            ),
        ),
    )
    assert not plan.of_type("aws:cloudwatch/logGroup:LogGroup")
    assert plan.one("aws:apigateway/methodSettings:MethodSettings").inputs["settings"] == {
        "dataTraceEnabled": False,
        "loggingLevel": "OFF",
        "metricsEnabled": False,
    }


@pytest.mark.parametrize(
    "args, sent",
    [({}, None), ({"execute_api_endpoint": True}, None), ({"execute_api_endpoint": False}, True)],
    ids=["default", "on", "off"],
)
def test_the_default_execute_api_endpoint_is_turned_off_only_when_asked(region, args, sent):
    plan = build(
        region,
        lambda: RestApi(
            "api", RestApiArgs(routes=[{"path": "/", "integration": http_integration("https://example.com")}], **args)
        ),
    )
    assert plan.one("aws:apigateway/restApi:RestApi").inputs.get("disableExecuteApiEndpoint") is sent


@pytest.mark.parametrize(
    "args, message",
    [
        ({}, "RestApi: give exactly one of `routes` or `openapi_document`"),
        ({"routes": [], "openapi_document": "{}"}, "RestApi: give exactly one of `routes` or `openapi_document`"),
        (
            {"openapi_document": "{}", "endpoint_type": "PRIVATE"},
            "RestApi: `vpc_endpoint_ids` is required for a PRIVATE API and refused otherwise",
        ),
        (
            {"openapi_document": "{}", "vpc_endpoint_ids": ["vpce-0aaaaaaaaaaaaaaaa"]},
            "RestApi: `vpc_endpoint_ids` is required for a PRIVATE API and refused otherwise",
        ),
        (
            {
                "openapi_document": "{}",
                "endpoint_type": "PRIVATE",
                "vpc_endpoint_ids": ["vpce-0aaaaaaaaaaaaaaaa"],
                "execute_api_endpoint": False,
            },
            "RestApi: `execute_api_endpoint` can only be turned off for a REGIONAL or EDGE API",
        ),
        (
            {"routes": [{"path": "/a", "integration": {}}]},
            "routes[0] GET /a has no integration; give vpc_link_integration(...), private_api_integration(...) or "
            "http_integration(url)",
        ),
        (
            {
                "routes": [
                    {
                        "path": "/a",
                        "integration": {
                            "url": "https://x",
                            "load_balancer": LoadBalancerReference(
                                arn="a", dns_name="d", kind=LoadBalancerKind.NETWORK
                            ),
                        },
                    }
                ]
            },
            "routes[0] GET /a: give exactly one of url, load_balancer or upstream_api_id with upstream_host; got url, "
            "load_balancer",
        ),
        (
            {
                "routes": [
                    {
                        "path": "/a",
                        "integration": {
                            "load_balancer": LoadBalancerReference(arn="a", dns_name="d", kind=LoadBalancerKind.NETWORK)
                        },
                    }
                ]
            },
            "routes[0] GET /a: a private integration needs a vpc_link",
        ),
        (
            {
                "routes": [
                    {
                        "path": "/a",
                        "integration": {
                            "vpc_link": {"id": "l", "version": VpcLinkVersion.V1},
                            "load_balancer": LoadBalancerReference(
                                arn="a", dns_name="d", kind=LoadBalancerKind.APPLICATION
                            ),
                        },
                    }
                ]
            },
            "routes[0] GET /a: a VPC link v1 reaches only a Network Load Balancer; use a v2 link for an ALB",
        ),
    ],
)
def test_rejects_arguments_that_cannot_make_an_api(args, message):
    with pytest.raises(ValueError) as raised:
        build("us-east-1", lambda: RestApi("api", RestApiArgs(**args)))
    assert str(raised.value) == message


def test_log_groups_outlive_the_stack_unless_asked_and_throttling_reaches_every_method(region):
    route = [{"path": "/", "integration": http_integration("https://example.com")}]
    kept = build(
        region, lambda: RestApi("api", RestApiArgs(routes=route, throttling={"burst_limit": 20, "rate_limit": 10.5}))
    )
    assert {r.name: r.retain_on_delete for r in kept.of_type("aws:cloudwatch/logGroup:LogGroup")} == {
        "api-access-logs": True,
        "api-execution-logs": True,
    }
    assert kept.one("aws:apigateway/methodSettings:MethodSettings").inputs["settings"] == {
        "dataTraceEnabled": False,
        "loggingLevel": "ERROR",
        "metricsEnabled": True,
        "throttlingBurstLimit": 20,
        "throttlingRateLimit": 10.5,
    }
    deleted = build(region, lambda: RestApi("api", RestApiArgs(routes=route, retain_logs_on_delete=False)))
    assert not any(r.retain_on_delete for r in deleted.of_type("aws:cloudwatch/logGroup:LogGroup"))
