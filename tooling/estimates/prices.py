"""The few prices a plan's fixed monthly cost is made of, per partition, with their sources.

Fixed means billed whether or not a request arrives: load balancer hours, interface endpoint
AZ-hours, instance hours, NAT gateway hours. Requests, traffic (LCUs, GB processed) and log
ingestion come on top. A month is 730 hours, as AWS's calculator counts it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from components import partition as partitions

HOURS_PER_MONTH = 730


@dataclass(frozen=True)
class Price:
    amount: float
    unit: str
    source: str


@dataclass(frozen=True)
class PriceTable:
    currency: str
    region: str
    """The region the prices are of; other regions of the partition differ by a few percent."""
    date: str
    load_balancer_hour: Price
    endpoint_az_hour: Price
    nat_gateway_hour: Price
    public_ipv4_hour: Price
    log_storage_gb_month: Price
    hosted_zone_month: Price
    instance_hour: dict[str, Price]


GLOBAL = PriceTable(
    currency="USD",
    region="us-east-1",
    date="2026-12-02 (sources of 2025-2026)",
    load_balancer_hour=Price(
        0.0225,
        "load balancer-hour (NLB and ALB; LCUs extra)",
        "NLB: docs/aws-facts.md §12 (awsnegotiations.com 2026-05, clustercost.com 2025); ALB: "
        "cloud-horizons.com 'ALB: the line item nobody watches' (2026-05)",
    ),
    endpoint_az_hour=Price(
        0.01,
        "interface endpoint AZ-hour (GB processed extra)",
        "docs/aws-facts.md §12 (PrivateLink pricing, cloudcostkit 2026-01)",
    ),
    nat_gateway_hour=Price(
        0.045, "NAT gateway-hour (GB processed extra)", "docs/aws-facts.md §12 (basavytix, cloudburn 2026)"
    ),
    public_ipv4_hour=Price(0.005, "public IPv4 address-hour", "docs/aws-facts.md §12"),
    log_storage_gb_month=Price(
        0.03,
        "GB-month of log storage (ingestion 0.50 per GB extra)",
        "c3x.dev 'CloudWatch Logs cost optimization' (us-east-1, 2026-06); hykell.com CloudWatch Logs pricing",
    ),
    hosted_zone_month=Price(0.50, "hosted zone-month (first 25)", "ns1.com 'AWS DNS - Route 53 pricing'"),
    instance_hour={
        "t3.micro": Price(
            0.0104, "t3.micro instance-hour, Linux on demand", "cloud-bench.com 't3.micro vs t3.small' (us-east-1)"
        )
    },
)

# A table is of one region; its partition is that region's. AWS China bills in CNY ("Billing and Payment"
# in AWS's China documentation), and no China price page for these items was found (docs/aws-facts.md §12):
# its partition has no table rather than a guessed one.
TABLES: dict[str, PriceTable] = {partitions.partition_of_region(table.region): table for table in (GLOBAL,)}


def table_of(partition: str) -> Optional[PriceTable]:
    return TABLES.get(partition)


def no_table_reason(partition: str) -> str:
    return (
        f"no sourced price table for partition {partition} (AWS China bills in CNY; no source for its prices "
        f"of these items was found); see BENCHMARKS.md"
    )


class UnknownToPrices(Exception):
    """A plan registers something with a fixed price the table lacks."""
