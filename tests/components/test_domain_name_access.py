"""DomainNameAccess: an endpoint's access association, after accepting the RAM share where one is needed."""

import pulumi
import pytest

from components import partition as partitions
from components.domain_name_access import DomainNameAccess
from components.domain_name_share import DomainNameShare
from tests.conftest import PARTITION_OF, assert_children_named_from_components
from tests.conftest import build as built_under_mocks

ASSOCIATION = "aws:apigateway/domainNameAccessAssociation:DomainNameAccessAssociation"
ACCEPTER = "aws:ram/resourceShareAccepter:ResourceShareAccepter"
ENDPOINT = "vpce-0123456789abcdef0"


def domain_arn(region):
    return partitions.arn(
        PARTITION_OF[region],
        "apigateway",
        region,
        "123456789012",
        "/domainnames/orders.internal.example.com+a1b2c3d4e5",
    )


def consumer_provider(region):
    role = partitions.arn(PARTITION_OF[region], "iam", "", "210987654321", "role/apigw-consumer")
    return pulumi.ProviderResource("aws", "team-a-account", {"region": region, "assumeRoles": [{"roleArn": role}]})


def test_an_endpoint_of_the_owners_account_is_associated_directly(region):
    built = built_under_mocks(
        region,
        lambda: {
            "arn": DomainNameAccess(
                "provider-access", {"domain_name_arn": domain_arn(region), "vpc_endpoint_id": ENDPOINT}
            ).arn
        },
    )
    association = built.one(ASSOCIATION)
    assert association.name == "provider-access-association"
    assert association.inputs == {
        "domainNameArn": domain_arn(region),
        "accessAssociationSource": ENDPOINT,
        "accessAssociationSourceType": "VPCE",
    }
    assert built.of_type(ACCEPTER) == []
    assert built.outputs["arn"] == partitions.arn(
        PARTITION_OF[region],
        "apigateway",
        region,
        "123456789012",
        f"/domainnameaccessassociations/domainname/orders.internal.example.com+a1b2c3d4e5/vpcesource/{ENDPOINT}",
    )


def shared(region, accept_share):
    def program():
        share = DomainNameShare("orders-share", {"domain_name_arn": domain_arn(region), "principals": ["210987654321"]})
        provider = consumer_provider(region)
        access = DomainNameAccess(
            "team-a-access",
            {
                "domain_name_arn": domain_arn(region),
                "vpc_endpoint_id": ENDPOINT,
                "share_arn": share.granted["210987654321"],
                "accept_share": accept_share,
            },
            pulumi.ResourceOptions(provider=provider),
        )
        return {"arn": access.arn}

    return built_under_mocks(region, program)


def test_another_accounts_endpoint_accepts_the_share_there_then_is_associated(region):
    built = shared(region, accept_share=True)
    accepter, association = built.one(ACCEPTER), built.one(ASSOCIATION)
    share = built.one("aws:ram/resourceShare:ResourceShare")
    principal = built.one("aws:ram/principalAssociation:PrincipalAssociation")
    resource = built.one("aws:ram/resourceAssociation:ResourceAssociation")
    assert accepter.name == "team-a-access-accepter" and accepter.inputs == {"shareArn": share.id}
    # The invitation exists only once the account is a principal of a share that holds the domain name.
    assert {principal.urn, resource.urn} <= set(accepter.dependencies)
    assert accepter.urn in association.dependencies
    assert association.inputs["domainNameArn"] == domain_arn(region)
    for resource in (accepter, association):
        assert "team-a-account" in resource.provider
    assert accepter.outputs["receiverAccountId"] == "210987654321"
    assert built.outputs["arn"].startswith(f"arn:{PARTITION_OF[region]}:apigateway:{region}:210987654321:")


def test_within_one_organization_the_association_only_waits_for_the_share(region):
    built = shared(region, accept_share=False)
    association = built.one(ASSOCIATION)
    assert built.of_type(ACCEPTER) == []
    assert built.one("aws:ram/principalAssociation:PrincipalAssociation").urn in association.dependencies


def test_rejects_accepting_without_a_share(region):
    with pytest.raises(ValueError, match="`accept_share` needs `share_arn`"):
        built_under_mocks(
            region,
            lambda: DomainNameAccess(
                "a", {"domain_name_arn": domain_arn(region), "vpc_endpoint_id": ENDPOINT, "accept_share": True}
            ),
        )


def test_children_are_named_from_the_component(region):
    assert_children_named_from_components(shared(region, accept_share=True))
