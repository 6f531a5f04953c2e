"""`customDomain` in the scenarios: a private custom domain name for the PRIVATE APIs (rest-private, cross-account,
chained's client-facing API), a Regional one for rest-regional and http-api; outputs, curl examples, and what
adding a consumer or removing the key changes."""

import json

import pytest

from components import partition as partitions
from components.execute_api_endpoint import regional_dns_entry
from program.errors import ConfigError
from tests.conftest import PARTITION_OF, custom_domain, run_program

DOMAIN = "aws:apigateway/domainName:DomainName"
V2_DOMAIN = "aws:apigatewayv2/domainName:DomainName"
MAPPING = "aws:apigateway/basePathMapping:BasePathMapping"
ASSOCIATION = "aws:apigateway/domainNameAccessAssociation:DomainNameAccessAssociation"
ZONE, RECORD = "aws:route53/zone:Zone", "aws:route53/record:Record"
SHARE, PRINCIPAL = "aws:ram/resourceShare:ResourceShare", "aws:ram/principalAssociation:PrincipalAssociation"
RESOURCE, ACCEPTER = (
    "aws:ram/resourceAssociation:ResourceAssociation",
    "aws:ram/resourceShareAccepter:ResourceShareAccepter",
)
ENDPOINT = "aws:ec2/vpcEndpoint:VpcEndpoint"
ENDPOINT_POLICY = "aws:ec2/vpcEndpointPolicy:VpcEndpointPolicy"
US = "us-east-1"
NAME = "orders.internal.example.com"
TEAM_A = {"name": "team-a", "roleArn": "arn:aws:iam::210987654321:role/apigw-consumer"}
TEAM_B = {"name": "team-b", "vpcEndpointId": "vpce-0123456789abcdef0"}
TEAM_C = {"name": "team-c", "roleArn": "arn:aws:iam::310987654321:role/apigw-consumer"}
# What only a custom domain name registers: its components and their children.
DOMAIN_TYPES = {
    DOMAIN,
    V2_DOMAIN,
    MAPPING,
    "aws:apigatewayv2/apiMapping:ApiMapping",
    ASSOCIATION,
    ZONE,
    RECORD,
    SHARE,
    PRINCIPAL,
    RESOURCE,
    ACCEPTER,
} | {
    f"apigw-private:index:{name}"
    for name in ("PrivateDomainName", "RegionalDomainName", "DomainNameAccess", "DomainNameShare", "PrivateDomainDns")
}


def named(plan, typ, name):
    return next(r for r in plan.of_type(typ) if r.name == name)


def endpoint_of(plan, name):
    return named(plan, ENDPOINT, name)


def regional_entry(endpoint):
    name, zone = regional_dns_entry(endpoint.outputs["dnsEntries"])
    return {"dnsName": name, "hostedZoneId": zone}


# -- rest-private ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def private():
    return run_program(US, scenario="rest-private", customDomain=custom_domain(US, basePath="orders"))


def test_the_private_name_has_the_certificate_tls_1_2_and_a_policy_admitting_what_the_api_admits(private):
    domain = private.one(DOMAIN)
    api = private.one("aws:apigateway/restApi:RestApi")
    assert (domain.name, domain.parent_type) == ("custom-domain-domain", "apigw-private:index:PrivateDomainName")
    assert {k: v for k, v in domain.inputs.items() if k != "policy"} == {
        "domainName": NAME,
        "certificateArn": custom_domain(US)["certificateArn"],
        "endpointConfiguration": {"types": "PRIVATE"},
        "securityPolicy": "TLS_1_2",
    }
    assert json.loads(domain.inputs["policy"]) == json.loads(api.inputs["policy"])


def test_the_name_maps_to_the_apis_stage_by_its_id_once_the_stage_exists(private):
    mapping, domain = private.one(MAPPING), private.one(DOMAIN)
    api, stage = private.one("aws:apigateway/restApi:RestApi"), private.one("aws:apigateway/stage:Stage")
    assert mapping.inputs == {
        "domainName": NAME,
        "domainNameId": domain.outputs["domainNameId"],
        "restApi": api.id,
        "stageName": "dev",
        "basePath": "orders",
    }
    assert stage.urn in mapping.property_dependencies["stageName"]


