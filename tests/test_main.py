"""The program as the Pulumi CLI and the Automation API run it: `program.main.main`, reading the
config the engine hands over (`namespace:key` strings, objects as JSON) and exporting the contract."""

import pulumi
import pytest

from program import main as program_main
from program.errors import ConfigError
from tooling import mocks as aws_mocks
from tooling import stack_files


def run_main(config: dict[str, str], monkeypatch) -> dict:
    exported: dict = {}
    monkeypatch.setattr(pulumi, "export", exported.__setitem__)
    mocks = aws_mocks.AwsMocks(config["aws:region"], "dev")
    pulumi.runtime.set_mocks(mocks, project="apigw-private", stack="dev", preview=False)
    pulumi.runtime.set_all_config(config)
    resolved: dict = {}

    def program():
        program_main.main()
        return pulumi.Output.all(**exported).apply(resolved.update)

    pulumi.runtime.test(program)()
    return resolved


@pytest.mark.parametrize("stack, suffix", [("dev", "amazonaws.com"), ("dev-cn", "amazonaws.com.cn")])
def test_main_reads_the_stack_config_and_exports_the_output_contract(stack, suffix, monkeypatch):
    outputs = run_main(stack_files.stack_config(stack), monkeypatch)
    assert set(outputs) >= {"invokeUrl", "apiId", "partition", "scenario", "curlExamples"}
    assert (
        outputs["invokeUrl"]
        == f"https://{outputs['apiId']}.execute-api.{stack_files.stack_config(stack)['aws:region']}.{suffix}/dev"
    )


def test_main_stops_on_bad_config_with_a_run_error_the_cli_prints_without_a_traceback(monkeypatch):
    config = stack_files.stack_config("dev", {"stageName": "no spaces"})
    with pytest.raises(ConfigError) as raised:
        run_main(config, monkeypatch)
    assert isinstance(raised.value, pulumi.RunError)
    assert str(raised.value).startswith("invalid config: `stageName` may hold only")
