"""apigw-private components: API Gateway private integrations for Pulumi, in global and China regions.

    from apigw_private import RestApi, RestApiArgs, vpc_link_integration, existing_load_balancer, ...

(`from components import ...` inside this repository, where the library's source lives.)
"""

from ._version import __version__
from .api_gateway_account import ApiGatewayAccountLogging, ApiGatewayAccountLoggingArgs
from .application_load_balancer import ApplicationLoadBalancer, ApplicationLoadBalancerArgs
from .cloud_map import CloudMapInstance, CloudMapService, CloudMapServiceArgs
from .demo_backend import DemoBackend, DemoBackendArgs
from .domain_name_access import DomainNameAccess, DomainNameAccessArgs
from .domain_name_share import DomainNameShare, DomainNameShareArgs
from .endpoint_load_balancer import EndpointLoadBalancer, EndpointLoadBalancerArgs
from .execute_api_endpoint import ExecuteApiEndpoint, ExecuteApiEndpointArgs
from .execute_api_endpoint_policy import ExecuteApiEndpointPolicy, ExecuteApiEndpointPolicyArgs
from .http_api import HttpApi, HttpApiArgs, HttpAuthorization
from .load_balancer_parts import TargetType
from .network import NatGatewayStrategy, PrivateNetwork, PrivateNetworkArgs
from .network_load_balancer import NetworkLoadBalancer, NetworkLoadBalancerArgs
from .private_domain_dns import PrivateDomainDns, PrivateDomainDnsArgs
from .private_domain_name import PrivateDomainName, PrivateDomainNameArgs
from .references import (
    LoadBalancerKind,
    LoadBalancerReference,
    NetworkReference,
    VpcLinkReference,
    VpcLinkVersion,
    existing_listener,
    existing_load_balancer,
    existing_network,
    existing_vpc_link,
)
from .regional_domain_name import MutualTlsArgs, RegionalDomainName, RegionalDomainNameArgs
from .rest_api import Authorization, EndpointType, ExecutionLoggingLevel, RestApi, RestApiArgs, ThrottlingArgs
from .rest_integrations import (
    IntegrationArgs,
    RouteArgs,
    Scheme,
    http_integration,
    private_api_integration,
    vpc_link_integration,
)
from .rest_vpc_link import RestVpcLink, RestVpcLinkArgs
from .vpc_link_v2 import VpcLinkV2, VpcLinkV2Args

__all__ = [
    "__version__",
    "ApiGatewayAccountLogging",
    "ApiGatewayAccountLoggingArgs",
    "ApplicationLoadBalancer",
    "ApplicationLoadBalancerArgs",
    "CloudMapInstance",
    "CloudMapService",
    "CloudMapServiceArgs",
    "DemoBackend",
    "DemoBackendArgs",
    "DomainNameAccess",
    "DomainNameAccessArgs",
    "DomainNameShare",
    "DomainNameShareArgs",
    "EndpointLoadBalancer",
    "EndpointLoadBalancerArgs",
    "ExecuteApiEndpoint",
    "ExecuteApiEndpointArgs",
    "ExecuteApiEndpointPolicy",
    "ExecuteApiEndpointPolicyArgs",
    "HttpApi",
    "HttpApiArgs",
    "HttpAuthorization",
    "NatGatewayStrategy",
    "TargetType",
    "NetworkLoadBalancer",
    "NetworkLoadBalancerArgs",
    "PrivateDomainDns",
    "PrivateDomainDnsArgs",
    "PrivateDomainName",
    "PrivateDomainNameArgs",
    "PrivateNetwork",
    "PrivateNetworkArgs",
    "RegionalDomainName",
    "RegionalDomainNameArgs",
    "MutualTlsArgs",
    "RestApi",
    "RestApiArgs",
    "EndpointType",
    "Authorization",
    "ExecutionLoggingLevel",
    "ThrottlingArgs",
    "RouteArgs",
    "IntegrationArgs",
    "Scheme",
    "vpc_link_integration",
    "private_api_integration",
    "http_integration",
    "NetworkReference",
    "LoadBalancerReference",
    "VpcLinkReference",
    "LoadBalancerKind",
    "VpcLinkVersion",
    "existing_network",
    "existing_load_balancer",
    "existing_listener",
    "existing_vpc_link",
    "RestVpcLink",
    "RestVpcLinkArgs",
    "VpcLinkV2",
    "VpcLinkV2Args",
]
