"""Building blocks the scenarios share: network, backends, logging, the REST API and its outputs."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Sequence

import pulumi
import pulumi_aws as aws

from components import (
    ApiGatewayAccountLogging, ApiGatewayAccountLoggingArgs, ApplicationLoadBalancer, ApplicationLoadBalancerArgs,
    DemoBackend, DemoBackendArgs, HttpApi, NetworkLoadBalancer, NetworkLoadBalancerArgs, PrivateNetwork, PrivateNetworkArgs, RestApi, RestApiArgs,
    RestVpcLink, RestVpcLinkArgs, Route, VpcLinkBackend, VpcLinkV2, VpcLinkV2Args, openapi, partition, policies,
)
from components.network import usable_zones
from program.errors import ConfigError
from program.settings import PROJECT, Settings

Outputs = dict[str, pulumi.Input]


@dataclass
class Network:
    vpc_id: pulumi.Input[str]
    subnet_ids: pulumi.Input[Sequence[str]]
    cidr_block: pulumi.Input[str]


@dataclass
class LoadBalancedBackend:
    arn: pulumi.Input[str]
    dns_name: pulumi.Input[str]


def network(settings: Settings, *, excluded_zone_ids: Sequence[str] = (),
            endpoint_services: Sequence[str] = ()) -> Network:
    """The user's VPC, or a new private one in zones other than `excluded_zone_ids` where every
    one of `endpoint_services` is offered."""
    own = settings.network
    if own.uses_own_vpc:
        vpc = aws.ec2.get_vpc_output(id=own.vpc_id)
        return Network(vpc_id=own.vpc_id, subnet_ids=list(own.subnet_ids), cidr_block=vpc.cidr_block)
    created = PrivateNetwork("network", PrivateNetworkArgs(
        cidr_block=own.new_vpc_cidr_block,
        availability_zone_names=zones_for(settings, excluded_zone_ids, endpoint_services),
        nat_gateways={"none": "None", "single": "Single", "onePerAz": "OnePerAz"}[own.nat_gateways],
    ))
    return Network(vpc_id=created.vpc_id, subnet_ids=created.private_subnet_ids, cidr_block=created.cidr_block)


def zones_for(settings: Settings, excluded_zone_ids: Sequence[str] = (),
              endpoint_services: Sequence[str] = ()) -> list[str]:
    """The first `network.availabilityZones` usable zones of the region, looked up before any
    resource is registered so that too many is a config error, not a failure halfway through.
    Endpoint services are looked up by their full name: `service=` cannot find China's (AWS_FACTS.md §1.4)."""
    count = settings.network.new_vpc_availability_zones
    found = aws.get_availability_zones(state="available")
    offered = [aws.ec2.get_vpc_endpoint_service(service_name=name).availability_zones for name in endpoint_services]
    usable = usable_zones(found.names, found.zone_ids, excluded_zone_ids, offered)
    if len(usable) < count:
        conditions = (["VPC link v2 can be placed"] if excluded_zone_ids else []) + [
            f"{name} is offered" for name in endpoint_services]
        where = f" where {' and '.join(conditions)}" if conditions else ""
        raise ConfigError(f"`network.availabilityZones` is {count}, but {settings.region} has {len(usable)} "
                          f"available Availability Zones{where}; set it to {len(usable)} or fewer")
    return usable[:count]


def rest_network(settings: Settings, endpoint_services: Sequence[str] = ()) -> Network:
    """The network of a REST API's backend (and of `endpoint_services`' endpoints): with VPC link v2,
    only in zones v2 supports."""
    if settings.rest_api.vpc_link == "v2":
        return vpc_link_v2_network(settings, endpoint_services)
    return network(settings, endpoint_services=endpoint_services)


