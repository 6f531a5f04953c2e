"""Checks that need more than one key, or the partition: run after every key is valid on its own."""

from __future__ import annotations

from components import partition as partitions
from program.catalog import Consumers, scenarios_where
from program.errors import ConfigError
from program.settings.arns import load_balancer_type
from program.settings.backend import ARN_KEYS
from program.settings.stack import Settings


def check_combinations(settings: Settings) -> None:
    """Checks that need more than one key, or the partition."""
    rest = settings.rest_api
    if rest.endpoint_type == "EDGE" and not partitions.offers(settings.partition, partitions.EDGE_OPTIMIZED_API):
        raise ConfigError(
            f"`restApi.endpointType` EDGE does not exist in China regions ({settings.partition}); "
            f"remove it or set it to REGIONAL"
        )
    scenario = settings.description
    if not scenario.is_private and rest.endpoint_type == "PRIVATE":
        raise ConfigError(
            f"`restApi.endpointType` PRIVATE needs a private scenario; set `scenario` to "
            f"{_either(scenarios_where(lambda s: s.is_private))}, or remove restApi.endpointType"
        )
    if scenario.is_private and rest.endpoint_type not in (None, "PRIVATE"):
        raise ConfigError(
            f"`restApi.endpointType` {rest.endpoint_type} conflicts with scenario "
            f"{settings.scenario}, whose API is PRIVATE; remove restApi.endpointType"
        )
    if (
        settings.backend.nlb_arn is None
        and not settings.backend.is_demo
        and scenario.api == "REST"
        and rest.vpc_link == "v1"
    ):
        given = (
            "listenerArn"
            if settings.backend.listener_arn
            else ("loadBalancerArn" if settings.backend.load_balancer_arn else "cloudMapServiceArn")
        )
        raise ConfigError(
            f"`backend.{given}` does not fit a REST API over VPC link v1, which needs a Network "
            f"Load Balancer; set `backend.nlbArn` instead"
        )
    _check_http_api(settings)
    _check_rest_vpc_link_v2(settings)
    _check_subnets_for_a_new_alb(settings)
    _check_custom_domain(settings)
    if scenario.consumers is Consumers.REQUIRED and not settings.consumers:
        raise ConfigError(
            f"scenario {scenario.name} needs `consumers`: a list of {{name, roleArn, cidrBlock | vpcId + "
            f"subnetIds}} or {{name, vpcEndpointId}}; see README.md"
        )
    if settings.consumers and scenario.consumers is Consumers.NONE:
        taking = scenarios_where(lambda s: s.consumers is not Consumers.NONE)
        raise ConfigError(
            f"`consumers` is used only by the {' and '.join(taking)} scenarios; remove it or set `scenario`"
        )


def _either(names: list[str]) -> str:
    return ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else names[0]


def _check_http_api(settings: Settings) -> None:
    """http-api: the target exists in the partition, the user's backend fits it, and it has a network."""
    backend, target = settings.backend, settings.http_api.target
    if settings.description.api != "HTTP":
        if "http_api" in settings.model_fields_set:
            raise ConfigError("`httpApi` is used only by scenario http-api; remove it or set `scenario` to http-api")
        return
    if "rest_api" in settings.model_fields_set:
        raise ConfigError(
            "`restApi` configures the REST scenarios; http-api reads `httpApi` (target, routes, "
            "authorization, stageName); remove restApi"
        )
    if not partitions.offers(settings.partition, partitions.HTTP_API_CLOUD_MAP):
        if target == "cloudmap":
            raise ConfigError(
                f"`httpApi.target` cloudmap is not available in China regions ({settings.partition}): "
                f"API Gateway has no Cloud Map private integrations there; set httpApi.target to alb "
                f"or nlb"
            )
        if backend.cloud_map_service_arn:
            raise ConfigError(
                f"`backend.cloudMapServiceArn` cannot be used in China regions ({settings.partition}): "
                f"API Gateway has no Cloud Map private integrations there; use backend.listenerArn "
                f"with an ALB or NLB listener"
            )
    for field, key in (("nlb_arn", "nlbArn"), ("load_balancer_arn", "loadBalancerArn")):
        if getattr(backend, field):
            raise ConfigError(
                f"`backend.{key}` does not fit an HTTP API, whose private integration targets a "
                f"listener; set `backend.listenerArn` to your load balancer's listener instead"
            )
    if backend.listener_arn:
        if target == "cloudmap":
            raise ConfigError(
                "`backend.listenerArn` does not fit `httpApi.target` cloudmap; set httpApi.target to "
                "alb or nlb (the listener's load balancer), or give backend.cloudMapServiceArn instead"
            )
        kind = {"app": "alb", "net": "nlb"}[load_balancer_type(backend.listener_arn)]
        if kind != target:
            other = {"alb": "nlb", "nlb": "alb"}[target]
            raise ConfigError(
                f"`backend.listenerArn` is not a listener of {_LB_WORDS[target]}, which "
                f"`httpApi.target` {target} needs; set httpApi.target to {other}, or use a listener "
                f"of {_LB_WORDS[target]}"
            )
    if backend.cloud_map_service_arn and target != "cloudmap":
        raise ConfigError(
            f"`backend.cloudMapServiceArn` needs `httpApi.target` cloudmap, got {target}; set it with: "
            f"pulumi config set --path httpApi.target cloudmap"
        )
    _check_own_network_for_vpc_link_v2(settings)


