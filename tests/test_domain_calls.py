"""Calls through a custom domain name: the URL, curl examples per way in, a consumer's association command."""

import pytest

from components.domain_calls import access_association_command, custom_domain_examples, custom_domain_url
from components.openapi import Route

ROUTES = [Route("/webpage-vpc"), Route("/items/{id}", "POST")]


@pytest.mark.parametrize(
    "domain_name, base_path, url",
    [
        ("orders.internal.example.com", None, "https://orders.internal.example.com/"),
        ("orders.internal.example.com", "orders", "https://orders.internal.example.com/orders"),
        ("api.example.com.cn", "orders/v1", "https://api.example.com.cn/orders/v1"),
    ],
)
def test_custom_domain_url_is_the_name_and_base_path_without_a_stage(domain_name, base_path, url):
    assert custom_domain_url(domain_name, base_path) == url


ENDPOINT = {
    "us-east-1": "vpce-0123456789abcdef0-abcd1234.execute-api.us-east-1.vpce.amazonaws.com",
    "cn-northwest-1": "vpce-0123456789abcdef0-abcd1234.execute-api.cn-northwest-1.vpce.amazonaws.com.cn",
}


@pytest.mark.parametrize("region", ["us-east-1", "cn-northwest-1"])
def test_a_private_name_is_called_by_name_inside_the_vpc_and_through_the_endpoint_with_a_host_header(region):
    examples = custom_domain_examples(
        "orders.internal.example.com",
        "orders",
        ROUTES,
        region=region,
        entry="provider",
        endpoint_dns_name=ENDPOINT[region],
    )
    assert examples == {
        "GET /webpage-vpc (provider custom domain)": "curl -sS https://orders.internal.example.com/orders/webpage-vpc",
        "GET /webpage-vpc (provider endpoint DNS + Host: custom domain)": f"curl -sS -H 'Host: orders.internal.example.com' https://{ENDPOINT[region]}/orders/webpage-vpc",
        "POST /items/{id} (provider custom domain)": "curl -sS -X POST https://orders.internal.example.com/orders/items/example",
        "POST /items/{id} (provider endpoint DNS + Host: custom domain)": f"curl -sS -X POST -H 'Host: orders.internal.example.com' https://{ENDPOINT[region]}/orders/items/example",
    }


def test_through_a_load_balancer_in_front_of_the_endpoint_tls_stays_for_the_name():
    examples = custom_domain_examples(
        "orders.internal.example.com",
        None,
        [Route("/a")],
        region="us-east-1",
        entry="team-a",
        resolves=False,
        load_balancer_dns_name="team-a-entry-0123.elb.us-east-1.amazonaws.com",
    )
    assert examples == {
        "GET /a (team-a load balancer, custom domain)": "curl -sS --connect-to ::team-a-entry-0123.elb.us-east-1.amazonaws.com:443 "
        "https://orders.internal.example.com/a"
    }


def test_where_the_name_does_not_resolve_only_the_endpoint_call_is_given():
    examples = custom_domain_examples(
        "orders.internal.example.com",
        None,
        [Route("/a")],
        region="us-east-1",
        entry="team-a",
        resolves=False,
        endpoint_dns_name=ENDPOINT["us-east-1"],
    )
    assert examples == {
        "GET /a (team-a endpoint DNS + Host: custom domain)": f"curl -sS -H 'Host: orders.internal.example.com' https://{ENDPOINT['us-east-1']}/a"
    }


@pytest.mark.parametrize("region", ["us-east-1", "cn-northwest-1"])
def test_a_regional_name_signs_requests_when_the_api_requires_iam(region):
    examples = custom_domain_examples("orders.example.com", None, [Route("/internal-nlb")], region=region, signed=True)
    assert examples == {
        "GET /internal-nlb (custom domain)": (
            f'curl -sS --aws-sigv4 aws:amz:{region}:execute-api --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" '
            '-H "x-amz-security-token: $AWS_SESSION_TOKEN" https://orders.example.com/internal-nlb'
        )
    }


@pytest.mark.parametrize(
    "arn, region",
    [
        ("arn:aws:apigateway:us-east-1:123456789012:/domainnames/orders.internal.example.com+a1b2c3d4e5", "us-east-1"),
        (
            "arn:aws-cn:apigateway:cn-north-1:123456789012:/domainnames/orders.internal.example.com+a1b2c3d4e5",
            "cn-north-1",
        ),
    ],
)
def test_a_consumer_admitted_by_endpoint_id_gets_the_exact_association_command(arn, region):
    assert access_association_command(arn, "vpce-0123456789abcdef0", region) == (
        f"aws apigateway create-domain-name-access-association --domain-name-arn {arn} "
        f"--access-association-source-type VPCE --access-association-source vpce-0123456789abcdef0 --region {region}"
    )
