"""PrivateDomainDns: a private custom domain name resolving, inside one VPC, to that VPC's execute-api endpoint."""

from typing import NotRequired, Optional, TypedDict

import pulumi
import pulumi_aws as aws

from .alias_record import alias_record


class PrivateDomainDnsArgs(TypedDict):
    domain_name: pulumi.Input[str]
    """The private custom domain name, such as `orders.internal.example.com`."""
    vpc_id: pulumi.Input[str]
    """The VPC whose callers resolve the name. It needs DNS support and DNS hostnames on."""
    endpoint_dns_name: pulumi.Input[str]
    """The endpoint's regional DNS name, `{vpce-id}-{hash}.execute-api.{region}.vpce.{dnsSuffix}`."""
    endpoint_hosted_zone_id: pulumi.Input[str]
    """The Route 53 zone of that name, from the endpoint's DNS entries."""
    hosted_zone_id: NotRequired[pulumi.Input[str]]
    """A hosted zone, already associated with the VPC, to put the record in. Defaults to a new private hosted
    zone for the name, associated with the VPC."""


class PrivateDomainDns(pulumi.ComponentResource):
    """DNS for a private custom domain name inside one VPC (one per VPC and account).

    Creates, unless `hosted_zone_id` is given, an `aws.route53.Zone` for the name that is private to the VPC, and
    in it (or in the given zone) an alias `A` record from the name to the endpoint's regional DNS name, so
    `https://{domain_name}/` reaches API Gateway through the endpoint without a `Host` header.
    """

    zone_id: pulumi.Output[str]
    """The zone holding the record: the new private zone, or `hosted_zone_id`."""

    def __init__(self, name: str, args: PrivateDomainDnsArgs, opts: Optional[pulumi.ResourceOptions] = None):
        super().__init__("apigw-private:index:PrivateDomainDns", name, None, opts)
        zone_id = args.get("hosted_zone_id")
        if zone_id is None:
            zone_id = aws.route53.Zone(
                f"{name}-zone",
                name=args["domain_name"],
                comment="apigw-private: a private custom domain name, resolved to the VPC's execute-api endpoint",
                vpcs=[aws.route53.ZoneVpcArgs(vpc_id=args["vpc_id"])],
                opts=pulumi.ResourceOptions(parent=self),
            ).zone_id
        alias_record(
            f"{name}-record",
            zone_id=zone_id,
            domain_name=args["domain_name"],
            target_dns_name=args["endpoint_dns_name"],
            target_zone_id=args["endpoint_hosted_zone_id"],
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.zone_id = pulumi.Output.from_input(zone_id)
        self.register_outputs({"zoneId": self.zone_id})