_LB_WORDS = {"alb": "an Application Load Balancer", "nlb": "a Network Load Balancer"}


def _check_rest_vpc_link_v2(settings: Settings) -> None:
    """`restApi.vpcLink: v2`: offered in the partition and the scenario, to a load balancer in the user's network."""
    if settings.rest_api.vpc_link != "v2":
        if settings.rest_api.load_balancer is not None:
            raise ConfigError(
                "`restApi.loadBalancer` chooses what a VPC link v2 reaches; a v1 link reaches only an "
                "NLB: remove restApi.loadBalancer, or set restApi.vpcLink to v2"
            )
        return
    if not partitions.offers(settings.partition, partitions.REST_VPC_LINK_V2):
        raise ConfigError(
            f"`restApi.vpcLink` v2 is not confirmed in China regions ({settings.partition}): REST "
            f"private integrations over VPC link v2 may not exist there; remove it to use v1 (an NLB "
            f"over PrivateLink)"
        )
    backend = settings.backend
    if backend.listener_arn or backend.cloud_map_service_arn:
        given = "listenerArn" if backend.listener_arn else "cloudMapServiceArn"
        raise ConfigError(
            f"`backend.{given}` does not fit a REST API over VPC link v2, which targets a load "
            f"balancer; set `backend.loadBalancerArn` instead"
        )
    own_arn = backend.load_balancer_arn or backend.nlb_arn
    if own_arn and settings.rest_api.load_balancer is not None:
        raise ConfigError(
            "`restApi.loadBalancer` chooses the load balancer this stack creates; with your own "
            "(backend.loadBalancerArn or backend.nlbArn) its ARN says which it is: remove "
            "restApi.loadBalancer"
        )
    _check_own_network_for_vpc_link_v2(settings)


def _check_subnets_for_a_new_alb(settings: Settings) -> None:
    """An ALB needs subnets in at least two Availability Zones; the program creates one for an HTTP API's
    `alb` target and for REST over VPC link v2 unless the user brings the load balancer."""
    backend = settings.backend
    new_alb = (
        settings.http_api.target == "alb" and not backend.listener_arn
        if settings.description.api == "HTTP"
        else settings.rest_api.vpc_link == "v2" and not (backend.load_balancer_arn or backend.nlb_arn)
    )
    if new_alb and settings.network.subnet_ids is not None and len(settings.network.subnet_ids) < 2:
        raise ConfigError(
            "`network.subnetIds` lists one subnet, but the internal ALB this creates needs subnets in at "
            "least two Availability Zones; list a private subnet of a second zone"
        )


def _check_own_network_for_vpc_link_v2(settings: Settings) -> None:
    backend = settings.backend
    given = next((key for field, key in ARN_KEYS.items() if getattr(backend, field)), None)
    if given and not settings.network.uses_own_vpc:
        raise ConfigError(
            f"`backend.{given}` needs `network.vpcId` and `network.subnetIds`: the VPC link v2 puts "
            f"its network interfaces in private subnets of your backend's VPC (in zones VPC link v2 "
            f"supports)"
        )


def _check_custom_domain(settings: Settings) -> None:
    """`customDomain`: the kind of custom domain the API's endpoint type takes, offered in the partition."""
    domain = settings.custom_domain
    if domain is None:
        return
    if settings.endpoint_type == "PRIVATE":
        if not partitions.offers(settings.partition, partitions.PRIVATE_CUSTOM_DOMAIN):
            raise ConfigError(
                f"`customDomain` is not confirmed for private APIs in China regions "
                f"({settings.partition}): API Gateway's private custom domain names may not exist "
                f"there; remove customDomain and call the API by its execute-api names"
            )
        if domain.mutual_tls is not None:
            raise ConfigError(
                f"`customDomain.mutualTls` cannot be used with scenario {settings.scenario}, whose API "
                f"is PRIVATE: API Gateway offers mutual TLS on Regional custom domain names only; "
                f"remove customDomain.mutualTls (the API's resource policy admits only its endpoints)"
            )
        if domain.execute_api_endpoint is not None:
            raise ConfigError(
                f"`customDomain.executeApiEndpoint` applies to Regional REST and HTTP APIs only; scenario "
                f"{settings.scenario}'s API is PRIVATE and reached only through its VPC endpoints; "
                f"remove customDomain.executeApiEndpoint"
            )
        if domain.base_path and "/" in domain.base_path:
            raise ConfigError(
                f"`customDomain.basePath` {domain.base_path!r} has more than one segment, which API "
                f"Gateway documents for Regional custom domain names only; use one segment such as "
                f"{domain.base_path.split('/')[0]!r} for a private API"
            )
        return
    if "organization_sharing" in domain.model_fields_set:
        raise ConfigError(
            "`customDomain.organizationSharing` applies to private custom domain names shared with "
            "consumer accounts; a Regional name is not shared; remove customDomain.organizationSharing"
        )
    if settings.endpoint_type == "EDGE":
        raise ConfigError(
            "`customDomain` creates a Regional custom domain name, which does not serve an EDGE API "
            "(that needs an edge-optimized name with a certificate in us-east-1); set "
            "restApi.endpointType to REGIONAL or remove customDomain"
        )
    if not partitions.offers(settings.partition, partitions.REGIONAL_CUSTOM_DOMAIN):
        raise ConfigError(f"`customDomain` is not offered in partition {settings.partition}; remove customDomain")
