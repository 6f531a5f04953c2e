"""The component package (provider/): the plugin, started as the engine starts it from the installed
wheel, serves a schema with every public component, each input with its type, whether it is required
and its description, and each output; and it constructs a component against the mocks."""

import inspect
import json
import typing

import grpc
import pulumi
import pytest
from pulumi.provider.experimental.util import camel_case
from pulumi.runtime.proto import provider_pb2

import components
from components import __version__
from tests.component_engine import Engine


def public_components() -> dict[str, type]:
    exported = (getattr(components, name) for name in components.__all__)
    return {c.__name__: c for c in exported if inspect.isclass(c) and issubclass(c, pulumi.ComponentResource)}


def args_type(component: type) -> type:
    return inspect.get_annotations(vars(component)["__init__"], eval_str=True)["args"]


@pytest.fixture(scope="module")
def engine(installed_python):
    engine = Engine(installed_python[0])
    yield engine
    engine.stop()


@pytest.fixture(scope="module")
def schema(engine) -> dict:
    return json.loads(engine.provider.GetSchema(provider_pb2.GetSchemaRequest()).schema)


def test_the_schema_lists_every_public_component_whose_args_are_typed_dicts(schema):
    hosted = {c for c in public_components() if typing.is_typeddict(args_type(public_components()[c]))}

    assert (schema["name"], schema["version"]) == ("apigw-private", __version__)
    assert set(schema["resources"]) == {f"apigw-private:index:{name}" for name in hosted}
    assert all(r["isComponent"] for r in schema["resources"].values())
    assert set(public_components()) == hosted


def test_every_input_has_its_type_description_and_default_and_only_inputs_without_default_are_required(schema):
    for token, resource in schema["resources"].items():
        args = args_type(public_components()[token.split(":")[-1]])
        inputs = resource.get("inputProperties", {})

        assert set(inputs) == {camel_case(key) for key in args.__annotations__}, token
        assert set(resource.get("requiredInputs", [])) == {camel_case(key) for key in args.__required_keys__}, token
        for key, spec in inputs.items():
            assert spec["description"] and ("type" in spec or "$ref" in spec), f"{token}.{key}"
            if key not in resource.get("requiredInputs", []):
                assert "Defaults to" in " ".join(spec["description"].split()), f"{token}.{key}"


def test_every_output_is_typed_and_described(schema):
    for token, resource in schema["resources"].items():
        assert resource["properties"], token
        for key, spec in resource["properties"].items():
            assert spec["description"] and ("type" in spec or "$ref" in spec), f"{token}.{key}"
        assert "id" not in resource["properties"], f"{token}: the engine drops an output named id"


def test_closed_sets_are_enums_lists_take_outputs_and_nested_args_are_types(schema):
    types = schema["types"]
    network = schema["resources"]["apigw-private:index:PrivateNetwork"]["inputProperties"]
    nlb = schema["resources"]["apigw-private:index:NetworkLoadBalancer"]["inputProperties"]
    cloud_map = schema["resources"]["apigw-private:index:CloudMapService"]["inputProperties"]

    assert network["natGateways"]["$ref"] == "#/types/apigw-private:index:NatGatewayStrategy"
    assert [e["value"] for e in types["apigw-private:index:NatGatewayStrategy"]["enum"]] == [
        "None",
        "Single",
        "OnePerAz",
    ]
    assert nlb["targetType"]["$ref"] == "#/types/apigw-private:index:TargetType"
    assert [e["value"] for e in types["apigw-private:index:TargetType"]["enum"]] == ["instance", "ip"]
    assert (nlb["port"]["type"], nlb["subnetIds"]["type"]) == ("integer", "array")
    assert "plain" not in nlb["subnetIds"]["items"], "other languages pass Outputs as list elements"
    assert cloud_map["instances"]["items"]["$ref"] == "#/types/apigw-private:index:CloudMapInstance"
    assert types["apigw-private:index:CloudMapInstance"]["required"] == ["instanceId", "ipv4"]


