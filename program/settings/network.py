"""`network`: the user's own VPC, or the shape of a new one."""

from __future__ import annotations

from typing import Annotated, Literal, Optional

from pydantic import AfterValidator, Field, field_validator, model_validator

from program.settings.fields import Model, check_cidr_block, check_subnet_ids, check_vpc_id, check_whole_number


class NetworkSettings(Model):
    """Either the user's VPC (`vpcId` + `subnetIds`) or the shape of a new one."""

    vpc_id: Optional[str] = Field(None, alias="vpcId")
    subnet_ids: Optional[tuple[str, ...]] = Field(None, alias="subnetIds")
    cidr_block: Optional[str] = Field(None, alias="cidrBlock")
    availability_zones: Optional[
        Annotated[int, AfterValidator(lambda value: check_whole_number(value, 2, 6, "a number of Availability Zones"))]
    ] = Field(None, alias="availabilityZones")
    nat_gateways: Literal["none", "single", "onePerAz"] = Field("none", alias="natGateways")

    _check_vpc_id = field_validator("vpc_id")(lambda value: check_vpc_id(value))
    _check_subnet_ids = field_validator("subnet_ids")(lambda value: check_subnet_ids(value))
    _check_cidr_block = field_validator("cidr_block")(lambda value: check_cidr_block(value))

    @model_validator(mode="after")
    def _one_shape(self) -> "NetworkSettings":
        own = self.vpc_id is not None or self.subnet_ids is not None
        new = self.cidr_block is not None or self.availability_zones is not None or self.nat_gateways != "none"
        if own and new:
            raise ValueError(
                "give either vpcId and subnetIds (your own VPC) or cidrBlock, availabilityZones and "
                "natGateways (a new VPC), not both"
            )
        if own and (self.vpc_id is None or self.subnet_ids is None):
            raise ValueError("your own VPC needs both vpcId and subnetIds (its private subnets)")
        return self

    @property
    def uses_own_vpc(self) -> bool:
        return self.vpc_id is not None

    @property
    def new_vpc_cidr_block(self) -> str:
        return self.cidr_block or "10.0.0.0/16"

    @property
    def new_vpc_availability_zones(self) -> int:
        return self.availability_zones or 2
