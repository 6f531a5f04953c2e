"""The one error a user sees for bad input."""

import re

import pulumi

# Control characters (a newline in a value, a tab) would break the one line a refusal is: shown escaped.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class ConfigError(pulumi.RunError):
    """Bad stack config: one line that names the key and the fix.

    A `pulumi.RunError`, so the Pulumi CLI prints the message alone, without a
    Python traceback through Pulumi internals. Any control character in the
    message (a value quoted as it was given) is escaped, so a refusal never
    spans two lines.
    """

    def __init__(self, message: str):
        super().__init__(_CONTROL.sub(lambda match: repr(match.group())[1:-1], str(message)))
