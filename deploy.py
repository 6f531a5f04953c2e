#!/usr/bin/env python3
"""apigw-private's command line, for people and pipelines.

Offline, against AWS-like mocks (no credentials, no Pulumi CLI):
  plan     --stack NAME [--config KEY=VALUE ...] [--json]   every resource `up` would create, and the outputs
  diagram  --stack NAME [--config KEY=VALUE ...] [--out FILE]   a Mermaid flowchart of the request path

The real engine, through the Pulumi Automation API, running the same program:
  preview  --stack NAME [--config ...] [--backend URL] [--json]
  up       --stack NAME [--config ...] [--backend URL] [--yes] [--json]
  refresh  --stack NAME [--config ...] [--backend URL] [--yes] [--json]
  destroy  --stack NAME [--config ...] [--backend URL] [--yes] [--json]
  outputs  --stack NAME [--backend URL] [--json]
  rollout  --stacks NAME,NAME... [--config ...] [--concurrency N] [--backend URL] (--yes | --preview) [--json]

Config comes from Pulumi.<stack>.yaml; --config overrides it for this run only,
as `pulumi config set` takes keys: `stageName=qa`, `apigw-private:scenario=...`,
`aws:region=cn-north-1`. An unknown key is an error.
"""

from __future__ import annotations

import argparse
import gc
import json
import signal
import sys
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

from program.errors import ConfigError
from tooling import config_keys, exit_codes

EPILOG = f"""\
exit codes:
{exit_codes.describe()}
  rollout exits with the code of the first stack (in --stacks order) that failed.

environment:
  PULUMI_BACKEND_URL        the backend when --backend is not given (default: file://<project>/.pulumi-state)
  PULUMI_CONFIG_PASSPHRASE  or PULUMI_CONFIG_PASSPHRASE_FILE: protects secrets on file and bucket backends
  AWS credentials           as the aws provider reads them (AWS_PROFILE, AWS_ACCESS_KEY_ID, ...), or aws:profile
"""


def parse_overrides(pairs: Sequence[str]) -> dict[str, str]:
    """`--config key=value` pairs: keys namespaced and checked, as `pulumi config set` takes them."""
    return config_keys.normalize(config_keys.parse_pairs(pairs))


# -- printing -----------------------------------------------------------------------------------------


def _summary(key: str, value: Any, width: int = 110) -> str:
    if key == "body" and isinstance(value, str) and value.startswith("{"):
        document = json.loads(value)
        return f"OpenAPI {document.get('openapi')} document, {len(document.get('paths', {}))} paths, {len(value)} chars"
    text = value.replace("\n", "\\n") if isinstance(value, str) else json.dumps(value, sort_keys=True)
    return text if len(text) <= width else f"{text[:width]}… ({len(text)} chars)"


def estimate(plan):
    from tooling.estimates import estimate as of_plan

    return of_plan(plan)


def print_plan(plan) -> None:
    settings = plan.settings
    custom = [r for r in plan.resources if r.custom]
    print(f"Stack {plan.stack}: scenario {settings.scenario} in {settings.region} (partition {settings.partition})")
    print(f"{len(custom)} resources would be created, in {len(plan.resources) - len(custom)} components:\n")
    known = {r.urn for r in plan.resources}
    for resource in sorted(plan.resources, key=lambda r: (r.type, r.name)):
        if resource.parent not in known:
            _print_resource(plan, resource, depth=0)
    print()
    print_outputs(plan.outputs)
    print()
    print("\n".join(estimate(plan).lines()))


def print_outputs(outputs: dict[str, Any]) -> None:
    print("Outputs:" if outputs else "Outputs: none")
    for key, value in outputs.items():
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
    return json.dumps(
        {
            "stack": plan.stack,
            "region": plan.settings.region,
            "partition": plan.settings.partition,
            "scenario": plan.settings.scenario,
            # By URN: registration order races between threads, and the same config must print the same document.
            "resources": [
                {"type": r.type, "name": r.name, "urn": r.urn, "parentType": r.parent_type, "inputs": r.inputs}
                for r in sorted(plan.resources, key=lambda r: r.urn)
            ],
            "outputs": plan.outputs,
            "estimate": estimate(plan).as_json(),
        },
        indent=2,
        sort_keys=True,
        default=str,
    )


