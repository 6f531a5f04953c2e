"""RegionalDomainName: a Regional custom domain for a REST API (v1 resources) or an HTTP API (v2), TLS 1.2,
optional mutual TLS and an alias record in a given zone."""

import pytest

from components import partition as partitions
from components.regional_domain_name import RegionalDomainName
from tests.conftest import DNS_SUFFIX, PARTITION_OF, assert_children_named_from_components
from tests.conftest import build as built_under_mocks

REST_DOMAIN = "aws:apigateway/domainName:DomainName"
HTTP_DOMAIN = "aws:apigatewayv2/domainName:DomainName"
RECORD = "aws:route53/record:Record"
TRUSTSTORE = {"truststore_uri": "s3://my-truststores/orders.pem", "truststore_version": "v7"}


def certificate(region):
    return partitions.arn(
        PARTITION_OF[region], "acm", region, "123456789012", "certificate/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
    )


def build(region, **args):
    def program():
        domain = RegionalDomainName(
            "api-domain", {"domain_name": "orders.example.com", "certificate_arn": certificate(region), **args}
        )
        return {"name": domain.domain_name, "target": domain.regional_domain_name, "zone": domain.regional_zone_id}

    return built_under_mocks(region, program)


def test_a_rest_api_gets_a_regional_domain_name_with_the_regional_certificate_and_tls_1_2(region):
    built = build(region, rest_api_id="a1b2c3d4e5", stage_name="dev")
    domain = built.one(REST_DOMAIN)
    assert domain.name == "api-domain-domain"
    assert domain.inputs == {
        "domainName": "orders.example.com",
        "regionalCertificateArn": certificate(region),
        "endpointConfiguration": {"types": "REGIONAL"},
        "securityPolicy": "TLS_1_2",
    }
    mapping = built.one("aws:apigateway/basePathMapping:BasePathMapping")
    assert (mapping.name, mapping.inputs) == (
        "api-domain-mapping",
        {"domainName": "orders.example.com", "restApi": "a1b2c3d4e5", "stageName": "dev"},
    )
    assert built.of_type(HTTP_DOMAIN) == [] and built.of_type(RECORD) == []


def test_an_http_api_gets_a_v2_domain_name_and_an_api_mapping(region):
    built = build(region, http_api_id="h1b2c3d4e5", stage_name="$default", base_path="orders/v1")
    domain = built.one(HTTP_DOMAIN)
    assert domain.inputs == {
        "domainName": "orders.example.com",
        "domainNameConfiguration": {
            "certificateArn": certificate(region),
            "endpointType": "REGIONAL",
            "securityPolicy": "TLS_1_2",
        },
    }
    mapping = built.one("aws:apigatewayv2/apiMapping:ApiMapping")
    assert (mapping.name, mapping.inputs) == (
        "api-domain-mapping",
        {"domainName": "orders.example.com", "apiId": "h1b2c3d4e5", "stage": "$default", "apiMappingKey": "orders/v1"},
    )
    assert built.of_type(REST_DOMAIN) == []


@pytest.mark.parametrize(
    "api, typ",
    [({"rest_api_id": "a1b2c3d4e5"}, REST_DOMAIN), ({"http_api_id": "h1b2c3d4e5"}, HTTP_DOMAIN)],
    ids=["rest", "http"],
)
def test_mutual_tls_names_the_truststore(region, api, typ):
    domain = build(region, stage_name="dev", mutual_tls=TRUSTSTORE, **api).one(typ)
    assert domain.inputs["mutualTlsAuthentication"] == {
        "truststoreUri": "s3://my-truststores/orders.pem",
        "truststoreVersion": "v7",
    }


@pytest.mark.parametrize(
    "api, typ",
    [({"rest_api_id": "a1b2c3d4e5"}, REST_DOMAIN), ({"http_api_id": "h1b2c3d4e5"}, HTTP_DOMAIN)],
    ids=["rest", "http"],
)
def test_with_a_zone_the_name_is_an_alias_of_the_domains_regional_name(region, api, typ):
    built = build(region, stage_name="dev", hosted_zone_id="Z0123456789ABCDEFGHIJ", **api)
    target, zone = built.outputs["target"], built.outputs["zone"]
    assert target.startswith("d-") and target.endswith(f".execute-api.{region}.{DNS_SUFFIX[PARTITION_OF[region]]}")
    record = built.one(RECORD)
    assert (record.name, record.inputs) == (
        "api-domain-record",
        {
            "zoneId": "Z0123456789ABCDEFGHIJ",
            "name": "orders.example.com",
            "type": "A",
            "aliases": [{"name": target, "zoneId": zone, "evaluateTargetHealth": False}],
        },
    )


@pytest.mark.parametrize("api", [{}, {"rest_api_id": "a", "http_api_id": "b"}], ids=["neither", "both"])
def test_rejects_anything_but_exactly_one_api(region, api):
    with pytest.raises(ValueError, match="give exactly one of `rest_api_id` .* or `http_api_id`"):
        build(region, stage_name="dev", **api)


def test_children_are_named_from_the_component(region):
    assert_children_named_from_components(
        build(region, rest_api_id="a1b2c3d4e5", stage_name="dev", hosted_zone_id="Z0123456789ABCDEFGHIJ")
    )
