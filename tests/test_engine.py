"""The real-engine commands, against a stand-in `pulumi` (tests/pulumi_standin.py) that records each call.

GIVEN a stack file and a backend, WHEN deploy.py (or `deploy_stack`) runs an
operation, THEN the exact CLI calls the Automation API makes are pinned: stack
select or init, the config, the operation's flags, the backend URL, and how
outputs and failures reach the user. What this does not prove: that the real
CLI answers exactly so (the stand-in answers as its documented output formats
say), and anything about AWS.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from pulumi import automation as auto

import deploy
from program import main as program_main
from program.errors import ConfigError
from tooling import engine

ROOT = Path(__file__).resolve().parent.parent
STANDIN = Path(__file__).with_name("pulumi_standin.py")


class StandIn:
    """The stand-in CLI installed in `root`/bin/pulumi, and what it was asked."""

    def __init__(self, root: Path):
        (root / "bin").mkdir(parents=True)
        script = root / "bin" / "pulumi"
        script.write_text(f"#!{sys.executable}\n" + STANDIN.read_text())
        script.chmod(0o755)
        self.root = root
        self.command = auto.PulumiCommand(root=str(root))

    def calls(self) -> list[dict]:
        log = self.root / "calls.jsonl"
        records = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
        return [r for r in records if r["argv"] != ["version"]]

    def argv(self) -> list[list[str]]:
        """Each call's arguments, with the Automation API's local ports written as PORT."""
        return [[re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:PORT", a) for a in c["argv"]] for c in self.calls()]


@pytest.fixture
def cli(tmp_path, monkeypatch) -> StandIn:
    for name in (
        "PULUMI_BACKEND_URL",
        "PULUMI_CONFIG_PASSPHRASE_FILE",
        "STANDIN_FAIL",
        "STANDIN_FAIL_STACKS",
        "STANDIN_DELAY",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PULUMI_CONFIG_PASSPHRASE", "correct horse battery staple")
    return StandIn(tmp_path / "cli")


@pytest.fixture
def backend(tmp_path) -> str:
    return f"file://{tmp_path / 'state'}"


def run(cli: StandIn, *argv: str) -> int:
    return deploy.main(list(argv), pulumi_command=cli.command)


POLICY_PACK = ["--policy-pack", str(ROOT / "policy")]


def engine_call(operation: str, stack: str = "dev", policy_pack: bool = True) -> list[str]:
    """The operation as the Automation API runs it: an inline program served on a local port,
    events streamed back over gRPC, colours off; previews and updates run the project's policy pack."""
    flags = {
        "up": ["--yes", "--skip-preview"],
        "destroy": ["--skip-preview", "--yes"],
        "refresh": ["--skip-preview", "--yes"],
        "preview": [],
    }[operation]
    checked = POLICY_PACK if policy_pack and operation in ("preview", "up") else []
    return [
        "--non-interactive",
        operation,
        *flags,
        *checked,
        "--color",
        "never",
        "--client=127.0.0.1:PORT",
        "--exec-kind",
        "auto.inline",
        "--event-log",
        "tcp://127.0.0.1:PORT",
        "--stack",
        stack,
    ]


def select(stack: str = "dev") -> list[str]:
    return ["--non-interactive", "stack", "select", "--stack", stack]


def init(stack: str = "dev") -> list[str]:
    return ["--non-interactive", "stack", "init", stack]


def read_outputs(stack: str = "dev") -> list[list[str]]:
    return [
        ["--non-interactive", "stack", "output", "--json", "--stack", stack],
        ["--non-interactive", "stack", "output", "--json", "--show-secrets", "--stack", stack],
    ]


def history(stack: str = "dev") -> list[str]:
    return [
        "--non-interactive",
        "stack",
        "history",
        "--json",
        "--show-secrets",
        "--page-size",
        "1",
        "--page",
        "1",
        "--stack",
        stack,
    ]


# -- up -----------------------------------------------------------------------------------------------


