"""The offline commands, `deploy.py plan` and `diagram`, end to end in a subprocess, as people and pipelines
run them."""

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
    assert 'endpointConfiguration: {"types": "REGIONAL"}' in result.stdout
    assert "invokeUrl: https://" in result.stdout and f".{suffix}/dev" in result.stdout


def test_plan_json_is_one_document_tools_can_read_with_config_keys_bare_or_namespaced():
    result = deploy(
        "plan",
        "--stack",
        "dev",
        "--json",
        "--config",
        "stageName=qa",
        "--config",
        "apigw-private:scenario=rest-regional",
        "--config",
        "aws:region=cn-north-1",
    )
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert (document["region"], document["partition"], document["scenario"]) == (
        "cn-north-1",
        "aws-cn",
        "rest-regional",
    )
    assert document["outputs"]["invokeUrl"].endswith(".cn-north-1.amazonaws.com.cn/qa")
    assert "aws:apigateway/stage:Stage" in {r["type"] for r in document["resources"]}


def test_bad_config_exits_2_with_the_error_and_no_traceback():
    result = deploy("plan", "--stack", "dev", "--config", "stageName=no spaces")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        "error: invalid config: `stageName` may hold only letters, digits, '_' and '-' (1 to 128), got 'no spaces'\n"
    )


def test_an_unknown_config_key_is_an_error_naming_the_closest_one():
    result = deploy("plan", "--stack", "dev", "--config", "aws:regoin=cn-north-1")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith(
        "error: --config: unknown config key `aws:regoin` (did you mean `aws:region`?); valid aws keys: accessKey, "
    )
    assert "Traceback" not in result.stderr


def test_diagram_writes_the_request_path_fenced_for_markdown(tmp_path):
    out = tmp_path / "path.md"
    result = deploy("diagram", "--stack", "dev-cn", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    text = out.read_text()
    assert text.startswith('```mermaid\nflowchart LR\n  client(["client"])\n') and text.endswith("\n```\n")
    assert "  link_vpc_link_link --> lb_backend_nlb_lb\n" in text


def test_plan_json_is_byte_identical_across_runs():
    args = (
        "plan",
        "--stack",
        "dev",
        "--json",
        "--config",
        "scenario=chained",
        "--config",
        'consumers=[{"name":"a","roleArn":"arn:aws:iam::210987654321:role/x"},'
        '{"name":"b","vpcEndpointId":"vpce-0123456789abcdef0"}]',
    )
    first, second = deploy(*args), deploy(*args)
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout
    urns = [r["urn"] for r in json.loads(first.stdout)["resources"]]
    assert urns == sorted(urns)


def test_a_refusal_while_the_program_runs_is_one_line_on_stderr_and_nothing_else():
    result = deploy(
        "plan", "--stack", "dev-cn", "--config", "scenario=http-api", "--config", 'network={"availabilityZones":4}'
    )
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        "error: `network.availabilityZones` is 4, but cn-northwest-1 has 3 available "
        "Availability Zones; set it to 3 or fewer\n"
    )


@pytest.mark.parametrize(
    "stack, cost",
    [
        (
            "dev",
            [
                "Monthly fixed cost: 24.02 USD (us-east-1 prices of 2026-12-02 (sources of 2025-2026); requests, "
                "traffic and log ingestion come on top):",
                "      0.00  aws:cloudwatch/logGroup:LogGroup  rest-access-logs: log storage, 0.03 per GB-month: "
                "nothing until requests are logged",
                "      0.00  aws:cloudwatch/logGroup:LogGroup  rest-execution-logs: log storage, 0.03 per GB-month: "
                "nothing until requests are logged",
                "      7.59  aws:ec2/instance:Instance  demo-backend-instance: t3.micro: 730 h x 0.0104",
                "     16.43  aws:lb/loadBalancer:LoadBalancer  backend-nlb-lb: NLB: 730 h x 0.0225",
            ],
        ),
        (
            "dev-cn",
            [
                "Monthly fixed cost: not estimated: no sourced price table for partition aws-cn (AWS China bills "
                "in CNY; no source for its prices of these items was found); see BENCHMARKS.md"
            ],
        ),
    ],
)
def test_plan_ends_after_the_outputs_with_the_deploy_time_its_chain_and_the_monthly_cost(stack, cost):
    result = deploy("plan", "--stack", stack)
    assert result.returncode == 0, result.stderr
    after_outputs = result.stdout.split("\nOutputs:\n", 1)[1].split("\n\n", 1)[1]
    assert (
        after_outputs.splitlines()
        == [
            "Modeled deploy time: 7 min 27 s, set by this chain of waits (typical creation times; "
            "tooling/estimates/timings.py):",
            "     20 s  awsx:ec2:Vpc  network-vpc",
            "      3 s  aws:ec2/securityGroup:SecurityGroup  backend-nlb-sg",
            "    180 s  aws:lb/loadBalancer:LoadBalancer  backend-nlb-lb",
            "    240 s  aws:apigateway/vpcLink:VpcLink  vpc-link-link",
            "      2 s  aws:apigateway/stage:Stage  rest-stage",
            "      2 s  aws:apigateway/methodSettings:MethodSettings  rest-method-settings",
        ]
        + cost
    )


@pytest.mark.parametrize(
    "stack, monthly_cost",
    [
        (
            "dev",
            {
                "amount": 24.02,
                "currency": "USD",
                "items": [
                    {
                        "type": "aws:cloudwatch/logGroup:LogGroup",
                        "name": "rest-access-logs",
                        "amount": 0.0,
                        "what": "log storage, 0.03 per GB-month: nothing until requests are logged",
                    },
                    {
                        "type": "aws:cloudwatch/logGroup:LogGroup",
                        "name": "rest-execution-logs",
                        "amount": 0.0,
                        "what": "log storage, 0.03 per GB-month: nothing until requests are logged",
                    },
                    {
                        "type": "aws:ec2/instance:Instance",
                        "name": "demo-backend-instance",
                        "amount": 7.59,
                        "what": "t3.micro: 730 h x 0.0104",
                    },
                    {
                        "type": "aws:lb/loadBalancer:LoadBalancer",
                        "name": "backend-nlb-lb",
                        "amount": 16.43,
                        "what": "NLB: 730 h x 0.0225",
                    },
                ],
            },
        ),
        ("dev-cn", None),
    ],
)
def test_plan_json_carries_the_estimate(stack, monthly_cost):
    result = deploy("plan", "--stack", stack, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["estimate"] == {
        "deploySeconds": 447,
        "criticalPath": [
            {"type": "awsx:ec2:Vpc", "name": "network-vpc", "seconds": 20},
            {"type": "aws:ec2/securityGroup:SecurityGroup", "name": "backend-nlb-sg", "seconds": 3},
            {"type": "aws:lb/loadBalancer:LoadBalancer", "name": "backend-nlb-lb", "seconds": 180},
            {"type": "aws:apigateway/vpcLink:VpcLink", "name": "vpc-link-link", "seconds": 240},
            {"type": "aws:apigateway/stage:Stage", "name": "rest-stage", "seconds": 2},
            {"type": "aws:apigateway/methodSettings:MethodSettings", "name": "rest-method-settings", "seconds": 2},
        ],
        "monthlyCost": monthly_cost,
    }
