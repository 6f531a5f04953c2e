import pytest

from policy.rules.instances_require_imdsv2 import INSTANCE, POLICY
from tests.policy.helpers import violations

IMDSV1 = ['the instance accepts IMDSv1: set metadataOptions.httpTokens to "required"']


@pytest.mark.parametrize("props, messages", [
    ({"metadataOptions": {"httpTokens": "required", "httpEndpoint": "enabled"}}, []),
    ({"metadataOptions": {"httpTokens": "optional"}}, IMDSV1),
    ({"instanceType": "t3.micro"}, IMDSV1),
], ids=["required", "optional", "left-to-the-default"])
def test_rejects_instances_that_accept_imdsv1(props, messages):
    assert violations(POLICY, INSTANCE, props) == messages
