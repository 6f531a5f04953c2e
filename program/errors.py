"""The one error a user sees for bad input."""

import pulumi


class ConfigError(pulumi.RunError):
    """Bad stack config: the message names the key and the fix.

    A `pulumi.RunError`, so the Pulumi CLI prints the message alone, without a
    Python traceback through Pulumi internals.
    """
