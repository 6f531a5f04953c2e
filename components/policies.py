"""IAM and resource policy documents: pure functions returning JSON-ready dicts."""

from __future__ import annotations

from typing import Any, Sequence


def assume_role_policy(service_principal: str) -> dict[str, Any]:
    """Trust policy letting one AWS service assume a role."""
    return {
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Principal": {"Service": service_principal},
            "Action": "sts:AssumeRole",
        }],
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
            {"Effect": "Deny", **statement,
             "Condition": {"StringNotEquals": {"aws:SourceVpce": sorted(set(vpc_endpoint_ids))}}},
        ],
    }
