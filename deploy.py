#!/usr/bin/env python3
"""apigw-private's command line, for people and pipelines.

    python deploy.py plan --stack dev [--config key=value ...] [--json]

`plan` runs the program offline against AWS-like mocks (no credentials, no
Pulumi CLI) and prints every resource `pulumi up` would create, with its inputs,
and the stack outputs.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from typing import Any, Sequence

from program.errors import ConfigError

EXIT_CONFIG_ERROR = 2


def parse_overrides(pairs: Sequence[str]) -> dict[str, str]:
    """`key=value` pairs as `pulumi config set` takes them: bare keys are the project's."""
    overrides = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise ConfigError(f"--config takes key=value, such as scenario=rest-private; got {pair!r}")
        overrides[key] = value
    return overrides


def _summary(key: str, value: Any, width: int = 110) -> str:
    if key == "body" and isinstance(value, str) and value.startswith("{"):
        document = json.loads(value)
        return f"OpenAPI {document.get('openapi')} document, {len(document.get('paths', {}))} paths, {len(value)} chars"
    text = value.replace("\n", "\\n") if isinstance(value, str) else json.dumps(value, sort_keys=True)
    return text if len(text) <= width else f"{text[:width]}… ({len(text)} chars)"


def print_plan(plan) -> None:
    settings = plan.settings
    custom = [r for r in plan.resources if r.custom]
    print(f"Stack {plan.stack}: scenario {settings.scenario} in {settings.region} (partition {settings.partition})")
    print(f"{len(custom)} resources would be created, in {len(plan.resources) - len(custom)} components:\n")
    known = {r.urn for r in plan.resources}
    for resource in sorted(plan.resources, key=lambda r: (r.type, r.name)):
        if resource.parent not in known:
            _print_resource(plan, resource, depth=0)
    print("\nOutputs:")
    for key, value in plan.outputs.items():
        if isinstance(value, dict):
            print(f"  {key}:")
            for label, item in value.items():
                print(f"    {label}: {item}")
        else:
            print(f"  {key}: {value}")


def _print_resource(plan, resource, depth: int) -> None:
    indent = "  " * depth
    print(f"{indent}+ {resource.type}  {resource.name}")
    for key in sorted(resource.inputs):
        if not key.startswith("__") and resource.inputs[key] not in (None, [], {}):
            print(f"{indent}      {key}: {_summary(key, resource.inputs[key])}")
    for child in sorted(plan.children(resource.urn), key=lambda r: (r.type, r.name)):
        _print_resource(plan, child, depth + 1)


def plan_as_json(plan) -> str:
    return json.dumps({
        "stack": plan.stack,
        "region": plan.settings.region,
        "partition": plan.settings.partition,
        "scenario": plan.settings.scenario,
        "resources": [{"type": r.type, "name": r.name, "urn": r.urn, "parentType": r.parent_type,
                       "inputs": r.inputs} for r in plan.resources],
        "outputs": plan.outputs,
    }, indent=2, sort_keys=True, default=str)


def cmd_plan(args: argparse.Namespace) -> int:
    from program import offline

    result = offline.plan(args.stack, parse_overrides(args.config))
    print(plan_as_json(result) if args.json else "", end="")
    if not args.json:
        print_plan(result)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="deploy.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    plan = commands.add_parser("plan", help="offline: what `pulumi up` would create, from the stack file")
    plan.add_argument("--stack", required=True, help="the stack, read from Pulumi.<stack>.yaml")
    plan.add_argument("--config", action="append", default=[], metavar="KEY=VALUE",
                      help="override a config value, as `pulumi config set` takes it (repeatable)")
    plan.add_argument("--json", action="store_true", help="print one JSON document for tools")
    plan.set_defaults(run=cmd_plan)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `deploy.py plan ... | head` ends quietly
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_CONFIG_ERROR


if __name__ == "__main__":
    sys.exit(main())
