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
    ExecuteApiEndpoint, ExecuteApiEndpointArgs, EndpointLoadBalancer, EndpointLoadBalancerArgs, PrivateNetwork,
    PrivateNetworkArgs, RestApi, RestVpcLink, RestVpcLinkArgs, Route, VpcLinkBackend, curl, partition,
)
from components.network import DEFAULT_AVAILABILITY_ZONE_COUNT
from program.scenarios.common import (
    Network, Outputs, RestVpcLinkIntegration, logging_prerequisites, rest_api, rest_network, rest_vpc_link, routes,
    zones_for,
)
from program.errors import ConfigError
from program.settings import DEFAULT_CONSUMER_ENTRY, PROJECT, PROVIDER_ENTRY, ConsumerSettings, Settings

# The consumer VPC `chained` creates in this account when no consumers are given.
DEFAULT_CONSUMER_CIDR = "10.1.0.0/16"


@dataclass
class Entry:
    """One way into a private API."""

    name: str
    endpoint_id: pulumi.Input[str]
    endpoint_dns_name: Optional[pulumi.Input[str]] = None
    """Known only for endpoints deployed by this stack."""
    load_balancer_dns_name: Optional[pulumi.Input[str]] = None


def require_dns(vpc_id: str, key: str, provider: Optional[aws.Provider] = None) -> None:
    """Private DNS of an execute-api endpoint needs DNS support and DNS hostnames on in its VPC:
    checked before any resource is registered, because the endpoint would fail minutes into `up`."""
    vpc = aws.ec2.get_vpc(id=vpc_id, opts=pulumi.InvokeOptions(provider=provider))
    off = [name for name, on in (("enableDnsSupport", vpc.enable_dns_support),
                                 ("enableDnsHostnames", vpc.enable_dns_hostnames)) if not on]
    if off:
        raise ConfigError(f"`{key}` {vpc_id} has {' and '.join(off)} off; private DNS of the execute-api endpoint "
                          f"needs both on: aws ec2 modify-vpc-attribute --vpc-id {vpc_id} --enable-dns-hostnames "
                          f"(and --enable-dns-support), or use a VPC that has them")


def consumer_accounts(settings: Settings) -> dict[str, aws.Provider]:
    """A provider per consumer deployed here, acting in its account: it starts from the stack's own
    credentials (`aws:profile`, `aws:assumeRoles`, ...) and then assumes the consumer's `roleArn`."""
    own = settings.aws_provider
    session_name = f"{PROJECT}-{pulumi.get_stack()}"[:64]  # STS's limit
    return {
        consumer.name: aws.Provider(
            f"{consumer.name}-account", region=settings.region, profile=own.profile,
            shared_config_files=own.shared_config_files, shared_credentials_files=own.shared_credentials_files,
            assume_roles=[*(aws.ProviderAssumeRoleArgs(**role) for role in own.assume_roles),
                          aws.ProviderAssumeRoleArgs(role_arn=consumer.role_arn, session_name=session_name)])
        for consumer in settings.consumers if consumer.deployed_here
    }


def check_private_dns(settings: Settings, accounts: dict[str, aws.Provider]) -> None:
    """Every given VPC that gets an endpoint with private DNS, checked before any of them gets anything."""
    if settings.network.uses_own_vpc:
        require_dns(settings.network.vpc_id, "network.vpcId")
    for index, consumer in enumerate(settings.consumers):
        if consumer.vpc_id:
            require_dns(consumer.vpc_id, f"consumers[{index}].vpcId", accounts[consumer.name])


def execute_api_service(settings: Settings) -> str:
    return partition.endpoint_service_name("execute-api", settings.region)


def subnet_count(settings: Settings) -> int:
    """How many subnets the provider network has, known before anything exists."""
    own = settings.network
    return len(own.subnet_ids) if own.uses_own_vpc else own.new_vpc_availability_zones


def endpoint_in(name: str, net: Network, opts: Optional[pulumi.ResourceOptions] = None) -> ExecuteApiEndpoint:
    return ExecuteApiEndpoint(name, ExecuteApiEndpointArgs(
        vpc_id=net.vpc_id, subnet_ids=net.subnet_ids, ingress_cidr_blocks=[net.cidr_block]), opts=opts)


def load_balancer_for(name: str, net: Network, endpoint: ExecuteApiEndpoint, count: int,
                      opts: Optional[pulumi.ResourceOptions] = None) -> EndpointLoadBalancer:
    return EndpointLoadBalancer(name, EndpointLoadBalancerArgs(
        vpc_id=net.vpc_id, subnet_ids=net.subnet_ids, ingress_cidr_blocks=[net.cidr_block],
        endpoint_network_interface_ids=endpoint.network_interface_ids, endpoint_subnet_count=count), opts=opts)


