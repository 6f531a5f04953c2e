"""PrivateDomainName: a PRIVATE custom domain name, its own deny-unless-endpoint policy, the base path mapping."""

import json

from components import partition as partitions
from components.private_domain_name import PrivateDomainName
from tests.conftest import PARTITION_OF, assert_children_named_from_components
from tests.conftest import build as built_under_mocks

DOMAIN = "aws:apigateway/domainName:DomainName"
MAPPING = "aws:apigateway/basePathMapping:BasePathMapping"
ENDPOINTS = ["vpce-0123456789abcdef0", "vpce-0fedcba9876543210"]


def certificate(region):
    return partitions.arn(
        PARTITION_OF[region], "acm", region, "123456789012", "certificate/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
    )


def build(region, **extra):
    def program():
        domain = PrivateDomainName(
            "orders",
            {
                "domain_name": "orders.internal.example.com",
                "certificate_arn": certificate(region),
                "rest_api_id": "a1b2c3d4e5",
                "stage_name": "dev",
                "vpc_endpoint_ids": ENDPOINTS,
                **extra,
            },
        )
        return {
            "arn": domain.arn,
            "id": domain.domain_name_id,
            "name": domain.domain_name,
            "executeApiArn": domain.execute_api_arn,
        }

    return built_under_mocks(region, program)


def test_the_domain_name_is_private_with_the_certificate_and_tls_1_2(region):
    domain = build(region).one(DOMAIN)
    assert domain.name == "orders-domain"
    assert {k: v for k, v in domain.inputs.items() if k != "policy"} == {
        "domainName": "orders.internal.example.com",
        "certificateArn": certificate(region),
        "endpointConfiguration": {"types": "PRIVATE"},
        "securityPolicy": "TLS_1_2",
    }


def test_the_domain_name_denies_every_caller_not_coming_through_the_admitted_endpoints(region):
    policy = json.loads(build(region).one(DOMAIN).inputs["policy"])
    statement = {"Principal": "*", "Action": "execute-api:Invoke", "Resource": "execute-api:/*"}
    assert policy == {
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", **statement},
            {"Effect": "Deny", **statement, "Condition": {"StringNotEquals": {"aws:SourceVpce": ENDPOINTS}}},
        ],
    }


def test_the_stage_is_mapped_by_the_private_names_id(region):
    built = build(region, base_path="orders")
    domain, mapping = built.one(DOMAIN), built.one(MAPPING)
    assert mapping.name == "orders-mapping"
    assert mapping.inputs == {
        "domainName": "orders.internal.example.com",
        "domainNameId": domain.outputs["domainNameId"],
        "restApi": "a1b2c3d4e5",
        "stageName": "dev",
        "basePath": "orders",
    }


def test_without_a_base_path_the_api_is_at_the_names_root(region):
    assert "basePath" not in build(region).one(MAPPING).inputs


def test_outputs_the_private_names_arns_with_account_and_id(region):
    built = build(region)
    domain_name_id = built.one(DOMAIN).outputs["domainNameId"]
    assert built.outputs == {
        "arn": partitions.arn(
            PARTITION_OF[region],
            "apigateway",
            region,
            "123456789012",
            f"/domainnames/orders.internal.example.com+{domain_name_id}",
        ),
        "id": domain_name_id,
        "name": "orders.internal.example.com",
        "executeApiArn": partitions.arn(
            PARTITION_OF[region],
            "execute-api",
            region,
            "123456789012",
            f"/domainnames/orders.internal.example.com+{domain_name_id}",
        ),
    }


def test_children_are_named_from_the_component(region):
    assert_children_named_from_components(build(region))
