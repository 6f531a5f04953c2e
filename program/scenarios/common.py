"""Building blocks the scenarios share: network, backends, logging and the REST API.

Each takes the values it uses; only the builders read the whole settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import pulumi
import pulumi_aws as aws

from components import (
    ApiGatewayAccountLogging,
    ApiGatewayAccountLoggingArgs,
    ApplicationLoadBalancer,
    ApplicationLoadBalancerArgs,
    DemoBackend,
    DemoBackendArgs,
    NetworkLoadBalancer,
    NetworkLoadBalancerArgs,
    PrivateNetwork,
    PrivateNetworkArgs,
    RestApi,
    RestApiArgs,
    RestVpcLink,
    RestVpcLinkArgs,
    ThrottlingArgs,
    VpcLinkV2,
    VpcLinkV2Args,
    partition,
)
from components.network import NatGatewayStrategy, usable_zones
from components.references import (
    LoadBalancerReference,
    NetworkReference,
    existing_load_balancer,
    existing_network,
)
from components.rest_api import Authorization, EndpointType, ExecutionLoggingLevel
from components.rest_integrations import IntegrationArgs, RouteArgs, http_integration, vpc_link_integration
from program.errors import ConfigError
from program.settings import PROJECT
from program.settings.apis import RouteSettings, ThrottlingSettings
from program.settings.backend import BackendSettings
from program.settings.logs import LoggingSettings
from program.settings.network import NetworkSettings

Outputs = dict[str, pulumi.Input]

_NAT_GATEWAYS = {
    "none": NatGatewayStrategy.NONE,
    "single": NatGatewayStrategy.SINGLE,
    "onePerAz": NatGatewayStrategy.ONE_PER_AZ,
}


def zones_for(
    region: str,
    count: int,
    *,
    vpc_link_v2: bool = False,
    endpoint_services: Sequence[str] = (),
    provider: Optional[aws.Provider] = None,
) -> list[str]:
    """The zones of every new network: the first `count` available zones of the region where, with
    `vpc_link_v2`, a VPC link v2 can be placed and each of `endpoint_services` is offered. Looked up
    before the network is registered, so that too many is a config error, not a failure halfway
    through. Endpoint services are looked up by their full name: `service=` cannot find China's
    (docs/aws-facts.md §1.4)."""
    lookup = pulumi.InvokeOptions(provider=provider)
    found = aws.get_availability_zones(state="available", opts=lookup)
    offered = [
        aws.ec2.get_vpc_endpoint_service(service_name=name, opts=lookup).availability_zones
        for name in endpoint_services
    ]
    excluded = partition.vpc_link_v2_excluded_zone_ids(region) if vpc_link_v2 else ()
    usable = usable_zones(found.names, found.zone_ids, excluded, offered)
    if len(usable) < count:
        conditions = (["VPC link v2 can be placed"] if excluded else []) + [
            f"{name} is offered" for name in endpoint_services
        ]
        where = f" where {' and '.join(conditions)}" if conditions else ""
        raise ConfigError(
            f"`network.availabilityZones` is {count}, but {region} has {len(usable)} "
            f"available Availability Zones{where}; set it to {len(usable)} or fewer"
        )
    return usable[:count]


def network_zones(
    own: NetworkSettings, region: str, *, vpc_link_v2: bool = False, endpoint_services: Sequence[str] = ()
) -> Optional[list[str]]:
    """The zones of the new network `network` creates (`zones_for`), or None for the user's VPC."""
    if own.uses_own_vpc:
        return None
    return zones_for(
        region, own.new_vpc_availability_zones, vpc_link_v2=vpc_link_v2, endpoint_services=endpoint_services
    )


def network(own: NetworkSettings, zones: Optional[Sequence[str]]) -> NetworkReference:
    """The user's VPC, or a new private one in `zones` (from `network_zones`)."""
    if own.vpc_id is not None and own.subnet_ids is not None:  # the settings give both or neither
        return existing_network(own.vpc_id, own.subnet_ids)
    assert zones is not None, "a new network takes the zones network_zones gives it"
    return PrivateNetwork(
        "network",
        PrivateNetworkArgs(
            cidr_block=own.new_vpc_cidr_block,
            availability_zone_names=list(zones),
            nat_gateways=_NAT_GATEWAYS[own.nat_gateways],
        ),
    ).reference


