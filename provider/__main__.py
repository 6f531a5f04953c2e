"""The apigw-private component package: hosts the library's components for every Pulumi language.

The engine starts this file as a provider plugin with the engine's address as its argument; it
prints the port of its gRPC server and answers GetSchema (inferred from the components' TypedDict
args, Enums and typed output attributes) and Construct.
"""

import apigw_private as apigw
from pulumi.provider.experimental import component_provider_host

# The components other languages get, each with its args and outputs in the schema.
COMPONENTS = [
    apigw.ApiGatewayAccountLogging,
    apigw.ApplicationLoadBalancer,
    apigw.CloudMapService,
    apigw.DemoBackend,
    apigw.DomainNameAccess,
    apigw.DomainNameShare,
    apigw.EndpointLoadBalancer,
    apigw.ExecuteApiEndpoint,
    apigw.ExecuteApiEndpointPolicy,
    apigw.HttpApi,
    apigw.NetworkLoadBalancer,
    apigw.PrivateDomainDns,
    apigw.PrivateDomainName,
    apigw.PrivateNetwork,
    apigw.RegionalDomainName,
    apigw.RestApi,
    apigw.RestVpcLink,
    apigw.VpcLinkV2,
]

if __name__ == "__main__":
    component_provider_host(
        components=COMPONENTS, name="apigw-private", namespace="apigw-private", version=apigw.__version__
    )
