"""The scenarios' custom domain name (`customDomain`).

A PRIVATE API gets a private custom domain name: its policy admits the endpoints the API admits, every endpoint
this stack creates gets an access association (in its own account, after a RAM share where that is another
account) and DNS in its VPC. A Regional REST API or an HTTP API gets a Regional custom domain name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Sequence

import pulumi
import pulumi_aws as aws

from components import DomainNameAccess, DomainNameShare, PrivateDomainDns, PrivateDomainName, RegionalDomainName
from components.curl import Route
from components.domain_calls import access_association_command, custom_domain_examples, custom_domain_url
from components.domain_name_access import DomainNameAccessArgs
from components.private_domain_dns import PrivateDomainDnsArgs
from components.private_domain_name import PrivateDomainNameArgs
from components.regional_domain_name import MutualTlsArgs, RegionalDomainNameArgs
from program.scenarios.common import Outputs
from program.settings import Settings

if TYPE_CHECKING:  # only read; private.py builds the entries and calls this module
    from program.scenarios.private import Entry

Examples = pulumi.Output[dict[str, str]]


def merged(*examples: pulumi.Input[dict[str, str]]) -> Examples:
    """Several sets of curl examples as one."""
    return pulumi.Output.all(*examples).apply(lambda sets: {k: v for found in sets for k, v in found.items()})


def private_domain(
    settings: Settings,
    api_id: pulumi.Input[str],
    stage_name: pulumi.Input[str],
    entries: Sequence[Entry],
    routes: Sequence[Route],
    *,
    private_dns_entry: Optional[str],
) -> tuple[Outputs, Examples, pulumi.Output[str]]:
    """The private custom domain name of a PRIVATE API reached through `entries`: its outputs, curl examples and
    execute-api ARN (for the endpoints' policies). `private_dns_entry` names the entry whose examples go
    unlabelled, as for the API's own names."""
    custom = settings.custom_domain
    assert custom is not None, "only for a stack with a customDomain"
    name_args = PrivateDomainNameArgs(
        domain_name=custom.domain_name,
        certificate_arn=custom.certificate_arn,
        rest_api_id=api_id,
        stage_name=stage_name,
        vpc_endpoint_ids=pulumi.Output.all(*[e.endpoint_id for e in entries]),
    )
    if custom.base_path:
        name_args["base_path"] = custom.base_path
    domain = PrivateDomainName("custom-domain", name_args)
    deployed = [entry for entry in entries if entry.deployed is not None]
    own_account = aws.get_caller_identity().account_id
    other_accounts = sorted({e.account_id for e in deployed if e.account_id and e.account_id != own_account})
    share = (
        DomainNameShare(
            "custom-domain-share",
            {
                "domain_name_arn": domain.arn,
                "principals": other_accounts,
                "allow_external_principals": not custom.organization_sharing,
            },
        )
        if other_accounts
        else None
    )
    held: dict[str, pulumi.Output[str]] = {}  # account → the share it holds the name by, once accepted there
    for entry in deployed:
        access_args = DomainNameAccessArgs(domain_name_arn=domain.arn, vpc_endpoint_id=entry.endpoint_id)
        shared_with = entry.account_id if share is not None and entry.account_id in share.granted else None
        if share is not None and shared_with is not None:
            # One acceptance per account: a second endpoint there waits for the first one's.
            first = shared_with not in held
            access_args["share_arn"] = share.granted[shared_with] if first else held[shared_with]
            access_args["accept_share"] = first and not custom.organization_sharing
        access = DomainNameAccess(f"{entry.name}-domain-access", access_args, entry.deployed)
        if shared_with is not None and access.share_arn is not None:
            held.setdefault(shared_with, access.share_arn)
        assert entry.vpc_id and entry.endpoint_dns_name and entry.endpoint_hosted_zone_id, "a deployed entry has them"
        dns_args = PrivateDomainDnsArgs(
            domain_name=custom.domain_name,
            vpc_id=entry.vpc_id,
            endpoint_dns_name=entry.endpoint_dns_name,
            endpoint_hosted_zone_id=entry.endpoint_hosted_zone_id,
        )
        # The given zone is this account's; other accounts' VPCs get zones of their own.
        if custom.hosted_zone_id and entry.account_id is None:
            dns_args["hosted_zone_id"] = custom.hosted_zone_id
        PrivateDomainDns(f"{entry.name}-domain-dns", dns_args, entry.deployed)

    signed = settings.authorization == "AWS_IAM"

    def render(resolved: list) -> dict[str, str]:
        examples: dict[str, str] = {}
        for entry, (dns_name, lb_dns_name) in zip(deployed, resolved, strict=True):
            examples.update(
                custom_domain_examples(
                    custom.domain_name,
                    custom.base_path,
                    routes,
                    region=settings.region,
                    signed=signed,
                    entry="" if entry.name == private_dns_entry else entry.name,
                    endpoint_dns_name=dns_name,
                    load_balancer_dns_name=lb_dns_name,
                )
            )
        return examples

    examples = pulumi.Output.all(
        *[pulumi.Output.all(e.endpoint_dns_name, e.load_balancer_dns_name) for e in deployed]
    ).apply(render)
    outputs: Outputs = {
        "customDomainUrl": custom_domain_url(custom.domain_name, custom.base_path),
        "customDomainArn": domain.arn,
    }
    admitted = [entry for entry in entries if entry.deployed is None]
    if admitted:
        outputs["customDomainAccessCommands"] = pulumi.Output.all(domain.arn, *[e.endpoint_id for e in admitted]).apply(
            lambda values: {
                entry.name: access_association_command(values[0], endpoint_id, settings.region)
                for entry, endpoint_id in zip(admitted, values[1:], strict=True)
            }
        )
    return outputs, examples, domain.execute_api_arn


def regional_domain(
    settings: Settings,
    *,
    stage_name: pulumi.Input[str],
    routes: Sequence[Route],
    signed: bool,
    rest_api_id: Optional[pulumi.Input[str]] = None,
    http_api_id: Optional[pulumi.Input[str]] = None,
) -> tuple[Outputs, dict[str, str]]:
    """The Regional custom domain name of a REST or HTTP API: its outputs and curl examples."""
    custom = settings.custom_domain
    assert custom is not None, "only for a stack with a customDomain"
    args = RegionalDomainNameArgs(
        domain_name=custom.domain_name, certificate_arn=custom.certificate_arn, stage_name=stage_name
    )
    if rest_api_id is not None:
        args["rest_api_id"] = rest_api_id
    elif http_api_id is not None:
        args["http_api_id"] = http_api_id
    if custom.base_path:
        args["base_path"] = custom.base_path
    if custom.hosted_zone_id:
        args["hosted_zone_id"] = custom.hosted_zone_id
    if custom.mutual_tls:
        args["mutual_tls"] = MutualTlsArgs(truststore_uri=custom.mutual_tls.truststore_uri)
        if custom.mutual_tls.truststore_version:
            args["mutual_tls"]["truststore_version"] = custom.mutual_tls.truststore_version
    domain = RegionalDomainName("custom-domain", args)
    outputs: Outputs = {
        "customDomainUrl": custom_domain_url(custom.domain_name, custom.base_path),
        "customDomainTarget": domain.regional_domain_name,
    }
    return outputs, custom_domain_examples(
        custom.domain_name, custom.base_path, routes, region=settings.region, signed=signed
    )


def serves_execute_api_endpoint(settings: Settings) -> bool:
    """Whether the API's default execute-api endpoint serves: always, unless a custom domain turns it off."""
    return settings.custom_domain is None or settings.custom_domain.serves_execute_api_endpoint
