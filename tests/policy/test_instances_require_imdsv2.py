import pytest

from policy.rules.instances_require_imdsv2 import INSTANCE, LAUNCH_TEMPLATE, POLICY
from tests.policy.helpers import violations

IMDSV1 = ['it accepts IMDSv1: set metadataOptions.httpTokens to "required"']


@pytest.mark.parametrize("resource_type", [INSTANCE, LAUNCH_TEMPLATE])
@pytest.mark.parametrize(
    "props, messages",
    [
        ({"metadataOptions": {"httpTokens": "required", "httpEndpoint": "enabled"}}, []),
        ({"metadataOptions": {"httpTokens": "optional"}}, IMDSV1),
        ({"instanceType": "t3.micro"}, IMDSV1),
    ],
    ids=["required", "optional", "left-to-the-default"],
)
def test_rejects_instances_and_launch_templates_that_accept_imdsv1(resource_type, props, messages):
    assert violations(POLICY, resource_type, props) == messages


def test_an_instance_from_a_launch_template_is_left_to_the_template():
    assert violations(POLICY, INSTANCE, {"launchTemplate": {"id": "lt-0123456789abcdef0"}}) == []
    assert (
        violations(
            POLICY,
            INSTANCE,
            {"launchTemplate": {"id": "lt-0123456789abcdef0"}, "metadataOptions": {"httpTokens": "optional"}},
        )
        == IMDSV1
    )
