"""Stack config parsed once into typed, validated settings.

Every check runs here, before any resource is registered; each error names the
config key and says how to fix it, in one line. One module per config key (network,
backend, apis, consumers, logs, endpoint_policy, custom_domain, and provider for the aws provider
keys the program reads), one module per kind of value that several keys take
(`fields`: names, ids, numbers, CIDR ranges; `arns`; `paths`: route paths and URLs),
the whole config in `stack`, the reading of raw config in `loading` and the checks
across keys in `combinations`.
"""

from program.settings.consumers import DEFAULT_CONSUMER_ENTRY, PROVIDER_ENTRY, ConsumerSettings
from program.settings.keys import PROJECT, PROJECT_KEYS, SCENARIOS
from program.settings.loading import load_settings
from program.settings.stack import Settings

__all__ = [
    "DEFAULT_CONSUMER_ENTRY",
    "PROVIDER_ENTRY",
    "PROJECT",
    "PROJECT_KEYS",
    "SCENARIOS",
    "ConsumerSettings",
    "Settings",
    "load_settings",
]
