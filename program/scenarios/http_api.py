"""http-api: client → HTTP API → VPC link v2 → internal ALB listener, NLB listener or Cloud Map service
→ service."""

from __future__ import annotations

import re

import pulumi

from components import CloudMapInstance, CloudMapService, CloudMapServiceArgs, HttpApi, HttpApiArgs, curl
from components.http_api import DEFAULT_ROUTE, HttpAuthorization
from components.openapi import Route
from components.references import NetworkReference, existing_listener
from program.scenarios.common import (
    Outputs,
    common_outputs,
    demo_alb,
    demo_backend,
    demo_nlb,
    network,
    network_zones,
    throttling_of,
    vpc_link_v2,
)
from program.scenarios.custom_domain import merged, regional_domain, serves_execute_api_endpoint
from program.settings import PROJECT, Settings
from program.settings.backend import BackendSettings


def build(settings: Settings) -> Outputs:
    http, backend = settings.http_api, settings.backend
    net = network(settings.network, network_zones(settings.network, settings.region, vpc_link_v2=True))
    link = vpc_link_v2(net, backend.port)
    args = HttpApiArgs(
        vpc_link=link.reference,
        routes=list(http.routes),
        authorization_type=HttpAuthorization(http.authorization),
        stage_name=http.stage_name,
        access_logs=settings.logging.access_logs,
        log_retention_in_days=settings.logging.retention_in_days,
        retain_logs_on_delete=settings.logging.retain_on_delete,
        throttling=throttling_of(http.throttling),
        execute_api_endpoint=serves_execute_api_endpoint(settings),
    )
    _target(args, http.target, backend, net, link.security_group_id)
    api = HttpApi("http", args)
    signed = http.authorization == "AWS_IAM"
    examples: pulumi.Input[dict[str, str]] = api.invoke_url.apply(
        lambda url: curl_examples(url, http.routes, settings.region, signed)
    )
    domain: Outputs = {}
    if settings.custom_domain is not None:
        domain, domain_examples = regional_domain(
            settings,
            stage_name=api.stage_name,
            signed=signed,
            routes=[route_of(key) for key in http.routes],
            http_api_id=api.id,
        )
        examples = merged(examples, domain_examples) if serves_execute_api_endpoint(settings) else domain_examples
    return {
        **common_outputs(api, settings.partition, settings.scenario),
        "curlExamples": examples,
        "vpcLinkSecurityGroupId": link.security_group_id,
        **domain,
    }


def _target(
    args: HttpApiArgs,
    target: str,
    backend: BackendSettings,
    net: NetworkReference,
    link_security_group_id: pulumi.Output[str],
) -> None:
    """Sets what the integration targets: the user's listener or Cloud Map service as given, or a new one
    in front of the demo backend, which admits only the load balancer (or, for Cloud Map, the link)."""
    if backend.listener_arn:
        args["load_balancer"] = existing_listener(backend.listener_arn)
        return
    if backend.cloud_map_service_arn:
        args["cloud_map_service_arn"] = backend.cloud_map_service_arn
        return
    if target == "alb":
        args["load_balancer"] = demo_alb(net, backend.port, link_security_group_id)
        return
    if target == "nlb":
        args["load_balancer"] = demo_nlb(net, backend.port, [link_security_group_id])
        return
    demo = demo_backend(
        net, backend.port, ingress_security_group_id=link_security_group_id, ingress_description="From the VPC link"
    )
    service = CloudMapService(
        "backend-cloud-map",
        CloudMapServiceArgs(
            vpc_id=net["vpc_id"],
            namespace_name=namespace_name(pulumi.get_stack()),
            instances=[CloudMapInstance(instance_id=demo.instance_id, ipv4=demo.private_ip, port=backend.port)],
        ),
    )
    args["cloud_map_service_arn"] = service.arn


def namespace_name(stack: str) -> str:
    """`{stack}.apigw-private.internal`: one namespace name per stack, since two of the same name cannot share a VPC."""
    label = re.sub(r"[^a-z0-9-]+", "-", stack.lower()).strip("-")[:63] or "stack"
    return f"{label}.{PROJECT}.internal"


def route_of(key: str) -> Route:
    """The route a route key names; `$default` is shown with GET on the API's root."""
    method, path = ("GET", "/") if key == DEFAULT_ROUTE else key.split(" ", 1)
    return Route(path=path, method=method)


def curl_examples(invoke_url: str, route_keys, region: str, signed: bool) -> dict[str, str]:
    """A command per route key."""
    examples = {}
    for key in route_keys:
        route = route_of(key)
        examples[key] = curl.curl_command(
            curl.route_url(invoke_url, route), route.method, sigv4_region=region if signed else None
        )
    return examples
