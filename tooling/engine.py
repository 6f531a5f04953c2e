"""The real engine, through the Pulumi Automation API.

`deploy.py preview|up|destroy|refresh|outputs|rollout` and `deploy_stack` (for
embedding in a portal or a pipeline) run here. They run the very same program
as `pulumi up` in the project directory: `program.main.main`, as an inline
program, after the stack's config has been validated offline (so a config error
stops before the engine starts).

Each run gets a workspace of its own, a fresh directory holding a copy of the
project's `Pulumi.yaml` (its declared config defaults apply as under the CLI)
and of the stack file `Pulumi.<stack>.yaml` as it is (secure values, encryption
salt and secrets provider included). `--config` overrides are then set with one
`pulumi config set-all` on that copy: the checked-in stack file is never
written. Stacks running at once (a rollout) share nothing but the backend.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping, Optional, Sequence

import yaml
from pulumi import automation as auto

from program import main as program_main
from program.errors import ConfigError
from program.scenarios import builder_for
from program.settings import PROJECT, Settings, load_settings
from tooling import config_keys, exit_codes
from tooling.stack_files import PROJECT_DIR, project_defaults, stack_config

EXIT_OK, EXIT_CONFIG, EXIT_CONCURRENT = exit_codes.OK, exit_codes.CONFIG, exit_codes.CONCURRENT
EXIT_NOT_FOUND, EXIT_FAILED, EXIT_TOOLING = exit_codes.NOT_FOUND, exit_codes.FAILED, exit_codes.TOOLING

OPERATIONS = ("preview", "up", "destroy", "refresh", "outputs")
CHANGING = ("up", "destroy", "refresh")
"""Operations that change resources or state: they run after a preview and a yes, or with --yes."""
_CREATES_STACK = ("preview", "up")
_VERBS = {
    "preview": "Preview",
    "up": "Update",
    "destroy": "Destroy",
    "refresh": "Refresh",
    "outputs": "Reading outputs",
}
POLICY_PACK = "policy"
"""The project's CrossGuard policy pack, in the project directory: its security rules fail a preview or
an update that breaks them."""
_DIY_SCHEMES = ("file://", "s3://", "azblob://", "gs://")
_PASSPHRASE_VARIABLES = ("PULUMI_CONFIG_PASSPHRASE", "PULUMI_CONFIG_PASSPHRASE_FILE")

log = logging.getLogger(__name__)


# -- errors, each with the exit code a pipeline branches on ----------------------------------------


class EngineError(Exception):
    """The engine could not do what was asked; `exit_code` says why."""

    exit_code = EXIT_FAILED

    def __init__(self, message: str, stack: Optional[str] = None):
        super().__init__(message)
        self.stack = stack


class ConcurrentUpdate(EngineError):
    exit_code = EXIT_CONCURRENT


class StackNotFound(EngineError):
    exit_code = EXIT_NOT_FOUND


class UpdateFailed(EngineError):
    exit_code = EXIT_FAILED


class ToolingError(EngineError):
    exit_code = EXIT_TOOLING


def exit_code_of(error: BaseException) -> int:
    if isinstance(error, ConfigError):
        return EXIT_CONFIG
    if isinstance(error, EngineError):
        return error.exit_code
    return EXIT_TOOLING


# -- what to run ---------------------------------------------------------------------------------------


@dataclass
class Target:
    """One stack and the config it runs with."""

    stack: str
    stack_file: Optional[Path]
    """Copied into the workspace as it is; None for a stack configured by `overrides` alone."""
    overrides: dict[str, str] = field(default_factory=dict)
    """Namespaced keys set with `pulumi config set-all` on top of the stack file."""
    settings: Optional[Settings] = None
    """The config validated offline; None where the program does not run (destroy, outputs)."""
    secrets_provider: Optional[str] = None

    @property
    def file_name(self) -> str:
        return f"Pulumi.{self.stack.rsplit('/', 1)[-1]}.yaml"

    @property
    def region(self) -> Optional[str]:
        if self.settings is not None:
            return self.settings.region
        if "aws:region" in self.overrides:
            return self.overrides["aws:region"]
        if self.stack_file is not None and self.stack_file.exists():
            return ((yaml.safe_load(self.stack_file.read_text()) or {}).get("config") or {}).get("aws:region")
        return None


def validate(config: Mapping[str, str]) -> Settings:
    """Settings from a stack's whole config, or ConfigError: what the program would refuse."""
    settings = load_settings(config)
    builder_for(settings)
    return settings


