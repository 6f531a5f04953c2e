"""The whole stack config, typed: one model holding every key's settings."""

from __future__ import annotations

from typing import Annotated, Optional

from pydantic import AfterValidator, Field, field_validator

from program.catalog import SCENARIOS, Scenario
from program.settings.apis import HttpApiSettings, RestApiSettings, RouteSettings
from program.settings.backend import BackendSettings
from program.settings.consumers import ConsumerSettings
from program.settings.custom_domain import CustomDomainSettings
from program.settings.endpoint_policy import EndpointPolicySettings
from program.settings.fields import Model, check_stage_name
from program.settings.logs import LoggingSettings
from program.settings.network import NetworkSettings
from program.settings.provider import AwsProviderSettings


class Settings(Model):
    """The whole stack config, typed. Built by `load_settings`."""

    region: str
    partition: str
    scenario: str = "rest-regional"
    """One of the catalog's scenarios; `load_settings` refuses any other name."""
    stage_name: Annotated[str, AfterValidator(check_stage_name)] = Field("dev", alias="stageName")
    network: NetworkSettings = NetworkSettings()
    backend: BackendSettings = BackendSettings()
    rest_api: RestApiSettings = Field(RestApiSettings(), alias="restApi")
    http_api: HttpApiSettings = Field(HttpApiSettings(), alias="httpApi")
    consumers: tuple[ConsumerSettings, ...] = ()
    logging: LoggingSettings = LoggingSettings()
    endpoint_policy: EndpointPolicySettings = Field(EndpointPolicySettings(), alias="endpointPolicy")
    custom_domain: Optional[CustomDomainSettings] = Field(None, alias="customDomain")
    aws_provider: AwsProviderSettings = Field(AwsProviderSettings(), alias="awsProvider")
    """The aws provider keys the program reads (`aws:profile`, `aws:assumeRoles`, ...)."""

    @field_validator("consumers")
    @classmethod
    def _unique_consumers(cls, value: tuple[ConsumerSettings, ...]) -> tuple[ConsumerSettings, ...]:
        names = [c.name for c in value]
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            raise ValueError(f"names {twice[0]!r} twice; each consumer needs its own name")
        endpoints = [c.vpc_endpoint_id for c in value if c.vpc_endpoint_id]
        if len(set(endpoints)) != len(endpoints):
            raise ValueError("lists the same vpcEndpointId twice")
        return value

    @property
    def description(self) -> Scenario:
        """The scenario's entry in the catalog."""
        return SCENARIOS[self.scenario]

    @property
    def endpoint_type(self) -> str:
        """The REST API's endpoint type: the scenario's, or `restApi.endpointType` where it may be chosen."""
        if self.description.is_private:
            return "PRIVATE"
        return self.rest_api.endpoint_type or self.description.endpoint_type or "REGIONAL"

    @property
    def authorization(self) -> str:
        """AWS_IAM for an API the internet can reach; NONE for a private API, whose policy is the gate."""
        if self.rest_api.authorization:
            return self.rest_api.authorization
        return "NONE" if self.endpoint_type == "PRIVATE" else "AWS_IAM"

    @property
    def routes(self) -> tuple[RouteSettings, ...]:
        """The routes of the REST API: `restApi.routes`, else the scenario's reference routes."""
        if self.rest_api.routes:
            return self.rest_api.routes
        return tuple(
            RouteSettings(path=route.path, proxy=route.proxy, target="http" if route.over_the_internet else "vpcLink")
            for route in self.description.reference_routes
            if self.rest_api.http_backend_url or not route.over_the_internet
        )
