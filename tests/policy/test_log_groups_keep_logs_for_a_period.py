import pytest

from policy.rules.log_groups_keep_logs_for_a_period import LOG_GROUP, POLICY
from tests.policy.helpers import violations

FOREVER = ["the log group keeps its logs forever: set retentionInDays (the program's logging.retentionInDays)"]


@pytest.mark.parametrize(
    "props, messages",
    [
        ({"retentionInDays": 30}, []),
        ({"retentionInDays": 30.0}, []),
        ({}, FOREVER),
        ({"retentionInDays": 0}, FOREVER),
    ],
    ids=["30-days", "wire-float", "unset", "zero-means-never-expire"],
)
def test_rejects_log_groups_that_keep_logs_forever(props, messages):
    assert violations(POLICY, LOG_GROUP, props) == messages