def stack_target(
    stack: str, overrides: Optional[Mapping[str, str]] = None, *, operation: str = "up", project_dir: Path = PROJECT_DIR
) -> Target:
    """A stack of this project: its stack file plus `overrides` (namespaced, checked).

    Where the program runs (preview, up) the stack file must exist and the config
    must be valid; destroy, refresh and outputs need neither (they work from the
    stack's state, and a stack created by an embedding caller has no stack file here).
    """
    overrides = dict(overrides or {})
    file_name = Target(stack, None).file_name  # `org/project/dev` (Pulumi Cloud) reads Pulumi.dev.yaml
    path = project_dir / file_name
    settings = None
    if operation in _CREATES_STACK:
        settings = validate(stack_config(file_name[len("Pulumi.") : -len(".yaml")], overrides, project_dir))
    stack_file = path if path.exists() else None
    provider = (yaml.safe_load(path.read_text()) or {}).get("secretsprovider") if stack_file else None
    return Target(stack, stack_file, overrides, settings, provider)


def embedded_target(
    stack: str,
    region: str,
    config: Optional[Mapping[str, Any]] = None,
    *,
    secrets_provider: Optional[str] = None,
    project_dir: Path = PROJECT_DIR,
) -> Target:
    """A stack configured by a caller: `region` and `config` are its whole config (on top of
    Pulumi.yaml's defaults); the project's stack files are not read."""
    overrides = config_keys.normalize(config or {}, source="config")
    if overrides.get("aws:region", region) != region:
        raise ConfigError(
            f"config: `aws:region` {overrides['aws:region']!r} contradicts region {region!r}; give the region once"
        )
    overrides = {"aws:region": region, **overrides}
    settings = validate({**project_defaults(project_dir), **overrides})
    return Target(stack, None, overrides, settings, secrets_provider)


# -- progress ------------------------------------------------------------------------------------------

_PAST = {
    "create": "created",
    "update": "updated",
    "delete": "deleted",
    "replace": "replaced",
    "same": "unchanged",
    "read": "read",
    "refresh": "refreshed",
    "import": "imported",
    "discard": "discarded",
}
_FUTURE = {
    "create": "to create",
    "update": "to update",
    "delete": "to delete",
    "replace": "to replace",
    "same": "unchanged",
    "read": "to read",
    "refresh": "to refresh",
    "import": "to import",
    "discard": "to discard",
}
_QUIET_OPS = ("same", "read")
_COLOR_TAGS = re.compile(r"<\{%[^%]*%\}>")


def duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    return f"{minutes}m{seconds:02d}s" if minutes < 60 else f"{minutes // 60}h{minutes % 60:02d}m{seconds:02d}s"


def change_summary(changes: Mapping[str, int], *, planned: bool) -> str:
    words = _FUTURE if planned else _PAST
    parts = [f"{count} {words[op]}" for op, count in changes.items() if op in words and count]
    return ", ".join(parts) or "no changes"


def _where(urn: Optional[str]) -> str:
    """` (name)` of the resource an event is about, or nothing for the stack as a whole."""
    return f" ({urn.rsplit('::', 1)[-1]})" if urn else ""


