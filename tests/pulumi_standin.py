"""A stand-in for the Pulumi CLI, installed by the tests as `<root>/bin/pulumi`.

It records every call (argv, cwd, the environment that matters, the Pulumi*.yaml
files in the working directory) as a JSON line in `<root>/calls.jsonl`, and
answers the calls the Automation API makes the way the CLI does: `version`,
`stack select|init|output|history`, `config set-all`, and `preview`, `up`,
`refresh`, `destroy`, which stream engine events to the `--event-log` gRPC
address. Stacks live in `<root>/state.json`, per backend URL.

Failures are reproducible through the environment:
  STANDIN_FAIL=concurrent|update   the operation fails as a locked stack or a failed update
  STANDIN_FAIL=policy              given --policy-pack, the load balancer breaks a mandatory policy
  STANDIN_FAIL_STACKS=a,b          ... only for these stacks (default: all)
  STANDIN_DELAY=SECONDS            the operation takes this long
"""

from __future__ import annotations

import fcntl
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERSION = "v3.272.0"
RECORDED_ENV = (
    "PULUMI_BACKEND_URL",
    "PULUMI_CONFIG_PASSPHRASE",
    "PULUMI_FALLBACK_TO_STATE_SECRETS_MANAGER",
    "PULUMI_AUTOMATION_API",
    "PULUMI_SKIP_UPDATE_CHECK",
)
OPERATIONS = {"preview": "create", "up": "create", "refresh": "refresh", "destroy": "delete"}


def main(argv: list[str]) -> int:
    record = {
        "argv": argv,
        "cwd": os.getcwd(),
        "env": {k: os.environ.get(k) for k in RECORDED_ENV},
        "files": {p.name: p.read_text() for p in sorted(Path.cwd().glob("Pulumi*.yaml"))},
        "start": time.time(),
    }
    try:
        return dispatch([a for a in argv if a != "--non-interactive"])
    finally:
        record["end"] = time.time()
        with open(ROOT / "calls.jsonl", "a") as log:
            log.write(json.dumps(record) + "\n")


def fail(message: str, code: int = 255) -> int:
    print(message, file=sys.stderr)
    return code


def option(args: list[str], name: str) -> str | None:
    return args[args.index(name) + 1] if name in args else None


class State:
    """The stacks of every backend, shared by concurrent calls under a file lock."""

    def __enter__(self):
        self.lock = open(ROOT / "state.lock", "w")
        fcntl.flock(self.lock, fcntl.LOCK_EX)
        path = ROOT / "state.json"
        self.data = json.loads(path.read_text()) if path.exists() else {}
        return self.data.setdefault(os.environ.get("PULUMI_BACKEND_URL", ""), {})

    def __exit__(self, *exc):
        (ROOT / "state.json").write_text(json.dumps(self.data))
        self.lock.close()


def stack_file(stack: str) -> Path:
    return Path.cwd() / f"Pulumi.{stack.rsplit('/', 1)[-1]}.yaml"


def dispatch(args: list[str]) -> int:
    if args == ["version"]:
        print(VERSION)
        return 0
    stack = option(args, "--stack")
    if args[:2] == ["stack", "init"]:
        with State() as stacks:
            if args[2] in stacks:
                return fail(f"error: stack '{args[2]}' already exists")
            stacks[args[2]] = {"outputs": {}}
        if (option(args, "--secrets-provider") or "passphrase") == "passphrase":
            _edit_stack_file(args[2], lambda doc: doc.setdefault("encryptionsalt", "v1:standin-salt"))
        return 0
    with State() as stacks:
        known = stacks.get(stack) if stack is not None else None
    if stack is None or known is None:
        return fail(f"error: no stack named '{stack}' found")
    if args[:2] == ["stack", "select"]:
        return 0
    if args[:2] == ["config", "set-all"]:
        pairs = [args[i + 1] for i, a in enumerate(args) if a in ("--plaintext", "--secret")]

        def set_all(doc):
            for pair in pairs:
                key, _, value = pair.partition("=")
                doc.setdefault("config", {})[key if ":" in key else f"apigw-private:{key}"] = value

        _edit_stack_file(stack, set_all)
        return 0
    if args[:2] == ["stack", "output"]:
        print(json.dumps(known["outputs"]))
        return 0
    if args[:2] == ["stack", "history"]:
        print(
            json.dumps(
                [
                    {
                        "kind": "update",
                        "startTime": "2025-01-01T00:00:00.000000Z",
                        "message": "",
                        "environment": {},
                        "config": {},
                        "result": "succeeded",
                        "endTime": "2025-01-01T00:00:02.000000Z",
                        "version": 1,
                        "resourceChanges": known.get("changes", {}),
                    }
                ]
            )
        )
        return 0
    if args[0] in OPERATIONS:
        return operation(args, stack)
    return fail(f"standin: unknown command {args}", 2)


def _edit_stack_file(stack: str, change) -> None:
    import yaml

    path = stack_file(stack)
    doc = (yaml.safe_load(path.read_text()) if path.exists() else None) or {}
    change(doc)
    path.write_text(yaml.safe_dump(doc, sort_keys=False))


