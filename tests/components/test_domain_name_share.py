"""DomainNameShare: the private custom domain name shared through RAM, one principal association per account."""

import pytest

from components import partition as partitions
from components.domain_name_share import DomainNameShare
from tests.conftest import PARTITION_OF, assert_children_named_from_components
from tests.conftest import build as built_under_mocks

SHARE = "aws:ram/resourceShare:ResourceShare"
RESOURCE = "aws:ram/resourceAssociation:ResourceAssociation"
PRINCIPAL = "aws:ram/principalAssociation:PrincipalAssociation"


def domain_arn(region):
    return partitions.arn(
        PARTITION_OF[region],
        "apigateway",
        region,
        "123456789012",
        "/domainnames/orders.internal.example.com+a1b2c3d4e5",
    )


def build(region, principals=("210987654321", "310987654321"), **extra):
    def program():
        share = DomainNameShare(
            "orders-share", {"domain_name_arn": domain_arn(region), "principals": list(principals), **extra}
        )
        return {"arn": share.arn, "granted": share.granted}

    return built_under_mocks(region, program)


def test_one_share_holds_the_domain_name_and_each_account(region):
    built = build(region)
    share = built.one(SHARE)
    assert (share.name, share.inputs["allowExternalPrincipals"]) == ("orders-share-share", True)
    assert built.one(RESOURCE).inputs == {"resourceShareArn": share.id, "resourceArn": domain_arn(region)}
    assert {(p.name, p.inputs["principal"], p.inputs["resourceShareArn"]) for p in built.of_type(PRINCIPAL)} == {
        ("orders-share-210987654321", "210987654321", share.id),
        ("orders-share-310987654321", "310987654321", share.id),
    }


def test_within_one_organization_the_share_admits_no_outside_account(region):
    assert build(region, allow_external_principals=False).one(SHARE).inputs["allowExternalPrincipals"] is False


def test_each_account_is_granted_the_share_once_the_domain_and_that_account_are_associated(region):
    built = build(region)
    share = built.one(SHARE)
    assert built.outputs["granted"] == {"210987654321": share.id, "310987654321": share.id}
    assert built.outputs["arn"] == share.id and share.id.startswith(f"arn:{PARTITION_OF[region]}:ram:{region}:")


def test_an_accounts_association_is_named_for_it_so_others_stay_when_it_goes(region):
    before = {r.urn for r in build(region, principals=("210987654321", "310987654321")).resources}
    after = {r.urn for r in build(region, principals=("310987654321",)).resources}
    assert before - after == {r.urn for r in build(region).of_type(PRINCIPAL) if r.name.endswith("210987654321")}


@pytest.mark.parametrize("principals", [(), ("2109876543",), ("210987654321", "210987654321")])
def test_rejects_principals_that_are_not_distinct_account_ids(region, principals):
    with pytest.raises(ValueError, match="`principals` must list distinct 12-digit account ids"):
        build(region, principals=principals)


def test_children_are_named_from_the_component(region):
    assert_children_named_from_components(build(region))
