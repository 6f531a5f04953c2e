"""PrivateNetwork on its own."""

from components import PrivateNetwork, PrivateNetworkArgs
from tests.components.helpers import named
from tests.conftest import build


def test_a_vpc_with_dns_on_isolated_subnets_and_no_nat_gateway(region):
    zones = [f"{region}a", f"{region}b"]
    plan = build(region, lambda: PrivateNetwork("net", PrivateNetworkArgs(availability_zone_names=zones)))
    assert named(plan, "net-vpc").inputs == {
        "availabilityZoneNames": zones,
        "cidrBlock": "10.0.0.0/16",
        "enableDnsHostnames": True,
        "enableDnsSupport": True,
        "natGateways": {"strategy": "None"},
        "subnetSpecs": [{"type": "Isolated"}],
    }


def test_nat_gateways_add_public_subnets(region):
    plan = build(
        region,
        lambda: PrivateNetwork(
            "net", PrivateNetworkArgs(availability_zone_names=[f"{region}a"], nat_gateways="Single")
        ),
    )
    assert named(plan, "net-vpc").inputs["subnetSpecs"] == [{"type": "Private"}, {"type": "Public"}]


def test_zones_are_looked_up_where_not_given(region):
    plan = build(region, lambda: PrivateNetwork("net", PrivateNetworkArgs(availability_zone_count=3)))
    assert len(named(plan, "net-vpc").inputs["availabilityZoneNames"]) == 3