def operation(args: list[str], stack: str) -> int:
    import yaml

    command = args[0]
    time.sleep(float(os.environ.get("STANDIN_DELAY", "0")))
    failing = os.environ.get("STANDIN_FAIL", "")
    only = [s for s in os.environ.get("STANDIN_FAIL_STACKS", "").split(",") if s]
    if only and stack not in only:
        failing = ""
    if failing == "concurrent":
        return fail(
            "error: the stack is currently locked by 1 lock(s). Either wait for the other process(es) "
            "to end or delete the lock file with `pulumi cancel`."
        )
    preview = command == "preview" or "--preview-only" in args
    violates_policy = failing == "policy" and "--policy-pack" in args
    op = OPERATIONS[command]
    resources = [
        ("pulumi:pulumi:Stack", f"apigw-private-{stack}"),
        ("aws:apigateway/restApi:RestApi", "rest-api"),
        ("aws:lb/loadBalancer:LoadBalancer", "backend-nlb-lb"),
    ]
    events: list[dict] = [{"preludeEvent": {"config": {}}}]
    for typ, name in resources:
        metadata = {"op": op, "urn": f"urn:pulumi:{stack}::apigw-private::{typ}::{name}", "type": typ, "provider": ""}
        events.append({"resourcePreEvent": {"metadata": metadata, "planning": preview}})
        if violates_policy and typ.startswith("aws:lb"):
            events.append(
                {
                    "policyEvent": {
                        "resourceUrn": metadata["urn"],
                        "color": "raw",
                        "policyName": "load-balancers-are-internal",
                        "policyPackName": "apigw-private-security",
                        "policyPackVersion": "0.1.0",
                        "policyPackVersionTag": "0.1.0",
                        "enforcementLevel": "mandatory",
                        "message": "Load balancers behind private integrations are internal.\n"
                        "the load balancer faces the internet: set internal=True\n",
                    }
                }
            )
            if not preview:  # an update stops at the resource; a preview reports it and goes on
                events.append({"resOpFailedEvent": {"metadata": metadata, "status": 1, "steps": 0}})
        elif failing == "update" and typ.startswith("aws:lb"):
            events.append(
                {
                    "diagnosticEvent": {
                        "message": "<{%fg 1%}>creating ELBv2 Load Balancer: AccessDenied: not authorized<{%reset%}>\n",
                        "color": "raw",
                        "severity": "error",
                        "urn": metadata["urn"],
                    }
                }
            )
            events.append({"resOpFailedEvent": {"metadata": metadata, "status": 1, "steps": 0}})
        else:
            events.append({"resOutputsEvent": {"metadata": metadata, "planning": preview}})
    changes = {op: 1} if failing == "update" or (violates_policy and not preview) else {op: 2, "same": 1}
    events += [
        {"summaryEvent": {"maybeCorrupt": False, "durationSeconds": 2, "resourceChanges": changes, "PolicyPacks": {}}},
        {"cancelEvent": {}},
    ]
    stream_events(option(args, "--event-log"), events)
    if failing == "update" or violates_policy:
        print(f"{'Previewing' if preview else 'Updating'} ({stack})")
        return fail(f"error: {'preview' if preview else 'update'} failed")
    if not preview:
        config = (
            ((yaml.safe_load(stack_file(stack).read_text()) or {}).get("config") or {})
            if stack_file(stack).exists()
            else {}
        )
        region = config.get("aws:region", "us-east-1")
        suffix = "amazonaws.com.cn" if region.startswith("cn-") else "amazonaws.com"
        stage = config.get("apigw-private:stageName", "dev")
        outputs = (
            {
                "invokeUrl": f"https://abcde12345.execute-api.{region}.{suffix}/{stage}",
                "apiId": "abcde12345",
                "scenario": config.get("apigw-private:scenario", "rest-regional"),
            }
            if command != "destroy"
            else {}
        )
        with State() as stacks:
            stacks[stack] = {
                "outputs": outputs if command != "refresh" else stacks[stack]["outputs"],
                "changes": changes,
            }
    print(f"{'Previewing' if preview else 'Updating'} ({stack})")
    return 0


def stream_events(address: str | None, events: list[dict]) -> None:
    """Sends the events as the CLI does: JSON strings in `pulumirpc.Events/StreamEvents` requests."""
    if not address:
        return
    import grpc

    def encode(text: str) -> bytes:  # EventRequest{string event = 1}
        data, length, varint = text.encode(), len(text.encode()), b""
        while True:
            byte, length = length & 0x7F, length >> 7
            varint += bytes([byte | (0x80 if length else 0)])
            if not length:
                return b"\x0a" + varint + data

    requests = [json.dumps({"sequence": n, "timestamp": int(time.time()), **event}) for n, event in enumerate(events)]
    with grpc.insecure_channel(address.removeprefix("tcp://")) as channel:
        stream = channel.stream_unary(
            "/pulumirpc.Events/StreamEvents", request_serializer=encode, response_deserializer=lambda data: data
        )
        stream(iter(requests), timeout=10)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
