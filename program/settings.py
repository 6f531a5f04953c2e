"""Stack config parsed once into typed, validated settings.

Every check runs here, before any resource is registered; each error names the
config key and says how to fix it.
"""

from __future__ import annotations

import ipaddress
import json
import re
from typing import Annotated, Any, Literal, Mapping, Optional

from pydantic import (
    AfterValidator, BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator, model_validator,
)

from components import partition as partitions
from program.errors import ConfigError

PROJECT = "apigw-private"
SCENARIOS = ("rest-regional", "rest-private", "http-api", "cross-account", "chained")
HTTP_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY")
# CloudWatch Logs accepts only these retention periods (PutRetentionPolicy).
LOG_RETENTION_DAYS = (1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653)
STAGE_NAME_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,128}$")
PATH_SEGMENT_PATTERN = re.compile(r"^([A-Za-z0-9._~-]+|\{[A-Za-z_][A-Za-z0-9_]*\+?\})$")

# Keys a stack may set in the project namespace, and which of them are objects.
OBJECT_KEYS = ("network", "backend", "restApi", "httpApi", "logging")
LIST_KEYS = ("consumers",)
STRING_KEYS = ("partition", "scenario", "stageName")
PROJECT_KEYS = STRING_KEYS + OBJECT_KEYS + LIST_KEYS


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=False, frozen=True)


