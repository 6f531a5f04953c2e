"""`customDomain` → settings: every field checked while reading config, with the key and the fix."""

import pytest

from components import partition as partitions
from program.errors import ConfigError
from program.settings import load_settings
from program.settings.custom_domain import check_dns_name
from tests.conftest import PARTITION_OF, config_for

CERTIFICATE_ID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"


def certificate(region: str, account: str = "123456789012") -> str:
    return f"arn:{PARTITION_OF[region]}:acm:{region}:{account}:certificate/{CERTIFICATE_ID}"


def domain(region: str, **fields) -> dict:
    return {"domainName": "orders.internal.example.com", "certificateArn": certificate(region), **fields}


def load(region: str, **config):
    return load_settings(config_for(region, **config))


def rejected(region: str, **config) -> str:
    with pytest.raises(ConfigError) as raised:
        load(region, **config)
    return str(raised.value)


def test_no_custom_domain_unless_configured(region):
    assert load(region).custom_domain is None


def test_a_regional_custom_domain_keeps_every_field_as_given(region):
    settings = load(
        region,
        customDomain=domain(
            region,
            basePath="orders/v1",
            hostedZoneId="Z0123456789ABCDEFGHIJ",
            mutualTls={
                "truststoreUri": "s3://my-truststores/orders.pem",
                "truststoreVersion": "3HL4kqtJlcpXroDTDmJ+rmSpXd3",
            },
        ),
    )
    custom = settings.custom_domain
    assert (custom.domain_name, custom.certificate_arn, custom.base_path, custom.hosted_zone_id) == (
        "orders.internal.example.com",
        certificate(region),
        "orders/v1",
        "Z0123456789ABCDEFGHIJ",
    )
    assert (custom.mutual_tls.truststore_uri, custom.mutual_tls.truststore_version) == (
        "s3://my-truststores/orders.pem",
        "3HL4kqtJlcpXroDTDmJ+rmSpXd3",
    )


@pytest.mark.parametrize(
    "fields, serves",
    [
        ({}, True),
        ({"executeApiEndpoint": False}, False),
        ({"mutualTls": {"truststoreUri": "s3://b-1/t.pem"}}, False),
        ({"mutualTls": {"truststoreUri": "s3://b-1/t.pem"}, "executeApiEndpoint": True}, True),
    ],
    ids=["default-on", "turned-off", "off-with-mutual-tls", "on-with-mutual-tls-when-asked"],
)
def test_the_execute_api_endpoint_serves_unless_turned_off_or_mutual_tls_is_on(region, fields, serves):
    assert load(region, customDomain=domain(region, **fields)).custom_domain.serves_execute_api_endpoint is serves


def test_a_private_api_takes_a_custom_domain_in_the_global_partition():
    settings = load("us-east-1", scenario="rest-private", customDomain=domain("us-east-1", basePath="orders"))
    assert settings.custom_domain.base_path == "orders"


@pytest.mark.parametrize(
    "scenario, config",
    [
        ("rest-private", {}),
        ("chained", {}),
        ("cross-account", {"consumers": [{"name": "team-b", "vpcEndpointId": "vpce-0123456789abcdef0"}]}),
    ],
)
def test_rejects_a_private_custom_domain_in_china_as_not_confirmed(scenario, config):
    assert rejected("cn-northwest-1", scenario=scenario, customDomain=domain("cn-northwest-1"), **config) == (
        "`customDomain` is not confirmed for private APIs in China regions (aws-cn): API Gateway's private custom "
        "domain names may not exist there; remove customDomain and call the API by its execute-api names"
    )


@pytest.mark.parametrize("scenario", ["rest-regional", "http-api"])
def test_a_regional_custom_domain_is_offered_in_china(scenario):
    assert load("cn-northwest-1", scenario=scenario, customDomain=domain("cn-northwest-1")).custom_domain


def test_rejects_a_regional_custom_domain_where_the_partition_table_does_not_offer_it(monkeypatch):
    monkeypatch.setitem(partitions._PARTITION_FEATURES, partitions.REGIONAL_CUSTOM_DOMAIN, frozenset({"aws"}))
    assert rejected("cn-northwest-1", customDomain=domain("cn-northwest-1")) == (
        "`customDomain` is not offered in partition aws-cn; remove customDomain"
    )


