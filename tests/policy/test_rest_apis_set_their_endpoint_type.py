import pytest

from policy.rules.rest_apis_set_their_endpoint_type import POLICY, REST_API
from tests.policy.helpers import violations

EDGE_BY_DEFAULT = [
    "endpointConfiguration.types is not set, so API Gateway makes an EDGE API (public, and not "
    "offered in China): set it to REGIONAL or PRIVATE (or the import parameter "
    "endpointConfigurationTypes)"
]


@pytest.mark.parametrize(
    "props, messages",
    [
        ({"endpointConfiguration": {"types": "REGIONAL"}}, []),
        ({"endpointConfiguration": {"types": "PRIVATE", "vpcEndpointIds": ["vpce-1"]}}, []),
        ({"endpointConfiguration": {"types": ["PRIVATE"]}}, []),
        ({"body": "{}", "parameters": {"endpointConfigurationTypes": "PRIVATE"}}, []),
        ({"name": "api"}, EDGE_BY_DEFAULT),
        ({"endpointConfiguration": {"vpcEndpointIds": ["vpce-1"]}}, EDGE_BY_DEFAULT),
    ],
    ids=["regional", "private", "list-form", "import-parameter", "no-configuration", "no-types"],
)
def test_rejects_rest_apis_that_fall_back_to_edge(props, messages):
    assert violations(POLICY, REST_API, props) == messages
