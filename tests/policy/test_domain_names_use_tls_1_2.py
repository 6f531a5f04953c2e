import pytest

from policy.rules.domain_names_use_tls_1_2 import POLICY, REST_DOMAIN_NAME, V2_DOMAIN_NAME
from tests.components import test_private_domain_name, test_regional_domain_name
from tests.policy.helpers import violations

UNSET = (
    "the custom domain name does not set its security policy: set it to TLS_1_2 "
    "(or an enhanced SecurityPolicy_TLS13_...)"
)


@pytest.mark.parametrize(
    "typ, props",
    [
        (REST_DOMAIN_NAME, {"securityPolicy": "TLS_1_2", "endpointConfiguration": {"types": "PRIVATE"}}),
        (REST_DOMAIN_NAME, {"securityPolicy": "SecurityPolicy_TLS13_1_3_2025_09"}),
        (REST_DOMAIN_NAME, {"securityPolicy": "SecurityPolicy_TLS12_PFS_2025_EDGE"}),
        (V2_DOMAIN_NAME, {"domainNameConfiguration": {"endpointType": "REGIONAL", "securityPolicy": "TLS_1_2"}}),
    ],
    ids=["rest-tls-1-2", "rest-enhanced-1-3", "rest-enhanced-1-2", "http-tls-1-2"],
)
def test_a_domain_name_on_tls_1_2_or_newer_passes(typ, props):
    assert violations(POLICY, typ, props) == []


@pytest.mark.parametrize(
    "typ, props, message",
    [
        (
            REST_DOMAIN_NAME,
            {"securityPolicy": "TLS_1_0"},
            "the custom domain name accepts TLS older than 1.2 (TLS_1_0): set its security policy to TLS_1_2",
        ),
        (
            REST_DOMAIN_NAME,
            {"securityPolicy": "SecurityPolicy_TLS10_2025"},
            "the custom domain name accepts TLS older than 1.2 (SecurityPolicy_TLS10_2025): set its security policy to "
            "TLS_1_2",
        ),
        (REST_DOMAIN_NAME, {}, UNSET),
        (V2_DOMAIN_NAME, {"domainNameConfiguration": {"endpointType": "REGIONAL"}}, UNSET),
        (
            V2_DOMAIN_NAME,
            {"domainNameConfiguration": {"securityPolicy": "TLS_1_0"}},
            "the custom domain name accepts TLS older than 1.2 (TLS_1_0): set its security policy to TLS_1_2",
        ),
    ],
    ids=["rest-tls-1-0", "rest-enhanced-1-0", "rest-unset", "http-unset", "http-tls-1-0"],
)
def test_rejects_a_domain_name_that_may_negotiate_older_tls(typ, props, message):
    assert violations(POLICY, typ, props) == [message]


@pytest.mark.parametrize(
    "api, typ",
    [({"rest_api_id": "a1b2c3d4e5"}, REST_DOMAIN_NAME), ({"http_api_id": "h1b2c3d4e5"}, V2_DOMAIN_NAME)],
    ids=["rest", "http"],
)
def test_the_components_domain_names_pass(region, api, typ):
    built = [test_regional_domain_name.build(region, stage_name="dev", **api), test_private_domain_name.build(region)]
    for domain in [r for b in built for r in b.resources if r.type in (REST_DOMAIN_NAME, V2_DOMAIN_NAME)]:
        assert violations(POLICY, domain.type, domain.inputs) == []