US = "us-east-1"
BAD = [
    (
        "domain upper case",
        {"domainName": "Orders.Example.com"},
        "`customDomain.domainName` must be lower case, as API Gateway stores it: 'orders.example.com', got "
        "'Orders.Example.com'",
    ),
    (
        "domain not ascii",
        {"domainName": "bücher.example.com"},
        "`customDomain.domainName` must be ASCII; write an internationalised name in its xn-- (punycode) form, got "
        "'bücher.example.com'",
    ),
    (
        "domain one label",
        {"domainName": "orders"},
        "`customDomain.domainName` must be a DNS name such as api.example.com (labels of 1 to 63 letters, digits and "
        "'-', not starting or ending with '-'; 253 characters at most), got 'orders'",
    ),
    (
        "domain wildcard",
        {"domainName": "*.example.com"},
        "`customDomain.domainName` must be a DNS name such as api.example.com (labels of 1 to 63 letters, digits and "
        "'-', not starting or ending with '-'; 253 characters at most), got '*.example.com'",
    ),
    (
        "domain with url",
        {"domainName": "https://orders.example.com/"},
        "`customDomain.domainName` must be a DNS name such as api.example.com (labels of 1 to 63 letters, digits and "
        "'-', not starting or ending with '-'; 253 characters at most), got 'https://orders.example.com/'",
    ),
    (
        "certificate of iam",
        {"certificateArn": "arn:aws:iam::123456789012:server-certificate/orders"},
        "`customDomain.certificateArn` must be the ARN of an ACM certificate, such as "
        f"arn:aws:acm:us-east-1:123456789012:certificate/{CERTIFICATE_ID}; got "
        "'arn:aws:iam::123456789012:server-certificate/orders'",
    ),
    (
        "certificate id not a uuid",
        {"certificateArn": "arn:aws:acm:us-east-1:123456789012:certificate/orders"},
        "`customDomain.certificateArn` must be the ARN of an ACM certificate, such as "
        f"arn:aws:acm:us-east-1:123456789012:certificate/{CERTIFICATE_ID}; got "
        "'arn:aws:acm:us-east-1:123456789012:certificate/orders'",
    ),
    (
        "certificate upper-case id",
        {"certificateArn": certificate(US).replace(CERTIFICATE_ID, CERTIFICATE_ID.upper())},
        "`customDomain.certificateArn` must be the ARN of an ACM certificate, such as "
        f"arn:aws:acm:us-east-1:123456789012:certificate/{CERTIFICATE_ID}; got "
        f"'arn:aws:acm:us-east-1:123456789012:certificate/{CERTIFICATE_ID.upper()}'",
    ),
    (
        "certificate of another partition",
        {"certificateArn": certificate("cn-northwest-1")},
        "`customDomain.certificateArn` is in partition 'aws-cn' but this stack deploys to 'aws' (aws:region "
        "us-east-1); use the ARN of an ACM certificate in us-east-1",
    ),
    (
        "certificate of another region",
        {"certificateArn": certificate("eu-west-1")},
        "`customDomain.certificateArn` is in region 'eu-west-1' but this stack deploys to 'us-east-1'; use an ACM "
        "certificate in us-east-1",
    ),
    (
        "base path leading slash",
        {"basePath": "/orders"},
        "`customDomain.basePath` must be segments of letters, digits and $-_.+!*'() joined by single '/', without a "
        "leading or trailing '/' (such as orders or orders/v1), got '/orders'",
    ),
    (
        "base path double slash",
        {"basePath": "orders//v1"},
        "`customDomain.basePath` must be segments of letters, digits and $-_.+!*'() joined by single '/', without a "
        "leading or trailing '/' (such as orders or orders/v1), got 'orders//v1'",
    ),
    (
        "base path space",
        {"basePath": "my orders"},
        "`customDomain.basePath` must be segments of letters, digits and $-_.+!*'() joined by single '/', without a "
        "leading or trailing '/' (such as orders or orders/v1), got 'my orders'",
    ),
    (
        "hosted zone with prefix",
        {"hostedZoneId": "/hostedzone/Z0123456789ABCDEFGHIJ"},
        "`customDomain.hostedZoneId` must be a Route 53 hosted zone id such as Z0123456789ABCDEFGHIJ (without "
        "/hostedzone/), got '/hostedzone/Z0123456789ABCDEFGHIJ'",
    ),
    (
        "hosted zone lower case",
        {"hostedZoneId": "z0123456789abcdefghij"},
        "`customDomain.hostedZoneId` must be a Route 53 hosted zone id such as Z0123456789ABCDEFGHIJ (without "
        "/hostedzone/), got 'z0123456789abcdefghij'",
    ),
    (
        "truststore over https",
        {"mutualTls": {"truststoreUri": "https://my-bucket.s3.amazonaws.com/t.pem"}},
        "`customDomain.mutualTls.truststoreUri` must be the S3 URI of a PEM truststore such as "
        "s3://my-bucket/truststore.pem, got 'https://my-bucket.s3.amazonaws.com/t.pem'",
    ),
    (
        "truststore without key",
        {"mutualTls": {"truststoreUri": "s3://my-bucket/"}},
        "`customDomain.mutualTls.truststoreUri` must be the S3 URI of a PEM truststore such as "
        "s3://my-bucket/truststore.pem, got 's3://my-bucket/'",
    ),
    (
        "truststore version with space",
        {"mutualTls": {"truststoreUri": "s3://my-bucket/t.pem", "truststoreVersion": "v 1"}},
        "`customDomain.mutualTls.truststoreVersion` must be the S3 version id of the truststore object (the bucket "
        "needs versioning), got 'v 1'",
    ),
    (
        "endpoint switch as a number",
        {"executeApiEndpoint": 0},
        "`customDomain.executeApiEndpoint` must be true or false, got 0",
    ),
    (
        "endpoint switch as text",
        {"executeApiEndpoint": "false"},
        "`customDomain.executeApiEndpoint` must be true or false, got 'false'",
    ),
    ("typo", {"hostedZone": "Z0123456789ABCDEFGHIJ"}, "`customDomain.hostedZone` is not a setting of `customDomain`"),
]