RFC_1918 = tuple(ipaddress.IPv4Network(block) for block in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"))


def check_vpc_id(value: str) -> str:
    if not re.fullmatch(r"vpc-[0-9a-f]{8}([0-9a-f]{9})?", value):
        raise ValueError(f"must be a VPC id such as vpc-0123456789abcdef0, got {value!r}")
    return value


def check_subnet_ids(value: tuple[str, ...]) -> tuple[str, ...]:
    bad = [s for s in value if not re.fullmatch(r"subnet-[0-9a-f]{8}([0-9a-f]{9})?", s)]
    if bad:
        raise ValueError(f"must be subnet ids such as subnet-0123456789abcdef0, got {bad[0]!r}")
    if len(set(value)) != len(value):
        raise ValueError("lists a subnet twice")
    if not value:
        raise ValueError("must list at least one private subnet of the VPC")
    return value


def check_cidr_block(value: str) -> str:
    try:
        network = ipaddress.IPv4Network(value, strict=True)
    except ValueError:
        raise ValueError(f"must be an IPv4 CIDR range such as 10.0.0.0/16, got {value!r}") from None
    if not any(network.subnet_of(private) for private in RFC_1918) or not 16 <= network.prefixlen <= 22:
        raise ValueError(f"must be a private (RFC 1918) range from /16 to /22 such as 10.0.0.0/16, got {value!r}")
    return value


class NetworkSettings(_Model):
    """Either the user's VPC (`vpcId` + `subnetIds`) or the shape of a new one."""

    vpc_id: Optional[str] = Field(None, alias="vpcId")
    subnet_ids: Optional[tuple[str, ...]] = Field(None, alias="subnetIds")
    cidr_block: Optional[str] = Field(None, alias="cidrBlock")
    availability_zones: Optional[int] = Field(None, alias="availabilityZones")
    nat_gateways: Literal["none", "single", "onePerAz"] = Field("none", alias="natGateways")

    _check_vpc_id = field_validator("vpc_id")(lambda value: check_vpc_id(value))
    _check_subnet_ids = field_validator("subnet_ids")(lambda value: check_subnet_ids(value))
    _check_cidr_block = field_validator("cidr_block")(lambda value: check_cidr_block(value))

    @field_validator("availability_zones")
    @classmethod
    def _availability_zones(cls, value: int) -> int:
        if not 2 <= value <= 6:
            raise ValueError(f"must be a number of Availability Zones from 2 to 6, got {value}")
        return value

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


_LB_ARN_KINDS = {
    "nlbArn": ("elasticloadbalancing", "loadbalancer/net/", "a Network Load Balancer"),
    "loadBalancerArn": ("elasticloadbalancing", "loadbalancer/", "a load balancer"),
    "listenerArn": ("elasticloadbalancing", "listener/", "a load balancer listener"),
    "cloudMapServiceArn": ("servicediscovery", "service/", "a Cloud Map service"),
}


class BackendSettings(_Model):
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
        _check_arn(_ARN_KEYS[info.field_name], value, context.get("partition"), context.get("region"))
        return value

    @model_validator(mode="after")
    def _one_backend(self) -> "BackendSettings":
        given = [key for field, key in _ARN_KEYS.items() if getattr(self, field)]
        if len(given) > 1:
            raise ValueError(f"give only one of {', '.join(_ARN_KEYS.values())}; got {', '.join(given)}")
        return self

    @property
    def is_demo(self) -> bool:
        return not any(getattr(self, field) for field in _ARN_KEYS)


_ARN_KEYS = {"nlb_arn": "nlbArn", "load_balancer_arn": "loadBalancerArn", "listener_arn": "listenerArn",
             "cloud_map_service_arn": "cloudMapServiceArn"}


def _check_arn(key: str, value: str, partition: Optional[str], region: Optional[str]) -> None:
    service, resource_prefix, kind = _LB_ARN_KINDS[key]
    example = partitions.arn(partition or "aws", service, region or "us-east-1", "123456789012",
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


class RouteSettings(_Model):
    path: str
    method: str = "GET"
    target: Literal["vpcLink", "http"] = "vpcLink"
    proxy: bool = True
    backend_path: str = Field("/", alias="backendPath")

    @field_validator("path")
    @classmethod
    def _path(cls, value: str) -> str:
        if not value.startswith("/"):
            raise ValueError(f"must begin with a '/': {value!r}")
        segments = value.strip("/").split("/") if value != "/" else []
        for i, segment in enumerate(segments):
            if not PATH_SEGMENT_PATTERN.match(segment):
                raise ValueError(f"{value!r} has an invalid segment {segment!r}; use letters, digits, "
                                 f"'._~-' or a parameter such as {{id}}")
            if segment.endswith("+}") and i != len(segments) - 1:
                raise ValueError(f"{value!r}: a greedy parameter such as {{proxy+}} must be the last segment")
        return value

    @field_validator("method")
    @classmethod
    def _method(cls, value: str) -> str:
        if value.upper() not in HTTP_METHODS:
            raise ValueError(f"must be one of {', '.join(HTTP_METHODS)}, got {value!r}")
        return value.upper()

    @field_validator("backend_path")
    @classmethod
    def _backend_path(cls, value: str, info: ValidationInfo) -> str:
        if not value.startswith("/"):
            raise ValueError(f"must begin with a '/': {value!r}")
        path = info.data.get("path", "")
        known = {p.rstrip("+") for p in re.findall(r"\{([^}]+)\}", path)}
        unknown = [p for p in re.findall(r"\{([^}]+)\}", value) if p not in known]
        if unknown:
            raise ValueError(f"{value!r} uses {{{unknown[0]}}}, which path {path!r} does not define")
        return value


class RestApiSettings(_Model):
    routes: Optional[tuple[RouteSettings, ...]] = None
    http_backend_url: Optional[str] = Field(None, alias="httpBackendUrl")
    vpc_link: Literal["v1", "v2"] = Field("v1", alias="vpcLink")
    endpoint_type: Optional[Literal["REGIONAL", "EDGE", "PRIVATE"]] = Field(None, alias="endpointType")
    authorization: Optional[Literal["NONE", "AWS_IAM"]] = None

    @field_validator("http_backend_url")
    @classmethod
    def _url(cls, value: str) -> str:
        if not re.fullmatch(r"https?://[A-Za-z0-9.-]+(:\d+)?(/[^\s]*)?", value):
            raise ValueError(f"must be an http:// or https:// URL such as "
                             f"https://example.com/, got {value!r}")
        return value

    @field_validator("routes")
    @classmethod
    def _routes(cls, value: tuple[RouteSettings, ...]) -> tuple[RouteSettings, ...]:
        if not value:
            raise ValueError("must list at least one route, or be left out for the scenario's routes")
        seen: set[tuple[str, str]] = set()
        for route in value:
            if (route.path, route.method) in seen:
                raise ValueError(f"lists {route.method} {route.path} twice")
            seen.add((route.path, route.method))
        return value

    @model_validator(mode="after")
    def _http_routes_need_url(self) -> "RestApiSettings":
        if self.routes and self.http_backend_url is None:
            http = [r for r in self.routes if r.target == "http"]
            if http:
                raise ValueError(f"route {http[0].method} {http[0].path} has target 'http' but httpBackendUrl "
                                 f"is not set; set restApi.httpBackendUrl to the service's public URL")
        return self


def check_http_route_key(value: str) -> str:
    """`$default`, or `METHOD /path` with the same methods and path rules as REST routes."""
    if value == "$default":
        return value
    method, _, path = value.strip().partition(" ")
    if not path.strip().startswith("/"):
        raise ValueError(f"must be $default or a method and a path such as 'GET /items/{{id}}', got {value!r}")
    return f"{RouteSettings._method(method)} {RouteSettings._path(path.strip())}"


class HttpApiSettings(_Model):
    target: Literal["alb", "nlb", "cloudmap"] = "alb"
    routes: tuple[Annotated[str, AfterValidator(check_http_route_key)], ...] = ("$default",)
    authorization: Literal["AWS_IAM", "NONE"] = "AWS_IAM"
    stage_name: str = Field("$default", alias="stageName")

    @field_validator("routes")
    @classmethod
    def _routes(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value:
            raise ValueError("must list at least one route key, or be left out for $default")
        twice = [key for i, key in enumerate(value) if key in value[:i]]
        if twice:
            raise ValueError(f"lists {twice[0]} twice")
        return value

    @field_validator("stage_name")
    @classmethod
    def _stage_name(cls, value: str) -> str:
        if value != "$default" and not STAGE_NAME_PATTERN.match(value):
            raise ValueError(f"must be $default or letters, digits, '_' and '-' (1 to 128), got {value!r}")
        return value


class ConsumerSettings(_Model):
    """Another VPC, usually in another account, that calls the private API.

    Either deployed here through a second provider assuming `roleArn` (into `vpcId`
    and `subnetIds`, or a new VPC of `cidrBlock`), or admitted by the id of an
    endpoint its owners created (`vpcEndpointId`).
    """

    name: str
    role_arn: Optional[str] = Field(None, alias="roleArn")
    vpc_id: Optional[str] = Field(None, alias="vpcId")
    subnet_ids: Optional[tuple[str, ...]] = Field(None, alias="subnetIds")
    cidr_block: Optional[str] = Field(None, alias="cidrBlock")
    vpc_endpoint_id: Optional[str] = Field(None, alias="vpcEndpointId")

    _check_name = field_validator("name")(lambda value: check_consumer_name(value))
    _check_vpc_id = field_validator("vpc_id")(lambda value: check_vpc_id(value))
    _check_subnet_ids = field_validator("subnet_ids")(lambda value: check_subnet_ids(value))
    _check_cidr_block = field_validator("cidr_block")(lambda value: check_cidr_block(value))

    @field_validator("role_arn")
    @classmethod
    def _role_arn(cls, value: str, info: ValidationInfo) -> str:
        partition = (info.context or {}).get("partition")
        parsed = partitions.parse_arn(value)
        example = partitions.arn(partition or "aws", "iam", "", "210987654321", "role/apigw-private-consumer")
        if parsed is None or parsed.service != "iam" or not parsed.resource.startswith("role/") \
                or not re.fullmatch(r"\d{12}", parsed.account):
            raise ValueError(f"must be an IAM role ARN such as {example}, got {value!r}")
        if partition and parsed.partition != partition:
            raise ValueError(f"is in partition {parsed.partition!r} but this stack deploys to {partition!r}; "
                             f"use a role such as {example}")
        return value

    @field_validator("vpc_endpoint_id")
    @classmethod
    def _vpc_endpoint_id(cls, value: str) -> str:
        if not re.fullmatch(r"vpce-[0-9a-f]{8}([0-9a-f]{9})?", value):
            raise ValueError(f"must be a VPC endpoint id such as vpce-0123456789abcdef0, got {value!r}")
        return value

    @model_validator(mode="after")
    def _one_kind(self) -> "ConsumerSettings":
        deployed = [k for k, v in (("roleArn", self.role_arn), ("vpcId", self.vpc_id), ("subnetIds", self.subnet_ids),
                                   ("cidrBlock", self.cidr_block)) if v is not None]
        if self.vpc_endpoint_id is not None and deployed:
            raise ValueError(f"consumer {self.name!r}: give either vpcEndpointId (an endpoint its owners created) "
                             f"or roleArn with a network (deployed here), not both; got vpcEndpointId and "
                             f"{', '.join(deployed)}")
        if self.vpc_endpoint_id is None and self.role_arn is None:
            raise ValueError(f"consumer {self.name!r} needs roleArn (to deploy its endpoint here) or vpcEndpointId "
                             f"(to admit an endpoint its owners created)")
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
    if not re.fullmatch(r"[a-z][a-z0-9-]{0,9}", value):
        raise ValueError(f"must be 1 to 10 lower-case letters, digits or '-', starting with a letter "
                         f"(it names resources), got {value!r}")
    if value in RESERVED_ENTRY_NAMES:
        raise ValueError(f"{value!r} names this stack's own entry; choose another name")
    return value


class LoggingSettings(_Model):
    access_logs: bool = Field(True, alias="accessLogs")
    execution_level: Literal["OFF", "ERROR", "INFO"] = Field("ERROR", alias="executionLevel")
    retention_in_days: int = Field(30, alias="retentionInDays")
    manage_account_role: bool = Field(True, alias="manageAccountRole")

    @field_validator("retention_in_days")
    @classmethod
    def _retention(cls, value: int) -> int:
        if value not in LOG_RETENTION_DAYS:
            raise ValueError(f"must be one of CloudWatch's periods "
                             f"({', '.join(map(str, LOG_RETENTION_DAYS))}), got {value}")
        return value


class AwsProviderSettings(_Model):
    """How the stack's own `aws` provider gets its credentials (`aws:profile`, `aws:assumeRoles`, ...):
    a provider the program creates, such as a consumer's, starts from the same place."""

    profile: Optional[str] = None
    shared_config_files: Optional[tuple[str, ...]] = None
    shared_credentials_files: Optional[tuple[str, ...]] = None
    assume_roles: tuple[dict, ...] = ()
    """`aws:assumeRoles` entries with snake_case keys, as `aws.ProviderAssumeRoleArgs` takes them."""


class Settings(_Model):
    """The whole stack config, typed. Built by `load_settings`."""

    region: str
    partition: str
    scenario: Literal["rest-regional", "rest-private", "http-api", "cross-account", "chained"] = "rest-regional"
    stage_name: str = Field("dev", alias="stageName")
    network: NetworkSettings = NetworkSettings()
    backend: BackendSettings = BackendSettings()
    rest_api: RestApiSettings = Field(RestApiSettings(), alias="restApi")
    http_api: HttpApiSettings = Field(HttpApiSettings(), alias="httpApi")
    consumers: tuple[ConsumerSettings, ...] = ()
    logging: LoggingSettings = LoggingSettings()
    aws_provider: AwsProviderSettings = Field(AwsProviderSettings(), alias="awsProvider")

    @field_validator("stage_name")
    @classmethod
    def _stage_name(cls, value: str) -> str:
        if not STAGE_NAME_PATTERN.match(value):
            raise ValueError(f"may hold only letters, digits, '_' and '-' (1 to 128), got {value!r}")
        return value

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
    def endpoint_type(self) -> str:
        if self.scenario in ("rest-private", "cross-account", "chained"):
            return "PRIVATE"
        return self.rest_api.endpoint_type or "REGIONAL"

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
        if self.scenario == "rest-regional":
            return (RouteSettings(path="/internal-nlb"),)
        routes = [RouteSettings(path="/webpage-vpc"), RouteSettings(path="/webpage-vpc-non-proxy", proxy=False)]
        if self.rest_api.http_backend_url:
            routes += [RouteSettings(path="/webpage", target="http"),
                       RouteSettings(path="/webpage-non-proxy", target="http", proxy=False)]
        return tuple(routes)


def load_settings(raw: Mapping[str, Any]) -> Settings:
    """Settings from raw stack config: `{"aws:region": ..., "apigw-private:scenario": ...}`.

    Values are as the Pulumi CLI hands them to a program: strings, with objects
    and lists as JSON text. Raises ConfigError naming the key and the fix.
    """
    region = raw.get("aws:region")
    if not region:
        raise ConfigError("`aws:region` is not set; set it with: pulumi config set aws:region us-east-1 "
                          "(or cn-northwest-1 for China)")
    if not partitions.REGION_PATTERN.match(region):
        raise ConfigError(f"`aws:region` must be a region name such as us-east-1 or cn-north-1, got {region!r}")
    partition = partitions.partition_of_region(region)
    if partition not in partitions.SUPPORTED_PARTITIONS:
        raise ConfigError(f"`aws:region` {region} is in partition {partition}, which apigw-private does not "
                          f"support; use a region of {' or '.join(partitions.SUPPORTED_PARTITIONS)}")

    values: dict[str, Any] = {"region": region}
    for key, value in raw.items():
        namespace, _, name = key.partition(":")
        if namespace != PROJECT:
            continue
        if name not in PROJECT_KEYS:
            raise ConfigError(f"unknown config key `{name}`; valid keys: {', '.join(PROJECT_KEYS)}. "
                              f"Remove it with: pulumi config rm {name}")
        values[name] = _decode(name, value)

    values["awsProvider"] = _aws_provider(raw)
    declared = str(values.pop("partition", "") or "")
    if declared and declared != partition:
        raise ConfigError(f"`partition` is {declared!r} but aws:region {region} is in partition {partition!r}; "
                          f"remove `partition` (it is derived from aws:region) or set it to {partition!r}")
    values["partition"] = partition
    if "scenario" in values and values["scenario"] not in SCENARIOS:
        raise ConfigError(f"`scenario` {values['scenario']!r} is not a scenario; valid: {', '.join(SCENARIOS)}")

    try:
        settings = Settings.model_validate(values, context={"region": region, "partition": partition})
    except ValidationError as error:
        raise ConfigError(_explain(error)) from None
    _check_combinations(settings)
    return settings


def _aws_provider(raw: Mapping[str, Any]) -> dict[str, Any]:
    def listed(key: str) -> Any:
        value = raw.get(f"aws:{key}")
        return json.loads(value) if isinstance(value, str) else value

    roles = listed("assumeRoles") or []
    return {
        "profile": raw.get("aws:profile") or None,
        "shared_config_files": listed("sharedConfigFiles"),
        "shared_credentials_files": listed("sharedCredentialsFiles"),
        "assume_roles": [{re.sub(r"(?<!^)([A-Z])", r"_\1", key).lower(): value for key, value in role.items()}
                         for role in roles],
    }


def _decode(name: str, value: Any) -> Any:
    if name in STRING_KEYS or not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except json.JSONDecodeError:
        shape = "a list" if name in LIST_KEYS else "an object"
        raise ConfigError(f"`{name}` must be {shape} (YAML in the stack file, or JSON text for pulumi config "
                          f"set), got {value!r}; for one field use: pulumi config set --path {name}.FIELD VALUE")


_FIELD_ALIASES = {"stage_name": "stageName", "rest_api": "restApi", "http_api": "httpApi"}


def _explain(error: ValidationError) -> str:
    """One line per problem, each naming the config key the way the stack file spells it."""
    lines = []
    for problem in error.errors():
        key = ""
        for part in problem["loc"]:
            key += f"[{part}]" if isinstance(part, int) else ("." if key else "") + _FIELD_ALIASES.get(part, part)
        message = problem["msg"].removeprefix("Value error, ")
        if problem["type"] == "extra_forbidden":
            parent = key.rsplit(".", 1)[0] if "." in key else ""
            message = f"is not a setting of `{parent}`" if parent else "is not a setting"
        elif problem["type"] == "missing":
            message = "is required"
        elif problem["type"] == "literal_error":
            message = f"{message}, got {problem['input']!r}"
        elif problem["type"] in ("model_type", "model_attributes_type", "dict_type"):
            message = f"must be an object, got {problem['input']!r}"
        lines.append(f"`{key}` {message}" if key else message)
    return "invalid config: " + "; ".join(lines)


def _check_combinations(settings: Settings) -> None:
    """Checks that need more than one key, or the partition."""
    rest = settings.rest_api
    if rest.endpoint_type == "EDGE" and settings.partition == "aws-cn":
        raise ConfigError("`restApi.endpointType` EDGE does not exist in China regions (aws-cn); "
                          "remove it or set it to REGIONAL")
    if settings.scenario in ("rest-regional", "http-api") and rest.endpoint_type == "PRIVATE":
        raise ConfigError("`restApi.endpointType` PRIVATE needs a private scenario; set `scenario` to "
                          "rest-private, cross-account or chained, or remove restApi.endpointType")
    if settings.scenario in ("rest-private", "cross-account", "chained") and rest.endpoint_type not in (None, "PRIVATE"):
        raise ConfigError(f"`restApi.endpointType` {rest.endpoint_type} conflicts with scenario "
                          f"{settings.scenario}, whose API is PRIVATE; remove restApi.endpointType")
    if settings.backend.nlb_arn is None and not settings.backend.is_demo and settings.scenario != "http-api" \
            and rest.vpc_link == "v1":
        given = "listenerArn" if settings.backend.listener_arn else (
            "loadBalancerArn" if settings.backend.load_balancer_arn else "cloudMapServiceArn")
        raise ConfigError(f"`backend.{given}` does not fit a REST API over VPC link v1, which needs a Network "
                          f"Load Balancer; set `backend.nlbArn` instead")
    _check_http_api(settings)
    _check_rest_vpc_link_v2(settings)
    _check_subnets_for_a_new_alb(settings)
    if settings.scenario == "cross-account" and not settings.consumers:
        raise ConfigError("scenario cross-account needs `consumers`: a list of {name, roleArn, cidrBlock | vpcId + "
                          "subnetIds} or {name, vpcEndpointId}; see README.md")
    if settings.consumers and settings.scenario not in ("cross-account", "chained"):
        raise ConfigError(f"`consumers` is used only by the cross-account and chained scenarios; remove it or "
                          f"set `scenario`")



def _check_http_api(settings: Settings) -> None:
    """http-api: the target exists in the partition, the user's backend fits it, and it has a network."""
    backend, target = settings.backend, settings.http_api.target
    if settings.scenario != "http-api":
        if "http_api" in settings.model_fields_set:
            raise ConfigError("`httpApi` is used only by scenario http-api; remove it or set `scenario` to http-api")
        return
    if "rest_api" in settings.model_fields_set:
        raise ConfigError("`restApi` configures the REST scenarios; http-api reads `httpApi` (target, routes, "
                          "authorization, stageName); remove restApi")
    if not partitions.offers(settings.partition, partitions.HTTP_API_CLOUD_MAP):
        if target == "cloudmap":
            raise ConfigError(f"`httpApi.target` cloudmap is not available in China regions ({settings.partition}): "
                              f"API Gateway has no Cloud Map private integrations there; set httpApi.target to alb "
                              f"or nlb")
        if backend.cloud_map_service_arn:
            raise ConfigError(f"`backend.cloudMapServiceArn` cannot be used in China regions ({settings.partition}): "
                              f"API Gateway has no Cloud Map private integrations there; use backend.listenerArn "
                              f"with an ALB or NLB listener")
    for field, key in (("nlb_arn", "nlbArn"), ("load_balancer_arn", "loadBalancerArn")):
        if getattr(backend, field):
            raise ConfigError(f"`backend.{key}` does not fit an HTTP API, whose private integration targets a "
                              f"listener; set `backend.listenerArn` to your load balancer's listener instead")
    if backend.listener_arn:
        if target == "cloudmap":
            raise ConfigError("`backend.listenerArn` does not fit `httpApi.target` cloudmap; set httpApi.target to "
                              "alb or nlb (the listener's load balancer), or give backend.cloudMapServiceArn instead")
        kind = {"app": "alb", "net": "nlb"}.get(partitions.parse_arn(backend.listener_arn).resource.split("/")[1])
        if kind != target:
            other = {"alb": "nlb", "nlb": "alb"}[target]
            raise ConfigError(f"`backend.listenerArn` is not a listener of {_LB_WORDS[target]}, which "
                              f"`httpApi.target` {target} needs; set httpApi.target to {other}, or use a listener "
                              f"of {_LB_WORDS[target]}")
    if backend.cloud_map_service_arn and target != "cloudmap":
        raise ConfigError(f"`backend.cloudMapServiceArn` needs `httpApi.target` cloudmap, got {target}; set it with: "
                          f"pulumi config set --path httpApi.target cloudmap")
    _check_own_network_for_vpc_link_v2(settings)


_LB_WORDS = {"alb": "an Application Load Balancer", "nlb": "a Network Load Balancer"}


def _check_rest_vpc_link_v2(settings: Settings) -> None:
    """`restApi.vpcLink: v2`: offered in the partition and the scenario, to a load balancer in the user's network."""
    if settings.rest_api.vpc_link != "v2":
        return
    if not partitions.offers(settings.partition, partitions.REST_VPC_LINK_V2):
        raise ConfigError(f"`restApi.vpcLink` v2 is not confirmed in China regions ({settings.partition}): REST "
                          f"private integrations over VPC link v2 may not exist there; remove it to use v1 (an NLB "
                          f"over PrivateLink)")
    backend = settings.backend
    if backend.listener_arn or backend.cloud_map_service_arn:
        given = "listenerArn" if backend.listener_arn else "cloudMapServiceArn"
        raise ConfigError(f"`backend.{given}` does not fit a REST API over VPC link v2, which targets a load "
                          f"balancer; set `backend.loadBalancerArn` instead")
    _check_own_network_for_vpc_link_v2(settings)


def _check_subnets_for_a_new_alb(settings: Settings) -> None:
    """An ALB needs subnets in at least two Availability Zones; the program creates one for an HTTP API's
    `alb` target and for REST over VPC link v2 unless the user brings the load balancer."""
    backend = settings.backend
    new_alb = (settings.http_api.target == "alb" and not backend.listener_arn if settings.scenario == "http-api"
               else settings.rest_api.vpc_link == "v2" and not (backend.load_balancer_arn or backend.nlb_arn))
    if new_alb and settings.network.uses_own_vpc and len(settings.network.subnet_ids) < 2:
        raise ConfigError("`network.subnetIds` lists one subnet, but the internal ALB this creates needs subnets in at "
                          "least two Availability Zones; list a private subnet of a second zone")


def _check_own_network_for_vpc_link_v2(settings: Settings) -> None:
    backend = settings.backend
    given = next((key for field, key in _ARN_KEYS.items() if getattr(backend, field)), None)
    if given and not settings.network.uses_own_vpc:
        raise ConfigError(f"`backend.{given}` needs `network.vpcId` and `network.subnetIds`: the VPC link v2 puts "
                          f"its network interfaces in private subnets of your backend's VPC (in zones VPC link v2 "
                          f"supports)")