def test_up_on_a_new_stack_inits_it_hands_the_engine_the_inline_program_and_prints_the_outputs(cli, backend, capsys):
    assert run(cli, "up", "--stack", "dev", "--yes", "--backend", backend) == 0

    assert cli.argv() == [select(), init(), engine_call("up"), *read_outputs(), history()]
    out = capsys.readouterr().out
    assert "create   started  aws:lb/loadBalancer:LoadBalancer  backend-nlb-lb\n" in out
    assert "create   done     aws:lb/loadBalancer:LoadBalancer  backend-nlb-lb" in out
    assert "Update of dev: 2 created, 1 unchanged in " in out
    assert out.endswith(
        "Outputs:\n  invokeUrl: https://abcde12345.execute-api.us-east-1.amazonaws.com/dev\n"
        "  apiId: abcde12345\n  scenario: rest-regional\n"
    )


def test_every_call_goes_to_the_backend_given_from_a_workspace_holding_the_project_and_the_stack_file(cli, backend):
    run(cli, "up", "--stack", "dev-cn", "--yes", "--backend", backend)

    calls = cli.calls()
    assert {c["env"]["PULUMI_BACKEND_URL"] for c in calls} == {backend}
    assert {c["env"]["PULUMI_FALLBACK_TO_STATE_SECRETS_MANAGER"] for c in calls} == {"true"}
    assert len({c["cwd"] for c in calls}) == 1 and not Path(calls[0]["cwd"]).exists()  # removed afterwards
    files = calls[0]["files"]  # as the first call found them
    assert files["Pulumi.dev-cn.yaml"] == (ROOT / "Pulumi.dev-cn.yaml").read_text()
    project = yaml.safe_load(files["Pulumi.yaml"])
    assert project["name"] == "apigw-private" and project["main"] == str(ROOT)
    assert project["config"] == yaml.safe_load((ROOT / "Pulumi.yaml").read_text())["config"]
    assert project["runtime"]["options"]["virtualenv"] == str(ROOT / ".venv")


def test_config_overrides_are_set_on_the_workspace_copy_with_one_set_all_and_the_stack_file_is_untouched(cli, backend):
    before = (ROOT / "Pulumi.dev.yaml").read_text()
    run(cli, "up", "--stack", "dev", "--yes", "--backend", backend)
    assert (
        run(
            cli,
            "up",
            "--stack",
            "dev",
            "--yes",
            "--backend",
            backend,
            "--config",
            "stageName=qa",
            "--config",
            "apigw-private:scenario=rest-regional",
            "--config",
            "aws:region=cn-north-1",
        )
        == 0
    )

    assert cli.argv()[6:] == [
        select(),
        [
            "--non-interactive",
            "config",
            "set-all",
            "--stack",
            "dev",
            "--plaintext",
            "apigw-private:stageName=qa",
            "--plaintext",
            "apigw-private:scenario=rest-regional",
            "--plaintext",
            "aws:region=cn-north-1",
        ],
        engine_call("up"),
        *read_outputs(),
        history(),
    ]
    workspace = yaml.safe_load(cli.calls()[8]["files"]["Pulumi.dev.yaml"])["config"]
    assert workspace["aws:region"] == "cn-north-1" and workspace["apigw-private:stageName"] == "qa"
    assert (ROOT / "Pulumi.dev.yaml").read_text() == before


def test_up_json_prints_one_document_and_sends_progress_to_stderr(cli, backend, capsys):
    assert run(cli, "up", "--stack", "dev", "--yes", "--json", "--backend", backend) == 0
    captured = capsys.readouterr()
    document = json.loads(captured.out)
    assert document["status"] == "succeeded" and document["exitCode"] == 0 and document["region"] == "us-east-1"
    assert document["outputs"]["invokeUrl"] == "https://abcde12345.execute-api.us-east-1.amazonaws.com/dev"
    assert document["changes"] == {"create": 2, "same": 1}
    assert "Update of dev" in captured.err


# -- the other operations -----------------------------------------------------------------------------


