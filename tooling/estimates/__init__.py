"""What a plan tells its user beyond its resources: how long the deploy will take and what the
stack will cost each month. Pure functions over an offline plan's registrations."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from tooling.estimates.deploy_time import DeployTime, deploy_time
from tooling.estimates.monthly_cost import MonthlyCost, monthly_cost
from tooling.estimates.prices import no_table_reason
from tooling.recorder import Plan


@dataclass(frozen=True)
class Estimate:
    deploy: DeployTime
    cost: Optional[MonthlyCost]
    """None where the partition has no price table."""
    partition: str

    def as_json(self) -> dict[str, Any]:
        return {
            "deploySeconds": self.deploy.modeled.seconds,
            "criticalPath": [{"type": s.type, "name": s.name, "seconds": s.seconds} for s in self.deploy.modeled.steps],
            "monthlyCost": None
            if self.cost is None
            else {
                "amount": self.cost.amount,
                "currency": self.cost.currency,
                "items": [
                    {"type": i.type, "name": i.name, "what": i.what, "amount": i.amount} for i in self.cost.items
                ],
            },
        }

    def lines(self) -> list[str]:
        modeled = self.deploy.modeled
        minutes, seconds = divmod(modeled.seconds, 60)
        out = [
            f"Modeled deploy time: {minutes} min {seconds:02d} s, set by this chain of waits "
            f"(typical creation times; tooling/estimates/timings.py):"
        ]
        out += [f"  {s.seconds:>5} s  {s.type}  {s.name}" for s in modeled.steps]
        for wait in self.deploy.needless:
            out.append(f"  needless: {wait.dependent.name} waits for {wait.dependency.name}")
        if self.cost is None:
            out.append(f"Monthly fixed cost: not estimated: {no_table_reason(self.partition)}")
            return out
        prices = self.cost.prices
        out.append(
            f"Monthly fixed cost: {self.cost.amount:.2f} {self.cost.currency} ({prices.region} prices of "
            f"{prices.date}; requests, traffic and log ingestion come on top):"
        )
        out += [f"  {i.amount:>8.2f}  {i.type}  {i.name}: {i.what}" for i in self.cost.items]
        return out


def estimate(plan: Plan) -> Estimate:
    assert plan.settings is not None, "an estimate is of one of this program's stacks"
    return Estimate(
        deploy_time(plan.resources), monthly_cost(plan.resources, plan.settings.partition), plan.settings.partition
    )