class Progress:
    """Turns engine events into one line per resource event (op, status, type, name), per
    error or warning, and per policy violation."""

    def __init__(self, write: Callable[[str], None], *, prefix: str = "", planning: bool = False):
        self.write = write
        self.prefix = prefix
        self.planning = planning
        self.started: dict[str, float] = {}
        self.changes: dict[str, int] = {}

    def line(self, op: str, status: str, metadata: Any, detail: str = "") -> None:
        name = metadata.urn.rsplit("::", 1)[-1]
        self.write(f"{self.prefix}{op:<8} {status:<8} {metadata.type}  {name}{'  ' + detail if detail else ''}")

    def on_event(self, event: auto.EngineEvent) -> None:
        if event.resource_pre_event is not None:
            metadata = event.resource_pre_event.metadata
            if not self._shown(metadata):
                return
            if self.planning or event.resource_pre_event.planning:
                self.line(metadata.op.value, "planned", metadata)
            else:
                self.started[metadata.urn] = time.monotonic()
                self.line(metadata.op.value, "started", metadata)
        elif event.res_outputs_event is not None:
            metadata = event.res_outputs_event.metadata
            if self._shown(metadata) and not (self.planning or event.res_outputs_event.planning):
                began = self.started.pop(metadata.urn, None)
                self.line(metadata.op.value, "done", metadata, duration(time.monotonic() - began) if began else "")
        elif event.res_op_failed_event is not None:
            metadata = event.res_op_failed_event.metadata
            self.line(metadata.op.value, "failed", metadata)
        elif event.diagnostic_event is not None and event.diagnostic_event.severity in ("error", "warning"):
            diagnostic = event.diagnostic_event
            message = _COLOR_TAGS.sub("", diagnostic.message).strip()
            if message:
                self.write(f"{self.prefix}{diagnostic.severity}{_where(diagnostic.urn)}: {message}")
        elif event.policy_event is not None:
            policy = event.policy_event
            message = "; ".join(
                line.strip() for line in _COLOR_TAGS.sub("", policy.message).splitlines() if line.strip()
            )
            self.write(
                f"{self.prefix}policy {policy.enforcement_level}{_where(policy.resource_urn)}: "
                f"{policy.policy_name}: {message}"
            )
        elif event.summary_event is not None:
            self.changes = _counts(event.summary_event.resource_changes)

    @staticmethod
    def _shown(metadata: Any) -> bool:
        return (
            metadata.op.value not in _QUIET_OPS
            and metadata.type != "pulumi:pulumi:Stack"
            and not metadata.type.startswith("pulumi:providers:")
        )


# -- results -------------------------------------------------------------------------------------------


@dataclass
class Result:
    stack: str
    operation: str
    region: Optional[str]
    status: str
    """succeeded, failed or cancelled (declined at the prompt)."""
    exit_code: int
    seconds: float
    changes: dict[str, int] = field(default_factory=dict)
    outputs: dict[str, Any] = field(default_factory=dict)
    error: Optional[str] = None

    def as_json(self) -> dict[str, Any]:
        return {
            "stack": self.stack,
            "operation": self.operation,
            "region": self.region,
            "status": self.status,
            "exitCode": self.exit_code,
            "durationSeconds": round(self.seconds, 1),
            "changes": self.changes,
            "outputs": self.outputs,
            "error": self.error,
        }


