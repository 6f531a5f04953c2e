"""Building blocks the scenarios share: network, backends, logging, the REST API and its outputs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import pulumi
import pulumi_aws as aws

from components import (
    ApiGatewayAccountLogging, DemoBackend, DemoBackendArgs, NetworkLoadBalancer, NetworkLoadBalancerArgs,
    PrivateNetwork, PrivateNetworkArgs, RestApi, RestApiArgs, Route, VpcLinkBackend, openapi,
)
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


def network(settings: Settings) -> Network:
    """The user's VPC, or a new private one."""
    own = settings.network
    if own.uses_own_vpc:
        vpc = aws.ec2.get_vpc_output(id=own.vpc_id)
        return Network(vpc_id=own.vpc_id, subnet_ids=list(own.subnet_ids), cidr_block=vpc.cidr_block)
    created = PrivateNetwork("network", PrivateNetworkArgs(
        cidr_block=own.new_vpc_cidr_block,
        availability_zone_count=own.new_vpc_availability_zones,
        nat_gateways={"none": "None", "single": "Single", "onePerAz": "OnePerAz"}[own.nat_gateways],
    ))
    return Network(vpc_id=created.vpc_id, subnet_ids=created.private_subnet_ids, cidr_block=created.cidr_block)


def nlb_backend(settings: Settings) -> LoadBalancedBackend:
    """The user's NLB (no network resources at all), or a new internal NLB in front of the
    demo backend, in the user's VPC or a new one."""
    if settings.backend.nlb_arn:
        existing = aws.lb.get_load_balancer_output(arn=settings.backend.nlb_arn)
        return LoadBalancedBackend(arn=settings.backend.nlb_arn, dns_name=existing.dns_name)
    net = network(settings)
    port = settings.backend.port
    nlb = NetworkLoadBalancer("backend-nlb", NetworkLoadBalancerArgs(
        vpc_id=net.vpc_id, subnet_ids=net.subnet_ids, ingress_cidr_blocks=[net.cidr_block], port=port))
    DemoBackend("demo-backend", DemoBackendArgs(
        vpc_id=net.vpc_id,
        subnet_id=pulumi.Output.from_input(net.subnet_ids).apply(lambda ids: ids[0]),
        target_group_arn=nlb.target_group_arn,
        ingress_security_group_id=nlb.security_group_id,
        port=port,
    ))
    return LoadBalancedBackend(arn=nlb.arn, dns_name=nlb.dns_name)


def logging_prerequisites(settings: Settings) -> list[pulumi.Resource]:
    """The account-wide CloudWatch role, when REST logging is on and this stack manages it."""
    log = settings.logging
    if not log.manage_account_role or (not log.access_logs and log.execution_level == "OFF"):
        return []
    return [ApiGatewayAccountLogging("apigateway-account-logging")]


def routes(settings: Settings) -> list[Route]:
    return [Route(path=r.path, method=r.method, target=r.target, proxy=r.proxy, backend_path=r.backend_path)
            for r in settings.routes]


def rest_api(settings: Settings, *, stage_variables: pulumi.Input[dict], vpc_link: VpcLinkBackend | None,
             **extra) -> RestApi:
    document = openapi.render_rest_api(
        f"{PROJECT}-{pulumi.get_stack()}", routes(settings), vpc_link=vpc_link,
        http_backend_url=settings.rest_api.http_backend_url, authorization=settings.authorization)
    return RestApi("rest", RestApiArgs(
        body=openapi.to_json(document),
        endpoint_type=settings.endpoint_type,
        stage_name=settings.stage_name,
        stage_variables=stage_variables,
        access_logs=settings.logging.access_logs,
        execution_logging_level=settings.logging.execution_level,
        log_retention_in_days=settings.logging.retention_in_days,
        logging_prerequisites=logging_prerequisites(settings),
        **extra,
    ))


def common_outputs(settings: Settings, api: RestApi) -> Outputs:
    return {"invokeUrl": api.invoke_url, "apiId": api.id, "partition": settings.partition,
            "scenario": settings.scenario}
