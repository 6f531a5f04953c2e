#!/usr/bin/env python3
"""Benchmarks of apigw-private, printed as the Markdown tables of BENCHMARKS.md. Not a test: run it by hand.

    .venv/bin/python benchmarks/run.py [--repeat 7] [--profile] [--cdk] > /tmp/benchmarks.md

1. offline plan wall time per scenario beside its floor: a fresh interpreter that only loads the
   pulumi_aws and awsx classes and functions that scenario uses (touching each: pulumi_aws loads its
   modules lazily), both started as `deploy.py plan` is, from the shell; the floor as Python runs
   it, and the same without the last collection at exit and with no collection at all (as the plan);
   with --profile, where the rest goes (-X importtime by package, cProfile of the plan);
   with --cdk, AWS CDK's `cdk synth` of the same rest-regional architecture (benchmarks/cdk; needs
   `npm ci` there first; CI never runs it);
2. registered resources and plan time at 10, 100 and 400 routes over VPC link v1 and v2;
3. modeled deploy time per scenario beside its floor (tooling/estimates);
4. fixed monthly cost per scenario beside the same on awsx's VPC defaults (a NAT gateway per AZ).

Wall times are the minimum (and median) of --repeat runs, interleaved so that load on the machine
falls on every command alike.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable, Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from components import partition as partitions  # noqa: E402
from tooling import mocks, offline, recorder, stack_files  # noqa: E402
from tooling.estimates.deploy_time import deploy_time  # noqa: E402
from tooling.estimates.monthly_cost import AWSX_DEFAULT_NAT_STRATEGY, monthly_cost  # noqa: E402
from tooling.estimates.prices import GLOBAL, Price  # noqa: E402
from tooling.estimates.timings import TABLE, Timing, creation_time  # noqa: E402

PYTHON = sys.executable
REGION = "us-east-1"
CDK_DIR = ROOT / "benchmarks" / "cdk"


def consumers() -> list[dict[str, str]]:
    return [
        {
            "name": "partner",
            "roleArn": partitions.arn(
                partitions.partition_of_region(REGION), "iam", "", "210987654321", "role/apigw-consumer"
            ),
        }
    ]


SCENARIOS: list[tuple[str, dict[str, Any]]] = [
    ("rest-regional", {}),
    ("rest-regional", {"restApi": {"vpcLink": "v2"}}),
    ("rest-private", {}),
    ("cross-account", {"consumers": consumers()}),
    ("chained", {}),
    ("http-api", {}),
    ("http-api", {"httpApi": {"target": "nlb"}}),
]


def label(scenario: str, config: dict[str, Any]) -> str:
    return scenario + (
        f" `{json.dumps(config, separators=(',', ':'))}`"
        if config and "consumers" not in config
        else " (1 consumer)"
        if config
        else ""
    )


def overrides(scenario: str, config: dict[str, Any], region: str = REGION) -> list[str]:
    pairs = {"aws:region": region, "scenario": scenario, **{k: json.dumps(v) for k, v in config.items()}}
    return [arg for key, value in pairs.items() for arg in ("--config", f"{key}={value}")]


def plan_command(scenario: str, config: dict[str, Any], region: str = REGION) -> list[str]:
    return [PYTHON, str(ROOT / "deploy.py"), "plan", "--stack", "dev", *overrides(scenario, config, region)]


def run_in_process(scenario: str, config: dict[str, Any], region: str = REGION) -> tuple[recorder.Plan, set[str]]:
    """The plan, and the invoke tokens the program called."""
    invoked: set[str] = set()
    original = mocks.AwsMocks.call

    def recording(self, args):
        invoked.add(args.token)
        return original(self, args)

    # Wrapped for this run only, to record the invokes a scenario makes; restored below.
    mocks.AwsMocks.call = recording  # type: ignore[method-assign]
    try:
        raw = {
            "aws:region": region,
            "apigw-private:scenario": scenario,
            **{f"apigw-private:{k}": json.dumps(v) for k, v in config.items()},
        }
        return offline.run({**stack_files.project_defaults(), **raw}, "bench"), invoked
    finally:
        mocks.AwsMocks.call = original  # type: ignore[method-assign]


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


FLOORS = {
    "floor": ("", ""),
    "no teardown": ("", "gc.freeze()\n"),
    "no GC at all": ("gc.disable()\n", "gc.freeze()\n"),
}
"""How a floor process runs: as Python runs any program (the DESIGN's floor); without the last collection
at exit; and with the cyclic collector off throughout, as `deploy.py plan` runs."""


def floor_program(types: set[str], invokes: set[str], how: str = "floor") -> str:
    """Python that loads exactly the classes and functions behind these type and invoke tokens."""
    before, after = FLOORS[how]
    touches = []
    for token in sorted(types | invokes):
        package, module, member = token.split(":")
        if package == "pulumi":  # pulumi:providers:aws
            touches.append("aws.Provider")
            continue
        # The import names of the SDK packages are their type tokens' package names.
        root = package
        module = module.split("/")[0]
        member = _snake(member) if token in invokes else member
        touches.append(f"{root}.{member}" if module == "index" else f"{root}.{module}.{member}")
    return (
        f"import gc\n{before}import pulumi_aws as aws\nimport pulumi_awsx as awsx\n"
        + "".join(f"{t}\n" for t in dict.fromkeys(touches))
        + after
    )


def wall_times(commands: dict[str, list[str]], repeat: int, cwd: Path = ROOT) -> dict[str, list[float]]:
    times: dict[str, list[float]] = defaultdict(list)
    env = {**os.environ, "CDK_DISABLE_VERSION_CHECK": "1", "CDK_DISABLE_CLI_TELEMETRY": "true"}
    for _ in range(repeat):
        for name, command in commands.items():
            start = time.perf_counter()
            subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env)
            times[name].append(time.perf_counter() - start)
    return times


def fmt(times: Sequence[float]) -> str:
    return f"{min(times):.2f} s ({statistics.median(times):.2f})"


def table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


# -- 1. plan time against its floor ------------------------------------------------------------------


def plan_against_floor(repeat: int) -> str:
    rows = []
    for scenario, config in SCENARIOS:
        plan, invokes = run_in_process(scenario, config)
        types = {r.type for r in plan.resources if not r.type.startswith("apigw-private:")}
        times = wall_times(
            {
                "plan": plan_command(scenario, config),
                **{how: [PYTHON, "-c", floor_program(types, invokes, how)] for how in FLOORS},
            },
            repeat,
        )
        rows.append(
            [label(scenario, config), fmt(times["plan"])]
            + [f"{fmt(times[how])}: {min(times['plan']) / min(times[how]):.2f}x" for how in FLOORS]
            + [len([r for r in plan.resources if r.custom or r.type.startswith("awsx:")])]
        )
    return table(["scenario", "plan, min (median)"] + [f"{how}: plan / it" for how in FLOORS] + ["resources"], rows)


def _importtime(command: list[str]) -> dict[str, float]:
    """Self import time in ms by top-level package."""
    result = subprocess.run([command[0], "-X", "importtime", *command[1:]], cwd=ROOT, capture_output=True, text=True)
    by_package: dict[str, float] = defaultdict(float)
    for line in result.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+\d+ \|\s*(\S+)", line)
        if match:
            by_package[match.group(2).split(".")[0]] += int(match.group(1)) / 1000
    return by_package


def profile() -> str:
    scenario, config = SCENARIOS[0]
    plan, invokes = run_in_process(scenario, config)
    types = {r.type for r in plan.resources if not r.type.startswith("apigw-private:")}
    floor = _importtime([PYTHON, "-c", floor_program(types, invokes, "no GC at all")])
    ours = _importtime(plan_command(scenario, config))
    extra = sorted(((ours[p] - floor.get(p, 0.0), p) for p in ours), reverse=True)[:12]
    out = [
        f"Import time (self, ms) of `{scenario}` by package, the plan's beyond the floor's "
        f"(plan total {sum(ours.values()):.0f} ms, floor {sum(floor.values()):.0f} ms):\n\n",
        table(
            ["package", "plan", "floor", "extra"],
            [[p, f"{ours[p]:.0f}", f"{floor.get(p, 0.0):.0f}", f"{d:+.0f}"] for d, p in extra],
        ),
    ]
    stats_file = Path("/tmp/apigw-private-plan.prof")
    subprocess.run(
        [PYTHON, "-m", "cProfile", "-o", str(stats_file), *plan_command(scenario, config)[1:]],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        check=True,
    )
    import io
    import pstats

    text = io.StringIO()
    pstats.Stats(str(stats_file), stream=text).sort_stats("cumulative").print_stats(r"program|components|deploy", 15)
    out.append(
        "\ncProfile of the same plan, our functions by cumulative time:\n\n```\n"
        + "\n".join(line for line in text.getvalue().splitlines() if re.match(r"\s+\d", line))
        + "\n```\n"
    )
    return "".join(out)


def cdk(repeat: int) -> str:
    if not (CDK_DIR / "node_modules" / ".bin" / "cdk").exists():
        raise SystemExit(f"--cdk needs the CDK from npm: cd {CDK_DIR} && npm ci")
    scenario, config = SCENARIOS[0]
    times = wall_times(
        {
            "plan": plan_command(scenario, config),
            "cdk": [str(CDK_DIR / "node_modules" / ".bin" / "cdk"), "synth", "--quiet", "--no-notices"],
        },
        repeat,
        cwd=CDK_DIR,
    )
    template = json.loads((CDK_DIR / "cdk.out" / "RestRegional.template.json").read_text())
    cfn = [r["Type"] for r in template["Resources"].values() if r["Type"] != "AWS::CDK::Metadata"]
    plan, _ = run_in_process(scenario, config)
    ours = [r for r in plan.resources if r.custom or r.type.startswith("awsx:")]
    versions = json.loads((CDK_DIR / "package.json").read_text())["dependencies"]
    return table(
        ["tool", "command", "wall, min (median)", "resources"],
        [
            [
                "apigw-private",
                "`deploy.py plan --stack dev`",
                fmt(times["plan"]),
                f"{len(ours)} (awsx's VPC counted as one; it creates VPC, 2 subnets, 2 route tables, 2 associations)",
            ],
            [
                f"AWS CDK {versions['aws-cdk']} / aws-cdk-lib {versions['aws-cdk-lib']}",
                "`cdk synth --quiet`",
                fmt(times["cdk"]),
                f"{len(cfn)} CloudFormation resources",
            ],
        ],
    )


# -- 2. routes -------------------------------------------------------------------------------------------


def routes(repeat: int) -> str:
    rows = []
    for link in ("v1", "v2"):
        base = None
        for count in (10, 100, 400):
            config = {"restApi": {"vpcLink": link, "routes": [{"path": f"/route-{i}"} for i in range(count)]}}
            plan, _ = run_in_process("rest-regional", config)
            times = wall_times({"plan": plan_command("rest-regional", config)}, repeat)["plan"]
            base = base or min(times)
            rows.append(
                [
                    link,
                    count,
                    len([r for r in plan.resources if r.custom or r.type.startswith("awsx:")]),
                    fmt(times),
                    f"{min(times) / base:.2f}x",
                ]
            )
    return table(["VPC link", "routes", "registered resources", "plan, min (median)", "vs 10 routes"], rows)


# -- 3. deploy time ----------------------------------------------------------------------------------------


def deploy_times() -> str:
    rows = []
    for region in (REGION, "cn-northwest-1"):
        for scenario, config in SCENARIOS:
            if (
                not partitions.offers(partitions.partition_of_region(region), partitions.REST_VPC_LINK_V2)
                and config.get("restApi", {}).get("vpcLink") == "v2"
            ):
                continue
            if "consumers" in config and region != REGION:
                config = {
                    "consumers": [
                        {
                            **c,
                            "roleArn": c["roleArn"].replace(
                                f":{partitions.partition_of_region(REGION)}:",
                                f":{partitions.partition_of_region(region)}:",
                            ),
                        }
                        for c in config["consumers"]
                    ]
                }
            result = deploy_time(run_in_process(scenario, config, region)[0].resources)
            rows.append(
                [
                    region,
                    label(scenario, config),
                    result.modeled.seconds,
                    result.floor.seconds,
                    f"{result.modeled.seconds / result.floor.seconds:.2f}x",
                    " → ".join(f"{s.name} {s.seconds}" for s in result.modeled.steps),
                    ", ".join(f"{w.dependent.name} → {w.dependency.name}" for w in result.needless) or "none",
                ]
            )
    return table(
        ["region", "scenario", "modeled s", "floor s", "ratio", "chain that sets it (s each)", "needless waits on it"],
        rows,
    )


def creation_times() -> str:
    """The table the model uses, with the input-dependent entries at their variants."""
    variants = {
        "awsx:ec2:Vpc": [
            ("no NAT gateway", {"natGateways": {"strategy": "None"}}),
            ("with NAT gateways", {"natGateways": {"strategy": "OnePerAz"}}),
        ],
        "aws:apigateway/domainName:DomainName": [
            ("EDGE", {"endpointConfiguration": {"types": "EDGE"}}),
            ("REGIONAL or PRIVATE", {"endpointConfiguration": {"types": "REGIONAL"}}),
        ],
    }
    rows = []
    for token, entry in TABLE.items():
        for variant, inputs in variants.get(token, [("", {})]):
            timing = entry if isinstance(entry, Timing) else creation_time(token, inputs)
            rows.append([f"`{token}`" + (f" ({variant})" if variant else ""), timing.seconds, timing.source])
    return table(["resource type", "typical s", "source"], rows)


# -- 4. monthly cost ------------------------------------------------------------------------------------------


def with_awsx_nat_defaults(resources: list[recorder.Registration]) -> list[recorder.Registration]:
    """The same plan, each awsx VPC with awsx's default NAT gateways (one per AZ)."""
    return [
        dataclasses.replace(r, inputs={**r.inputs, "natGateways": {"strategy": AWSX_DEFAULT_NAT_STRATEGY}})
        if r.type == "awsx:ec2:Vpc"
        else r
        for r in resources
    ]


def monthly_costs() -> str:
    rows = []
    partition = partitions.partition_of_region(REGION)
    for scenario, config in SCENARIOS:
        plan, _ = run_in_process(scenario, config)
        ours = monthly_cost(plan.resources, partition)
        awsx = monthly_cost(with_awsx_nat_defaults(plan.resources), partition)
        assert ours is not None and awsx is not None, f"no price table for {partition}"
        parts: dict[str, float] = defaultdict(float)
        for item in ours.items:
            if item.amount:
                parts[item.what.split(":")[0]] += item.amount
        rows.append(
            [
                label(scenario, config),
                f"{ours.amount:.2f}",
                f"{awsx.amount:.2f}",
                "; ".join(f"{k} {v:.2f}" for k, v in parts.items()),
            ]
        )
    return table(
        [
            f"scenario ({REGION}, USD per month)",
            "ours (no NAT)",
            "on awsx VPC defaults (NAT per AZ)",
            "ours consists of",
        ],
        rows,
    )


def price_table() -> str:
    prices = [
        (field.name, getattr(GLOBAL, field.name))
        for field in dataclasses.fields(GLOBAL)
        if isinstance(getattr(GLOBAL, field.name), Price)
    ]
    prices += [(f"instance_hour[{k}]", v) for k, v in GLOBAL.instance_hour.items()]
    return (
        f"{GLOBAL.region}, {GLOBAL.currency}, as of {GLOBAL.date}; 730 hours a month. China: no table "
        f"(no source for its CNY prices of these items), so `monthlyCost` is null there.\n\n"
        + table(["item", "rate", "unit", "source"], [[name, p.amount, p.unit, p.source] for name, p in prices])
    )


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory = next(
        line.split(":", 1)[1].strip()
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal")
    )
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip() or "none"
    return (
        f"- date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}\n- machine: `nproc` {os.cpu_count()}, "
        f"{cpu}, {memory} memory\n- Python {platform.python_version()}, node {node}\n"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7, help="runs of each timed command (default 7)")
    parser.add_argument("--profile", action="store_true", help="where the plan's time beyond its floor goes")
    parser.add_argument("--cdk", action="store_true", help="also time `cdk synth` (needs `npm ci` in benchmarks/cdk)")
    args = parser.parse_args(argv)
    sections: list[tuple[str, Callable[[], str]]] = [
        ("Machine", machine),
        ("1. Offline plan against its floor", lambda: plan_against_floor(args.repeat)),
        *([("1a. Where the rest goes", profile)] if args.profile else []),
        *([("1b. AWS CDK synth of rest-regional", lambda: cdk(args.repeat))] if args.cdk else []),
        ("2. Routes", lambda: routes(args.repeat)),
        ("3. Modeled deploy time against its floor", deploy_times),
        ("3a. Creation times the model uses", creation_times),
        ("4. Monthly fixed cost", monthly_costs),
        ("4a. Prices the cost uses", price_table),
    ]
    for title, section in sections:
        print(f"### {title}\n\n{section()}", flush=True)


if __name__ == "__main__":
    main()
