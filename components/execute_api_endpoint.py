"""ExecuteApiEndpoint: an interface VPC endpoint for API Gateway's execute-api."""

import re
from typing import Any, Mapping, NotRequired, Optional, Sequence, TypedDict

import pulumi
import pulumi_aws as aws

from . import partition

_REGIONAL_NAME = re.compile(r"^vpce-[0-9a-f]+-[a-z0-9]+\.execute-api\.")


def regional_dns_entry(dns_entries: Sequence[Mapping[str, Any]]) -> tuple[str, str]:
    """The endpoint-specific name that is not bound to one zone, and its Route 53 zone (what an alias
    record points at), whatever the list order.

    AWS lists `{vpce-id}-{hash}.execute-api...` beside zonal `{vpce-id}-{hash}-{az}...`
    names and, with private DNS, the service's own name.
    """
    for entry in dns_entries:
        name = entry.get("dns_name") or entry.get("dnsName") or ""
        if _REGIONAL_NAME.match(name):
            return name, entry.get("hosted_zone_id") or entry.get("hostedZoneId") or ""
    raise ValueError(f"no regional endpoint-specific DNS name among {[dict(e) for e in dns_entries]}")


class ExecuteApiEndpointArgs(TypedDict):
    """Where the endpoint is and who may call through it."""

    vpc_id: pulumi.Input[str]
    """The VPC the endpoint serves. Private DNS needs DNS support and DNS hostnames on in it."""
    subnet_ids: pulumi.Input[Sequence[pulumi.Input[str]]]
    """One subnet per Availability Zone; an interface (and a private IP) is created in each."""
    ingress_cidr_blocks: pulumi.Input[Sequence[pulumi.Input[str]]]
    """Who may call through the endpoint on TCP 443, usually the VPC's CIDR block."""
    private_dns_enabled: NotRequired[bool]
    """Resolve `{apiId}.execute-api.{region}.{dnsSuffix}` to this endpoint inside the VPC.
    Turn it off in a VPC that must also call public or Regional APIs by their default
    names, which private DNS makes unreachable from there. Defaults to on."""


class ExecuteApiEndpoint(pulumi.ComponentResource):
    """An interface endpoint through which a VPC reaches PRIVATE REST APIs.

    Creates a security group admitting TCP 443 from `ingress_cidr_blocks` only (no
    egress rule: the endpoint only answers), and the `aws.ec2.VpcEndpoint` of type
    Interface. The service name comes from the partition module, because China's name cannot be
    found with `aws.ec2.get_vpc_endpoint_service(service=...)` (docs/aws-facts.md §1.2, §1.4).
    """

    endpoint_id: pulumi.Output[str]
    """The endpoint's id, `vpce-...`: what a PRIVATE API's `vpc_endpoint_ids` lists (`id` in Python)."""
    dns_name: pulumi.Output[str]
    """The endpoint-specific name `{vpce-id}-{hash}.execute-api.{region}.vpce.{dnsSuffix}`."""
    dns_hosted_zone_id: pulumi.Output[str]
    """The Route 53 zone of `dns_name`: an alias record to the endpoint (a private custom domain's) names it."""
    network_interface_ids: pulumi.Output[Sequence[str]]
    """One interface per subnet; a load balancer in front of the endpoint targets their IPs."""
    security_group_id: pulumi.Output[str]
    """The endpoint's security group."""
    endpoint: aws.ec2.VpcEndpoint
    """The endpoint resource."""

    def __init__(self, name: str, args: ExecuteApiEndpointArgs, opts: Optional[pulumi.ResourceOptions] = None):
        super().__init__("apigw-private:index:ExecuteApiEndpoint", name, None, opts)
        region = aws.get_region_output(opts=pulumi.InvokeOutputOptions(parent=self)).region

        security_group = aws.ec2.SecurityGroup(
            f"{name}-sg",
            description="execute-api endpoint: HTTPS from the callers network only",
            vpc_id=args["vpc_id"],
            ingress=[
                aws.ec2.SecurityGroupIngressArgs(
                    protocol="tcp",
                    from_port=443,
                    to_port=443,
                    cidr_blocks=args["ingress_cidr_blocks"],
                    description="HTTPS to API Gateway",
                )
            ],
            egress=[],
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.endpoint = endpoint = aws.ec2.VpcEndpoint(
            f"{name}-endpoint",
            vpc_id=args["vpc_id"],
            vpc_endpoint_type="Interface",
            service_name=region.apply(lambda r: partition.endpoint_service_name("execute-api", r)),
            subnet_ids=args["subnet_ids"],
            security_group_ids=[security_group.id],
            private_dns_enabled=args.get("private_dns_enabled", True),
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.id = self.endpoint_id = endpoint.id
        regional_entry = endpoint.dns_entries.apply(regional_dns_entry)
        self.dns_name = regional_entry[0]
        self.dns_hosted_zone_id = regional_entry[1]
        self.network_interface_ids = endpoint.network_interface_ids
        self.security_group_id = security_group.id
        self.register_outputs({"endpointId": self.endpoint_id, "dnsName": self.dns_name})