def consumer_entry(settings: Settings, consumer: ConsumerSettings, accounts: dict[str, aws.Provider], *,
                   with_load_balancer: bool) -> Entry:
    """An endpoint the consumer's owners created, admitted as it is; or one deployed here into the
    consumer's account, in its VPC or a new one."""
    if not consumer.deployed_here:
        return Entry(consumer.name, consumer.vpc_endpoint_id)
    provider = accounts[consumer.name]
    in_account = pulumi.ResourceOptions(providers=[provider])
    if consumer.vpc_id:
        vpc = aws.ec2.get_vpc_output(id=consumer.vpc_id, opts=pulumi.InvokeOutputOptions(provider=provider))
        net, count = Network(consumer.vpc_id, list(consumer.subnet_ids), vpc.cidr_block), len(consumer.subnet_ids)
    else:
        shape = PrivateNetworkArgs(cidr_block=consumer.new_vpc_cidr_block,
                                   endpoint_service_names=[execute_api_service(settings)])
        created = PrivateNetwork(f"{consumer.name}-network", shape, opts=in_account)
        net, count = Network(created.vpc_id, created.private_subnet_ids, created.cidr_block), DEFAULT_AVAILABILITY_ZONE_COUNT
    return entry_for(consumer.name, net, count, with_load_balancer=with_load_balancer, opts=in_account)


def entry_for(name: str, net: Network, count: int, *, with_load_balancer: bool,
              opts: Optional[pulumi.ResourceOptions] = None) -> Entry:
    endpoint = endpoint_in(f"{name}-execute-api", net, opts)
    entry = Entry(name, endpoint.id, endpoint.dns_name)
    if with_load_balancer:
        entry.load_balancer_dns_name = load_balancer_for(f"{name}-entry", net, endpoint, count, opts).dns_name
    return entry


def endpoint_ids(entries: Sequence[Entry]) -> pulumi.Output[list[str]]:
    return pulumi.Output.all(*[entry.endpoint_id for entry in entries])


def curl_examples(settings: Settings, api: RestApi, api_routes: Sequence[Route], entries: Sequence[Entry], *,
                  private_dns_entry: Optional[str]) -> pulumi.Output[dict[str, str]]:
    """Every route through every entry; `private_dns_entry` names the entry whose VPC resolves the API's own name."""
    values = [api.id] + [pulumi.Output.all(e.endpoint_id, e.endpoint_dns_name, e.load_balancer_dns_name)
                         for e in entries]

    def render(resolved):
        api_id, *entry_values = resolved
        target = curl.PrivateApi(api_id, partition.execute_api_host(api_id, settings.region, settings.partition),
                                 settings.stage_name, settings.region, signed=settings.authorization == "AWS_IAM")
        examples: dict[str, str] = {}
        for entry, (endpoint_id, dns_name, lb_dns_name) in zip(entries, entry_values):
            label = "" if entry.name == private_dns_entry else entry.name
            examples.update(curl.private_api_examples(
                target, api_routes, entry=label, private_dns=entry.name == private_dns_entry,
                endpoint_dns_name=dns_name, load_balancer_dns_name=lb_dns_name,
                alias_host=partition.vpce_alias_host(api_id, endpoint_id, settings.region, settings.partition)))
        return examples

    return pulumi.Output.all(*values).apply(render)


def private_outputs(settings: Settings, api: RestApi, entries: Sequence[Entry], examples) -> Outputs:
    return {"invokeUrl": api.invoke_url, "apiId": api.id, "partition": settings.partition,
            "scenario": settings.scenario, "curlExamples": examples,
            "vpcEndpointIds": {entry.name: entry.endpoint_id for entry in entries}}


def provider_api(settings: Settings, entries: list[Entry], net: Network, prerequisites: Sequence[pulumi.Resource],
                 authorization: Optional[str] = None) -> tuple[RestApi, ExecuteApiEndpoint]:
    """Private API #1: the provider VPC's endpoint, the backend behind a VPC link, and the API."""
    endpoint = endpoint_in("execute-api", net)
    entries.insert(0, Entry(PROVIDER_ENTRY, endpoint.id, endpoint.dns_name))
    api = rest_api(settings, rest_vpc_link(settings, net), prerequisites=prerequisites,
                   vpc_endpoint_ids=endpoint_ids(entries), authorization=authorization)
    return api, endpoint


