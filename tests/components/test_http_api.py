"""HttpApi on its own: built with explicit arguments, as a user's program builds it."""

import pytest

from components import HttpApi, HttpApiArgs, existing_listener, existing_vpc_link, partition
from tests.conftest import build


def listener_arn(part: str, region: str) -> str:
    return partition.arn(
        part, "elasticloadbalancing", region, "123456789012", "listener/app/web/fedcba9876543210/0123456789abcdef"
    )


def test_every_route_goes_through_the_link_to_the_listener(region, partition):
    def program():
        HttpApi(
            "orders",
            HttpApiArgs(
                vpc_link=existing_vpc_link("v2link", "v2"),
                load_balancer=existing_listener(listener_arn(partition, region)),
                routes=["GET /orders", "ANY /orders/{proxy+}"],
            ),
        )

    plan = build(region, program)
    api = plan.one("aws:apigatewayv2/api:Api")
    assert plan.one("aws:apigatewayv2/integration:Integration").inputs == {
        "apiId": api.id,
        "integrationType": "HTTP_PROXY",
        "integrationMethod": "ANY",
        "connectionType": "VPC_LINK",
        "connectionId": "v2link",
        "integrationUri": listener_arn(partition, region),
        "payloadFormatVersion": "1.0",
    }
    routes = plan.of_type("aws:apigatewayv2/route:Route")
    assert sorted((r.inputs["routeKey"], r.inputs["authorizationType"]) for r in routes) == [
        ("ANY /orders/{proxy+}", "AWS_IAM"),
        ("GET /orders", "AWS_IAM"),
    ]
    assert plan.one("aws:apigatewayv2/stage:Stage").inputs["name"] == "$default"


def test_a_named_stage_overwrites_the_backend_path_and_cloud_map_is_a_target(region):
    plan = build(
        region,
        lambda: HttpApi(
            "api",
            HttpApiArgs(
                vpc_link=existing_vpc_link("v2link", "v2"),
                cloud_map_service_arn="srv-arn",
                stage_name="prod",
                authorization_type="NONE",
                access_logs=False,
            ),
        ),
    )
    integration = plan.one("aws:apigatewayv2/integration:Integration").inputs
    assert (integration["integrationUri"], integration["requestParameters"]) == (
        "srv-arn",
        {"overwrite:path": "$request.path"},
    )
    assert not plan.of_type("aws:cloudwatch/logGroup:LogGroup")


@pytest.mark.parametrize("args, sent", [({}, None), ({"execute_api_endpoint": False}, True)], ids=["default", "off"])
def test_the_default_execute_api_endpoint_is_turned_off_only_when_asked(region, args, sent):
    plan = build(
        region,
        lambda: HttpApi(
            "api", HttpApiArgs(vpc_link=existing_vpc_link("v2link", "v2"), cloud_map_service_arn="srv-arn", **args)
        ),
    )
    assert plan.one("aws:apigatewayv2/api:Api").inputs.get("disableExecuteApiEndpoint") is sent


def test_children_are_exposed_and_named_from_the_component(region):
    def program():
        api = HttpApi("web", HttpApiArgs(vpc_link=existing_vpc_link("l", "v2"), cloud_map_service_arn="srv"))
        return {
            "api": api.api.id,
            "integration": api.integration.id,
            "stage": api.stage.name,
            "routes": len(api.routes),
        }

    plan = build(region, program)
    assert plan.outputs == {
        "api": plan.one("aws:apigatewayv2/api:Api").id,
        "integration": plan.one("aws:apigatewayv2/integration:Integration").id,
        "stage": "$default",
        "routes": 1,
    }
    assert {r.name for r in plan.resources} == {
        "web",
        "web-api",
        "web-integration",
        "web-route-$default",
        "web-access-logs",
        "web-stage",
    }


@pytest.mark.parametrize(
    "args, message",
    [
        (
            {"vpc_link": {"id": "l", "version": "v1"}, "cloud_map_service_arn": "s"},
            "HttpApi: `vpc_link` must be a VPC link v2; HTTP APIs cannot use a REST VPC link (v1)",
        ),
        (
            {"vpc_link": {"id": "l", "version": "v2"}},
            "HttpApi: give exactly one of `load_balancer` or `cloud_map_service_arn`",
        ),
        (
            {
                "vpc_link": {"id": "l", "version": "v2"},
                "load_balancer": {"arn": "a", "dns_name": "d", "kind": "network"},
            },
            "HttpApi: `load_balancer` needs its `listener_arn`: an HTTP API integration targets a listener",
        ),
        (
            {"vpc_link": {"id": "l", "version": "v2"}, "cloud_map_service_arn": "s", "routes": ["GET /a\n"]},
            "`routes` must be distinct route keys such as 'GET /items/{id}' or '$default', got ['GET /a\\n']",
        ),
    ],
)
def test_rejects_arguments_that_cannot_make_an_api(args, message):
    with pytest.raises(ValueError) as raised:
        build("us-east-1", lambda: HttpApi("api", HttpApiArgs(**args)))
    assert str(raised.value) == message


def test_the_access_log_group_outlives_the_stack_and_throttling_reaches_every_route(region):
    plan = build(
        region,
        lambda: HttpApi(
            "api",
            HttpApiArgs(
                vpc_link=existing_vpc_link("l", "v2"),
                cloud_map_service_arn="srv",
                throttling={"burst_limit": 20, "rate_limit": 10},
            ),
        ),
    )
    assert plan.one("aws:cloudwatch/logGroup:LogGroup").retain_on_delete is True
    assert plan.one("aws:apigatewayv2/stage:Stage").inputs["defaultRouteSettings"] == {
        "throttlingBurstLimit": 20,
        "throttlingRateLimit": 10,
    }