def _to_stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def _to_stdout(line: str) -> None:
    print(line, flush=True)


# -- commands -----------------------------------------------------------------------------------------


def _offline_plan(args: argparse.Namespace):
    from tooling import offline

    # One short run that allocates much and frees almost nothing (pulumi_aws's classes, the mocks'
    # registrations): the cyclic collector would only walk it again and again (BENCHMARKS.md).
    gc.disable()
    return offline.plan(args.stack, parse_overrides(args.config))


def cmd_plan(args: argparse.Namespace) -> int:
    result = _offline_plan(args)
    if args.json:
        print(plan_as_json(result))
    else:
        print_plan(result)
    return 0


def cmd_diagram(args: argparse.Namespace) -> int:
    from tooling import diagram

    text = diagram.mermaid(_offline_plan(args).resources)
    if args.out is None:
        print(text, end="")
        return 0
    out = Path(args.out)
    out.write_text(f"```mermaid\n{text}```\n" if out.suffix.lower() == ".md" else text)
    print(f"wrote the request path of stack {args.stack} to {out}", file=sys.stderr)
    return 0


def _engine(args: argparse.Namespace):
    from tooling import engine

    return engine.Engine(
        backend_url=args.backend,
        pulumi_command=args.pulumi_command,
        write=_to_stderr if getattr(args, "json", False) else _to_stdout,
        policy_packs=[] if getattr(args, "no_policy_pack", False) else None,
    )


def _confirm(args: argparse.Namespace) -> Optional[Callable[[str], bool]]:
    """Ask at the terminal when there is one and --yes was not given; else nobody to ask."""
    if getattr(args, "yes", False) or not sys.stdin.isatty():
        return None
    return lambda question: input(question).strip().lower() in ("y", "yes")


def cmd_engine(args: argparse.Namespace) -> int:
    from tooling import engine

    target = engine.stack_target(args.stack, parse_overrides(getattr(args, "config", [])), operation=args.command)
    result = _engine(args).run(args.command, target, yes=args.yes, confirm=_confirm(args))
    if args.json:
        print(json.dumps(result.as_json(), indent=2, sort_keys=True, default=str))
    elif args.command in ("up", "outputs") and result.status == "succeeded":
        print_outputs(result.outputs)
    return result.exit_code


def cmd_rollout(args: argparse.Namespace) -> int:
    from tooling import engine

    if not args.yes and not args.preview:
        raise ConfigError("rollout updates every stack without asking: pass --yes, or --preview to preview them")
    stacks = [s for s in args.stacks.split(",") if s]
    if not stacks:
        raise ConfigError("--stacks takes stack names separated by commas, such as dev,dev-cn")
    overrides = parse_overrides(args.config)
    operation = "preview" if args.preview else "up"
    targets, problems = [], []
    for stack in dict.fromkeys(stacks):
        try:
            targets.append(engine.stack_target(stack, overrides, operation=operation))
        except ConfigError as error:
            problems.append(f"{stack}: {error}")
    if problems:
        raise ConfigError("no stack was started: " + "; ".join(problems))
    results = _engine(args).rollout(targets, operation=operation, concurrency=args.concurrency)
    if args.json:
        print(json.dumps([r.as_json() for r in results], indent=2, sort_keys=True, default=str))
    else:
        print()
        print(engine.result_table(results), end="")
    return next((r.exit_code for r in results if r.exit_code != 0), 0)


