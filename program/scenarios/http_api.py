"""http-api: client → HTTP API → VPC link v2 → internal ALB listener, NLB listener or Cloud Map service
→ service."""

from __future__ import annotations

import re

import pulumi

from components import (
    CloudMapInstance, CloudMapService, CloudMapServiceArgs, HttpApi, HttpApiArgs, NetworkLoadBalancer,
    NetworkLoadBalancerArgs, Route, curl,
)
from components.http_api import DEFAULT_ROUTE
from program.scenarios.common import (
    Network, Outputs, alb_backend, common_outputs, demo_backend, vpc_link_v2, vpc_link_v2_network,
)
from program.settings import PROJECT, Settings


def build(settings: Settings) -> Outputs:
    net = vpc_link_v2_network(settings)
    link = vpc_link_v2(settings, net)
    integration_uri = _target(settings, net, link.security_group_id)
    http = settings.http_api
    api = HttpApi("http", HttpApiArgs(
        vpc_link_id=link.id,
        integration_uri=integration_uri,
        routes=list(http.routes),
        authorization_type=http.authorization,
        stage_name=http.stage_name,
        access_logs=settings.logging.access_logs,
        log_retention_in_days=settings.logging.retention_in_days,
    ))
    signed = http.authorization == "AWS_IAM"
    return {**common_outputs(settings, api),
            "curlExamples": api.invoke_url.apply(lambda url: curl_examples(url, http.routes, settings.region, signed)),
            "vpcLinkSecurityGroupId": link.security_group_id}


def _target(settings: Settings, net: Network, link_security_group_id: pulumi.Output[str]) -> pulumi.Input[str]:
    """The integration URI: the user's listener or Cloud Map service as given, or a new one in
    front of the demo backend, which admits only the load balancer (or, for Cloud Map, the link)."""
    backend, target = settings.backend, settings.http_api.target
    if backend.listener_arn or backend.cloud_map_service_arn:
        return backend.listener_arn or backend.cloud_map_service_arn
    if target == "alb":
        return alb_backend(settings, net, link_security_group_id).listener_arn
    if target == "nlb":
        nlb = NetworkLoadBalancer("backend-nlb", NetworkLoadBalancerArgs(
            vpc_id=net.vpc_id, subnet_ids=net.subnet_ids, ingress_cidr_blocks=[net.cidr_block],
            ingress_security_group_ids=[link_security_group_id], port=settings.backend.port))
        demo_backend(settings, net, ingress_security_group_id=nlb.security_group_id,
                     target_group_arn=nlb.target_group_arn)
        return nlb.listener_arn
    demo = demo_backend(settings, net, ingress_security_group_id=link_security_group_id,
                        ingress_description="From the VPC link")
    service = CloudMapService("backend-cloud-map", CloudMapServiceArgs(
        vpc_id=net.vpc_id, namespace_name=namespace_name(pulumi.get_stack()),
        instances=[CloudMapInstance(instance_id=demo.instance_id, ipv4=demo.private_ip, port=settings.backend.port)]))
    return service.arn


def namespace_name(stack: str) -> str:
    """`{stack}.apigw-private.internal`: one namespace name per stack, since two of the same name cannot share a VPC."""
    label = re.sub(r"[^a-z0-9-]+", "-", stack.lower()).strip("-")[:63] or "stack"
    return f"{label}.{PROJECT}.internal"


def curl_examples(invoke_url: str, route_keys, region: str, signed: bool) -> dict[str, str]:
    """A command per route key; `$default` is shown with GET on the API's root."""
    examples = {}
    for key in route_keys:
        method, path = ("GET", "/") if key == DEFAULT_ROUTE else key.split(" ", 1)
        examples[key] = curl.curl_command(curl.route_url(invoke_url, Route(path=path, method=method)), method,
                                          sigv4_region=region if signed else None)
    return examples
