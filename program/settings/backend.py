"""`backend`: the user's own load balancer, listener or Cloud Map service, checked for partition,
region and kind."""

from __future__ import annotations

from typing import Optional

from pydantic import Field, ValidationInfo, field_validator, model_validator

from components import partition as partitions
from program.settings.fields import Model

_LB_ARN_KINDS = {
    "nlbArn": ("elasticloadbalancing", "loadbalancer/net/", "a Network Load Balancer"),
    "loadBalancerArn": ("elasticloadbalancing", "loadbalancer/", "a load balancer"),
    "listenerArn": ("elasticloadbalancing", "listener/", "a load balancer listener"),
    "cloudMapServiceArn": ("servicediscovery", "service/", "a Cloud Map service"),
}


class BackendSettings(Model):
    """The user's own load balancer or Cloud Map service instead of the demo backend."""

    nlb_arn: Optional[str] = Field(None, alias="nlbArn")
    load_balancer_arn: Optional[str] = Field(None, alias="loadBalancerArn")
    listener_arn: Optional[str] = Field(None, alias="listenerArn")
    cloud_map_service_arn: Optional[str] = Field(None, alias="cloudMapServiceArn")
    port: int = 80

    @field_validator("port")
    @classmethod
    def _port(cls, value: int) -> int:
        if not 1 <= value <= 65535:
            raise ValueError(f"must be a TCP port from 1 to 65535, got {value}")
        return value

    @field_validator("nlb_arn", "load_balancer_arn", "listener_arn", "cloud_map_service_arn")
    @classmethod
    def _arn(cls, value: str, info: ValidationInfo) -> str:
        context = info.context or {}
        _check_arn(ARN_KEYS[info.field_name], value, context.get("partition"), context.get("region"))
        return value

    @model_validator(mode="after")
    def _one_backend(self) -> "BackendSettings":
        given = [key for field, key in ARN_KEYS.items() if getattr(self, field)]
        if len(given) > 1:
            raise ValueError(f"give only one of {', '.join(ARN_KEYS.values())}; got {', '.join(given)}")
        return self

    @property
    def is_demo(self) -> bool:
        return not any(getattr(self, field) for field in ARN_KEYS)


ARN_KEYS = {"nlb_arn": "nlbArn", "load_balancer_arn": "loadBalancerArn", "listener_arn": "listenerArn",
             "cloud_map_service_arn": "cloudMapServiceArn"}


def _check_arn(key: str, value: str, partition: Optional[str], region: Optional[str]) -> None:
    service, resource_prefix, kind = _LB_ARN_KINDS[key]
    example = partitions.arn(partition or partitions.DEFAULT_PARTITION, service, region or "us-east-1", "123456789012",
                             f"{resource_prefix}my-name/0123456789abcdef" if service != "servicediscovery"
                             else "service/srv-0123456789abcdef")
    parsed = partitions.parse_arn(value)
    if parsed is None or parsed.service != service or not parsed.resource.startswith(resource_prefix):
        raise ValueError(f"must be the ARN of {kind}, such as {example}; got {value!r}")
    if partition and parsed.partition != partition:
        raise ValueError(
            f"is in partition {parsed.partition!r} but this stack deploys to {partition!r} "
            f"(aws:region {region}); use the ARN of {kind} in {region}"
        )
    if region and parsed.region != region:
        raise ValueError(f"is in region {parsed.region!r} but this stack deploys to {region!r}; "
                         f"use {kind} in {region}")
