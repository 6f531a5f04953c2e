"""rest-regional: client → Regional REST API → VPC link v1 → internal NLB → service
(or, with `restApi.vpcLink: v2`, → VPC link v2 → internal ALB or NLB → service)."""

from __future__ import annotations

import pulumi

from components import curl
from program.scenarios.common import (
    Outputs,
    common_outputs,
    logging_prerequisites,
    network,
    network_zones,
    rest_api,
    rest_backend,
    rest_routes,
)
from program.scenarios.custom_domain import merged, regional_domain, serves_execute_api_endpoint
from program.settings import Settings


def build(settings: Settings) -> Outputs:
    rest, backend = settings.rest_api, settings.backend
    # VPC link v1 to the user's own NLB needs no network of this stack's.
    needs_network = rest.vpc_link == "v2" or not backend.nlb_arn
    net = (
        network(settings.network, network_zones(settings.network, settings.region, vpc_link_v2=rest.vpc_link == "v2"))
        if needs_network
        else None
    )
    link = rest_backend(rest.vpc_link, backend, net, rest.load_balancer)
    api = rest_api(
        rest_routes(settings.routes, link.integration, rest.http_backend_url),
        endpoint_type=settings.endpoint_type,
        stage_name=settings.stage_name,
        log=settings.logging,
        throttling=rest.throttling,
        prerequisites=logging_prerequisites(settings.logging),
        authorization=settings.authorization,
        execute_api_endpoint=serves_execute_api_endpoint(settings),
    )
    signed = settings.authorization == "AWS_IAM"
    examples: pulumi.Input[dict[str, str]] = api.invoke_url.apply(
        lambda url: curl.invoke_url_examples(url, settings.routes, region=settings.region, signed=signed)
    )
    domain: Outputs = {}
    if settings.custom_domain is not None:
        domain, domain_examples = regional_domain(
            settings, stage_name=api.stage_name, routes=settings.routes, signed=signed, rest_api_id=api.id
        )
        examples = merged(examples, domain_examples) if serves_execute_api_endpoint(settings) else domain_examples
    outputs = {**common_outputs(api, settings.partition, settings.scenario), "curlExamples": examples, **domain}
    if link.vpc_link_security_group_id is not None:
        outputs["vpcLinkSecurityGroupId"] = link.vpc_link_security_group_id
    return outputs
