"""apigw-private components: API Gateway private integrations for Pulumi, in global and China regions.

    from components import RestApi, RestApiArgs, RestVpcLink, NetworkLoadBalancer, ...
"""

from .api_gateway_account import ApiGatewayAccountLogging
from .application_load_balancer import ApplicationLoadBalancer, ApplicationLoadBalancerArgs
from .cloud_map import CloudMapInstance, CloudMapService, CloudMapServiceArgs
from .demo_backend import DemoBackend, DemoBackendArgs
from .domain_name_access import DomainNameAccess, DomainNameAccessArgs
from .domain_name_share import DomainNameShare, DomainNameShareArgs
from .endpoint_load_balancer import EndpointLoadBalancer, EndpointLoadBalancerArgs
from .execute_api_endpoint import ExecuteApiEndpoint, ExecuteApiEndpointArgs
from .http_api import HttpApi, HttpApiArgs
from .network import PrivateNetwork, PrivateNetworkArgs
from .network_load_balancer import NetworkLoadBalancer, NetworkLoadBalancerArgs
from .openapi import Route, VpcLinkBackend, render_rest_api
from .private_domain_dns import PrivateDomainDns, PrivateDomainDnsArgs
from .private_domain_name import PrivateDomainName, PrivateDomainNameArgs
from .regional_domain_name import MutualTlsArgs, RegionalDomainName, RegionalDomainNameArgs
from .rest_api import RestApi, RestApiArgs
from .rest_vpc_link import RestVpcLink, RestVpcLinkArgs
from components.vpc_link_v2 import VpcLinkV2, VpcLinkV2Args

__all__ = [
    "ApiGatewayAccountLogging",
    "ApplicationLoadBalancer", "ApplicationLoadBalancerArgs",
    "CloudMapInstance", "CloudMapService", "CloudMapServiceArgs",
    "DemoBackend", "DemoBackendArgs",
    "DomainNameAccess", "DomainNameAccessArgs",
    "DomainNameShare", "DomainNameShareArgs",
    "EndpointLoadBalancer", "EndpointLoadBalancerArgs",
    "ExecuteApiEndpoint", "ExecuteApiEndpointArgs",
    "HttpApi", "HttpApiArgs",
    "NetworkLoadBalancer", "NetworkLoadBalancerArgs",
    "PrivateDomainDns", "PrivateDomainDnsArgs",
    "PrivateDomainName", "PrivateDomainNameArgs",
    "PrivateNetwork", "PrivateNetworkArgs",
    "RegionalDomainName", "RegionalDomainNameArgs", "MutualTlsArgs",
    "RestApi", "RestApiArgs",
    "RestVpcLink", "RestVpcLinkArgs",
    "VpcLinkV2", "VpcLinkV2Args",
    "Route", "VpcLinkBackend", "render_rest_api",
]
