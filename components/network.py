"""PrivateNetwork: a VPC with private subnets, built with awsx."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Optional, Sequence

import pulumi
import pulumi_aws as aws
import pulumi_awsx as awsx

NatGatewayStrategy = Literal["None", "Single", "OnePerAz"]


def usable_zones(names: Sequence[str], zone_ids: Sequence[str], excluded_zone_ids: Sequence[str] = (),
                 offered: Optional[Sequence[Sequence[str]]] = None) -> list[str]:
    """The region's zone names in its own order, less those whose zone ID is excluded and, with
    `offered` (the zone names of each endpoint service that must reach the subnets), less those
    a service is not offered in."""
    excluded = frozenset(excluded_zone_ids)
    everywhere = set(names).intersection(*offered) if offered else set(names)
    return [name for name, zone_id in zip(names, zone_ids) if zone_id not in excluded and name in everywhere]


@dataclass
class PrivateNetworkArgs:
    cidr_block: str = "10.0.0.0/16"
    """The VPC's IPv4 range. Defaults to 10.0.0.0/16."""
    availability_zone_count: int = 2
    """How many Availability Zones get a private subnet, taken in order from the
    region's own list of available zones (never hard-coded letters: cn-north-1
    has a, b and d). Defaults to 2."""
    availability_zone_names: Optional[Sequence[str]] = None
    """Exact Availability Zone names, overriding `availability_zone_count`.
    Defaults to the first `availability_zone_count` zones the region reports."""
    excluded_zone_ids: Sequence[str] = ()
    """Availability Zone IDs (stable across accounts, unlike names) never to take from the
    region's list, such as those where VPC link v2 cannot be placed. Does not filter
    `availability_zone_names`. Defaults to none."""
    endpoint_service_names: Sequence[str] = ()
    """Interface endpoint services that will have endpoints in the subnets, by full name
    (`partition.endpoint_service_name`): only zones where each is offered are taken.
    Does not filter `availability_zone_names`. Defaults to none."""
    nat_gateways: NatGatewayStrategy = "None"
    """NAT gateways for outbound internet access. Defaults to None: the private
    subnets are isolated, which costs nothing; `Single` or `OnePerAz` add public
    subnets and NAT gateways (about 33 USD a month each)."""


class PrivateNetwork(pulumi.ComponentResource):
    """A VPC whose subnets have no route from the internet.

    Creates one `awsx:ec2:Vpc` with DNS support and DNS hostnames on (private DNS
    of interface endpoints needs both) and one private subnet per Availability
    Zone: isolated when there is no NAT gateway, private behind NAT otherwise.
    """

    vpc_id: pulumi.Output[str]
    private_subnet_ids: pulumi.Output[Sequence[str]]
    cidr_block: str

    def __init__(self, name: str, args: PrivateNetworkArgs, opts: Optional[pulumi.ResourceOptions] = None):
        super().__init__("apigw-private:index:PrivateNetwork", name, None, opts)
        zones: pulumi.Input[Sequence[str]]
        if args.availability_zone_names:
            zones = list(args.availability_zone_names)
        else:
            lookup = pulumi.InvokeOutputOptions(parent=self)
            offered = [aws.ec2.get_vpc_endpoint_service_output(service_name=service, opts=lookup).availability_zones
                       for service in args.endpoint_service_names]
            zones = pulumi.Output.all(aws.get_availability_zones_output(state="available", opts=lookup), *offered).apply(
                lambda found: usable_zones(found[0].names, found[0].zone_ids, args.excluded_zone_ids, found[1:])
                [:args.availability_zone_count])

        with_nat = args.nat_gateways != "None"
        subnet_specs = [awsx.ec2.SubnetSpecArgs(type=awsx.ec2.SubnetType.PRIVATE if with_nat
                                                else awsx.ec2.SubnetType.ISOLATED)]
        if with_nat:
            subnet_specs.append(awsx.ec2.SubnetSpecArgs(type=awsx.ec2.SubnetType.PUBLIC))

        vpc = awsx.ec2.Vpc(
            f"{name}-vpc",
            cidr_block=args.cidr_block,
            availability_zone_names=zones,
            enable_dns_support=True,
            enable_dns_hostnames=True,
            nat_gateways=awsx.ec2.NatGatewayConfigurationArgs(strategy=args.nat_gateways),
            subnet_specs=subnet_specs,
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.vpc_id = vpc.vpc_id
        self.private_subnet_ids = vpc.private_subnet_ids if with_nat else vpc.isolated_subnet_ids
        self.cidr_block = args.cidr_block
        self.register_outputs({"vpcId": self.vpc_id, "privateSubnetIds": self.private_subnet_ids})
