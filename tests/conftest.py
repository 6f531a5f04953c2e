"""Shared helpers: run the program offline for a region and config, as the CLI would."""

from __future__ import annotations

import functools
import json
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Any, Callable

import pytest

from components import partition as partitions
from tooling import offline, recorder, stack_files

# One region per partition; cn-north-1 is used where its a/b/d zones matter.
REGIONS = ["us-east-1", "cn-northwest-1"]
PARTITION_OF = {"us-east-1": "aws", "cn-northwest-1": "aws-cn", "cn-north-1": "aws-cn", "eu-west-1": "aws"}
DNS_SUFFIX = {"aws": "amazonaws.com", "aws-cn": "amazonaws.com.cn"}


def custom_domain(region: str, **fields: Any) -> dict[str, Any]:
    """A `customDomain` whose certificate is in `region`."""
    certificate = partitions.arn(
        PARTITION_OF[region], "acm", region, "123456789012", "certificate/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
    )
    return {"domainName": "orders.internal.example.com", "certificateArn": certificate, **fields}


def every_scenario(partition: str) -> list[tuple[str, dict[str, Any]]]:
    """Every scenario, with every optional path that creates resources of its own and that the
    partition offers: consumers at the longest name settings allow, REST over VPC link v2, each
    HTTP API target, custom domain names (Regional ones with mutual TLS, a zone, the execute-api
    endpoint off)."""
    consumers = [
        {"name": "abcdefghij", "roleArn": f"arn:{partition}:iam::210987654321:role/x"},
        {"name": "b", "vpcEndpointId": "vpce-0123456789abcdef0"},
    ]
    region = next(r for r in REGIONS if PARTITION_OF[r] == partition)
    regional_domain = custom_domain(
        region,
        basePath="orders/v1",
        hostedZoneId="Z0123456789ABCDEFGHIJ",
        mutualTls={"truststoreUri": "s3://truststores/orders.pem"},
    )
    where_offered: list[tuple[str, tuple[str, dict[str, Any]]]] = [
        (partitions.REST_VPC_LINK_V2, ("rest-regional", {"restApi": {"vpcLink": "v2"}})),
        (partitions.HTTP_API_CLOUD_MAP, ("http-api", {"httpApi": {"target": "cloudmap"}})),
        (
            partitions.PRIVATE_CUSTOM_DOMAIN,
            ("rest-private", {"customDomain": custom_domain(region, basePath="orders")}),
        ),
        (
            partitions.PRIVATE_CUSTOM_DOMAIN,
            ("cross-account", {"consumers": consumers, "customDomain": custom_domain(region)}),
        ),
        (
            partitions.PRIVATE_CUSTOM_DOMAIN,
            ("chained", {"consumers": consumers, "customDomain": custom_domain(region)}),
        ),
    ]
    everywhere: list[tuple[str, dict[str, Any]]] = [
        ("rest-regional", {}),
        ("rest-private", {}),
        ("cross-account", {"consumers": consumers}),
        ("chained", {}),
        ("chained", {"consumers": consumers}),
        ("http-api", {}),
        ("http-api", {"httpApi": {"target": "nlb"}}),
        ("rest-regional", {"customDomain": regional_domain}),
        ("http-api", {"customDomain": custom_domain(region, executeApiEndpoint=False)}),
    ]
    return everywhere + [case for feature, case in where_offered if partitions.offers(partition, feature)]


def every_scenario_in_both_partitions() -> list[tuple[str, str, dict[str, Any]]]:
    """(region, scenario, config) for every scenario of `every_scenario`, in one region of each partition."""
    return [
        (region, scenario, config) for region in REGIONS for scenario, config in every_scenario(PARTITION_OF[region])
    ]


def config_for(region: str, **config: Any) -> dict[str, str]:
    """Project defaults from Pulumi.yaml, the region, then `config` (bare project keys)."""
    raw = stack_files.project_defaults()
    raw["aws:region"] = region
    for key, value in config.items():
        raw[f"apigw-private:{key}"] = value if isinstance(value, str) else json.dumps(value)
    return raw


def run_program_uncached(region: str, stack: str = "test", **config: Any) -> recorder.Plan:
    """Run the program afresh: for tests that change how the mocks answer."""
    return offline.run(config_for(region, **config), stack)


@functools.lru_cache(maxsize=None)
def _cached_run(region: str, stack: str, config_json: str) -> recorder.Plan:
    return run_program_uncached(region, stack, **json.loads(config_json))


def run_program(region: str, stack: str = "test", **config: Any) -> recorder.Plan:
    """The plan of the program for `region` and `config`. The same config always registers the
    same resources (a test pins that), so plans are shared between tests; never mutate one."""
    return _cached_run(region, stack, json.dumps(config, sort_keys=True))


def build(region: str, program: Callable[[], Any], stack: str = "test") -> recorder.Plan:
    """What `program` registers under the mocks of `region`: for components built with explicit arguments."""
    resources, outputs = offline.record(program, region, stack)
    return recorder.Plan(stack=stack, settings=None, resources=resources, outputs=outputs)


@pytest.fixture(params=REGIONS)
def region(request) -> str:
    return request.param


@pytest.fixture
def partition(region) -> str:
    return PARTITION_OF[region]


@pytest.fixture
def dns_suffix(partition) -> str:
    return DNS_SUFFIX[partition]


def assert_children_named_from_components(plan: recorder.Plan) -> None:
    """Every resource is the child of a component and named `{component}-...`; providers are the
    caller's to create and pass in, so they stand at the top."""
    components = {r.urn: r for r in plan.resources if r.type.startswith("apigw-private:")}
    for resource in plan.resources:
        if not resource.type.startswith(("apigw-private:", "pulumi:providers:")):
            parent = components.get(resource.parent)
            assert parent is not None, f"{resource.name} has no component parent"
            assert resource.name.startswith(parent.name + "-"), resource.name


ROOT = Path(__file__).resolve().parent.parent


def pip(*args: str, python: str = sys.executable) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", python, "--disable-pip-version-check", "-q", *args],
        check=True,
        capture_output=True,
        text=True,
    )


@pytest.fixture(scope="session")
def wheel(tmp_path_factory) -> Path:
    """The library's wheel, built from a copy of the repository's files (as a fresh clone has them)
    with the build backend already in this virtualenv: `--no-build-isolation --no-index`, nothing
    downloaded, nothing written into the working tree."""
    source = tmp_path_factory.mktemp("clone")
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    for name in listed:
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            (source / name).write_bytes((ROOT / name).read_bytes())
    dist = tmp_path_factory.mktemp("dist")
    pip("wheel", "--no-build-isolation", "--no-index", "--no-deps", "-w", str(dist), str(source))
    [built] = dist.glob("*.whl")
    return built


@pytest.fixture(scope="session")
def installed_python(wheel, tmp_path_factory) -> tuple[str, str]:
    """(python, site-packages) of a fresh virtualenv outside the repository with only the wheel
    installed. It sees this virtualenv's packages (pulumi, pulumi-aws, ...) through a `.pth` file:
    installing them afresh would take most of a minute, and what matters is that the library comes
    from the wheel, not from the repository."""
    venv = tmp_path_factory.mktemp("outside") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    (Path(site) / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    pip("install", "--no-index", "--no-deps", str(wheel), python=python)
    return python, site
