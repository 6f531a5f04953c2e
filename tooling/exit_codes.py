"""The exit codes of deploy.py, which a pipeline branches on; `deploy_stack`'s errors carry them too."""

OK = 0
CONFIG = 2
CONCURRENT = 3
NOT_FOUND = 4
FAILED = 5
TOOLING = 6

MEANING = {
    OK: "success",
    CONFIG: "bad config: the stack file, --config, a missing passphrase or a missing --yes; nothing was changed",
    CONCURRENT: "another update of the stack is running (the backend holds its lock)",
    NOT_FOUND: "the stack does not exist in the backend",
    FAILED: "the engine ran and failed (a resource operation, the program, the backend)",
    TOOLING: "could not run: no Pulumi CLI or a too old one, or the offline mocks do not know a resource",
}


def describe(indent: str = "  ") -> str:
    return "\n".join(f"{indent}{code}  {meaning}" for code, meaning in MEANING.items())
