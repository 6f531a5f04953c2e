"""Every Python example in the README runs as written, under the mocks."""

import re
from pathlib import Path

import pytest

from tests.conftest import build

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()
PYTHON_BLOCKS = re.findall(r"```python\n(.*?)```", README, re.S)
# The library examples run under the mocks (the installed package's too, with `apigw_private` being
# `components`); the embedding example needs the engine and is run against the stand-in CLI by
# tests/test_engine.py.
EXAMPLES = [
    block.replace("import apigw_private as apigw", "import components as apigw")
    for block in PYTHON_BLOCKS
    if "from components import" in block or "import apigw_private" in block
]
EMBEDDING = [block for block in PYTHON_BLOCKS if "from tooling.engine import ConcurrentUpdate, deploy_stack" in block]


def test_every_python_block_of_the_readme_is_run_by_a_test():
    assert len(EXAMPLES) == 4 and len(EMBEDDING) == 1
    assert len(PYTHON_BLOCKS) == len(EXAMPLES) + len(EMBEDDING)


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.splitlines()[1][:60] for e in EXAMPLES])
def test_a_readme_example_registers_its_api(example):
    plan = build("us-east-1", lambda: exec(compile(example, "README.md", "exec"), {}))
    apis = plan.of_type("aws:apigateway/restApi:RestApi") + plan.of_type("aws:apigatewayv2/api:Api")
    assert len(apis) == 1
    assert plan.one(
        "aws:apigateway/stage:Stage"
        if plan.of_type("aws:apigateway/restApi:RestApi")
        else "aws:apigatewayv2/stage:Stage"
    )
