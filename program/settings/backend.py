"""`backend`: the user's own load balancer, listener or Cloud Map service, checked for partition,
region and kind."""

from __future__ import annotations

from typing import Annotated, Optional

from pydantic import AfterValidator, Field, model_validator

from program.settings.arns import ALB_OR_NLB, CLOUD_MAP_SERVICE, LISTENER, NLB, arn_of
from program.settings.fields import Model, check_port

ARN_KEYS = {
    "nlb_arn": "nlbArn",
    "load_balancer_arn": "loadBalancerArn",
    "listener_arn": "listenerArn",
    "cloud_map_service_arn": "cloudMapServiceArn",
}


class BackendSettings(Model):
    """The user's own load balancer or Cloud Map service instead of the demo backend."""

    nlb_arn: Optional[Annotated[str, arn_of(NLB)]] = Field(None, alias="nlbArn")
    load_balancer_arn: Optional[Annotated[str, arn_of(ALB_OR_NLB)]] = Field(None, alias="loadBalancerArn")
    listener_arn: Optional[Annotated[str, arn_of(LISTENER)]] = Field(None, alias="listenerArn")
    cloud_map_service_arn: Optional[Annotated[str, arn_of(CLOUD_MAP_SERVICE)]] = Field(None, alias="cloudMapServiceArn")
    port: Annotated[int, AfterValidator(check_port)] = 80

    @model_validator(mode="after")
    def _one_backend(self) -> "BackendSettings":
        given = [key for field, key in ARN_KEYS.items() if getattr(self, field)]
        if len(given) > 1:
            raise ValueError(f"give only one of {', '.join(ARN_KEYS.values())}; got {', '.join(given)}")
        return self

    @property
    def is_demo(self) -> bool:
        return not any(getattr(self, field) for field in ARN_KEYS)