def test_the_providers_endpoint_is_associated_and_resolves_the_name_in_its_vpc(private):
    endpoint = endpoint_of(private, "execute-api-endpoint")
    association = private.one(ASSOCIATION)
    assert (association.name, association.inputs) == (
        "provider-domain-access-association",
        {
            "domainNameArn": private.one(DOMAIN).outputs["arn"],
            "accessAssociationSource": endpoint.id,
            "accessAssociationSourceType": "VPCE",
        },
    )
    zone, record = private.one(ZONE), private.one(RECORD)
    assert zone.inputs["vpcs"] == [{"vpcId": private.one("awsx:ec2:Vpc").outputs["vpcId"]}]
    assert zone.inputs["name"] == NAME
    entry = regional_entry(endpoint)
    assert record.inputs == {
        "zoneId": zone.id,
        "name": NAME,
        "type": "A",
        "aliases": [{"name": entry["dnsName"], "zoneId": entry["hostedZoneId"], "evaluateTargetHealth": False}],
    }
    assert private.of_type(SHARE) == [] and private.of_type(ACCEPTER) == []


def test_outputs_give_the_url_the_arn_and_calls_through_the_name(private):
    endpoint = endpoint_of(private, "execute-api-endpoint")
    dns_name = regional_entry(endpoint)["dnsName"]
    assert private.outputs["customDomainUrl"] == f"https://{NAME}/orders"
    assert private.outputs["customDomainArn"] == private.one(DOMAIN).outputs["arn"]
    examples = private.outputs["curlExamples"]
    assert examples["GET /webpage-vpc (custom domain)"] == f"curl -sS https://{NAME}/orders/webpage-vpc"
    assert examples["GET /webpage-vpc (endpoint DNS + Host: custom domain)"] == (
        f"curl -sS -H 'Host: {NAME}' https://{dns_name}/orders/webpage-vpc"
    )
    assert "GET /webpage-vpc (private DNS)" in examples  # the execute-api ways in stay
    assert "customDomainAccessCommands" not in private.outputs


def test_each_deployed_endpoint_may_call_the_api_through_the_name():
    plan = run_program(US, scenario="cross-account", consumers=[TEAM_A, TEAM_B], customDomain=custom_domain(US))
    domain_arn = plan.one(DOMAIN).outputs["arn"]
    name_arn = domain_arn.replace(":apigateway:", ":execute-api:")
    api = plan.one("aws:apigateway/restApi:RestApi")
    policies = plan.of_type(ENDPOINT_POLICY)
    assert len(policies) == 2  # the provider's and team-a's; team-b's owners write their own
    for policy in policies:
        assert json.loads(policy.inputs["policy"])["Statement"] == [
            {
                "Effect": "Allow",
                "Principal": "*",
                "Action": "execute-api:Invoke",
                "Resource": sorted([name_arn, api.outputs["executionArn"] + "/*"]),
            }
        ]


def test_with_a_zone_the_providers_record_goes_there_and_no_zone_is_created():
    plan = run_program(
        US, scenario="rest-private", customDomain=custom_domain(US, hostedZoneId="Z0123456789ABCDEFGHIJ")
    )
    assert plan.of_type(ZONE) == []
    assert plan.one(RECORD).inputs["zoneId"] == "Z0123456789ABCDEFGHIJ"


# -- cross-account ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cross():
    return run_program(US, scenario="cross-account", consumers=[TEAM_A, TEAM_B], customDomain=custom_domain(US))


def test_another_accounts_endpoint_gets_the_name_shared_accepted_and_associated_there(cross):
    domain, share = cross.one(DOMAIN), cross.one(SHARE)
    assert share.inputs["allowExternalPrincipals"] is True
    assert cross.one(RESOURCE).inputs == {"resourceShareArn": share.id, "resourceArn": domain.outputs["arn"]}
    assert cross.one(PRINCIPAL).inputs == {"resourceShareArn": share.id, "principal": "210987654321"}
    accepter = cross.one(ACCEPTER)
    association = named(cross, ASSOCIATION, "team-a-domain-access-association")
    assert accepter.inputs == {"shareArn": share.id} and "team-a-account" in accepter.provider
    assert "team-a-account" in association.provider and accepter.urn in association.dependencies
    assert association.inputs["accessAssociationSource"] == endpoint_of(cross, "team-a-execute-api-endpoint").id
    for resource in (
        share,
        cross.one(RESOURCE),
        cross.one(PRINCIPAL),
        named(cross, ASSOCIATION, "provider-domain-access-association"),
    ):
        assert "team-a-account" not in resource.provider


