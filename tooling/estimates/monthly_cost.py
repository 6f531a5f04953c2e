"""The fixed monthly cost of what a plan registers: what the stack costs with no traffic at all."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Optional, Sequence

from tooling.estimates.prices import HOURS_PER_MONTH, Price, PriceTable, UnknownToPrices, table_of
from tooling.recorder import Registration

# awsx's VPC defaults: three AZs and one NAT gateway in each (pulumi-awsx 3.11.0, docs/aws-facts.md §12).
AWSX_DEFAULT_ZONES = 3
AWSX_DEFAULT_NAT_STRATEGY = "OnePerAz"


@dataclass(frozen=True)
class Item:
    type: str
    name: str
    what: str
    amount: float


@dataclass(frozen=True)
class MonthlyCost:
    amount: float
    currency: str
    items: tuple[Item, ...]
    prices: PriceTable


def nat_gateways(vpc_inputs: Mapping[str, Any]) -> int:
    """How many NAT gateways awsx's VPC creates for these inputs."""
    strategy = (vpc_inputs.get("natGateways") or {}).get("strategy", AWSX_DEFAULT_NAT_STRATEGY)
    zones = len(vpc_inputs.get("availabilityZoneNames") or []) or int(
        vpc_inputs.get("numberOfAvailabilityZones") or AWSX_DEFAULT_ZONES
    )
    return {"None": 0, "Single": 1, "OnePerAz": zones}[strategy]


def _hours(price: Price, count: int = 1) -> float:
    return price.amount * count * HOURS_PER_MONTH


def _items(resource: Registration, prices: PriceTable) -> list[tuple[str, float]]:
    inputs = resource.inputs
    if resource.type == "aws:lb/loadBalancer:LoadBalancer":
        kind = {"network": "NLB", "application": "ALB"}[inputs.get("loadBalancerType", "application")]
        return [
            (f"{kind}: {HOURS_PER_MONTH} h x {prices.load_balancer_hour.amount}", _hours(prices.load_balancer_hour))
        ]
    if resource.type == "aws:ec2/vpcEndpoint:VpcEndpoint" and inputs.get("vpcEndpointType") == "Interface":
        zones = len(inputs.get("subnetIds") or [])
        return [
            (
                f"interface endpoint: {zones} AZ x {HOURS_PER_MONTH} h x {prices.endpoint_az_hour.amount}",
                _hours(prices.endpoint_az_hour, zones),
            )
        ]
    if resource.type == "aws:ec2/instance:Instance":
        instance_type = inputs.get("instanceType")
        if instance_type not in prices.instance_hour:
            raise UnknownToPrices(
                f"no price for instance type {instance_type} ({resource.name}); "
                f"add it, with its source, to tooling/estimates/prices.py"
            )
        price = prices.instance_hour[instance_type]
        return [(f"{instance_type}: {HOURS_PER_MONTH} h x {price.amount}", _hours(price))]
    if resource.type == "awsx:ec2:Vpc":
        count = nat_gateways(inputs)
        if count == 0:
            return []
        per_hour = prices.nat_gateway_hour.amount + prices.public_ipv4_hour.amount
        return [
            (
                f"{count} NAT gateway(s) with a public IPv4 each: {HOURS_PER_MONTH} h x {per_hour:g}",
                count * per_hour * HOURS_PER_MONTH,
            )
        ]
    if resource.type in ("aws:servicediscovery/privateDnsNamespace:PrivateDnsNamespace", "aws:route53/zone:Zone"):
        return [("Route 53 hosted zone", prices.hosted_zone_month.amount)]
    if resource.type == "aws:cloudwatch/logGroup:LogGroup":
        return [
            (f"log storage, {prices.log_storage_gb_month.amount} per GB-month: nothing until requests are logged", 0.0)
        ]
    return []


def monthly_cost(resources: Sequence[Registration], partition: str) -> Optional[MonthlyCost]:
    """The fixed monthly cost in the partition's currency, or None where no price table exists."""
    prices = table_of(partition)
    if prices is None:
        return None
    # By type and name: registration order varies between runs, the estimate must not.
    items = tuple(
        Item(r.type, r.name, what, round(amount, 2))
        for r in sorted(resources, key=lambda r: (r.type, r.name))
        for what, amount in _items(r, prices)
    )
    return MonthlyCost(round(sum(i.amount for i in items), 2), prices.currency, items, prices)
