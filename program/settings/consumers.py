"""`consumers`: the other VPCs, usually in other accounts, that call a private API."""

from __future__ import annotations

from typing import Annotated, Optional

from pydantic import Field, field_validator, model_validator

from program.settings.arns import IAM_ROLE, arn_of
from program.settings.fields import (
    Model,
    check_cidr_block,
    check_resource_name_prefix,
    check_subnet_ids,
    check_vpc_endpoint_id,
    check_vpc_id,
    shown,
)


class ConsumerSettings(Model):
    """Another VPC, usually in another account, that calls the private API.

    Either deployed here through a second provider assuming `roleArn` (into `vpcId`
    and `subnetIds`, or a new VPC of `cidrBlock`), or admitted by the id of an
    endpoint its owners created (`vpcEndpointId`).
    """

    name: str
    role_arn: Optional[Annotated[str, arn_of(IAM_ROLE)]] = Field(None, alias="roleArn")
    vpc_id: Optional[str] = Field(None, alias="vpcId")
    subnet_ids: Optional[tuple[str, ...]] = Field(None, alias="subnetIds")
    cidr_block: Optional[str] = Field(None, alias="cidrBlock")
    vpc_endpoint_id: Optional[str] = Field(None, alias="vpcEndpointId")

    _check_name = field_validator("name")(lambda value: check_consumer_name(value))
    _check_vpc_id = field_validator("vpc_id")(lambda value: check_vpc_id(value))
    _check_subnet_ids = field_validator("subnet_ids")(lambda value: check_subnet_ids(value))
    _check_cidr_block = field_validator("cidr_block")(lambda value: check_cidr_block(value))
    _check_vpc_endpoint_id = field_validator("vpc_endpoint_id")(lambda value: check_vpc_endpoint_id(value))

    @model_validator(mode="after")
    def _one_kind(self) -> "ConsumerSettings":
        deployed = [
            k
            for k, v in (
                ("roleArn", self.role_arn),
                ("vpcId", self.vpc_id),
                ("subnetIds", self.subnet_ids),
                ("cidrBlock", self.cidr_block),
            )
            if v is not None
        ]
        if self.vpc_endpoint_id is not None and deployed:
            raise ValueError(
                f"consumer {self.name!r}: give either vpcEndpointId (an endpoint its owners created) "
                f"or roleArn with a network (deployed here), not both; got vpcEndpointId and "
                f"{', '.join(deployed)}"
            )
        if self.vpc_endpoint_id is None and self.role_arn is None:
            raise ValueError(
                f"consumer {self.name!r} needs roleArn (to deploy its endpoint here) or vpcEndpointId "
                f"(to admit an endpoint its owners created)"
            )
        if (self.vpc_id is None) != (self.subnet_ids is None):
            raise ValueError(f"consumer {self.name!r}: its own VPC needs both vpcId and subnetIds")
        if self.vpc_id is not None and self.cidr_block is not None:
            raise ValueError(f"consumer {self.name!r}: give either vpcId and subnetIds or cidrBlock, not both")
        return self

    @property
    def deployed_here(self) -> bool:
        return self.role_arn is not None

    @property
    def new_vpc_cidr_block(self) -> str:
        return self.cidr_block or "10.0.0.0/16"


# The names the private scenarios give their own ways in (program/scenarios/private.py).
PROVIDER_ENTRY = "provider"
DEFAULT_CONSUMER_ENTRY = "consumer"
RESERVED_ENTRY_NAMES = (PROVIDER_ENTRY, DEFAULT_CONSUMER_ENTRY)


def check_consumer_name(value: str) -> str:
    # Names the consumer's load balancer: `{name}-entry-nlb-lb` plus Pulumi's 8-character suffix fits AWS's 32.
    check_resource_name_prefix(value, max_length=10)
    if value in RESERVED_ENTRY_NAMES:
        raise ValueError(f"{shown(value)} names this stack's own entry; choose another name")
    return value
