"""Rules of the codebase that a reviewer would otherwise have to remember."""

import re
import subprocess
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def product_files():
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "*.py"],
                            cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    return [ROOT / f for f in listed if not f.startswith("tests/")]


def test_only_the_partition_module_spells_a_partition():
    offenders = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in product_files() if path.name != "partition.py"
        for n, line in enumerate(path.read_text().splitlines(), start=1)
        if re.search(r"arn:aws(-cn)?:|amazonaws\.com", line)
    ]
    assert offenders == []


def test_project_config_declares_only_types_pulumi_accepts_each_with_description_and_default():
    project = yaml.safe_load((ROOT / "Pulumi.yaml").read_text())
    assert project["name"] == "apigw-private"
    for key, entry in project["config"].items():
        assert entry["type"] in ("string", "integer", "boolean", "array"), key
        assert entry["description"] and "default" in entry, key


def test_components_never_create_resources_inside_apply():
    for path in (ROOT / "components").glob("*.py"):
        source = path.read_text()
        for match in re.finditer(r"\.apply\((lambda[^\n]*)", source):
            assert not re.search(r"aws\.[a-z0-9_]+\.[A-Z]", match.group(1)), f"{path.name}: {match.group(1)}"


def test_requirements_are_pinned():
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            assert re.fullmatch(r"[A-Za-z0-9_.\-\[\]]+==[0-9][0-9A-Za-z.]*", line.strip()), line