def test_each_deployed_vpc_resolves_the_name_to_its_own_endpoint_in_its_own_account(cross):
    zone = named(cross, ZONE, "team-a-domain-dns-zone")
    assert "team-a-account" in zone.provider
    assert zone.inputs["vpcs"] == [{"vpcId": named(cross, "awsx:ec2:Vpc", "team-a-network-vpc").outputs["vpcId"]}]
    record = named(cross, RECORD, "team-a-domain-dns-record")
    assert (
        record.inputs["aliases"][0]["name"]
        == regional_entry(endpoint_of(cross, "team-a-execute-api-endpoint"))["dnsName"]
    )
    assert {r.name for r in cross.of_type(ZONE)} == {"provider-domain-dns-zone", "team-a-domain-dns-zone"}


def test_the_name_admits_every_endpoint_the_api_admits_and_the_owners_of_an_admitted_one_get_their_command(cross):
    domain, api = cross.one(DOMAIN), cross.one("aws:apigateway/restApi:RestApi")
    admitted = json.loads(domain.inputs["policy"])["Statement"][1]["Condition"]["StringNotEquals"]["aws:SourceVpce"]
    assert set(admitted) == set(api.inputs["endpointConfiguration"]["vpcEndpointIds"])
    assert TEAM_B["vpcEndpointId"] in admitted
    assert {r.inputs["accessAssociationSource"] for r in cross.of_type(ASSOCIATION)} == set(admitted) - {
        TEAM_B["vpcEndpointId"]
    }
    assert cross.outputs["customDomainAccessCommands"] == {
        "team-b": (
            f"aws apigateway create-domain-name-access-association --domain-name-arn {domain.outputs['arn']} "
            f"--access-association-source-type VPCE --access-association-source {TEAM_B['vpcEndpointId']} --region {US}"
        )
    }
    assert "GET /webpage-vpc (team-a custom domain)" in cross.outputs["curlExamples"]


def test_within_one_organization_the_share_admits_no_outside_account_and_nobody_accepts_it():
    plan = run_program(
        US, scenario="cross-account", consumers=[TEAM_A], customDomain=custom_domain(US, organizationSharing=True)
    )
    assert plan.one(SHARE).inputs["allowExternalPrincipals"] is False
    assert plan.of_type(ACCEPTER) == []
    association = named(plan, ASSOCIATION, "team-a-domain-access-association")
    assert plan.one(PRINCIPAL).urn in association.dependencies


def test_a_consumer_in_the_stacks_own_account_needs_no_share():
    same = {"name": "team-d", "roleArn": "arn:aws:iam::123456789012:role/apigw-consumer"}
    plan = run_program(US, scenario="cross-account", consumers=[same], customDomain=custom_domain(US))
    assert plan.of_type(SHARE) == [] and plan.of_type(ACCEPTER) == []
    assert "team-d-account" in named(plan, ASSOCIATION, "team-d-domain-access-association").provider


def test_two_consumers_of_one_account_share_one_principal_and_one_acceptance():
    twin = {"name": "team-e", "roleArn": "arn:aws:iam::210987654321:role/other"}
    plan = run_program(US, scenario="cross-account", consumers=[TEAM_A, twin], customDomain=custom_domain(US))
    accepter = plan.one(ACCEPTER)
    assert plan.one(PRINCIPAL).inputs["principal"] == "210987654321"
    assert accepter.name == "team-a-domain-access-accepter"
    assert accepter.urn in named(plan, ASSOCIATION, "team-e-domain-access-association").dependencies


# -- chained -------------------------------------------------------------------------------------------


def test_in_chained_the_name_serves_the_api_clients_call_through_their_endpoints():
    plan = run_program(US, scenario="chained", customDomain=custom_domain(US))
    downstream = named(plan, "aws:apigateway/restApi:RestApi", "chained-rest-api")
    assert plan.one(MAPPING).inputs["restApi"] == downstream.id
    consumer = endpoint_of(plan, "consumer-execute-api-endpoint")
    admitted = json.loads(plan.one(DOMAIN).inputs["policy"])["Statement"][1]["Condition"]["StringNotEquals"]
    assert admitted == {"aws:SourceVpce": [consumer.id]}
    assert plan.one(ASSOCIATION).inputs["accessAssociationSource"] == consumer.id
    assert plan.one(ZONE).inputs["vpcs"] == [
        {"vpcId": named(plan, "awsx:ec2:Vpc", "consumer-network-vpc").outputs["vpcId"]}
    ]
    examples = plan.outputs["curlExamples"]
    lb = named(plan, "aws:lb/loadBalancer:LoadBalancer", "consumer-entry-nlb-lb").outputs["dnsName"]
    assert examples["GET /webpage-vpc (load balancer, custom domain)"] == (
        f"curl -sS --connect-to ::{lb}:443 https://{NAME}/webpage-vpc"
    )