def nlb_backend(settings: Settings, net: Network | None = None) -> LoadBalancedBackend:
    """The user's NLB, or a new internal NLB in front of the demo backend in `net` (by default
    the user's VPC or a new one; none is created for the user's NLB)."""
    if settings.backend.nlb_arn:
        existing = aws.lb.get_load_balancer_output(arn=settings.backend.nlb_arn)
        return LoadBalancedBackend(arn=settings.backend.nlb_arn, dns_name=existing.dns_name)
    net = net or network(settings)
    port = settings.backend.port
    nlb = NetworkLoadBalancer("backend-nlb", NetworkLoadBalancerArgs(
        vpc_id=net.vpc_id, subnet_ids=net.subnet_ids, ingress_cidr_blocks=[net.cidr_block], port=port))
    demo_backend(settings, net, ingress_security_group_id=nlb.security_group_id,
                 target_group_arn=nlb.target_group_arn)
    return LoadBalancedBackend(arn=nlb.arn, dns_name=nlb.dns_name)


def demo_backend(settings: Settings, net: Network, *, ingress_security_group_id: pulumi.Input[str],
                 target_group_arn: pulumi.Input[str] | None = None,
                 ingress_description: str = "From the load balancer") -> DemoBackend:
    """The demo service in the network's first subnet, admitting only `ingress_security_group_id`."""
    return DemoBackend("demo-backend", DemoBackendArgs(
        vpc_id=net.vpc_id,
        subnet_id=pulumi.Output.from_input(net.subnet_ids).apply(lambda ids: ids[0]),
        target_group_arn=target_group_arn,
        ingress_security_group_id=ingress_security_group_id,
        ingress_description=ingress_description,
        port=settings.backend.port,
    ))


def vpc_link_v2_network(settings: Settings, endpoint_services: Sequence[str] = ()) -> Network:
    """The user's VPC, or a new one in zones where VPC link v2 can place its interfaces (AWS_FACTS.md §3.4)."""
    return network(settings, excluded_zone_ids=partition.vpc_link_v2_excluded_zone_ids(settings.region),
                   endpoint_services=endpoint_services)


def vpc_link_v2(settings: Settings, net: Network) -> VpcLinkV2:
    """A VPC link v2 in the network's subnets; its security group reaches only the backend port in the VPC."""
    return VpcLinkV2("vpc-link-v2", VpcLinkV2Args(vpc_id=net.vpc_id, subnet_ids=net.subnet_ids,
                                                  backend_cidr_blocks=[net.cidr_block],
                                                  backend_port=settings.backend.port))


def alb_backend(settings: Settings, net: Network, link_security_group_id: pulumi.Input[str]) -> ApplicationLoadBalancer:
    """A new internal ALB admitting only the VPC link, in front of the demo backend admitting only the ALB."""
    alb = ApplicationLoadBalancer("backend-alb", ApplicationLoadBalancerArgs(
        vpc_id=net.vpc_id, subnet_ids=net.subnet_ids, ingress_security_group_ids=[link_security_group_id],
        target_cidr_blocks=[net.cidr_block], port=settings.backend.port))
    demo_backend(settings, net, ingress_security_group_id=alb.security_group_id,
                 target_group_arn=alb.target_group_arn)
    return alb


@dataclass
class RestVpcLinkIntegration:
    """How a REST API's VPC-link routes reach the backend: the stage variables their
    integrations read, and for VPC link v2 the load balancer they target."""

    stage_variables: dict[str, pulumi.Input[str]]
    backend: VpcLinkBackend
    integration_target: pulumi.Input[str] | None = None
    security_group_id: pulumi.Input[str] | None = None
    """The VPC link v2's security group, for the user's load balancer to admit."""


def rest_vpc_link(settings: Settings, net: Network | None = None) -> RestVpcLinkIntegration:
    """`restApi.vpcLink` v1: a VPC link to the user's NLB or a new one. v2: a VPC link v2 in the
    network (the user's, or a new one in zones v2 supports) to the user's load balancer or a new
    internal ALB; its integrations set `integrationTarget` to the load balancer."""
    port = settings.backend.port
    if settings.rest_api.vpc_link == "v1":
        backend = nlb_backend(settings, net)
        link = RestVpcLink("vpc-link", RestVpcLinkArgs(target_arn=backend.arn))
        return RestVpcLinkIntegration({"vpcLinkId": link.id, "nlbDnsName": backend.dns_name},
                                      VpcLinkBackend(port=port))
    net = net or vpc_link_v2_network(settings)
    link_v2 = vpc_link_v2(settings, net)
    own_arn = settings.backend.load_balancer_arn or settings.backend.nlb_arn
    if own_arn:
        target = LoadBalancedBackend(arn=own_arn, dns_name=aws.lb.get_load_balancer_output(arn=own_arn).dns_name)
    else:
        # A REST private integration over VPC link v2 prepends the stage to the backend path (AWS_FACTS.md §9.2).
        alb = alb_backend(settings, net, link_v2.security_group_id)
        target = LoadBalancedBackend(arn=alb.arn, dns_name=alb.dns_name)
    # The URI's host (the load balancer's name) is the Host header the backend sees (AWS_FACTS.md §9.2).
    return RestVpcLinkIntegration(
        {"vpcLinkV2Id": link_v2.id, "loadBalancerDnsName": target.dns_name},
        VpcLinkBackend(connection_id="${stageVariables.vpcLinkV2Id}", host="${stageVariables.loadBalancerDnsName}",
                       port=port),
        integration_target=target.arn, security_group_id=link_v2.security_group_id)


