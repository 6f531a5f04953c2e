"""ARNs the config takes, each parsed by its whole structure: partition, service, region, account
(twelve ASCII digits), resource type and id. A value of the wrong kind is refused with what it is.

`components/partition.py` splits an ARN into its six parts; this module knows the resource part
of each kind the config takes and checks the partition and region against the stack's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from pydantic import AfterValidator, ValidationInfo

from components import partition as partitions
from program.settings.fields import matches, shown

# Elastic Load Balancing v2 (`loadbalancer/{app|net|gwy}/{name}/{id}`, listeners
# `listener/{type}/{name}/{lb id}/{listener id}`); a Classic Load Balancer is `loadbalancer/{name}`.
_LB_NAME = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?"
_ELB_ID = r"[0-9a-f]{16}"
_ELB_TYPES = {"app": "an Application Load Balancer", "net": "a Network Load Balancer", "gwy": "a Gateway Load Balancer"}
_CLOUD_MAP_SERVICE = r"service/srv-[a-z0-9]{16}"
# IAM role: `role/{path}{name}`; the path is `/` or `/.../` of printable ASCII, the name 1 to 64 of
# letters, digits and `+=,.@_-` (IAM CreateRole, RoleName and Path).
_ROLE = r"role(?P<path>/(?:[!-~]*/)?)(?P<name>[A-Za-z0-9+=,.@_-]{1,64})"


@dataclass(frozen=True)
class ArnKind:
    """One kind of ARN: what to call it, its service, how its resource part reads, whether it has a region."""

    what: str
    service: str
    resource: str
    example_resource: str
    regional: bool = True
    example_account: str = "123456789012"


NLB = ArnKind(
    "a Network Load Balancer",
    "elasticloadbalancing",
    rf"loadbalancer/net/{_LB_NAME}/{_ELB_ID}",
    "loadbalancer/net/my-name/0123456789abcdef",
)
ALB_OR_NLB = ArnKind(
    "an Application or Network Load Balancer",
    "elasticloadbalancing",
    rf"loadbalancer/(app|net)/{_LB_NAME}/{_ELB_ID}",
    "loadbalancer/app/my-name/0123456789abcdef",
)
LISTENER = ArnKind(
    "a listener of an Application or Network Load Balancer",
    "elasticloadbalancing",
    rf"listener/(app|net)/{_LB_NAME}/{_ELB_ID}/{_ELB_ID}",
    "listener/app/my-name/0123456789abcdef/fedcba9876543210",
)
CLOUD_MAP_SERVICE = ArnKind(
    "a Cloud Map service", "servicediscovery", _CLOUD_MAP_SERVICE, "service/srv-0123456789abcdef"
)
# IAM policies the provider's assumed role session is narrowed by; AWS-managed ones have account `aws`.
IAM_POLICY = ArnKind(
    "an IAM policy", "iam", r"policy/(?:[!-~]*/)?[A-Za-z0-9+=,.@_-]{1,128}", "policy/my-boundary", regional=False
)
# An API, or part of one, to invoke: `{apiId}/{stage}/{method}/{path}` with `*` wildcards; the account is
# always named, because a wildcard account would open the endpoint to every API of every account.
EXECUTE_API = ArnKind("an API to invoke", "execute-api", r"(?:[a-z0-9]{10}|\*)/[A-Za-z0-9._~*{}+/-]*", "a1b2c3d4e5/*")
# An ACM certificate: `certificate/{uuid}`, the id in lower-case hex.
ACM_CERTIFICATE = ArnKind(
    "an ACM certificate",
    "acm",
    r"certificate/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
    "certificate/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
)
# Usually another account's role: the example says so.
IAM_ROLE = ArnKind(
    "an IAM role", "iam", _ROLE, "role/apigw-private-consumer", regional=False, example_account="210987654321"
)


def _what_it_is(parsed: Optional[partitions.Arn]) -> str:
    """What a well-formed ARN of another kind names, for the error; empty when it is none of ours."""
    if parsed is None:
        return ""
    if parsed.service == "elasticloadbalancing":
        kind = re.fullmatch(
            rf"(loadbalancer|listener)/(app|net|gwy)/{_LB_NAME}/{_ELB_ID}(/{_ELB_ID})?", parsed.resource, re.ASCII
        )
        if kind and (kind.group(1) == "listener") == bool(kind.group(3)):
            lb = _ELB_TYPES[kind.group(2)]
            return f"a listener of {lb}" if kind.group(1) == "listener" else lb
        if matches(rf"loadbalancer/{_LB_NAME}", parsed.resource):
            return "a Classic Load Balancer"
    if parsed.service == "iam" and matches(_ROLE, parsed.resource):
        return "an IAM role"
    return ""


def check_arn(value: str, kind: ArnKind, partition: Optional[str], region: Optional[str]) -> str:
    """`value` if it is an ARN of `kind` in the stack's partition (and region, for regional kinds)."""
    example = partitions.arn(
        partition or partitions.DEFAULT_PARTITION,
        kind.service,
        (region or "us-east-1") if kind.regional else "",
        kind.example_account,
        kind.example_resource,
    )
    parsed = partitions.parse_arn(value)
    if (
        parsed is None
        or parsed.service != kind.service
        or not matches(kind.resource, parsed.resource)
        or not matches(r"[0-9]{12}" if kind is not IAM_POLICY else r"[0-9]{12}|aws", parsed.account)
        or bool(parsed.region) != kind.regional
    ):
        other = _what_it_is(parsed)
        if parsed is not None and other == kind.what and bool(parsed.region) != kind.regional:
            raise ValueError(f"must have no region: an IAM role is global, such as {example}; got {shown(value)}")
        named = f" ({other})" if other and other != kind.what else ""
        raise ValueError(f"must be the ARN of {kind.what}, such as {example}; got {shown(value)}{named}")
    if partition and parsed.partition != partition:
        where, fix = (
            (f" (aws:region {region})", f"in {region}") if kind.regional and region else ("", f"such as {example}")
        )
        raise ValueError(
            f"is in partition {parsed.partition!r} but this stack deploys to {partition!r}{where}; "
            f"use the ARN of {kind.what} {fix}"
        )
    if kind.regional and region and parsed.region != region:
        raise ValueError(
            f"is in region {parsed.region!r} but this stack deploys to {region!r}; use {kind.what} in {region}"
        )
    return value


def load_balancer_type(arn: str) -> str:
    """`app` or `net`: the type of the load balancer a checked LB or listener ARN names."""
    parsed = partitions.parse_arn(arn)
    assert parsed is not None, f"not a checked ARN: {arn}"
    return parsed.resource.split("/")[1]


def arn_of(kind: ArnKind) -> AfterValidator:
    """The validator of a string field that takes an ARN of `kind` in the stack's partition and region
    (the validation context's `partition` and `region`): `Annotated[str, arn_of(kind)]`."""

    def check(value: str, info: ValidationInfo) -> str:
        context = info.context or {}
        return check_arn(value, kind, context.get("partition"), context.get("region"))

    return AfterValidator(check)