def build_rest_private(settings: Settings) -> Outputs:
    """client in the VPC → execute-api endpoint → PRIVATE REST API → VPC link → NLB → service."""
    check_private_dns(settings, {})
    entries: list[Entry] = []
    api, _ = provider_api(settings, entries, rest_network(settings, [execute_api_service(settings)]),
                          logging_prerequisites(settings))
    return private_outputs(settings, api, entries,
                           curl_examples(settings, api, routes(settings), entries, private_dns_entry=PROVIDER_ENTRY))


def build_cross_account(settings: Settings) -> Outputs:
    """clients in other accounts' VPCs → their endpoints → the PRIVATE REST API of this account."""
    accounts = consumer_accounts(settings)
    check_private_dns(settings, accounts)
    net = rest_network(settings, [execute_api_service(settings)])
    entries = [consumer_entry(settings, consumer, accounts, with_load_balancer=False)
               for consumer in settings.consumers]
    api, _ = provider_api(settings, entries, net, logging_prerequisites(settings))
    return private_outputs(settings, api, entries,
                           curl_examples(settings, api, routes(settings), entries, private_dns_entry=PROVIDER_ENTRY))


def chain_routes(settings: Settings) -> list[Route]:
    """API #2 forwards each route of API #1 to the same path on API #1's stage."""
    return [Route(path=route.path, method=route.method, target="vpcLink", proxy=True,
                  backend_path=f"/{settings.stage_name}" + re.sub(r"\{([^}]+)\+\}", r"{\1}", route.path))
            for route in routes(settings)]


def build_chained(settings: Settings) -> Outputs:
    """client → NLB → consumer endpoint → private API #2 → VPC link → NLB → provider endpoint →
    private API #1 → VPC link → NLB → service."""
    accounts = consumer_accounts(settings)
    check_private_dns(settings, accounts)
    net = rest_network(settings, [execute_api_service(settings)])
    prerequisites = logging_prerequisites(settings)
    upstream_entries: list[Entry] = []
    # API #2 cannot sign its calls to API #1: the chain hop is gated by API #1's policy, which
    # admits only the provider endpoint the chain NLB forwards to.
    upstream, provider_endpoint = provider_api(settings, upstream_entries, net, prerequisites, authorization="NONE")

    # Created alongside the endpoint: only its target attachments wait for the endpoint's interfaces.
    chain = load_balancer_for("chain", net, provider_endpoint, subnet_count(settings))
    chain_link = RestVpcLink("chain-vpc-link", RestVpcLinkArgs(target_arn=chain.arn))

    private_dns_entry = None
    if settings.consumers:
        entries = [consumer_entry(settings, consumer, accounts, with_load_balancer=True)
                   for consumer in settings.consumers]
    else:
        private_dns_entry = DEFAULT_CONSUMER_ENTRY
        consumer_net = PrivateNetwork("consumer-network", PrivateNetworkArgs(
            cidr_block=DEFAULT_CONSUMER_CIDR, availability_zone_names=zones_for(settings, (), [execute_api_service(settings)])))
        entries = [entry_for(private_dns_entry, Network(consumer_net.vpc_id, consumer_net.private_subnet_ids,
                                                 consumer_net.cidr_block),
                             settings.network.new_vpc_availability_zones, with_load_balancer=True)]

    upstream_host = upstream.id.apply(
        lambda api_id: partition.execute_api_host(api_id, settings.region, settings.partition))
    # The integration URI's host is what TLS verifies and what routes the call to API #1
    # (AWS_FACTS.md §7.2); x-apigw-api-id names API #1 as well, should the host alone not.
    downstream_routes = chain_routes(settings)
    chain_hop = RestVpcLinkIntegration(
        stage_variables={"vpcLinkId": chain_link.id, "upstreamHost": upstream_host, "upstreamApiId": upstream.id},
        backend=VpcLinkBackend(host="${stageVariables.upstreamHost}", port=443, scheme="https",
                               request_headers=(("x-apigw-api-id", "stageVariables.upstreamApiId"),)))
    api = rest_api(settings, chain_hop, name="chained-rest", api_routes=downstream_routes,
                   prerequisites=prerequisites, vpc_endpoint_ids=endpoint_ids(entries))
    return {**private_outputs(settings, api, entries,
                              curl_examples(settings, api, downstream_routes, entries,
                                            private_dns_entry=private_dns_entry)),
            "upstreamApiId": upstream.id, "upstreamInvokeUrl": upstream.invoke_url,
            "upstreamVpcEndpointIds": {entry.name: entry.endpoint_id for entry in upstream_entries}}
