"""The private REST API scenarios: rest-private, cross-account and chained.

A PRIVATE API is reachable only through execute-api interface endpoints: each way
in is an `Entry` (an endpoint, in this account or a consumer's, and optionally an
NLB in front of it). The API lists every entry's endpoint in `vpcEndpointIds`
(each gets its `{apiId}-{vpceId}` alias) and its resource policy denies any other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Sequence

import pulumi
import pulumi_aws as aws

from components import (
    EndpointLoadBalancer,
    EndpointLoadBalancerArgs,
    ExecuteApiEndpoint,
    ExecuteApiEndpointArgs,
    ExecuteApiEndpointPolicy,
    ExecuteApiEndpointPolicyArgs,
    PrivateNetwork,
    PrivateNetworkArgs,
    RestApi,
    RestVpcLink,
    RestVpcLinkArgs,
    curl,
    partition,
)
from components.references import NetworkReference, existing_network
from components.rest_integrations import private_api_integration
from program.errors import ConfigError
from program.scenarios.common import (
    Outputs,
    common_outputs,
    logging_prerequisites,
    network,
    network_zones,
    rest_api,
    rest_backend,
    rest_routes,
    zones_for,
)
from program.scenarios.custom_domain import merged, private_domain
from program.settings import DEFAULT_CONSUMER_ENTRY, PROJECT, PROVIDER_ENTRY, ConsumerSettings, Settings
from program.settings.apis import RouteSettings
from program.settings.endpoint_policy import EndpointPolicySettings
from program.settings.network import NetworkSettings
from program.settings.stack import AwsProviderSettings

# The consumer VPC `chained` creates in this account when no consumers are given.
DEFAULT_CONSUMER_CIDR = "10.1.0.0/16"
# How many zones a consumer VPC created in its own account spans.
CONSUMER_NETWORK_ZONES = 2


@dataclass
class Entry:
    """One way into a private API."""

    name: str
    endpoint_id: pulumi.Input[str]
    endpoint_dns_name: Optional[pulumi.Input[str]] = None
    """Known only for endpoints deployed by this stack."""
    load_balancer_dns_name: Optional[pulumi.Input[str]] = None
    deployed: Optional[pulumi.ResourceOptions] = None
    """For an endpoint this stack deploys: the options (the account's provider) its resources take."""
    endpoint_hosted_zone_id: Optional[pulumi.Input[str]] = None
    """The Route 53 zone of `endpoint_dns_name`, what an alias record to the endpoint names."""
    vpc_id: Optional[pulumi.Input[str]] = None
    """The VPC of an endpoint this stack deploys."""
    account_id: Optional[str] = None
    """The consumer account an endpoint is deployed in (from its `roleArn`); None for this stack's own."""


def require_dns(vpc_id: str, key: str, provider: Optional[aws.Provider] = None) -> None:
    """Private DNS of an execute-api endpoint needs DNS support and DNS hostnames on in its VPC:
    checked before any resource is registered, because the endpoint would fail minutes into `up`."""
    vpc = aws.ec2.get_vpc(id=vpc_id, opts=pulumi.InvokeOptions(provider=provider))
    off = [
        name
        for name, on in (("enableDnsSupport", vpc.enable_dns_support), ("enableDnsHostnames", vpc.enable_dns_hostnames))
        if not on
    ]
    if off:
        raise ConfigError(
            f"`{key}` {vpc_id} has {' and '.join(off)} off; private DNS of the execute-api endpoint "
            f"needs both on: aws ec2 modify-vpc-attribute --vpc-id {vpc_id} --enable-dns-hostnames "
            f"(and --enable-dns-support), or use a VPC that has them"
        )


def consumer_accounts(
    consumers: Sequence[ConsumerSettings], own: AwsProviderSettings, region: str
) -> dict[str, aws.Provider]:
    """A provider per consumer deployed here, acting in its account: it starts from the stack's own
    credentials (`aws:profile`, `aws:assumeRoles`, ...) and then assumes the consumer's `roleArn`."""
    session_name = f"{PROJECT}-{pulumi.get_stack()}"[:64]  # STS's limit
    return {
        consumer.name: aws.Provider(
            f"{consumer.name}-account",
            region=region,
            profile=own.profile,
            shared_config_files=own.shared_config_files,
            shared_credentials_files=own.shared_credentials_files,
            assume_roles=[
                *(aws.ProviderAssumeRoleArgs(**role) for role in own.assume_roles),
                aws.ProviderAssumeRoleArgs(role_arn=consumer.role_arn, session_name=session_name),
            ],
        )
        for consumer in consumers
        if consumer.deployed_here
    }


def check_own_private_dns(own: NetworkSettings) -> None:
    """The stack's own VPC, if given, can resolve its endpoint's private DNS: checked before anything
    is registered, a provider included."""
    if own.vpc_id is not None:
        require_dns(own.vpc_id, "network.vpcId")


def check_consumers_private_dns(consumers: Sequence[ConsumerSettings], accounts: dict[str, aws.Provider]) -> None:
    """Every consumer VPC given, looked up in its account: so after its provider, the one registration
    that may come before a refusal, and before any resource."""
    for index, consumer in enumerate(consumers):
        if consumer.vpc_id:
            require_dns(consumer.vpc_id, f"consumers[{index}].vpcId", accounts[consumer.name])


def subnet_count(own: NetworkSettings) -> int:
    """How many subnets the provider network has, known before anything exists."""
    return len(own.subnet_ids) if own.subnet_ids is not None else own.new_vpc_availability_zones


def endpoint_in(name: str, net: NetworkReference, opts: Optional[pulumi.ResourceOptions] = None) -> ExecuteApiEndpoint:
    return ExecuteApiEndpoint(
        name,
        ExecuteApiEndpointArgs(
            vpc_id=net["vpc_id"], subnet_ids=net["subnet_ids"], ingress_cidr_blocks=[net["cidr_block"]]
        ),
        opts=opts,
    )


def load_balancer_for(
    name: str,
    net: NetworkReference,
    endpoint: ExecuteApiEndpoint,
    count: int,
    opts: Optional[pulumi.ResourceOptions] = None,
) -> EndpointLoadBalancer:
    return EndpointLoadBalancer(
        name,
        EndpointLoadBalancerArgs(
            vpc_id=net["vpc_id"],
            subnet_ids=net["subnet_ids"],
            ingress_cidr_blocks=[net["cidr_block"]],
            endpoint_network_interface_ids=endpoint.network_interface_ids,
            endpoint_subnet_count=count,
        ),
        opts=opts,
    )


def entry_for(
    name: str,
    net: NetworkReference,
    count: int,
    *,
    with_load_balancer: bool,
    opts: Optional[pulumi.ResourceOptions] = None,
    account_id: Optional[str] = None,
) -> Entry:
    endpoint = endpoint_in(f"{name}-execute-api", net, opts)
    entry = deployed_entry(name, endpoint, net, opts, account_id)
    if with_load_balancer:
        entry.load_balancer_dns_name = load_balancer_for(f"{name}-entry", net, endpoint, count, opts).dns_name
    return entry


@dataclass
class Consumers:
    """The consumers deployed here: a provider acting in each one's account, and the zones of each new VPC,
    looked up before any of them gets a resource."""

    accounts: dict[str, aws.Provider]
    zones: dict[str, list[str]]


def prepare_consumers(settings: Settings) -> Consumers:
    """Every check that needs a consumer's account, before any resource: its VPC's DNS, its new VPC's zones.
    The stack's own checks run first, before the consumers' providers are registered."""
    check_own_private_dns(settings.network)
    accounts = consumer_accounts(settings.consumers, settings.aws_provider, settings.region)
    check_consumers_private_dns(settings.consumers, accounts)
    zones = {
        consumer.name: zones_for(
            settings.region,
            CONSUMER_NETWORK_ZONES,
            endpoint_services=[execute_api_service(settings.region)],
            provider=accounts[consumer.name],
        )
        for consumer in settings.consumers
        if consumer.deployed_here and not consumer.vpc_id
    }
    return Consumers(accounts, zones)


def consumer_entry(consumer: ConsumerSettings, prepared: Consumers, *, with_load_balancer: bool) -> Entry:
    """An endpoint the consumer's owners created, admitted as it is; or one deployed here into the
    consumer's account, in its VPC or a new one."""
    if consumer.vpc_endpoint_id is not None:
        return Entry(consumer.name, consumer.vpc_endpoint_id)
    provider = prepared.accounts[consumer.name]
    in_account = pulumi.ResourceOptions(providers=[provider])
    if consumer.vpc_id and consumer.subnet_ids is not None:
        net = existing_network(consumer.vpc_id, consumer.subnet_ids, pulumi.InvokeOutputOptions(provider=provider))
        count = len(consumer.subnet_ids)
    else:
        count = CONSUMER_NETWORK_ZONES
        net = PrivateNetwork(
            f"{consumer.name}-network",
            PrivateNetworkArgs(
                cidr_block=consumer.new_vpc_cidr_block, availability_zone_names=prepared.zones[consumer.name]
            ),
            opts=in_account,
        ).reference
    role = partition.parse_arn(consumer.role_arn or "")
    assert role is not None, "settings admit a consumer deployed here only with a valid roleArn"
    return entry_for(
        consumer.name, net, count, with_load_balancer=with_load_balancer, opts=in_account, account_id=role.account
    )


def deployed_entry(
    name: str,
    endpoint: ExecuteApiEndpoint,
    net: NetworkReference,
    opts: Optional[pulumi.ResourceOptions] = None,
    account_id: Optional[str] = None,
) -> Entry:
    """The entry of an endpoint this stack deploys into `net`, in its own account or (`opts`) a consumer's."""
    return Entry(
        name,
        endpoint.id,
        endpoint.dns_name,
        deployed=opts or pulumi.ResourceOptions(),
        endpoint_hosted_zone_id=endpoint.dns_hosted_zone_id,
        vpc_id=net["vpc_id"],
        account_id=account_id,
    )


def execute_api_service(region: str) -> str:
    return partition.endpoint_service_name("execute-api", region)


def endpoint_ids(entries: Sequence[Entry]) -> pulumi.Output[list[str]]:
    return pulumi.Output.all(*[entry.endpoint_id for entry in entries])


def restrict_endpoints(
    entries: Sequence[Entry],
    api: RestApi,
    widened: EndpointPolicySettings,
    domain_execute_api_arns: Sequence[pulumi.Input[str]] = (),
) -> None:
    """Every endpoint this stack deploys may call `api` (through its private custom domain name too, when
    `domain_execute_api_arns` names it) and what `endpointPolicy` adds, nothing else."""
    for entry in entries:
        if entry.deployed is not None:
            ExecuteApiEndpointPolicy(
                f"{entry.name}-execute-api-access",
                ExecuteApiEndpointPolicyArgs(
                    vpc_endpoint_id=entry.endpoint_id,
                    api_execution_arns=[api.execution_arn],
                    domain_execute_api_arns=list(domain_execute_api_arns),
                    additional_api_arns=list(widened.additional_api_arns),
                ),
                opts=entry.deployed,
            )


def curl_examples(
    settings: Settings,
    api: RestApi,
    api_routes: Sequence[RouteSettings],
    entries: Sequence[Entry],
    *,
    private_dns_entry: Optional[str],
) -> pulumi.Output[dict[str, str]]:
    """Every route through every entry; `private_dns_entry` names the entry whose VPC resolves the API's own name."""
    region, partition_name, signed = settings.region, settings.partition, settings.authorization == "AWS_IAM"
    values = [api.id] + [
        pulumi.Output.all(e.endpoint_id, e.endpoint_dns_name, e.load_balancer_dns_name) for e in entries
    ]

    def render(resolved):
        api_id, *entry_values = resolved
        target = curl.PrivateApi(
            api_id,
            partition.execute_api_host(api_id, region, partition_name),
            settings.stage_name,
            region,
            signed=signed,
        )
        examples: dict[str, str] = {}
        for entry, (endpoint_id, dns_name, lb_dns_name) in zip(entries, entry_values, strict=True):
            label = "" if entry.name == private_dns_entry else entry.name
            examples.update(
                curl.private_api_examples(
                    target,
                    api_routes,
                    entry=label,
                    private_dns=entry.name == private_dns_entry,
                    endpoint_dns_name=dns_name,
                    load_balancer_dns_name=lb_dns_name,
                    alias_host=partition.vpce_alias_host(api_id, endpoint_id, region, partition_name),
                )
            )
        return examples

    return pulumi.Output.all(*values).apply(render)


def serve(
    settings: Settings,
    api: RestApi,
    entries: Sequence[Entry],
    routes: Sequence[RouteSettings],
    *,
    private_dns_entry: Optional[str],
) -> Outputs:
    """What lets `entries` call `api`, and its outputs: the custom domain name when there is one, each deployed
    endpoint's policy (which must also allow the name, docs/aws-facts.md §11.2), the curl examples."""
    examples = curl_examples(settings, api, routes, entries, private_dns_entry=private_dns_entry)
    domain: Outputs = {}
    domain_arns: list[pulumi.Output[str]] = []
    if settings.custom_domain is not None:
        domain, domain_examples, domain_arn = private_domain(
            settings, api.id, api.stage_name, entries, routes, private_dns_entry=private_dns_entry
        )
        examples, domain_arns = merged(examples, domain_examples), [domain_arn]
    restrict_endpoints(entries, api, settings.endpoint_policy, domain_arns)
    return {
        **common_outputs(api, settings.partition, settings.scenario),
        "curlExamples": examples,
        "vpcEndpointIds": {entry.name: entry.endpoint_id for entry in entries},
        **domain,
    }


def provider_zones(settings: Settings) -> Optional[list[str]]:
    """The zones of the provider's new VPC, which holds the backend and the provider's execute-api endpoint."""
    return network_zones(
        settings.network,
        settings.region,
        vpc_link_v2=settings.rest_api.vpc_link == "v2",
        endpoint_services=[execute_api_service(settings.region)],
    )


def provider_api(
    settings: Settings,
    net: NetworkReference,
    consumers: Sequence[Entry],
    prerequisites: Sequence[pulumi.Resource],
    authorization: Optional[str] = None,
) -> tuple[RestApi, ExecuteApiEndpoint, list[Entry]]:
    """Private API #1: the provider VPC's endpoint, the backend behind a VPC link, and the API, which
    admits the provider's endpoint and every consumer's. Returns the API, the endpoint and every entry."""
    endpoint = endpoint_in("execute-api", net)
    entries = [deployed_entry(PROVIDER_ENTRY, endpoint, net), *consumers]
    backend = rest_backend(settings.rest_api.vpc_link, settings.backend, net, settings.rest_api.load_balancer)
    api = rest_api(
        rest_routes(settings.routes, backend.integration, settings.rest_api.http_backend_url),
        endpoint_type="PRIVATE",
        stage_name=settings.stage_name,
        log=settings.logging,
        throttling=settings.rest_api.throttling,
        prerequisites=prerequisites,
        authorization=authorization or settings.authorization,
        vpc_endpoint_ids=endpoint_ids(entries),
    )
    return api, endpoint, entries


def build_rest_private(settings: Settings) -> Outputs:
    """client in the VPC → execute-api endpoint → PRIVATE REST API → VPC link → NLB → service."""
    check_own_private_dns(settings.network)
    net = network(settings.network, provider_zones(settings))
    api, _, entries = provider_api(settings, net, (), logging_prerequisites(settings.logging))
    return serve(settings, api, entries, settings.routes, private_dns_entry=PROVIDER_ENTRY)


def build_cross_account(settings: Settings) -> Outputs:
    """clients in other accounts' VPCs → their endpoints → the PRIVATE REST API of this account."""
    zones = provider_zones(settings)
    prepared = prepare_consumers(settings)
    net = network(settings.network, zones)
    consumers = [consumer_entry(consumer, prepared, with_load_balancer=False) for consumer in settings.consumers]
    api, _, entries = provider_api(settings, net, consumers, logging_prerequisites(settings.logging))
    return serve(settings, api, entries, settings.routes, private_dns_entry=PROVIDER_ENTRY)


def chain_routes(routes: Sequence[RouteSettings], stage_name: str) -> list[RouteSettings]:
    """API #2 forwards each route of API #1 to the same path on API #1's stage."""
    return [
        route.model_copy(
            update=dict(
                target="vpcLink",
                proxy=True,
                backend_path=f"/{stage_name}" + re.sub(r"\{([^}]+)\+\}", r"{\1}", route.path),
            )
        )
        for route in routes
    ]


def build_chained(settings: Settings) -> Outputs:
    """client → NLB → consumer endpoint → private API #2 → VPC link → NLB → provider endpoint →
    private API #1 → VPC link → NLB → service."""
    zones = provider_zones(settings)
    default_consumer_zones = (
        None
        if settings.consumers
        else zones_for(
            settings.region,
            settings.network.new_vpc_availability_zones,
            endpoint_services=[execute_api_service(settings.region)],
        )
    )
    prepared = prepare_consumers(settings)
    net = network(settings.network, zones)
    prerequisites = logging_prerequisites(settings.logging)
    # API #2 cannot sign its calls to API #1: the chain hop is gated by API #1's policy, which
    # admits only the provider endpoint the chain NLB forwards to.
    upstream, provider_endpoint, upstream_entries = provider_api(settings, net, (), prerequisites, authorization="NONE")
    restrict_endpoints(upstream_entries, upstream, settings.endpoint_policy)

    # Created alongside the endpoint: only its target attachments wait for the endpoint's interfaces.
    chain = load_balancer_for("chain", net, provider_endpoint, subnet_count(settings.network))
    chain_link = RestVpcLink("chain-vpc-link", RestVpcLinkArgs(target_arn=chain.arn))

    private_dns_entry = None
    if settings.consumers:
        entries = [consumer_entry(consumer, prepared, with_load_balancer=True) for consumer in settings.consumers]
    else:
        private_dns_entry = DEFAULT_CONSUMER_ENTRY
        count = settings.network.new_vpc_availability_zones
        assert default_consumer_zones is not None, "looked up when no consumers are given"
        consumer_net = PrivateNetwork(
            "consumer-network",
            PrivateNetworkArgs(cidr_block=DEFAULT_CONSUMER_CIDR, availability_zone_names=default_consumer_zones),
        ).reference
        entries = [entry_for(private_dns_entry, consumer_net, count, with_load_balancer=True)]

    upstream_host = upstream.id.apply(
        lambda api_id: partition.execute_api_host(api_id, settings.region, settings.partition)
    )
    # The integration URI's host is what TLS verifies and what routes the call to API #1
    # (docs/aws-facts.md §7.2); x-apigw-api-id names API #1 as well, should the host alone not.
    chain_hop = private_api_integration(chain_link.reference, upstream.id, upstream_host)
    downstream_routes = chain_routes(settings.routes, settings.stage_name)
    api = rest_api(
        rest_routes(downstream_routes, chain_hop, http_backend_url=None),
        name="chained-rest",
        endpoint_type="PRIVATE",
        stage_name=settings.stage_name,
        log=settings.logging,
        throttling=settings.rest_api.throttling,
        prerequisites=prerequisites,
        authorization=settings.authorization,
        vpc_endpoint_ids=endpoint_ids(entries),
    )
    # The custom domain name, if any, is for the API clients call: API #2.
    return {
        **serve(settings, api, entries, downstream_routes, private_dns_entry=private_dns_entry),
        "upstreamApiId": upstream.id,
        "upstreamInvokeUrl": upstream.invoke_url,
        "upstreamVpcEndpointIds": {entry.name: entry.endpoint_id for entry in upstream_entries},
    }
