"""The OpenAPI renderer: valid documents with the integrations API Gateway expects."""

import json

import pytest

from components.openapi import (
    InternetBackend,
    Route,
    VpcLinkBackend,
    content_hash,
    render_rest_api,
    to_json,
    validate,
)

ROUTES = [
    Route("/internal-nlb"),
    Route("/items/{id}", "POST", backend_path="/items/{id}"),
    Route("/files/{proxy+}", "ANY", backend_path="/{proxy}"),
    Route("/webpage-vpc-non-proxy", proxy=False),
    Route("/webpage", backend=InternetBackend("https://example.com/")),
]


def render(**kwargs):
    return render_rest_api("api", ROUTES, **kwargs)


@pytest.mark.parametrize("authorization", ["NONE", "AWS_IAM"])
def test_rendered_document_is_valid_openapi(authorization):
    validate(render(authorization=authorization))


def test_vpc_link_route_reads_link_and_host_from_stage_variables():
    integration = render()["paths"]["/internal-nlb"]["get"]["x-amazon-apigateway-integration"]
    assert integration == {
        "type": "http_proxy",
        "httpMethod": "GET",
        "uri": "http://${stageVariables.nlbDnsName}/",
        "connectionType": "VPC_LINK",
        "connectionId": "${stageVariables.vpcLinkId}",
        "passthroughBehavior": "when_no_match",
        "timeoutInMillis": 29000,
    }


def test_non_proxy_route_maps_a_200_response():
    operation = render()["paths"]["/webpage-vpc-non-proxy"]["get"]
    assert operation["x-amazon-apigateway-integration"]["type"] == "http"
    assert operation["x-amazon-apigateway-integration"]["responses"] == {"default": {"statusCode": "200"}}
    assert "200" in operation["responses"]


def test_http_route_goes_to_the_backend_url_over_the_internet():
    integration = render()["paths"]["/webpage"]["get"]["x-amazon-apigateway-integration"]
    assert (integration["uri"], integration["connectionType"]) == ("https://example.com/", "INTERNET")
    assert "connectionId" not in integration


def test_path_parameters_are_declared_and_passed_to_the_backend():
    operation = render()["paths"]["/items/{id}"]["post"]
    assert operation["parameters"] == [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]
    integration = operation["x-amazon-apigateway-integration"]
    assert integration["uri"] == "http://${stageVariables.nlbDnsName}/items/{id}"
    assert integration["requestParameters"] == {"integration.request.path.id": "method.request.path.id"}


def test_greedy_path_uses_api_gateway_any_method_and_parameter_name_without_plus():
    operation = render()["paths"]["/files/{proxy+}"]["x-amazon-apigateway-any-method"]
    assert operation["parameters"][0]["name"] == "proxy"
    assert operation["x-amazon-apigateway-integration"]["httpMethod"] == "ANY"


def test_iam_authorization_requires_sigv4_on_every_method():
    document = render(authorization="AWS_IAM")
    assert document["components"]["securitySchemes"]["sigv4"]["x-amazon-apigateway-authtype"] == "awsSigv4"
    for item in document["paths"].values():
        for operation in item.values():
            assert operation["security"] == [{"sigv4": []}]


def test_open_authorization_declares_no_security():
    document = render(authorization="NONE")
    assert "components" not in document
    assert all("security" not in op for item in document["paths"].values() for op in item.values())


def test_vpc_link_port_other_than_the_scheme_default_is_in_the_uri():
    document = render_rest_api("api", [Route("/a", backend=VpcLinkBackend(port=8080))])
    assert (
        document["paths"]["/a"]["get"]["x-amazon-apigateway-integration"]["uri"]
        == "http://${stageVariables.nlbDnsName}:8080/"
    )


def test_a_vpc_link_v2_integration_names_its_load_balancer_as_the_integration_target():
    """An import carries `integrationTarget` next to the v2 link's id (docs/aws-facts.md §9.4)."""
    arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/x/0123456789abcdef"
    backend = VpcLinkBackend(
        connection_id="${stageVariables.vpcLinkV2Id}",
        host="${stageVariables.loadBalancerDnsName}",
        integration_target=arn,
    )
    integration = render_rest_api("api", [Route("/a", backend=backend)], authorization="NONE")["paths"]["/a"]["get"][
        "x-amazon-apigateway-integration"
    ]
    assert integration == {
        "type": "http_proxy",
        "httpMethod": "GET",
        "uri": "http://${stageVariables.loadBalancerDnsName}/",
        "connectionType": "VPC_LINK",
        "connectionId": "${stageVariables.vpcLinkV2Id}",
        "integrationTarget": arn,
        "passthroughBehavior": "when_no_match",
        "timeoutInMillis": 29000,
    }


def test_json_text_and_hash_are_stable():
    assert to_json(render()) == to_json(json.loads(to_json(render())))
    assert content_hash("a", "b") != content_hash("ab", "")
