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
