"""IAM and resource policy documents: pure functions returning JSON-ready dicts."""

from __future__ import annotations

from typing import Any, Sequence

from . import partition


def assume_role_policy(service_principal: str) -> dict[str, Any]:
    """Trust policy letting one AWS service assume a role."""
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"Service": service_principal},
                "Action": "sts:AssumeRole",
            }
        ],
    }


def private_api_policy(vpc_endpoint_ids: Sequence[str]) -> dict[str, Any]:
    """Resource policy of a PRIVATE REST API: invocable only through the given endpoints.

    Allows `execute-api:Invoke`, then denies it unless `aws:SourceVpce` is one of
    the endpoints. The `execute-api:/*` resource form needs no partition or account.
    """
    if not vpc_endpoint_ids:
        raise ValueError("a private API policy needs at least one VPC endpoint id")
    statement = {"Principal": "*", "Action": "execute-api:Invoke", "Resource": "execute-api:/*"}
    return {
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", **statement},
            {
                "Effect": "Deny",
                **statement,
                "Condition": {"StringNotEquals": {"aws:SourceVpce": sorted(set(vpc_endpoint_ids))}},
            },
        ],
    }


def execute_api_endpoint_policy(
    api_execution_arns: Sequence[str],
    additional_api_arns: Sequence[str] = (),
    domain_execute_api_arns: Sequence[str] = (),
) -> dict[str, Any]:
    """Policy of an execute-api interface endpoint: `execute-api:Invoke` on the given APIs only.

    `api_execution_arns` are the APIs' execution ARNs (`arn:{partition}:execute-api:{region}:{account}:{apiId}`,
    a RestApi's `execution_arn`); each is allowed on every stage, method and path (`.../{apiId}/*`).
    `additional_api_arns` widens the policy for a VPC that calls other private APIs through the same
    endpoint: execute-api ARNs taken as they are. `domain_execute_api_arns` are private custom domain names the
    VPC calls (`arn:{partition}:execute-api:{region}:{account}:/domainnames/{name}+{id}`): a call through one is
    allowed only if the endpoint policy allows both the name and the API it maps to. AWS's default endpoint
    policy, which this replaces, allows every action on every API of every account. The API's own resource
    policy still applies.
    """
    resources = set(additional_api_arns)
    for domain_arn in domain_execute_api_arns:
        parsed = partition.parse_arn(domain_arn)
        if (
            parsed is None
            or parsed.service != "execute-api"
            or not parsed.account.isdigit()
            or not parsed.resource.startswith("/domainnames/")
        ):
            raise ValueError(
                f"{domain_arn!r} is not the execute-api ARN of a private custom domain name "
                f"(arn:PARTITION:execute-api:REGION:ACCOUNT:/domainnames/NAME+ID)"
            )
        resources.add(domain_arn)
    for execution_arn in api_execution_arns:
        parsed = partition.parse_arn(execution_arn)
        if (
            parsed is None
            or parsed.service != "execute-api"
            or not parsed.region
            or not parsed.account.isdigit()
            or "/" in parsed.resource
        ):
            raise ValueError(
                f"{execution_arn!r} is not the execution ARN of an API "
                f"(arn:PARTITION:execute-api:REGION:ACCOUNT:API_ID)"
            )
        resources.add(
            partition.arn(parsed.partition, "execute-api", parsed.region, parsed.account, f"{parsed.resource}/*")
        )
    if not resources:
        raise ValueError("an execute-api endpoint policy needs at least one API")
    return {
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Principal": "*", "Action": "execute-api:Invoke", "Resource": sorted(resources)}
        ],
    }
