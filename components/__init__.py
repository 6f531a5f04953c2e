"""apigw-private components: API Gateway private integrations for Pulumi, in global and China regions.

    from components import RestApi, RestApiArgs, RestVpcLink, NetworkLoadBalancer, ...
"""

from components.api_gateway_account import ApiGatewayAccountLogging
from components.application_load_balancer import ApplicationLoadBalancer, ApplicationLoadBalancerArgs
from components.cloud_map import CloudMapInstance, CloudMapService, CloudMapServiceArgs
from components.demo_backend import DemoBackend, DemoBackendArgs
from components.endpoint_load_balancer import EndpointLoadBalancer, EndpointLoadBalancerArgs
from components.execute_api_endpoint import ExecuteApiEndpoint, ExecuteApiEndpointArgs
from components.http_api import HttpApi, HttpApiArgs
from components.network import PrivateNetwork, PrivateNetworkArgs
from components.network_load_balancer import NetworkLoadBalancer, NetworkLoadBalancerArgs
from components.openapi import Route, VpcLinkBackend, render_rest_api
from components.rest_api import RestApi, RestApiArgs
from components.rest_vpc_link import RestVpcLink, RestVpcLinkArgs
from components.vpc_link_v2 import VpcLinkV2, VpcLinkV2Args

__all__ = [
    "ApiGatewayAccountLogging",
    "ApplicationLoadBalancer", "ApplicationLoadBalancerArgs",
    "CloudMapInstance", "CloudMapService", "CloudMapServiceArgs",
    "DemoBackend", "DemoBackendArgs",
    "EndpointLoadBalancer", "EndpointLoadBalancerArgs",
    "ExecuteApiEndpoint", "ExecuteApiEndpointArgs",
    "HttpApi", "HttpApiArgs",
    "NetworkLoadBalancer", "NetworkLoadBalancerArgs",
    "PrivateNetwork", "PrivateNetworkArgs",
    "RestApi", "RestApiArgs",
    "RestVpcLink", "RestVpcLinkArgs",
    "VpcLinkV2", "VpcLinkV2Args",
    "Route", "VpcLinkBackend", "render_rest_api",
]