def logging_prerequisites(settings: Settings) -> list[pulumi.Resource]:
    """The account-wide CloudWatch role, when REST logging is on and this stack manages it."""
    log = settings.logging
    if not log.manage_account_role or (not log.access_logs and log.execution_level == "OFF"):
        return []
    return [ApiGatewayAccountLogging("apigateway-account-logging", ApiGatewayAccountLoggingArgs())]


def routes(settings: Settings) -> list[Route]:
    return [Route(path=r.path, method=r.method, target=r.target, proxy=r.proxy, backend_path=r.backend_path)
            for r in settings.routes]


def rest_api(settings: Settings, link: RestVpcLinkIntegration, *, name: str = "rest",
             api_routes: Sequence[Route] | None = None, prerequisites: Sequence[pulumi.Resource] | None = None,
             vpc_endpoint_ids: pulumi.Input[Sequence[str]] | None = None, authorization: str | None = None) -> RestApi:
    """A REST API of `api_routes` (the settings' routes by default) whose VPC-link routes go through `link`.

    VPC link v1: one OpenAPI import. VPC link v2: explicit resources, because an import cannot be
    shown to carry `integrationTarget`. With `vpc_endpoint_ids` the API is PRIVATE: they are
    associated, carried in the body so an `overwrite` import keeps them (AWS_FACTS.md §6.3), and
    the resource policy admits them alone. `prerequisites` defaults to this stack's account
    logging role; pass the same list to every API of a stack. `authorization` defaults to the settings'.
    """
    def document(endpoint_ids: Sequence[str] = ()) -> dict:
        return openapi.render_rest_api(
            f"{PROJECT}-{pulumi.get_stack()}" + ("" if name == "rest" else f"-{name}"),
            api_routes if api_routes is not None else routes(settings), vpc_link=link.backend,
            http_backend_url=settings.rest_api.http_backend_url, authorization=authorization or settings.authorization,
            vpc_endpoint_ids=endpoint_ids)

    private: dict = {}
    if vpc_endpoint_ids is not None:
        ids = pulumi.Output.from_input(vpc_endpoint_ids).apply(sorted)
        private = dict(vpc_endpoint_ids=ids, put_rest_api_mode="overwrite",
                       policy=ids.apply(lambda endpoint_ids: json.dumps(policies.private_api_policy(endpoint_ids))))
    if link.integration_target is not None:
        definition = dict(document=document(), integration_target=link.integration_target)
    elif vpc_endpoint_ids is not None:
        definition = dict(body=private["vpc_endpoint_ids"].apply(lambda ids: openapi.to_json(document(ids))))
    else:
        definition = dict(body=openapi.to_json(document()))
    return RestApi(name, RestApiArgs(
        **definition,
        **private,
        endpoint_type=settings.endpoint_type,
        stage_name=settings.stage_name,
        stage_variables=link.stage_variables,
        access_logs=settings.logging.access_logs,
        execution_logging_level=settings.logging.execution_level,
        log_retention_in_days=settings.logging.retention_in_days,
        logging_prerequisites=prerequisites if prerequisites is not None else logging_prerequisites(settings),
    ))


def common_outputs(settings: Settings, api: RestApi | HttpApi) -> Outputs:
    return {"invokeUrl": api.invoke_url, "apiId": api.id, "partition": settings.partition,
            "scenario": settings.scenario}
