"""apigw-private components: API Gateway private integrations for Pulumi, in global and China regions.

    from apigw_private import RestApi, RestApiArgs, RestVpcLink, NetworkLoadBalancer, ...

(`from components import ...` inside this repository, where the library's source lives.)
"""

from ._version import __version__
from .api_gateway_account import ApiGatewayAccountLogging, ApiGatewayAccountLoggingArgs
from .application_load_balancer import ApplicationLoadBalancer, ApplicationLoadBalancerArgs
from .cloud_map import CloudMapInstance, CloudMapService, CloudMapServiceArgs
from .demo_backend import DemoBackend, DemoBackendArgs
from .endpoint_load_balancer import EndpointLoadBalancer, EndpointLoadBalancerArgs
from .execute_api_endpoint import ExecuteApiEndpoint, ExecuteApiEndpointArgs
from .http_api import HttpApi, HttpApiArgs
from .load_balancer_parts import TargetType
from .network import NatGatewayStrategy, PrivateNetwork, PrivateNetworkArgs
from .network_load_balancer import NetworkLoadBalancer, NetworkLoadBalancerArgs
from .openapi import Route, VpcLinkBackend, render_rest_api
from .references import (
    LoadBalancerKind, LoadBalancerReference, NetworkReference, VpcLinkReference, VpcLinkVersion,
    existing_load_balancer, existing_network, existing_vpc_link,
)
from .rest_api import RestApi, RestApiArgs
from .rest_vpc_link import RestVpcLink, RestVpcLinkArgs
from .vpc_link_v2 import VpcLinkV2, VpcLinkV2Args

__all__ = [
    "__version__",
    "ApiGatewayAccountLogging", "ApiGatewayAccountLoggingArgs",
    "ApplicationLoadBalancer", "ApplicationLoadBalancerArgs",
    "CloudMapInstance", "CloudMapService", "CloudMapServiceArgs",
    "DemoBackend", "DemoBackendArgs",
    "EndpointLoadBalancer", "EndpointLoadBalancerArgs",
    "ExecuteApiEndpoint", "ExecuteApiEndpointArgs",
    "HttpApi", "HttpApiArgs",
    "NatGatewayStrategy", "TargetType",
    "NetworkLoadBalancer", "NetworkLoadBalancerArgs",
    "PrivateNetwork", "PrivateNetworkArgs",
    "RestApi", "RestApiArgs",
    "RestVpcLink", "RestVpcLinkArgs",
    "VpcLinkV2", "VpcLinkV2Args",
    "LoadBalancerKind", "LoadBalancerReference", "NetworkReference", "VpcLinkReference", "VpcLinkVersion",
    "existing_load_balancer", "existing_network", "existing_vpc_link",
    "Route", "VpcLinkBackend", "render_rest_api",
]