@pytest.mark.parametrize("case, fields, message", BAD, ids=[case for case, _, _ in BAD])
def test_rejects_a_bad_custom_domain_field_naming_it_and_the_fix(case, fields, message):
    assert rejected(US, customDomain=domain(US, **fields)) == f"invalid config: {message}"


def test_rejects_a_custom_domain_without_its_name_and_certificate():
    assert rejected(US, customDomain={}) == (
        "invalid config: `customDomain.domainName` is required; `customDomain.certificateArn` is required"
    )


def test_rejects_a_custom_domain_given_as_a_string():
    raw = config_for(US)
    raw["apigw-private:customDomain"] = "orders.example.com"
    with pytest.raises(ConfigError) as raised:
        load_settings(raw)
    assert str(raised.value) == (
        "`customDomain` must be an object (YAML in the stack file, or JSON text for pulumi config set), got "
        "'orders.example.com'; for one field use: pulumi config set --path customDomain.FIELD VALUE"
    )


PRIVATE_BAD = [
    (
        "mutual tls",
        {"mutualTls": {"truststoreUri": "s3://my-bucket/t.pem"}},
        "`customDomain.mutualTls` cannot be used with scenario rest-private, whose API is PRIVATE: API Gateway offers "
        "mutual TLS on Regional custom domain names only; remove customDomain.mutualTls (the API's resource policy "
        "admits only its endpoints)",
    ),
    (
        "execute-api switch",
        {"executeApiEndpoint": False},
        "`customDomain.executeApiEndpoint` applies to Regional REST and HTTP APIs only; scenario rest-private's API is "
        "PRIVATE and reached only through its VPC endpoints; remove customDomain.executeApiEndpoint",
    ),
    (
        "multi-level base path",
        {"basePath": "orders/v1"},
        "`customDomain.basePath` 'orders/v1' has more than one segment, which API Gateway documents for Regional "
        "custom domain names only; use one segment such as 'orders' for a private API",
    ),
]


@pytest.mark.parametrize("case, fields, message", PRIVATE_BAD, ids=[case for case, _, _ in PRIVATE_BAD])
def test_rejects_what_a_private_custom_domain_cannot_do_with_the_reason(case, fields, message):
    assert rejected(US, scenario="rest-private", customDomain=domain(US, **fields)) == message


def test_rejects_organization_sharing_for_a_regional_name_which_is_not_shared():
    assert rejected(US, customDomain=domain(US, organizationSharing=True)) == (
        "`customDomain.organizationSharing` applies to private custom domain names shared with consumer accounts; "
        "a Regional name is not shared; remove customDomain.organizationSharing"
    )


def test_a_private_name_shares_outside_the_organization_unless_told_otherwise():
    consumers = [{"name": "team-a", "roleArn": "arn:aws:iam::210987654321:role/apigw-consumer"}]
    assert (
        load(
            US, scenario="cross-account", consumers=consumers, customDomain=domain(US)
        ).custom_domain.organization_sharing
        is False
    )
    assert (
        load(
            US, scenario="cross-account", consumers=consumers, customDomain=domain(US, organizationSharing=True)
        ).custom_domain.organization_sharing
        is True
    )


def test_rejects_a_custom_domain_for_an_edge_api():
    assert rejected(US, restApi={"endpointType": "EDGE"}, customDomain=domain(US)) == (
        "`customDomain` creates a Regional custom domain name, which does not serve an EDGE API (that needs an "
        "edge-optimized name with a certificate in us-east-1); set restApi.endpointType to REGIONAL or remove "
        "customDomain"
    )


@pytest.mark.parametrize(
    "name",
    [
        "a.io",
        "orders.internal.example.com",
        "xn--bcher-kva.example.com",
        "a-b.c-d.example",
        ("a" * 63 + ".") * 3 + "a" * 61,
    ],
)
def test_accepts_dns_names_api_gateway_accepts(name):
    assert check_dns_name(name) == name


@pytest.mark.parametrize(
    "name",
    [
        "-a.example.com",
        "a-.example.com",
        "a..example.com",
        "example.com.",
        "a" * 64 + ".com",
        "10.0.0.1",
        ("a" * 63 + ".") * 3 + "a" * 62,
        "a_b.example.com",
    ],
)
def test_rejects_dns_names_that_are_not_hostnames(name):
    with pytest.raises(ValueError, match="must be a DNS name such as api.example.com"):
        check_dns_name(name)
