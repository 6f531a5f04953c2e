"""Every Python example in the README runs as written, under the mocks, and wires what it says."""

import json
import re
from pathlib import Path

import pytest

from tests.conftest import build

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()
PYTHON_BLOCKS = re.findall(r"```python\n(.*?)```", README, re.S)
# The library examples run under the mocks (the installed package's too, with `apigw_private` being
# `components`); the embedding example needs the engine and is run against the stand-in CLI by
# tests/test_engine.py.
EXAMPLES = [re.sub(r"\bapigw_private\b", "components", block) for block in PYTHON_BLOCKS if "apigw_private" in block]
EMBEDDING = [block for block in PYTHON_BLOCKS if "from tooling.engine import ConcurrentUpdate, deploy_stack" in block]


def test_every_python_block_of_the_readme_is_run_by_a_test():
    assert len(EXAMPLES) == 4 and len(EMBEDDING) == 1
    assert len(PYTHON_BLOCKS) == len(EXAMPLES) + len(EMBEDDING)


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.splitlines()[1][:60] for e in EXAMPLES])
def test_a_readme_example_registers_its_api_wired_to_the_backend_it_names(example):
    plan = build("us-east-1", lambda: exec(compile(example, "README.md", "exec"), {}))
    arns = set(re.findall(r'"(arn:[^"]+)"', example))
    if plan.of_type("aws:apigatewayv2/api:Api"):
        assert plan.one("aws:apigatewayv2/integration:Integration").inputs["integrationUri"] in arns
        return
    body = plan.one("aws:apigateway/restApi:RestApi").inputs["body"]
    variables = plan.one("aws:apigateway/stage:Stage").inputs["variables"]
    # Every stage variable the rendered body reads is one the stage carries, and a v2 route names the
    # load balancer the example brings.
    assert set(re.findall(r"\$\{stageVariables\.(\w+)\}", body)) == set(variables)
    targets = {
        op["x-amazon-apigateway-integration"].get("integrationTarget")
        for item in json.loads(body)["paths"].values()
        for op in item.values()
    } - {None}
    assert targets <= arns
