"""The library as a Python distribution: the wheel holds `components/` as `apigw_private` and
nothing of the program, its tooling, the policy pack or the tests, and a program outside the
repository, in a virtualenv of its own, imports it and registers a REST API.

The wheel is built from a copy of the repository's files (as a fresh clone has them) with the
build backend already in this virtualenv (`--no-build-isolation --no-index`: nothing downloaded).
The outside virtualenv sees this one's packages through a `.pth` file and gets only the wheel
installed: installing pulumi-aws afresh would take most of a minute, and the point here is that
the library comes from the wheel and not from the repository.
"""

import json
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from components import __version__

ROOT = Path(__file__).resolve().parent.parent
OUTSIDE_PROGRAM = Path(__file__).resolve().parent / "outside_program"


def pip(*args: str, python: str = sys.executable) -> None:
    subprocess.run([sys.executable, "-m", "pip", "--python", python, "--disable-pip-version-check", "-q", *args],
                   check=True, capture_output=True, text=True)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    source = tmp_path_factory.mktemp("clone")
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout.splitlines()
    for name in listed:
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            (source / name).write_bytes((ROOT / name).read_bytes())
    dist = tmp_path_factory.mktemp("dist")
    pip("wheel", "--no-build-isolation", "--no-index", "--no-deps", "-w", str(dist), str(source))
    [built] = dist.glob("*.whl")
    return built


def test_the_wheel_holds_the_library_under_its_own_name_and_nothing_else(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    library = {f"apigw_private/{path.name}" for path in (ROOT / "components").glob("*.py")} | {"apigw_private/py.typed"}
    metadata = {f"apigw_private-{__version__}.dist-info/{name}" for name in ("METADATA", "WHEEL", "RECORD", "top_level.txt")}

    assert wheel.name == f"apigw_private-{__version__}-py3-none-any.whl"
    assert names == library | metadata


def test_the_wheel_declares_its_version_once_and_its_dependencies_as_ranges_the_programs_pins_satisfy(wheel):
    metadata = Parser().parsestr(zipfile.ZipFile(wheel).read(f"apigw_private-{__version__}.dist-info/METADATA").decode())
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pins = dict(line.split("==") for line in (ROOT / "requirements.txt").read_text().split())
    requirements = [Requirement(text) for text in metadata.get_all("Requires-Dist")]

    assert project["dynamic"] == ["version"] and "version" not in project
    assert metadata["Version"] == __version__
    assert {r.name for r in requirements if not r.marker} == {"pulumi", "pulumi-aws", "pulumi-awsx"}
    for requirement in requirements:
        assert requirement.specifier.contains(pins[requirement.name]), requirement
        assert not any(spec.operator == "==" for spec in requirement.specifier), requirement


def test_a_program_outside_the_repository_registers_a_rest_api_with_the_installed_wheel(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    site = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    (Path(site) / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    pip("install", "--no-index", "--no-deps", str(wheel), python=python)
    program = tmp_path / "program"
    program.mkdir()
    (program / "__main__.py").write_text((OUTSIDE_PROGRAM / "__main__.py").read_text())

    ran = subprocess.run([python, str(program)], cwd=tmp_path, capture_output=True, text=True,
                         env={"PATH": "/usr/bin:/bin"})
    assert ran.returncode == 0, ran.stderr
    report = json.loads(ran.stdout)
    registered = {r["name"]: r for r in report["resources"]}

    assert report["version"] == __version__
    assert report["library"].startswith(site) and not report["components_importable"]
    assert registered["team-link-link"]["inputs"]["targetArn"].endswith("loadbalancer/net/team-nlb/0feedfacecafe001")
    assert registered["team-api-stage"]["inputs"]["variables"] == {
        "vpcLinkId": "team-link-link-id", "nlbDnsName": "team-nlb-0feedfacecafe001.elb.eu-west-1.amazonaws.com"}
    assert json.loads(registered["team-api-api"]["inputs"]["body"])["paths"]["/orders"]["get"][
        "x-amazon-apigateway-integration"]["connectionId"] == "${stageVariables.vpcLinkId}"