# -- Regional: rest-regional and http-api, both partitions ---------------------------------------------


def test_a_regional_rest_api_gets_a_regional_name_mapped_to_its_stage(region, dns_suffix):
    mutual_tls = {"truststoreUri": "s3://truststores/orders.pem", "truststoreVersion": "v3"}
    plan = run_program(
        region,
        customDomain=custom_domain(
            region, basePath="orders/v1", hostedZoneId="Z0123456789ABCDEFGHIJ", mutualTls=mutual_tls
        ),
    )
    domain, api = plan.one(DOMAIN), plan.one("aws:apigateway/restApi:RestApi")
    assert domain.inputs == {
        "domainName": NAME,
        "regionalCertificateArn": custom_domain(region)["certificateArn"],
        "endpointConfiguration": {"types": "REGIONAL"},
        "securityPolicy": "TLS_1_2",
        "mutualTlsAuthentication": {"truststoreUri": mutual_tls["truststoreUri"], "truststoreVersion": "v3"},
    }
    assert plan.one(MAPPING).inputs == {
        "domainName": NAME,
        "restApi": api.id,
        "stageName": "dev",
        "basePath": "orders/v1",
    }
    target = domain.outputs["regionalDomainName"]
    assert target.endswith(f".execute-api.{region}.{dns_suffix}")
    assert plan.one(RECORD).inputs == {
        "zoneId": "Z0123456789ABCDEFGHIJ",
        "name": NAME,
        "type": "A",
        "aliases": [{"name": target, "zoneId": domain.outputs["regionalZoneId"], "evaluateTargetHealth": False}],
    }
    assert plan.outputs["customDomainUrl"] == f"https://{NAME}/orders/v1"
    assert plan.outputs["customDomainTarget"] == target
    # Mutual TLS turns the default endpoint off, so only the custom domain's commands remain.
    assert api.inputs["disableExecuteApiEndpoint"] is True
    assert list(plan.outputs["curlExamples"]) == ["GET /internal-nlb (custom domain)"]
    assert plan.outputs["curlExamples"]["GET /internal-nlb (custom domain)"].endswith(
        f"https://{NAME}/orders/v1/internal-nlb"
    )
    assert f"aws:amz:{region}:execute-api" in plan.outputs["curlExamples"]["GET /internal-nlb (custom domain)"]


def test_a_regional_name_keeps_the_execute_api_endpoint_and_its_calls_unless_turned_off(region):
    plan = run_program(region, customDomain=custom_domain(region))
    assert "disableExecuteApiEndpoint" not in plan.one("aws:apigateway/restApi:RestApi").inputs
    assert set(plan.outputs["curlExamples"]) == {"GET /internal-nlb", "GET /internal-nlb (custom domain)"}
    assert plan.of_type(RECORD) == []


def test_an_http_api_gets_a_v2_name_and_an_api_mapping_and_can_turn_its_endpoint_off(region):
    plan = run_program(region, scenario="http-api", customDomain=custom_domain(region, executeApiEndpoint=False))
    api, domain = plan.one("aws:apigatewayv2/api:Api"), plan.one(V2_DOMAIN)
    assert domain.inputs == {
        "domainName": NAME,
        "domainNameConfiguration": {
            "certificateArn": custom_domain(region)["certificateArn"],
            "endpointType": "REGIONAL",
            "securityPolicy": "TLS_1_2",
        },
    }
    assert plan.one("aws:apigatewayv2/apiMapping:ApiMapping").inputs == {
        "domainName": NAME,
        "apiId": api.id,
        "stage": "$default",
    }
    assert api.inputs["disableExecuteApiEndpoint"] is True
    assert plan.outputs["curlExamples"] == {
        "GET / (custom domain)": (
            f'curl -sS --aws-sigv4 aws:amz:{region}:execute-api --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" '
            f'-H "x-amz-security-token: $AWS_SESSION_TOKEN" https://{NAME}/'
        )
    }