def test_preview_creates_the_stack_and_prints_what_would_change(cli, backend, capsys):
    assert run(cli, "preview", "--stack", "dev", "--backend", backend) == 0
    assert cli.argv() == [select(), init(), engine_call("preview")]
    out = capsys.readouterr().out
    assert "create   planned  aws:apigateway/restApi:RestApi  rest-api\n" in out
    assert "Preview of dev: 2 to create, 1 unchanged in " in out


@pytest.mark.parametrize("operation", ["destroy", "refresh"])
def test_destroy_and_refresh_select_the_stack_and_run_with_yes(cli, backend, operation, capsys):
    run(cli, "up", "--stack", "dev", "--yes", "--backend", backend)
    assert run(cli, operation, "--stack", "dev", "--yes", "--backend", backend) == 0
    assert cli.argv()[6:] == [select(), engine_call(operation), history()]


def test_outputs_reads_them_from_the_stack(cli, backend, capsys):
    run(cli, "up", "--stack", "dev-cn", "--yes", "--backend", backend)
    capsys.readouterr()
    assert run(cli, "outputs", "--stack", "dev-cn", "--json", "--backend", backend) == 0
    assert cli.argv()[6:] == [select("dev-cn"), *read_outputs("dev-cn")]
    outputs = json.loads(capsys.readouterr().out)["outputs"]
    assert outputs["invokeUrl"] == "https://abcde12345.execute-api.cn-northwest-1.amazonaws.com.cn/dev"


@pytest.mark.parametrize("operation", ["destroy", "refresh", "outputs"])
def test_a_stack_not_in_the_backend_exits_4_after_selecting_only(cli, backend, operation, capsys):
    assert run(cli, operation, "--stack", "dev", "--yes", "--backend", backend) == 4
    assert cli.argv() == [select()]
    assert (
        capsys.readouterr().err == f"error: stack dev does not exist in {backend}; check the stack name and "
        f"the backend (--backend, PULUMI_BACKEND_URL)\n"
    )


# -- failures -----------------------------------------------------------------------------------------


def test_a_locked_stack_exits_3_with_the_way_out(cli, backend, monkeypatch, capsys):
    run(cli, "up", "--stack", "dev", "--yes", "--backend", backend)
    monkeypatch.setenv("STANDIN_FAIL", "concurrent")
    capsys.readouterr()
    assert run(cli, "up", "--stack", "dev", "--yes", "--backend", backend) == 3
    err = capsys.readouterr().err
    assert err.startswith("error: stack dev: another update is running (the backend holds its lock); wait for it")
    assert "error: the stack is currently locked by 1 lock(s)" in err
    assert "Traceback" not in err


def test_a_failed_update_exits_5_with_the_failed_resource_and_the_engine_error(cli, backend, monkeypatch, capsys):
    monkeypatch.setenv("STANDIN_FAIL", "update")
    assert run(cli, "up", "--stack", "dev", "--yes", "--backend", backend) == 5
    captured = capsys.readouterr()
    assert "create   failed   aws:lb/loadBalancer:LoadBalancer  backend-nlb-lb\n" in captured.out
    assert "error (backend-nlb-lb): creating ELBv2 Load Balancer: AccessDenied: not authorized\n" in captured.out
    assert "Update of dev failed after " in captured.out
    assert captured.err == "error: pulumi up failed for stack dev: error: update failed\n"


@pytest.mark.parametrize("operation", ["preview", "up"])
def test_a_mandatory_policy_violation_fails_with_exit_5_naming_the_policy_and_the_resource(
    cli, backend, monkeypatch, capsys, operation
):
    monkeypatch.setenv("STANDIN_FAIL", "policy")
    assert run(cli, operation, "--stack", "dev", "--yes", "--backend", backend) == 5
    assert cli.argv()[-1] == engine_call(operation)
    assert (
        "policy mandatory (backend-nlb-lb): load-balancers-are-internal: Load balancers behind private "
        "integrations are internal.; the load balancer faces the internet: set internal=True\n"
        in capsys.readouterr().out
    )