def result_table(results: Sequence[Result]) -> str:
    """One row per stack: stack, region, status, duration, the invoke URL or the error."""
    rows = [("STACK", "REGION", "STATUS", "DURATION", "RESULT")]
    for r in results:
        status = r.status if r.exit_code == EXIT_OK else f"{r.status} ({r.exit_code})"
        outcome = (
            r.outputs.get("invokeUrl", change_summary(r.changes, planned=r.operation == "preview"))
            if r.exit_code == EXIT_OK
            else (r.error or "").splitlines()[0]
            if r.error
            else ""
        )
        rows.append((r.stack, r.region or "-", status, duration(r.seconds), str(outcome)))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    return (
        "\n".join("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:4])) + "  " + row[4] for row in rows)
        + "\n"
    )


# -- the engine ----------------------------------------------------------------------------------------


def policy_pack_paths(packs: Optional[Sequence[Path]], project_dir: Path = PROJECT_DIR) -> list[str]:
    """Absolute paths of `packs` (the project's own when None), as the CLI in a temporary workspace needs them."""
    if isinstance(packs, (str, Path)):
        raise TypeError(f"policy_packs takes a list of policy pack directories, got {packs!r}; write [{packs!r}]")
    return [str(Path(pack).resolve()) for pack in ([project_dir / POLICY_PACK] if packs is None else packs)]


def resolve_backend(url: Optional[str], project_dir: Path = PROJECT_DIR) -> str:
    """`url`, else $PULUMI_BACKEND_URL, else a local file backend inside the project."""
    url = url or os.environ.get("PULUMI_BACKEND_URL") or f"file://{project_dir / '.pulumi-state'}"
    if url.startswith("file://"):
        Path(url[len("file://") :]).expanduser().mkdir(parents=True, exist_ok=True)
    return url


def check_passphrase(backend: str, secrets_provider: Optional[str], env: Mapping[str, str]) -> None:
    """File and bucket backends keep secrets with a passphrase unless the stack names another
    secrets provider; without one the CLI would stop asking for it, so say so up front."""
    if not backend.startswith(_DIY_SCHEMES):
        return
    if secrets_provider and not secrets_provider.startswith("passphrase"):
        return
    if any(name in env for name in _PASSPHRASE_VARIABLES):
        return
    raise ConfigError(
        f"the backend {backend} protects the stack's secrets with a passphrase: set "
        f"PULUMI_CONFIG_PASSPHRASE (or PULUMI_CONFIG_PASSPHRASE_FILE, a file holding it) in the "
        f"environment, the same one every time for this stack"
    )


class Engine:
    """Runs operations on stacks in one backend; previews and updates run `policy_packs`
    (by default the project's own, `policy/`; `[]` for none), and a mandatory violation fails them.

    `write` receives every progress line; it may be called from several threads at
    once during a rollout, and is serialized here.
    """

    def __init__(
        self,
        *,
        backend_url: Optional[str] = None,
        project_dir: Path = PROJECT_DIR,
        pulumi_command: Optional[auto.PulumiCommand] = None,
        write: Optional[Callable[[str], None]] = None,
        policy_packs: Optional[Sequence[Path]] = None,
    ):
        self.project_dir = project_dir
        self.backend = resolve_backend(backend_url, project_dir)
        self.policy_packs = policy_pack_paths(policy_packs, project_dir)
        self._command = pulumi_command
        self._write = write or log.info
        self._lock = threading.Lock()

    def write(self, line: str) -> None:
        with self._lock:
            self._write(line)

    @property
    def command(self) -> auto.PulumiCommand:
        with self._lock:
            if self._command is None:
                try:
                    self._command = auto.PulumiCommand()
                except FileNotFoundError:
                    raise ToolingError(
                        "the Pulumi CLI is not on PATH; install it (see pulumi.com/docs/install) "
                        "or run deploy.py plan, which needs none"
                    ) from None
                except (auto.InvalidVersionError, subprocess.CalledProcessError) as error:
                    raise ToolingError(f"the Pulumi CLI cannot be used: {error}") from None
            return self._command

    def run(
        self,
        operation: str,
        target: Target,
        *,
        yes: bool = False,
        confirm: Optional[Callable[[str], bool]] = None,
        prefix: str = "",
    ) -> Result:
        """Runs `operation` on `target`; raises ConfigError or EngineError (with its exit code).

        A changing operation without `yes` previews first and goes on only if
        `confirm(question)` says so; with neither it is refused before anything runs.
        """
        if operation not in OPERATIONS:
            raise ValueError(f"unknown operation {operation!r}")
        if operation in CHANGING and not yes and confirm is None:
            raise ConfigError(f"{operation} changes the stack and there is no terminal to ask on: pass --yes")
        check_passphrase(self.backend, target.secrets_provider, os.environ)
        began = time.monotonic()
        work_dir = Path(tempfile.mkdtemp(prefix=f"{PROJECT}-{re.sub(r'[^A-Za-z0-9_.-]', '-', target.stack)}-"))
        try:
            stack = self._stack(target, work_dir, create=operation in _CREATES_STACK)
            if operation in CHANGING and not yes:
                assert confirm is not None  # refused above without one
                self._do(stack, f"preview-{operation}", Progress(self.write, prefix=prefix, planning=True))
                if not confirm(f"Do you want to perform this {operation} of {target.stack}? [y/N] "):
                    self.write(f"{prefix}{_VERBS[operation]} of {target.stack} cancelled: no resource was changed")
                    return Result(
                        target.stack, operation, target.region, "cancelled", EXIT_OK, time.monotonic() - began
                    )
            progress = Progress(self.write, prefix=prefix, planning=operation == "preview")
            changes, outputs = self._do(stack, operation, progress)
        except auto.ConcurrentUpdateError as error:
            raise ConcurrentUpdate(
                f"stack {target.stack}: another update is running (the backend holds its lock); wait for it and "
                f"retry. If none is running the lock is stale: `pulumi cancel` on Pulumi Cloud, or remove it from "
                f"the backend's .pulumi/locks/ on a file or bucket backend. {_cli_error(error)}",
                target.stack,
            ) from None
        except auto.StackNotFoundError:
            raise StackNotFound(
                f"stack {target.stack} does not exist in {self.backend}; check the stack name "
                f"and the backend (--backend, PULUMI_BACKEND_URL)",
                target.stack,
            ) from None
        except auto.CommandError as error:
            elapsed = duration(time.monotonic() - began)
            self.write(f"{prefix}{_VERBS[operation]} of {target.stack} failed after {elapsed}")
            raise UpdateFailed(
                f"pulumi {operation} failed for stack {target.stack}: {_cli_error(error)}", target.stack
            ) from None
        finally:
            shutil.rmtree(work_dir, ignore_errors=True)
        seconds = time.monotonic() - began
        planned = operation == "preview"
        if operation != "outputs":
            self.write(
                f"{prefix}{_VERBS[operation]} of {target.stack}: {change_summary(changes, planned=planned)} "
                f"in {duration(seconds)}"
            )
        return Result(target.stack, operation, target.region, "succeeded", EXIT_OK, seconds, changes, outputs)

    def rollout(self, targets: Sequence[Target], *, operation: str = "up", concurrency: int = 2) -> list[Result]:
        """`operation` on every target, at most `concurrency` at once; a failure stops only its own stack."""
        if concurrency < 1:
            raise ConfigError(f"--concurrency must be 1 or more, got {concurrency}")

        def one(target: Target) -> Result:
            began = time.monotonic()
            try:
                return self.run(operation, target, yes=True, prefix=f"[{target.stack}] ")
            except (ConfigError, EngineError) as error:
                self.write(f"[{target.stack}] error: {error}")
                return Result(
                    target.stack,
                    operation,
                    target.region,
                    "failed",
                    exit_code_of(error),
                    time.monotonic() - began,
                    error=str(error),
                )

        with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="rollout") as pool:
            return list(pool.map(one, targets))

    # -- internals ---------------------------------------------------------------------------------

    def _stack(self, target: Target, work_dir: Path, *, create: bool) -> auto.Stack:
        project = yaml.safe_load((self.project_dir / "Pulumi.yaml").read_text())
        project["main"] = str(self.project_dir)
        runtime = project.get("runtime")
        if isinstance(runtime, dict) and (runtime.get("options") or {}).get("virtualenv"):
            runtime["options"]["virtualenv"] = str(self.project_dir / runtime["options"]["virtualenv"])
        (work_dir / "Pulumi.yaml").write_text(yaml.safe_dump(project, sort_keys=False))
        if target.stack_file is not None:
            shutil.copyfile(target.stack_file, work_dir / target.file_name)
        workspace = auto.LocalWorkspace(
            work_dir=str(work_dir),
            program=program_main.main,
            env_vars={
                "PULUMI_BACKEND_URL": self.backend,
                # A fresh workspace has no stack file for a stack created elsewhere (an embedding
                # caller's); the passphrase salt is then read from the stack's state.
                "PULUMI_FALLBACK_TO_STATE_SECRETS_MANAGER": "true",
                "PULUMI_SKIP_UPDATE_CHECK": "true",
            },
            secrets_provider=target.secrets_provider,
            pulumi_command=self.command,
        )
        stack = (auto.Stack.create_or_select if create else auto.Stack.select)(target.stack, workspace)
        if target.overrides:
            stack.set_all_config({key: auto.ConfigValue(value) for key, value in target.overrides.items()})
        return stack

    def _do(self, stack: auto.Stack, operation: str, progress: Progress) -> tuple[dict[str, int], dict[str, Any]]:
        """Runs one Automation API operation: (resource changes, stack outputs)."""
        streamed: dict[str, Any] = {"color": "never", "on_event": progress.on_event}
        checked = {**streamed, "policy_packs": self.policy_packs}
        if operation == "preview" or operation == "preview-up":
            return _counts(stack.preview(**checked).change_summary), {}
        if operation == "preview-destroy":
            return _counts(stack.preview_destroy(**streamed).change_summary), {}
        if operation == "preview-refresh":
            return _counts(stack.preview_refresh(**streamed).change_summary), {}
        if operation == "outputs":
            return {}, {key: output.value for key, output in stack.outputs().items()}
        result = getattr(stack, operation)(**(checked if operation == "up" else streamed))
        changes = dict(getattr(result.summary, "resource_changes", None) or progress.changes or {})
        outputs = {key: output.value for key, output in result.outputs.items()} if operation == "up" else {}
        return changes, outputs


