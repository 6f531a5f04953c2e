"""RegionalDomainName: a Regional custom domain name for a REST or an HTTP API, optionally with mutual TLS."""

from typing import NotRequired, Optional, TypedDict

import pulumi
import pulumi_aws as aws

from .alias_record import alias_record


class MutualTlsArgs(TypedDict):
    truststore_uri: pulumi.Input[str]
    """`s3://bucket/key` of a PEM bundle of the CAs whose client certificates are accepted."""
    truststore_version: NotRequired[pulumi.Input[str]]
    """The S3 object version to use (the bucket needs versioning). Defaults to the latest."""


class RegionalDomainNameArgs(TypedDict):
    domain_name: str
    """The name callers use, such as `orders.example.com`."""
    certificate_arn: pulumi.Input[str]
    """An ACM certificate in the API's region that covers `domain_name`."""
    stage_name: pulumi.Input[str]
    """The stage the name maps to."""
    rest_api_id: NotRequired[pulumi.Input[str]]
    """A Regional REST API to serve. Give this or `http_api_id`. Defaults to none."""
    http_api_id: NotRequired[pulumi.Input[str]]
    """An HTTP API to serve. Give this or `rest_api_id`. Defaults to none."""
    base_path: NotRequired[str]
    """The path the API is served under. Defaults to none: the API is at the name's root."""
    mutual_tls: NotRequired[MutualTlsArgs]
    """Require client certificates from the truststore's CAs. Defaults to none: server TLS only. Turn the API's
    default execute-api endpoint off with it, or clients can go around it."""
    hosted_zone_id: NotRequired[pulumi.Input[str]]
    """A Route 53 hosted zone for an alias record from the name to the domain's regional name. Defaults to none:
    point your DNS at `regional_domain_name` yourself."""


class RegionalDomainName(pulumi.ComponentResource):
    """A Regional custom domain name mapped to a stage of a REST API or an HTTP API.

    Creates, for a REST API, an `aws.apigateway.DomainName` of endpoint type REGIONAL (the certificate as the
    regional certificate) with an `aws.apigateway.BasePathMapping`; for an HTTP API, an
    `aws.apigatewayv2.DomainName` with an `aws.apigatewayv2.ApiMapping`. Both use the TLS 1.2 security policy and
    mutual TLS when `mutual_tls` is given. With `hosted_zone_id`, an alias `A` record there.
    """

    domain_name: pulumi.Output[str]
    """The name, such as `orders.example.com`."""
    regional_domain_name: pulumi.Output[str]
    """`d-{id}.execute-api.{region}.{dnsSuffix}`: what the name's DNS record points at."""
    regional_zone_id: pulumi.Output[str]
    """The Route 53 zone of `regional_domain_name`, for an alias record."""

    def __init__(self, name: str, args: RegionalDomainNameArgs, opts: Optional[pulumi.ResourceOptions] = None):
        if ("rest_api_id" in args) == ("http_api_id" in args):
            raise ValueError("give exactly one of `rest_api_id` (a REST API) or `http_api_id` (an HTTP API)")
        super().__init__("apigw-private:index:RegionalDomainName", name, None, opts)
        mutual_tls = args.get("mutual_tls")
        child = pulumi.ResourceOptions(parent=self)
        # (truststore_uri, truststore_version): the same two arguments for a REST and an HTTP domain name.
        truststore = (mutual_tls["truststore_uri"], mutual_tls.get("truststore_version")) if mutual_tls else None
        domain: aws.apigateway.DomainName | aws.apigatewayv2.DomainName
        if "rest_api_id" in args:
            domain = aws.apigateway.DomainName(
                f"{name}-domain",
                domain_name=args["domain_name"],
                regional_certificate_arn=args["certificate_arn"],
                endpoint_configuration=aws.apigateway.DomainNameEndpointConfigurationArgs(types="REGIONAL"),
                # TLS 1.2: REST custom domains would otherwise accept TLS 1.0, and multi-level base paths need it.
                security_policy="TLS_1_2",
                mutual_tls_authentication=aws.apigateway.DomainNameMutualTlsAuthenticationArgs(
                    truststore_uri=truststore[0], truststore_version=truststore[1]
                )
                if truststore
                else None,
                opts=child,
            )
            aws.apigateway.BasePathMapping(
                f"{name}-mapping",
                domain_name=domain.domain_name,
                rest_api=args["rest_api_id"],
                stage_name=args["stage_name"],
                base_path=args.get("base_path"),
                opts=child,
            )
            self.regional_domain_name, self.regional_zone_id = domain.regional_domain_name, domain.regional_zone_id
        else:
            domain = aws.apigatewayv2.DomainName(
                f"{name}-domain",
                domain_name=args["domain_name"],
                domain_name_configuration=aws.apigatewayv2.DomainNameDomainNameConfigurationArgs(
                    certificate_arn=args["certificate_arn"], endpoint_type="REGIONAL", security_policy="TLS_1_2"
                ),
                mutual_tls_authentication=aws.apigatewayv2.DomainNameMutualTlsAuthenticationArgs(
                    truststore_uri=truststore[0], truststore_version=truststore[1]
                )
                if truststore
                else None,
                opts=child,
            )
            aws.apigatewayv2.ApiMapping(
                f"{name}-mapping",
                domain_name=domain.domain_name,
                api_id=args["http_api_id"],
                stage=args["stage_name"],
                api_mapping_key=args.get("base_path"),
                opts=child,
            )
            self.regional_domain_name = domain.domain_name_configuration.target_domain_name
            self.regional_zone_id = domain.domain_name_configuration.hosted_zone_id
        if "hosted_zone_id" in args:
            alias_record(
                f"{name}-record",
                zone_id=args["hosted_zone_id"],
                domain_name=domain.domain_name,
                target_dns_name=self.regional_domain_name,
                target_zone_id=self.regional_zone_id,
                opts=child,
            )
        self.domain_name = domain.domain_name
        self.register_outputs(
            {
                "domainName": self.domain_name,
                "regionalDomainName": self.regional_domain_name,
                "regionalZoneId": self.regional_zone_id,
            }
        )
