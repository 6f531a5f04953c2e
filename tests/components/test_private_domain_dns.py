"""PrivateDomainDns: the private custom domain name resolving to the VPC's endpoint, in a new zone or a given one."""

import pytest

from components.execute_api_endpoint import regional_dns_entry
from components.private_domain_dns import PrivateDomainDns
from tests.conftest import DNS_SUFFIX, PARTITION_OF, assert_children_named_from_components
from tests.conftest import build as built_under_mocks

ZONE = "aws:route53/zone:Zone"
RECORD = "aws:route53/record:Record"
VPC = "vpc-0123456789abcdef0"


def endpoint_dns_name(region):
    return f"vpce-0123456789abcdef0-abcd1234.execute-api.{region}.vpce.{DNS_SUFFIX[PARTITION_OF[region]]}"


def build(region, **extra):
    def program():
        dns = PrivateDomainDns(
            "provider-dns",
            {
                "domain_name": "orders.internal.example.com",
                "vpc_id": VPC,
                "endpoint_dns_name": endpoint_dns_name(region),
                "endpoint_hosted_zone_id": "Z7HUB22UULQXV",
                **extra,
            },
        )
        return {"zoneId": dns.zone_id}

    return built_under_mocks(region, program)


def test_a_private_zone_for_the_name_is_associated_with_the_vpc(region):
    built = build(region)
    zone = built.one(ZONE)
    assert zone.name == "provider-dns-zone"
    assert zone.inputs == {
        "name": "orders.internal.example.com",
        "vpcs": [{"vpcId": VPC}],
        "comment": "apigw-private: a private custom domain name, resolved to the VPC's execute-api endpoint",
    }
    assert built.outputs["zoneId"] == zone.id


def test_the_name_is_an_alias_of_the_endpoints_regional_dns_name(region):
    built = build(region)
    record = built.one(RECORD)
    assert record.name == "provider-dns-record"
    assert record.inputs == {
        "zoneId": built.one(ZONE).id,
        "name": "orders.internal.example.com",
        "type": "A",
        "aliases": [{"name": endpoint_dns_name(region), "zoneId": "Z7HUB22UULQXV", "evaluateTargetHealth": False}],
    }


def test_with_a_given_zone_the_record_goes_there_and_no_zone_is_created(region):
    built = build(region, hosted_zone_id="Z0123456789ABCDEFGHIJ")
    assert built.of_type(ZONE) == []
    assert built.one(RECORD).inputs["zoneId"] == "Z0123456789ABCDEFGHIJ"
    assert built.outputs["zoneId"] == "Z0123456789ABCDEFGHIJ"


def test_children_are_named_from_the_component(region):
    assert_children_named_from_components(build(region))


@pytest.mark.parametrize(
    "entries",
    [
        [
            {
                "dnsName": "vpce-0a1b2c3d4e5f60718-abcd1234-us-east-1a.execute-api.us-east-1.vpce.amazonaws.com",
                "hostedZoneId": "ZZONAL",
            },
            {
                "dnsName": "vpce-0a1b2c3d4e5f60718-abcd1234.execute-api.us-east-1.vpce.amazonaws.com",
                "hostedZoneId": "Z7HUB22UULQXV",
            },
            {"dnsName": "*.execute-api.us-east-1.amazonaws.com", "hostedZoneId": ""},
        ],
        [
            {
                "dns_name": "vpce-0a1b2c3d4e5f60718-abcd1234.execute-api.us-east-1.vpce.amazonaws.com",
                "hosted_zone_id": "Z7HUB22UULQXV",
            },
            {
                "dns_name": "vpce-0a1b2c3d4e5f60718-abcd1234-us-east-1a.execute-api.us-east-1.vpce.amazonaws.com",
                "hosted_zone_id": "ZZONAL",
            },
        ],
    ],
    ids=["wire-names-zonal-first", "python-names-regional-first"],
)
def test_the_alias_target_is_the_endpoints_regional_name_and_its_zone_whatever_the_order(entries):
    assert regional_dns_entry(entries) == (
        "vpce-0a1b2c3d4e5f60718-abcd1234.execute-api.us-east-1.vpce.amazonaws.com",
        "Z7HUB22UULQXV",
    )
