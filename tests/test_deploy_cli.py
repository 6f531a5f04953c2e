"""`python deploy.py plan`, end to end in a subprocess, as a person or pipeline runs it."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def deploy(*args):
    return subprocess.run([sys.executable, "deploy.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("stack, suffix", [("dev", "amazonaws.com"), ("dev-cn", "amazonaws.com.cn")])
def test_plan_prints_every_resource_and_the_outputs(stack, suffix):
    result = deploy("plan", "--stack", stack)
    assert result.returncode == 0, result.stderr
    assert "+ aws:apigateway/restApi:RestApi  rest-api" in result.stdout
    assert "endpointConfiguration: {\"types\": \"REGIONAL\"}" in result.stdout
    assert f"invokeUrl: https://" in result.stdout and f".{suffix}/dev" in result.stdout


def test_plan_json_is_one_document_tools_can_read():
    result = deploy("plan", "--stack", "dev-cn", "--json", "--config", "stageName=qa")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["partition"] == "aws-cn"
    assert document["outputs"]["invokeUrl"].endswith(".amazonaws.com.cn/qa")
    assert "aws:apigateway/stage:Stage" in {r["type"] for r in document["resources"]}


def test_bad_config_exits_2_with_the_error_and_no_traceback():
    result = deploy("plan", "--stack", "dev", "--config", "stageName=no spaces")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == ("error: invalid config: `stageName` may hold only letters, digits, '_' and '-' "
                             "(1 to 128), got 'no spaces'\n")
