"""The rules of the apigw-private policy pack, one per module, each with its own test module."""

from . import (
    domain_names_use_tls_1_2,
    execute_api_endpoints_allow_only_their_apis,
    instances_require_imdsv2,
    load_balancers_are_internal,
    log_groups_keep_logs_for_a_period,
    private_apis_admit_only_their_endpoints,
    private_domain_names_admit_only_their_endpoints,
    rest_apis_set_their_endpoint_type,
    security_groups_admit_no_one_from_anywhere,
)

RULES = (
    security_groups_admit_no_one_from_anywhere,
    load_balancers_are_internal,
    rest_apis_set_their_endpoint_type,
    private_apis_admit_only_their_endpoints,
    log_groups_keep_logs_for_a_period,
    instances_require_imdsv2,
    execute_api_endpoints_allow_only_their_apis,
    private_domain_names_admit_only_their_endpoints,
    domain_names_use_tls_1_2,
)
POLICIES = [rule.POLICY for rule in RULES]
