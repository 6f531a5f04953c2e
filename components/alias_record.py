"""An alias A record: how a custom domain name resolves to the API Gateway name that serves it."""

import pulumi
import pulumi_aws as aws


def alias_record(
    name: str,
    *,
    zone_id: pulumi.Input[str],
    domain_name: pulumi.Input[str],
    target_dns_name: pulumi.Input[str],
    target_zone_id: pulumi.Input[str],
    opts: pulumi.ResourceOptions,
) -> aws.route53.Record:
    """An `A` alias record for `domain_name` in `zone_id`, pointing at `target_dns_name` (in Route 53's zone
    `target_zone_id`). An alias, not a CNAME, so it also works at a zone's apex and costs no lookups; target
    health is not evaluated, as API Gateway and endpoint names are not health-checked targets."""
    return aws.route53.Record(
        name,
        zone_id=zone_id,
        name=domain_name,
        type="A",
        aliases=[
            aws.route53.RecordAliasArgs(name=target_dns_name, zone_id=target_zone_id, evaluate_target_health=False)
        ],
        opts=opts,
    )