def test_policy_packs_are_absolute_directories_and_default_to_the_projects_own(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert engine.policy_pack_paths(None, ROOT) == [str(ROOT / "policy")]
    assert engine.policy_pack_paths(None, tmp_path) == [str(tmp_path / "policy")]
    assert engine.policy_pack_paths(["mine", ROOT / "policy"]) == [str(tmp_path / "mine"), str(ROOT / "policy")]
    assert engine.policy_pack_paths([]) == []
    with pytest.raises(
        TypeError,
        match=r"policy_packs takes a list of policy pack directories, got 'mine'; "
        r"write \['mine'\]",
    ):
        engine.policy_pack_paths("mine")


@pytest.mark.parametrize("operation", ["preview", "up"])
def test_no_policy_pack_runs_without_the_projects_pack(cli, backend, monkeypatch, operation):
    monkeypatch.setenv("STANDIN_FAIL", "policy")
    assert run(cli, operation, "--stack", "dev", "--yes", "--backend", backend, "--no-policy-pack") == 0
    assert engine_call(operation, policy_pack=False) in cli.argv()


def test_a_rollout_runs_the_projects_policy_pack_on_every_stack(cli, backend):
    assert run(cli, "rollout", "--stacks", "dev,dev-cn", "--yes", "--backend", backend) == 0
    assert {tuple(engine_call("up", stack)) for stack in ("dev", "dev-cn")} <= set(map(tuple, cli.argv()))


@pytest.mark.parametrize(
    "argv, message",
    [
        (
            ["--config", "stageName=no spaces"],
            "error: invalid config: `stageName` may hold only letters, digits, '_' "
            "and '-' (1 to 128), got 'no spaces'\n",
        ),
        (
            ["--config", "stagename=qa"],
            "error: --config: unknown config key `stagename` (did you mean `stageName`?); "
            "valid apigw-private keys: partition, scenario, stageName, network, backend, "
            "restApi, httpApi, logging, endpointPolicy, customDomain, consumers\n",
        ),
    ],
)
def test_bad_config_exits_2_before_the_engine_starts(cli, backend, argv, message, capsys):
    assert run(cli, "up", "--stack", "dev", "--yes", "--backend", backend, *argv) == 2
    assert cli.calls() == []
    assert capsys.readouterr().err == message


def test_a_file_backend_without_a_passphrase_exits_2_before_the_engine_starts(cli, backend, monkeypatch, capsys):
    monkeypatch.delenv("PULUMI_CONFIG_PASSPHRASE")
    assert run(cli, "preview", "--stack", "dev", "--backend", backend) == 2
    assert cli.calls() == []
    assert "set PULUMI_CONFIG_PASSPHRASE (or PULUMI_CONFIG_PASSPHRASE_FILE" in capsys.readouterr().err


def test_pulumi_cloud_needs_no_passphrase(monkeypatch):
    monkeypatch.delenv("PULUMI_CONFIG_PASSPHRASE", raising=False)
    engine.check_passphrase("https://api.pulumi.com", None, {})
    engine.check_passphrase("s3://bucket/state", "awskms://alias/pulumi", {})
    with pytest.raises(ConfigError, match="s3://bucket/state protects the stack's secrets with a passphrase"):
        engine.check_passphrase("s3://bucket/state", None, {})


def test_without_yes_and_without_a_terminal_up_is_refused_before_anything_runs(cli, backend, monkeypatch, capsys):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    assert run(cli, "up", "--stack", "dev", "--backend", backend) == 2
    assert cli.calls() == []
    assert capsys.readouterr().err == "error: up changes the stack and there is no terminal to ask on: pass --yes\n"


@pytest.mark.parametrize("answer, calls", [(False, 3), (True, 7)])
def test_at_a_terminal_up_previews_then_asks(cli, backend, answer, calls):
    target = engine.stack_target("dev", operation="up")
    questions = []
    result = engine.Engine(backend_url=backend, pulumi_command=cli.command, write=lambda line: None).run(
        "up", target, confirm=lambda q: questions.append(q) or answer
    )
    assert questions == ["Do you want to perform this up of dev? [y/N] "]
    assert cli.argv()[:3] == [select(), init(), engine_call("preview")]
    assert len(cli.calls()) == calls and result.status == ("succeeded" if answer else "cancelled")


def test_without_the_pulumi_cli_exits_6(monkeypatch, tmp_path, backend, capsys):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("PULUMI_CONFIG_PASSPHRASE", "x")
    assert deploy.main(["outputs", "--stack", "dev", "--backend", backend]) == 6
    assert capsys.readouterr().err.startswith("error: the Pulumi CLI is not on PATH")


# -- backends -----------------------------------------------------------------------------------------


def test_the_default_backend_is_a_directory_in_the_project_unless_the_environment_names_one(tmp_path, monkeypatch):
    monkeypatch.delenv("PULUMI_BACKEND_URL", raising=False)
    assert engine.resolve_backend(None, tmp_path) == f"file://{tmp_path}/.pulumi-state"
    assert (tmp_path / ".pulumi-state").is_dir()
    monkeypatch.setenv("PULUMI_BACKEND_URL", "s3://team-state/apigw")
    assert engine.resolve_backend(None, tmp_path) == "s3://team-state/apigw"
    assert engine.resolve_backend("https://api.pulumi.com", tmp_path) == "https://api.pulumi.com"


def test_stacks_in_one_backend_are_not_found_in_another(cli, tmp_path):
    run(cli, "up", "--stack", "dev", "--yes", "--backend", f"file://{tmp_path / 'a'}")
    assert run(cli, "outputs", "--stack", "dev", "--backend", f"file://{tmp_path / 'b'}") == 4


def test_a_fully_qualified_stack_name_reads_the_stack_file_of_its_last_part():
    target = engine.stack_target("acme/apigw-private/dev-cn", operation="up")
    assert (target.stack, target.stack_file, target.region) == (
        "acme/apigw-private/dev-cn",
        ROOT / "Pulumi.dev-cn.yaml",
        "cn-northwest-1",
    )


def test_the_engine_runs_the_very_program_pulumi_up_runs(cli, backend, tmp_path):
    target = engine.stack_target("dev", operation="up")
    stack = engine.Engine(backend_url=backend, pulumi_command=cli.command)._stack(target, tmp_path, create=True)
    assert stack.workspace.program is program_main.main
    assert (ROOT / "__main__.py").read_text().count("from program.main import main") == 1


# -- embedding ----------------------------------------------------------------------------------------


def test_deploy_stack_configures_a_new_stack_from_its_arguments_and_returns_the_outputs(cli, backend):
    lines = []
    outputs = engine.deploy_stack(
        "team-a-dev",
        region="cn-north-1",
        config={"scenario": "rest-regional", "logging": {"retentionInDays": 90}, "aws:profile": "china"},
        backend_url=backend,
        pulumi_command=cli.command,
        on_line=lines.append,
    )

    assert outputs == {
        "invokeUrl": "https://abcde12345.execute-api.cn-north-1.amazonaws.com.cn/dev",
        "apiId": "abcde12345",
        "scenario": "rest-regional",
    }
    assert cli.argv() == [
        select("team-a-dev"),
        init("team-a-dev"),
        [
            "--non-interactive",
            "config",
            "set-all",
            "--stack",
            "team-a-dev",
            "--plaintext",
            "aws:region=cn-north-1",
            "--plaintext",
            "apigw-private:scenario=rest-regional",
            "--plaintext",
            'apigw-private:logging={"retentionInDays": 90}',
            "--plaintext",
            "aws:profile=china",
        ],
        engine_call("up", "team-a-dev"),
        *read_outputs("team-a-dev"),
        history("team-a-dev"),
    ]
    assert set(cli.calls()[0]["files"]) == {"Pulumi.yaml"}  # the project's stack files are not read
    assert lines[-1].startswith("Update of team-a-dev: 2 created, 1 unchanged in ")


@pytest.mark.parametrize(
    "config, message",
    [
        ({"scenario": "rest-privat"}, "`scenario` 'rest-privat' is not a scenario"),
        ({"stage": "qa"}, "config: unknown config key `stage` (did you mean `stageName`?)"),
        ({"aws:region": "us-east-1"}, "config: `aws:region` 'us-east-1' contradicts region 'cn-north-1'"),
    ],
)
def test_deploy_stack_raises_config_errors_before_the_engine_starts(cli, backend, config, message):
    with pytest.raises(ConfigError) as error:
        engine.deploy_stack(
            "team-a-dev", region="cn-north-1", config=config, backend_url=backend, pulumi_command=cli.command
        )
    assert message in str(error.value)
    assert cli.calls() == []


def test_deploy_stack_raises_engine_errors_with_their_exit_codes(cli, backend, monkeypatch):
    monkeypatch.setenv("STANDIN_FAIL", "update")
    with pytest.raises(engine.UpdateFailed) as error:
        engine.deploy_stack("team-a-dev", region="us-east-1", backend_url=backend, pulumi_command=cli.command)
    assert error.value.exit_code == 5 and error.value.stack == "team-a-dev"


# -- rollout ------------------------------------------------------------------------------------------


@pytest.fixture
def project(tmp_path) -> Path:
    """A project directory with dev, dev-cn and a third stack file, rollout-eu."""
    project = tmp_path / "project"
    project.mkdir()
    for name in ("Pulumi.yaml", "Pulumi.dev.yaml", "Pulumi.dev-cn.yaml"):
        shutil.copyfile(ROOT / name, project / name)
    (project / "Pulumi.rollout-eu.yaml").write_text("config:\n  aws:region: eu-west-1\n")
    return project


def test_rollout_runs_up_on_each_stack_at_most_n_at_once_each_in_its_own_workspace(cli, backend, project, monkeypatch):
    monkeypatch.setenv("STANDIN_DELAY", "0.2")
    stacks = ["dev", "dev-cn", "rollout-eu"]
    lines = []
    runner = engine.Engine(backend_url=backend, project_dir=project, pulumi_command=cli.command, write=lines.append)
    results = runner.rollout([engine.stack_target(s, project_dir=project) for s in stacks], concurrency=2)

    ups = [c for c in cli.calls() if c["argv"][1] == "up"]
    assert sorted(c["argv"][-1] for c in ups) == stacks
    assert len({c["cwd"] for c in cli.calls()}) == 3
    overlapping = max(sum(1 for o in ups if o["start"] < c["end"] and c["start"] < o["end"]) for c in ups)
    assert overlapping == 2
    assert "[dev-cn] create   started  aws:apigateway/restApi:RestApi  rest-api" in lines
    table = engine.result_table(results).splitlines()
    assert table[0].split() == ["STACK", "REGION", "STATUS", "DURATION", "RESULT"]
    assert [row.split()[:3] for row in table[1:]] == [
        ["dev", "us-east-1", "succeeded"],
        ["dev-cn", "cn-northwest-1", "succeeded"],
        ["rollout-eu", "eu-west-1", "succeeded"],
    ]
    assert table[3].endswith("https://abcde12345.execute-api.eu-west-1.amazonaws.com/dev")


def test_a_rollout_with_a_failed_stack_finishes_the_others_and_exits_with_its_code(cli, backend, monkeypatch, capsys):
    monkeypatch.setenv("STANDIN_FAIL", "update")
    monkeypatch.setenv("STANDIN_FAIL_STACKS", "dev-cn")
    assert run(cli, "rollout", "--stacks", "dev,dev-cn", "--yes", "--backend", backend) == 5
    out = capsys.readouterr().out
    rows = out[out.index("STACK") :].splitlines()
    assert rows[1].split()[:3] == ["dev", "us-east-1", "succeeded"]
    assert rows[2].split()[:4] == ["dev-cn", "cn-northwest-1", "failed", "(5)"]
    assert rows[2].endswith("pulumi up failed for stack dev-cn: error: update failed")


def test_a_rollout_with_bad_config_in_one_stack_starts_none(cli, backend, capsys):
    assert run(cli, "rollout", "--stacks", "dev,nope", "--yes", "--backend", backend) == 2
    assert cli.calls() == []
    assert capsys.readouterr().err.startswith("error: no stack was started: nope: no stack file Pulumi.nope.yaml")


def test_a_rollout_needs_yes_or_preview(cli, backend, capsys):
    assert run(cli, "rollout", "--stacks", "dev", "--backend", backend) == 2
    assert capsys.readouterr().err.startswith("error: rollout updates every stack without asking: pass --yes")
    assert run(cli, "rollout", "--stacks", "dev,dev-cn", "--preview", "--json", "--backend", backend) == 0
    assert sorted(a[1] for a in cli.argv()) == ["preview", "preview", "stack", "stack", "stack", "stack"]
    documents = json.loads(capsys.readouterr().out)
    assert [(d["stack"], d["operation"], d["status"], d["changes"]) for d in documents] == [
        ("dev", "preview", "succeeded", {"create": 2, "same": 1}),
        ("dev-cn", "preview", "succeeded", {"create": 2, "same": 1}),
    ]


# -- progress lines and the table, from engine events -------------------------------------------------


def test_progress_prints_a_line_per_resource_event_and_skips_unchanged_ones():
    lines = []
    progress = engine.Progress(lines.append, prefix="[dev] ")
    metadata = {
        "op": "update",
        "urn": "urn:pulumi:dev::apigw-private::aws:apigateway/stage:Stage::rest-stage",
        "type": "aws:apigateway/stage:Stage",
        "provider": "",
    }
    same = {**metadata, "op": "same", "urn": metadata["urn"].replace("rest-stage", "other")}
    for event in (
        {"resourcePreEvent": {"metadata": same}},
        {"resourcePreEvent": {"metadata": metadata}},
        {"resOutputsEvent": {"metadata": metadata}},
        {"diagnosticEvent": {"message": "<{%fg 3%}>deprecated<{%reset%}>\n", "severity": "warning"}},
        {"diagnosticEvent": {"message": "debug chatter", "severity": "info"}},
        {"summaryEvent": {"resourceChanges": {"update": 1, "same": 20}, "durationSeconds": 5}},
    ):
        progress.on_event(auto.EngineEvent.from_json({"sequence": 1, "timestamp": 1, **event}))
    assert lines == [
        "[dev] update   started  aws:apigateway/stage:Stage  rest-stage",
        "[dev] update   done     aws:apigateway/stage:Stage  rest-stage  0s",
        "[dev] warning: deprecated",
    ]
    assert engine.change_summary(progress.changes, planned=False) == "1 updated, 20 unchanged"


def test_durations_read_as_a_person_writes_them():
    assert [engine.duration(s) for s in (4.4, 61, 3725)] == ["4s", "1m01s", "1h02m05s"]


# -- end to end, as a pipeline runs it ----------------------------------------------------------------


def test_deploy_py_finds_pulumi_on_path_and_reports_outcomes_by_exit_code(cli, backend):
    env = {**os.environ, "PATH": f"{cli.root / 'bin'}{os.pathsep}{os.environ['PATH']}"}
    up = subprocess.run(
        [sys.executable, "deploy.py", "up", "--stack", "dev", "--yes", "--backend", backend],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert up.returncode == 0, up.stderr
    assert "invokeUrl: https://abcde12345.execute-api.us-east-1.amazonaws.com/dev" in up.stdout
    missing = subprocess.run(
        [sys.executable, "deploy.py", "outputs", "--stack", "qa", "--backend", backend],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert missing.returncode == 4 and missing.stdout == ""
    assert missing.stderr.startswith("error: stack qa does not exist in file://") and "Traceback" not in missing.stderr