def demo_backend(
    net: NetworkReference,
    port: int,
    *,
    ingress_security_group_id: pulumi.Input[str],
    target_group_arn: pulumi.Input[str] | None = None,
    ingress_description: str = "From the load balancer",
) -> DemoBackend:
    """The demo service in the network's first subnet, admitting only `ingress_security_group_id`."""
    args = DemoBackendArgs(
        vpc_id=net["vpc_id"],
        subnet_id=pulumi.Output.from_input(net["subnet_ids"]).apply(lambda ids: ids[0]),
        ingress_security_group_id=ingress_security_group_id,
        ingress_description=ingress_description,
        port=port,
    )
    if target_group_arn is not None:
        args["target_group_arn"] = target_group_arn
    return DemoBackend("demo-backend", args)


def demo_nlb(
    net: NetworkReference, port: int, ingress_security_group_ids: Sequence[pulumi.Input[str]] = ()
) -> LoadBalancerReference:
    """A new internal NLB in front of the demo backend, which admits only the NLB."""
    args = NetworkLoadBalancerArgs(
        vpc_id=net["vpc_id"], subnet_ids=net["subnet_ids"], ingress_cidr_blocks=[net["cidr_block"]], port=port
    )
    if ingress_security_group_ids:
        args["ingress_security_group_ids"] = list(ingress_security_group_ids)
    nlb = NetworkLoadBalancer("backend-nlb", args)
    demo_backend(net, port, ingress_security_group_id=nlb.security_group_id, target_group_arn=nlb.target_group_arn)
    return nlb.reference


def demo_alb(net: NetworkReference, port: int, link_security_group_id: pulumi.Input[str]) -> LoadBalancerReference:
    """A new internal ALB admitting only the VPC link, in front of the demo backend admitting only the ALB."""
    alb = ApplicationLoadBalancer(
        "backend-alb",
        ApplicationLoadBalancerArgs(
            vpc_id=net["vpc_id"],
            subnet_ids=net["subnet_ids"],
            ingress_security_group_ids=[link_security_group_id],
            target_cidr_blocks=[net["cidr_block"]],
            port=port,
        ),
    )
    demo_backend(net, port, ingress_security_group_id=alb.security_group_id, target_group_arn=alb.target_group_arn)
    return alb.reference


def vpc_link_v2(net: NetworkReference, port: int) -> VpcLinkV2:
    """A VPC link v2 in the network's subnets; its security group reaches only the backend port in the VPC."""
    return VpcLinkV2(
        "vpc-link-v2",
        VpcLinkV2Args(
            vpc_id=net["vpc_id"],
            subnet_ids=net["subnet_ids"],
            backend_cidr_blocks=[net["cidr_block"]],
            backend_port=port,
        ),
    )


@dataclass
class RestBackend:
    """How a REST API's VPC-link routes reach the service."""

    integration: IntegrationArgs
    vpc_link_security_group_id: Optional[pulumi.Input[str]] = None
    """A VPC link v2's security group, for the user's own load balancer to admit."""


