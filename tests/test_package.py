"""The library as a Python distribution: the wheel holds `components/` as `apigw_private` and
nothing of the program, its tooling, the policy pack or the tests, and a program outside the
repository, in a virtualenv of its own, imports it and registers a REST API.

How the wheel is built and installed: `wheel` and `installed_python` in tests/conftest.py.
"""

import json
import subprocess
import tomllib
import zipfile
from email.parser import Parser
from pathlib import Path

from packaging.requirements import Requirement

from components import __version__

ROOT = Path(__file__).resolve().parent.parent
DIST_INFO = f"apigw_private-{__version__}.dist-info"
OUTSIDE_PROGRAM = Path(__file__).resolve().parent / "outside_program"


def test_the_wheel_holds_the_library_under_its_own_name_and_nothing_else(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    library = {f"apigw_private/{path.name}" for path in (ROOT / "components").glob("*.py")} | {"apigw_private/py.typed"}
    metadata = {f"{DIST_INFO}/{name}" for name in ("METADATA", "WHEEL", "RECORD", "top_level.txt")}

    assert wheel.name == f"apigw_private-{__version__}-py3-none-any.whl"
    assert names == library | metadata


def test_the_wheel_declares_its_version_once_and_its_dependencies_as_ranges_the_programs_pins_satisfy(wheel):
    metadata = Parser().parsestr(zipfile.ZipFile(wheel).read(f"{DIST_INFO}/METADATA").decode())
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pins = dict(line.split("==") for line in (ROOT / "requirements.txt").read_text().split())
    requirements = [Requirement(text) for text in metadata.get_all("Requires-Dist")]

    assert project["dynamic"] == ["version"] and "version" not in project
    assert metadata["Version"] == __version__
    assert {r.name for r in requirements if not r.marker} == {"pulumi", "pulumi-aws", "pulumi-awsx"}
    for requirement in requirements:
        assert requirement.specifier.contains(pins[requirement.name]), requirement
        assert not any(spec.operator == "==" for spec in requirement.specifier), requirement


def test_a_program_outside_the_repository_registers_a_rest_api_with_the_installed_wheel(installed_python, tmp_path):
    python, site = installed_python
    program = tmp_path / "program"
    program.mkdir()
    (program / "__main__.py").write_text((OUTSIDE_PROGRAM / "__main__.py").read_text())

    ran = subprocess.run(
        [python, str(program)], cwd=tmp_path, capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"}
    )
    assert ran.returncode == 0, ran.stderr
    report = json.loads(ran.stdout)
    registered = {r["name"]: r for r in report["resources"]}

    assert report["version"] == __version__
    assert report["library"].startswith(site) and not report["components_importable"]
    assert registered["team-link-link"]["inputs"]["targetArn"].endswith("loadbalancer/net/team-nlb/0feedfacecafe001")
    assert registered["team-api-stage"]["inputs"]["variables"] == {
        "vpcLinkId": "team-link-link-id",
        "nlbDnsName": "team-nlb-0feedfacecafe001.elb.eu-west-1.amazonaws.com",
    }
    assert (
        json.loads(registered["team-api-api"]["inputs"]["body"])["paths"]["/orders"]["get"][
            "x-amazon-apigateway-integration"
        ]["connectionId"]
        == "${stageVariables.vpcLinkId}"
    )
