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
from components.domain_calls import access_association_command, custom_domain_examples, custom_domain_url
from program.scenarios.common import Outputs
from program.settings import Settings
from program.settings.apis import RouteSettings

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
    routes: Sequence[RouteSettings],
    *,
    private_dns_entry: Optional[str],
) -> tuple[Outputs, Examples, pulumi.Output[str]]:
    """The private custom domain name of a PRIVATE API reached through `entries`: its outputs, curl examples and
    execute-api ARN (for the endpoints' policies). `private_dns_entry` names the entry whose examples go
    unlabelled, as for the API's own names."""
    custom = settings.custom_domain
    assert custom is not None, "only for a stack with a customDomain"
    base_path = {"base_path": custom.base_path} if custom.base_path else {}
    domain = PrivateDomainName(
        "custom-domain",
        {
            "domain_name": custom.domain_name,
            "certificate_arn": custom.certificate_arn,
            "rest_api_id": api_id,
            "stage_name": stage_name,
            "vpc_endpoint_ids": pulumi.Output.all(*[e.endpoint_id for e in entries]),
            **base_path,
        },
    )
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
        grant = {}
        if share is not None and entry.account_id in share.granted:
            # One acceptance per account: a second endpoint there waits for the first one's.
            first = entry.account_id not in held
            grant = {
                "share_arn": share.granted[entry.account_id] if first else held[entry.account_id],
                "accept_share": first and not custom.organization_sharing,
            }
        access = DomainNameAccess(
            f"{entry.name}-domain-access",
            {"domain_name_arn": domain.arn, "vpc_endpoint_id": entry.endpoint_id, **grant},
            entry.deployed,
        )
        if grant:
            held.setdefault(entry.account_id, access.share_arn)
        # The given zone is this account's; other accounts' VPCs get zones of their own.
        zone = {"hosted_zone_id": custom.hosted_zone_id} if custom.hosted_zone_id and entry.account_id is None else {}
        PrivateDomainDns(
            f"{entry.name}-domain-dns",
            {
                "domain_name": custom.domain_name,
                "vpc_id": entry.vpc_id,
                "endpoint_dns_name": entry.endpoint_dns_name,
                "endpoint_hosted_zone_id": entry.endpoint_hosted_zone_id,
                **zone,
            },
            entry.deployed,
        )

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
    routes: Sequence[RouteSettings],
    signed: bool,
    rest_api_id: Optional[pulumi.Input[str]] = None,
    http_api_id: Optional[pulumi.Input[str]] = None,
) -> tuple[Outputs, dict[str, str]]:
    """The Regional custom domain name of a REST or HTTP API: its outputs and curl examples."""
    custom = settings.custom_domain
    assert custom is not None, "only for a stack with a customDomain"
    api = {"rest_api_id": rest_api_id} if rest_api_id is not None else {"http_api_id": http_api_id}
    optional = {
        key: value
        for key, value in (
            ("base_path", custom.base_path),
            ("hosted_zone_id", custom.hosted_zone_id),
            (
                "mutual_tls",
                custom.mutual_tls
                and {
                    "truststore_uri": custom.mutual_tls.truststore_uri,
                    **(
                        {"truststore_version": custom.mutual_tls.truststore_version}
                        if custom.mutual_tls.truststore_version
                        else {}
                    ),
                },
            ),
        )
        if value
    }
    domain = RegionalDomainName(
        "custom-domain",
        {
            "domain_name": custom.domain_name,
            "certificate_arn": custom.certificate_arn,
            "stage_name": stage_name,
            **api,
            **optional,
        },
    )
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
