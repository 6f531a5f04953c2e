"""Load balancers are internal: a private integration's backend is reached through API Gateway,
never from the internet."""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from pulumi_policy import ResourceValidationPolicy

from .resource_check import resource_check

LOAD_BALANCER = "aws:lb/loadBalancer:LoadBalancer"
LOAD_BALANCER_TYPES = (LOAD_BALANCER, "aws:alb/loadBalancer:LoadBalancer", "aws:elb/loadBalancer:LoadBalancer")
"""The ELBv2 type under both of its names, and the Classic Load Balancer."""


@resource_check(*LOAD_BALANCER_TYPES)
def check(props: Mapping[str, Any]) -> Iterable[str]:
    if props.get("internal") is not True:
        yield "the load balancer faces the internet: set internal=True; API Gateway reaches it over a VPC link"


POLICY = ResourceValidationPolicy(
    name="load-balancers-are-internal",
    description="Load balancers behind private integrations are internal.",
    validate=check,
)
