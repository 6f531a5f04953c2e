"""apigw-private components: API Gateway private integrations for Pulumi, in global and China regions.

    from components import RestApi, RestApiArgs, RestVpcLink, NetworkLoadBalancer, ...
"""

from components.api_gateway_account import ApiGatewayAccountLogging
from components.demo_backend import DemoBackend, DemoBackendArgs
from components.network import PrivateNetwork, PrivateNetworkArgs
from components.network_load_balancer import NetworkLoadBalancer, NetworkLoadBalancerArgs
from components.openapi import Route, VpcLinkBackend, render_rest_api
from components.rest_api import RestApi, RestApiArgs
from components.rest_vpc_link import RestVpcLink, RestVpcLinkArgs

__all__ = [
    "ApiGatewayAccountLogging",
    "DemoBackend", "DemoBackendArgs",
    "NetworkLoadBalancer", "NetworkLoadBalancerArgs",
    "PrivateNetwork", "PrivateNetworkArgs",
    "RestApi", "RestApiArgs",
    "RestVpcLink", "RestVpcLinkArgs",
    "Route", "VpcLinkBackend", "render_rest_api",
]