def test_construct_registers_the_components_children_against_the_mocks(engine, region):
    response, registered = engine.construct(
        region,
        "VpcLinkV2",
        "link",
        {
            "vpcId": "vpc-0a1b2c3d4e5f60718",
            "subnetIds": ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"],
            "backendCidrBlocks": ["10.0.0.0/16"],
            "backendPort": 8080,
        },
    )
    by_name = {r.name: r for r in registered}
    state = dict(response.state)

    assert response.urn == "urn:pulumi:test::apigw-private::apigw-private:index:VpcLinkV2::link"
    assert [r.type for r in registered] == [
        "apigw-private:index:VpcLinkV2",
        "aws:ec2/securityGroup:SecurityGroup",
        "aws:apigatewayv2/vpcLink:VpcLink",
    ]
    assert by_name["link-sg"].inputs["egress"] == [
        {
            "protocol": "tcp",
            "fromPort": 8080,
            "toPort": 8080,
            "cidrBlocks": ["10.0.0.0/16"],
            "description": "To the backend",
        }
    ]
    assert by_name["link-link"].inputs == {
        "subnetIds": ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"],
        "securityGroupIds": [by_name["link-sg"].id],
    }
    assert state["vpcLinkId"] == by_name["link-link"].id
    assert state["securityGroupId"] == by_name["link-sg"].id


def test_construct_maps_a_list_of_nested_args_and_keeps_integers_whole(engine, region):
    _, registered = engine.construct(
        region,
        "CloudMapService",
        "backend",
        {
            "vpcId": "vpc-0a1b2c3d4e5f60718",
            "namespaceName": "dev.example.internal",
            "instances": [{"instanceId": "i-0a1b2c3d4e5f60718", "ipv4": "10.0.1.5", "port": 8080}],
        },
    )
    [instance] = [r for r in registered if r.type == "aws:servicediscovery/instance:Instance"]

    assert instance.inputs["instanceId"] == "i-0a1b2c3d4e5f60718"
    assert instance.inputs["attributes"] == {"AWS_INSTANCE_IPV4": "10.0.1.5", "AWS_INSTANCE_PORT": "8080"}


def test_construct_renders_a_rest_api_from_routes_given_as_values_in_another_language(engine, region):
    nlb = {"arn": "nlb-arn", "dnsName": "orders.elb.example", "kind": "network"}
    _, registered = engine.construct(
        region,
        "RestApi",
        "orders",
        {
            "routes": [
                {
                    "path": "/orders",
                    "integration": {"vpcLink": {"id": "abc123", "version": "v1"}, "loadBalancer": nlb, "port": 8080},
                },
                {
                    "path": "/orders/{id}",
                    "backendPath": "/orders/{id}",
                    "integration": {"vpcLink": {"id": "abc123", "version": "v1"}, "loadBalancer": nlb, "port": 8080},
                },
            ],
            "logRetentionInDays": 7,
        },
    )
    by_type = {r.type: r for r in registered}
    body = json.loads(by_type["aws:apigateway/restApi:RestApi"].inputs["body"])
    integration = body["paths"]["/orders/{id}"]["get"]["x-amazon-apigateway-integration"]
    assert integration["uri"] == "http://${stageVariables.nlbDnsName}:8080/orders/{id}"
    assert by_type["aws:apigateway/stage:Stage"].inputs["variables"] == {
        "vpcLinkId": "abc123",
        "nlbDnsName": "orders.elb.example",
    }
    assert {r.inputs["retentionInDays"] for r in registered if r.type == "aws:cloudwatch/logGroup:LogGroup"} == {7}


@pytest.mark.parametrize(
    "typ, inputs, reason",
    [
        ("RestVpcLink", {}, b"Missing required input 'targetArn' on 'RestVpcLink'"),
        (
            "PrivateNetwork",
            {"natGateways": "Double"},
            b"Invalid value Double of type <class 'str'> for enum 'NatGatewayStrategy'",
        ),
    ],
)
def test_construct_rejects_bad_inputs_naming_the_input(engine, typ, inputs, reason):
    with pytest.raises(grpc.RpcError) as raised:
        engine.construct("us-east-1", typ, "x", inputs)
    details = dict(raised.value.trailing_metadata())["grpc-status-details-bin"]

    assert raised.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert reason in details