def test_a_private_custom_domain_is_refused_in_a_partition_that_may_not_offer_it(region):
    scenario_config = {"scenario": "rest-private", "customDomain": custom_domain(region)}
    if partitions.offers(PARTITION_OF[region], partitions.PRIVATE_CUSTOM_DOMAIN):
        assert run_program(region, **scenario_config).of_type(DOMAIN)
    else:
        with pytest.raises(ConfigError, match=r"^`customDomain` is not confirmed for private APIs"):
            run_program(region, **scenario_config)


# -- what changes, what stays -----------------------------------------------------------------------


def by_urn(plan):
    return {r.urn: r for r in plan.resources}


def test_adding_a_consumer_adds_its_share_and_association_and_replaces_no_domain_zone_or_endpoint():
    before = run_program(US, scenario="cross-account", consumers=[TEAM_A, TEAM_B], customDomain=custom_domain(US))
    after = run_program(
        US, scenario="cross-account", consumers=[TEAM_A, TEAM_B, TEAM_C], customDomain=custom_domain(US)
    )
    old, new = by_urn(before), by_urn(after)
    assert set(old) <= set(new)
    added = {new[u].name for u in set(new) - set(old) if new[u].type in DOMAIN_TYPES}
    assert added == {
        "team-c-domain-access",
        "team-c-domain-access-accepter",
        "team-c-domain-access-association",
        "team-c-domain-dns",
        "team-c-domain-dns-zone",
        "team-c-domain-dns-record",
        "custom-domain-share-310987654321",
    }
    # The share, its domain association and team-a's principal stay; the domain name's policy is updated in place.
    for urn, resource in old.items():
        if resource.type in (ZONE, RECORD, ENDPOINT, SHARE, RESOURCE, PRINCIPAL, ACCEPTER, ASSOCIATION, MAPPING):
            assert new[urn].inputs == resource.inputs, resource.name
    domain_before, domain_after = before.one(DOMAIN), after.one(DOMAIN)
    assert {k: v for k, v in domain_after.inputs.items() if k != "policy"} == {
        k: v for k, v in domain_before.inputs.items() if k != "policy"
    }
    assert domain_after.urn == domain_before.urn and domain_after.inputs["policy"] != domain_before.inputs["policy"]


def test_removing_a_consumer_removes_only_its_share_principal_association_and_zone():
    before = run_program(
        US, scenario="cross-account", consumers=[TEAM_A, TEAM_B, TEAM_C], customDomain=custom_domain(US)
    )
    after = run_program(US, scenario="cross-account", consumers=[TEAM_B, TEAM_C], customDomain=custom_domain(US))
    old, new = by_urn(before), by_urn(after)
    removed = {old[u].name for u in set(old) - set(new) if old[u].type in DOMAIN_TYPES}
    assert removed == {
        "team-a-domain-access",
        "team-a-domain-access-accepter",
        "team-a-domain-access-association",
        "team-a-domain-dns",
        "team-a-domain-dns-zone",
        "team-a-domain-dns-record",
        "custom-domain-share-210987654321",
    }
    for urn in set(old) & set(new):
        if old[urn].type in (ZONE, RECORD, ENDPOINT, SHARE, RESOURCE):
            assert new[urn].inputs == old[urn].inputs, old[urn].name


@pytest.mark.parametrize(
    "scenario, config",
    [
        ("rest-regional", {"customDomain": {"hostedZoneId": "Z0123456789ABCDEFGHIJ"}}),
        ("http-api", {"customDomain": {"basePath": "orders"}}),
        ("rest-private", {"customDomain": {}}),
        ("cross-account", {"consumers": [TEAM_A, TEAM_B], "customDomain": {}}),
        ("chained", {"consumers": [TEAM_A, TEAM_B], "customDomain": {}}),
    ],
)
def test_removing_the_custom_domain_removes_only_what_it_added(scenario, config):
    config = dict(config)
    fields = config.pop("customDomain")
    without = run_program(US, scenario=scenario, **config)
    with_domain = run_program(US, scenario=scenario, customDomain=custom_domain(US, **fields), **config)
    kept, grown = by_urn(without), by_urn(with_domain)
    assert set(kept) <= set(grown)
    # Only the endpoints' policies change, in place: they allow calls through the name as well.
    changed = {resource.type for urn, resource in kept.items() if grown[urn].inputs != resource.inputs}
    assert changed <= {ENDPOINT_POLICY}
    assert {grown[urn].type for urn in set(grown) - set(kept)} <= DOMAIN_TYPES
    assert set(without.outputs) == set(with_domain.outputs) - {
        "customDomainUrl",
        "customDomainArn",
        "customDomainTarget",
        "customDomainAccessCommands",
    }
