"""How callers reach an API through its custom domain name: the URL, curl commands and the command a consumer
runs to associate its own endpoint. Pure functions."""

from __future__ import annotations

import shlex
from typing import Iterable, Optional

from .curl import Route, curl_command, route_label, route_url


def custom_domain_url(domain_name: str, base_path: Optional[str] = None) -> str:
    """`https://{domainName}/{basePath}`; `https://{domainName}/` when the API is at the name's root. No stage:
    the mapping names it."""
    return f"https://{domain_name}/{base_path or ''}"


def custom_domain_examples(
    domain_name: str,
    base_path: Optional[str],
    routes: Iterable[Route],
    *,
    region: str,
    signed: bool = False,
    entry: str = "",
    resolves: bool = True,
    endpoint_dns_name: Optional[str] = None,
    load_balancer_dns_name: Optional[str] = None,
) -> dict[str, str]:
    """A command per route through the custom domain name, labelled with the entry's name (an endpoint's VPC):

    - `custom domain`: the name itself, from where it resolves (the VPC with the private zone for a private
      name; anywhere its record is published for a Regional one), when `resolves`;
    - `endpoint DNS + Host: custom domain`: the endpoint-specific name with `Host: {domain_name}`, which API
      Gateway routes by; it needs no DNS for the name, only an access association of that endpoint;
    - `load balancer, custom domain`: through an NLB in front of the endpoint, TLS still for the name.
    """
    sigv4 = region if signed else None
    prefix = f"{entry} " if entry else ""
    examples: dict[str, str] = {}
    for route in routes:
        if resolves:
            examples[route_label(route, f"{prefix}custom domain")] = curl_command(
                route_url(custom_domain_url(domain_name, base_path), route), route.method, sigv4_region=sigv4
            )
        if endpoint_dns_name:
            examples[route_label(route, f"{prefix}endpoint DNS + Host: custom domain")] = curl_command(
                route_url(custom_domain_url(endpoint_dns_name, base_path), route),
                route.method,
                headers=[f"Host: {domain_name}"],
                sigv4_region=sigv4,
            )
        if load_balancer_dns_name:
            examples[route_label(route, f"{prefix}load balancer, custom domain")] = curl_command(
                route_url(custom_domain_url(domain_name, base_path), route),
                route.method,
                sigv4_region=sigv4,
                connect_to=load_balancer_dns_name,
            )
    return examples


def access_association_command(domain_name_arn: str, vpc_endpoint_id: str, region: str) -> str:
    """The AWS CLI command the owners of `vpc_endpoint_id` run, with their account's credentials, so that endpoint
    may call the private custom domain name (the domain's policy admits it already). From another account, the
    name must first be shared with that account (AWS RAM)."""
    return " ".join(
        [
            "aws apigateway create-domain-name-access-association",
            "--domain-name-arn",
            shlex.quote(domain_name_arn),
            "--access-association-source-type VPCE",
            "--access-association-source",
            shlex.quote(vpc_endpoint_id),
            "--region",
            shlex.quote(region),
        ]
    )