def rest_backend(
    vpc_link: str, backend: BackendSettings, net: Optional[NetworkReference], load_balancer: Optional[str] = None
) -> RestBackend:
    """`restApi.vpcLink` v1: a VPC link to the user's NLB or a new one in `net`. v2: a VPC link v2 in
    `net` to the user's load balancer (ALB or NLB) or a new internal `load_balancer` (an ALB unless
    `nlb`) admitting only the link. `net` may be None only for v1 to the user's NLB, which needs no
    network."""
    if vpc_link == "v1":
        if backend.nlb_arn:
            nlb = existing_load_balancer(backend.nlb_arn)
        else:
            assert net is not None, "a new NLB needs the network"
            nlb = demo_nlb(net, backend.port)
        link = RestVpcLink("vpc-link", RestVpcLinkArgs(target_arn=nlb["arn"]))
        return RestBackend(vpc_link_integration(link.reference, nlb, port=backend.port))
    assert net is not None, "a VPC link v2 needs the network"
    link_v2 = vpc_link_v2(net, backend.port)
    own_arn = backend.load_balancer_arn or backend.nlb_arn
    # The demo backend answers every path, so the stage API Gateway puts in front of the backend path
    # over v2 (docs/aws-facts.md §9.2) needs nothing of it; a backend of your own must expect it.
    if own_arn:
        target = existing_load_balancer(own_arn)
    elif load_balancer == "nlb":
        target = demo_nlb(net, backend.port, [link_v2.security_group_id])
    else:
        target = demo_alb(net, backend.port, link_v2.security_group_id)
    return RestBackend(
        vpc_link_integration(link_v2.reference, target, port=backend.port),
        vpc_link_security_group_id=link_v2.security_group_id,
    )


def logging_prerequisites(log: LoggingSettings) -> list[pulumi.Resource]:
    """The account-wide CloudWatch role, when REST logging is on and this stack manages it."""
    if not log.manage_account_role or (not log.access_logs and log.execution_level == "OFF"):
        return []
    return [ApiGatewayAccountLogging("apigateway-account-logging", ApiGatewayAccountLoggingArgs())]


def rest_routes(
    routes: Sequence[RouteSettings], private: IntegrationArgs, http_backend_url: Optional[str]
) -> list[RouteArgs]:
    """The configured routes as values: `vpcLink` routes through `private`, `http` ones to the URL."""

    def integration_of(route: RouteSettings) -> IntegrationArgs:
        if route.target == "vpcLink":
            return private
        assert http_backend_url is not None, "settings refuse an http route without restApi.httpBackendUrl"
        return http_integration(http_backend_url)

    return [
        RouteArgs(
            path=route.path,
            method=route.method,
            proxy=route.proxy,
            backend_path=route.backend_path,
            integration=integration_of(route),
        )
        for route in routes
    ]


def api_title(stack: str, name: str = "rest") -> str:
    """`apigw-private-{stack}`, and the API's name after it for a second API."""
    return f"{PROJECT}-{stack}" + ("" if name == "rest" else f"-{name}")


def rest_api(
    routes: Sequence[RouteArgs],
    *,
    endpoint_type: str,
    stage_name: str,
    log: LoggingSettings,
    throttling: ThrottlingSettings,
    prerequisites: Sequence[pulumi.Resource],
    authorization: str,
    name: str = "rest",
    vpc_endpoint_ids: pulumi.Input[Sequence[str]] | None = None,
    execute_api_endpoint: bool = True,
) -> RestApi:
    """The REST API of `routes`; `prerequisites` is this stack's account logging role, the same for every API."""
    return RestApi(
        name,
        RestApiArgs(
            routes=routes,
            title=api_title(pulumi.get_stack(), name),
            endpoint_type=EndpointType(endpoint_type),
            authorization=Authorization(authorization),
            stage_name=stage_name,
            access_logs=log.access_logs,
            execution_logging_level=ExecutionLoggingLevel(log.execution_level),
            log_retention_in_days=log.retention_in_days,
            retain_logs_on_delete=log.retain_on_delete,
            throttling=throttling_of(throttling),
            execute_api_endpoint=execute_api_endpoint,
            **({"vpc_endpoint_ids": vpc_endpoint_ids} if vpc_endpoint_ids is not None else {}),
        ),
        logging_prerequisites=prerequisites,
    )


def throttling_of(throttling: ThrottlingSettings) -> ThrottlingArgs:
    return ThrottlingArgs(burst_limit=throttling.burst_limit, rate_limit=throttling.rate_limit)


def common_outputs(api, partition_name: str, scenario: str) -> Outputs:
    return {"invokeUrl": api.invoke_url, "apiId": api.id, "partition": partition_name, "scenario": scenario}