# -- the parser ---------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="deploy.py", description=__doc__, epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(
        name: str,
        help_text: str,
        run: Callable[[argparse.Namespace], int],
        *,
        stack: bool = True,
        config: bool = True,
        engine: bool = False,
        runs_policy_pack: bool = False,
        json_help: Optional[str] = None,
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(
            name,
            help=help_text,
            description=help_text,
            epilog=EPILOG,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        if stack:
            sub.add_argument("--stack", required=True, help="the stack; its config is read from Pulumi.<stack>.yaml")
        if config:
            sub.add_argument(
                "--config",
                action="append",
                default=[],
                metavar="KEY=VALUE",
                help="override a config value for this run, as `pulumi config set` takes it "
                "(repeatable; the stack file is not changed)",
            )
        if engine:
            sub.add_argument(
                "--backend",
                metavar="URL",
                help="where state is kept: file://DIR, s3://BUCKET/PREFIX, https://api.pulumi.com, "
                "...; default $PULUMI_BACKEND_URL, else file://<project>/.pulumi-state",
            )
            sub.add_argument(
                "--yes",
                action="store_true",
                help="do not ask (needed without a terminal); no effect on preview and outputs",
            )
        if runs_policy_pack:
            sub.add_argument(
                "--no-policy-pack",
                action="store_true",
                help="do not run the project's policy pack (policy/), whose violations fail by default",
            )
        if json_help:
            sub.add_argument("--json", action="store_true", help=json_help)
        sub.set_defaults(run=run)
        return sub

    command(
        "plan",
        "offline: every resource `pulumi up` would create, with its inputs, and the outputs",
        cmd_plan,
        json_help="print one JSON document for tools",
    )
    diagram = command(
        "diagram", "offline: a Mermaid flowchart of the request path, from the registered resources", cmd_diagram
    )
    diagram.add_argument("--out", metavar="FILE", help="write it to FILE (fenced for Markdown if FILE ends in .md)")
    result_json = "print the result as one JSON document (progress goes to stderr)"
    command(
        "preview",
        "what `up` would change, from the real engine",
        cmd_engine,
        engine=True,
        runs_policy_pack=True,
        json_help=result_json,
    )
    command(
        "up",
        "create or update the stack's resources",
        cmd_engine,
        engine=True,
        runs_policy_pack=True,
        json_help=result_json,
    )
    command(
        "refresh",
        "read the stack's resources back from AWS into its state",
        cmd_engine,
        engine=True,
        json_help=result_json,
    )
    command(
        "destroy",
        "delete the stack's resources (the stack and its history remain)",
        cmd_engine,
        engine=True,
        json_help=result_json,
    )
    command("outputs", "the stack's outputs", cmd_engine, config=False, engine=True, json_help=result_json)
    rollout = command(
        "rollout",
        "up (or --preview) on several stacks, a few at a time, then a table of results",
        cmd_rollout,
        stack=False,
        engine=True,
        runs_policy_pack=True,
        json_help="print the results as one JSON list instead of the table (progress goes to stderr)",
    )
    rollout.add_argument(
        "--stacks", required=True, metavar="NAME,NAME...", help="the stacks, each with its own Pulumi.<stack>.yaml"
    )
    rollout.add_argument(
        "--concurrency", type=int, default=2, metavar="N", help="how many stacks run at once (default 2)"
    )
    rollout.add_argument("--preview", action="store_true", help="preview every stack instead of updating it")
    return parser


def main(argv: Optional[Sequence[str]] = None, *, pulumi_command: Any = None) -> int:
    """Runs the command line; `pulumi_command` (an automation.PulumiCommand) replaces the CLI on PATH."""
    args = build_parser().parse_args(argv)
    args.pulumi_command = pulumi_command
    try:
        return args.run(args)
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return exit_codes.CONFIG
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # noqa: BLE001 - the engine's and the mocks' errors, each with its exit code
        from tooling import engine, mocks

        if isinstance(error, engine.EngineError):
            print(f"error: {error}", file=sys.stderr)
            return error.exit_code
        if isinstance(error, mocks.UnknownToMocks):
            print(f"error: {error}", file=sys.stderr)
            return exit_codes.TOOLING
        raise


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `deploy.py plan ... | head` ends quietly
    code = main()
    # The interpreter's last collection would walk every object the run made (a third of a second
    # with pulumi_aws's classes loaded) only to free memory the exit frees anyway.
    gc.freeze()
    sys.exit(code)
