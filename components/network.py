"""PrivateNetwork: a VPC with private subnets, built with awsx."""

from enum import Enum
from typing import NotRequired, Optional, Sequence, TypedDict

import pulumi
import pulumi_aws as aws
import pulumi_awsx as awsx

from ._numbers import whole_number
from .references import NetworkReference

DEFAULT_AVAILABILITY_ZONE_COUNT = 2


class NatGatewayStrategy(str, Enum):
    """Which NAT gateways give the private subnets outbound internet access (awsx's strategies)."""

    NONE = "None"
    """None: the private subnets are isolated."""
    SINGLE = "Single"
    """One NAT gateway, in the first zone, for every subnet."""
    ONE_PER_AZ = "OnePerAz"
    """One NAT gateway per Availability Zone."""


def usable_zones(
    names: Sequence[str],
    zone_ids: Sequence[str],
    excluded_zone_ids: Sequence[str] = (),
    offered: Optional[Sequence[Sequence[str]]] = None,
) -> list[str]:
    """The region's zone names in its own order, less those whose zone ID is excluded and, with
    `offered` (the zone names of each endpoint service that must reach the subnets), less those
    a service is not offered in."""
    excluded = frozenset(excluded_zone_ids)
    everywhere = set(names).intersection(*offered) if offered else set(names)
    return [
        name for name, zone_id in zip(names, zone_ids, strict=True) if zone_id not in excluded and name in everywhere
    ]


class PrivateNetworkArgs(TypedDict):
    """The inputs of a PrivateNetwork: every one has a default."""

    cidr_block: NotRequired[str]
    """The VPC's IPv4 range. Defaults to 10.0.0.0/16."""
    availability_zone_count: NotRequired[int]
    """How many Availability Zones get a private subnet, taken in order from the
    region's own list of available zones (never hard-coded letters: cn-north-1
    has a, b and d). Defaults to 2."""
    availability_zone_names: NotRequired[Sequence[str]]
    """Exact Availability Zone names, overriding `availability_zone_count`.
    Defaults to the first `availability_zone_count` zones the region reports."""
    excluded_zone_ids: NotRequired[Sequence[str]]
    """Availability Zone IDs (stable across accounts, unlike names) never to take from the
    region's list, such as those where VPC link v2 cannot be placed. Does not filter
    `availability_zone_names`. Defaults to none."""
    endpoint_service_names: NotRequired[Sequence[str]]
    """Interface endpoint services that will have endpoints in the subnets, by full name
    (`partition.endpoint_service_name`): only zones where each is offered are taken.
    Does not filter `availability_zone_names`. Defaults to none."""
    nat_gateways: NotRequired[NatGatewayStrategy]
    """NAT gateways for outbound internet access. Defaults to None: the private
    subnets are isolated, which costs nothing; `Single` or `OnePerAz` add public
    subnets and NAT gateways (about 33 USD a month each)."""


class PrivateNetwork(pulumi.ComponentResource):
    """A VPC whose subnets have no route from the internet.

    Creates one `awsx:ec2:Vpc` with DNS support and DNS hostnames on (private DNS
    of interface endpoints needs both) and one private subnet per Availability
    Zone: isolated when there is no NAT gateway, private behind NAT otherwise. Pass
    `reference` to the components that need a network.
    """

    vpc_id: pulumi.Output[str]
    """The VPC's id."""
    private_subnet_ids: pulumi.Output[Sequence[str]]
    """The private subnets, one per Availability Zone, in zone order."""
    cidr_block: str
    """The VPC's IPv4 range."""

    def __init__(self, name: str, args: PrivateNetworkArgs, opts: Optional[pulumi.ResourceOptions] = None):
        super().__init__("apigw-private:index:PrivateNetwork", name, None, opts)
        cidr_block = args.get("cidr_block", "10.0.0.0/16")
        nat_gateways = NatGatewayStrategy(args.get("nat_gateways", NatGatewayStrategy.NONE))
        zones: pulumi.Input[Sequence[str]]
        if args.get("availability_zone_names"):
            zones = list(args["availability_zone_names"])
        else:
            lookup = pulumi.InvokeOutputOptions(parent=self)
            excluded_zone_ids = args.get("excluded_zone_ids", ())
            count = whole_number(args.get("availability_zone_count", DEFAULT_AVAILABILITY_ZONE_COUNT))
            offered = [
                aws.ec2.get_vpc_endpoint_service_output(service_name=service, opts=lookup).availability_zones
                for service in args.get("endpoint_service_names", ())
            ]
            found_zones = aws.get_availability_zones_output(state="available", opts=lookup)
            zones = pulumi.Output.all(found_zones, *offered).apply(
                lambda found: usable_zones(found[0].names, found[0].zone_ids, excluded_zone_ids, found[1:])[:count]
            )

        with_nat = nat_gateways != NatGatewayStrategy.NONE
        subnet_specs = [
            awsx.ec2.SubnetSpecArgs(type=awsx.ec2.SubnetType.PRIVATE if with_nat else awsx.ec2.SubnetType.ISOLATED)
        ]
        if with_nat:
            subnet_specs.append(awsx.ec2.SubnetSpecArgs(type=awsx.ec2.SubnetType.PUBLIC))

        vpc = awsx.ec2.Vpc(
            f"{name}-vpc",
            cidr_block=cidr_block,
            # awsx's schema marks the zone names plain, but the SDK resolves an output like any input.
            availability_zone_names=zones,  # type: ignore[arg-type]
            enable_dns_support=True,
            enable_dns_hostnames=True,
            nat_gateways=awsx.ec2.NatGatewayConfigurationArgs(strategy=awsx.ec2.NatGatewayStrategy(nat_gateways.value)),
            subnet_specs=subnet_specs,
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.vpc_id = vpc.vpc_id
        self.private_subnet_ids = vpc.private_subnet_ids if with_nat else vpc.isolated_subnet_ids
        self.cidr_block = cidr_block
        self.register_outputs({"vpcId": self.vpc_id, "privateSubnetIds": self.private_subnet_ids})

    @property
    def reference(self) -> NetworkReference:
        """This VPC and its private subnets, where a `NetworkReference` is asked for."""
        return NetworkReference(vpc_id=self.vpc_id, subnet_ids=self.private_subnet_ids, cidr_block=self.cidr_block)
