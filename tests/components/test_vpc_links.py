"""RestVpcLink and VpcLinkV2 on their own."""

from components import RestVpcLink, RestVpcLinkArgs, VpcLinkV2, VpcLinkV2Args
from tests.components.helpers import NETWORK, named
from tests.conftest import build


def test_a_rest_vpc_link_targets_one_nlb_and_references_itself_as_v1(region):
    def program():
        link = RestVpcLink("link", RestVpcLinkArgs(target_arn="nlb-arn"))
        return {"reference": link.reference}

    plan = build(region, program)
    assert named(plan, "link-link").inputs == {"description": "apigw-private REST VPC link", "targetArn": "nlb-arn"}
    assert plan.outputs["reference"] == {"id": named(plan, "link-link").id, "version": "v1"}


def test_a_vpc_link_v2_admits_nothing_and_reaches_only_the_backend_port(region):
    def program():
        link = VpcLinkV2("link", VpcLinkV2Args(**NETWORK, backend_cidr_blocks=["10.0.0.0/16"], backend_port=8080))
        return {"reference": link.reference}

    plan = build(region, program)
    group = named(plan, "link-sg")
    assert (group.inputs["ingress"], group.inputs["egress"]) == (
        [],
        [
            {
                "cidrBlocks": ["10.0.0.0/16"],
                "description": "To the backend",
                "fromPort": 8080,
                "protocol": "tcp",
                "toPort": 8080,
            }
        ],
    )
    assert named(plan, "link-link").inputs == {"securityGroupIds": [group.id], "subnetIds": NETWORK["subnet_ids"]}
    assert plan.outputs["reference"] == {"id": named(plan, "link-link").id, "version": "v2"}
