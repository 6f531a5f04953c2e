import pytest

from policy.rules.load_balancers_are_internal import LOAD_BALANCER_TYPES, POLICY
from tests.policy.helpers import violations

FACES_THE_INTERNET = ["the load balancer faces the internet: set internal=True; API Gateway reaches it over a VPC link"]


@pytest.mark.parametrize("resource_type", LOAD_BALANCER_TYPES)
@pytest.mark.parametrize(
    "props, messages",
    [
        ({"internal": True, "loadBalancerType": "network"}, []),
        ({"internal": False, "loadBalancerType": "application"}, FACES_THE_INTERNET),
        ({"loadBalancerType": "network"}, FACES_THE_INTERNET),
    ],
    ids=["internal", "internet-facing", "left-to-the-default"],
)
def test_rejects_load_balancers_that_face_the_internet(resource_type, props, messages):
    assert violations(POLICY, resource_type, props) == messages