def _counts(changes: Optional[Mapping[auto.OpType, int]]) -> dict[str, int]:
    """Resource changes by operation, keyed by its name (an OpType is a str)."""
    return {op: count for op, count in (changes or {}).items()}


def _cli_error(error: auto.CommandError) -> str:
    """The CLI's own error lines from a CommandError, without its stdout dump."""
    text = str(error)
    stderr = text.split("\n stderr: ", 1)[-1] if "\n stderr: " in text else text
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    errors = [line for line in lines if line.lower().startswith("error:")]
    return " ".join(errors or lines[-3:])


# -- embedding -----------------------------------------------------------------------------------------


def deploy_stack(
    stack: str,
    *,
    region: str,
    config: Optional[Mapping[str, Any]] = None,
    backend_url: Optional[str] = None,
    secrets_provider: Optional[str] = None,
    pulumi_command: Optional[auto.PulumiCommand] = None,
    on_line: Optional[Callable[[str], None]] = None,
    policy_packs: Optional[Sequence[Path]] = None,
) -> dict[str, Any]:
    """Creates or updates `stack` in `region` with `config` and returns its outputs.

    `config` keys are bare (`scenario`) or namespaced (`aws:profile`) as `pulumi
    config set` takes them; objects and lists may be given as Python values.
    `backend_url` defaults to $PULUMI_BACKEND_URL, else the project's
    `.pulumi-state`. Progress lines go to `on_line`, else to this module's logger.
    `policy_packs` (directories) run on the update: by default the project's `policy/`;
    pass a list with yours, or an empty one for none.

    Raises ConfigError (bad config, found before the engine starts) or an
    EngineError: ConcurrentUpdate, StackNotFound, UpdateFailed, ToolingError, each
    with the `exit_code` deploy.py would use.
    """
    target = embedded_target(stack, region, config, secrets_provider=secrets_provider)
    engine = Engine(backend_url=backend_url, pulumi_command=pulumi_command, write=on_line, policy_packs=policy_packs)
    return engine.run("up", target, yes=True).outputs
