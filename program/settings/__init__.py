"""Stack config parsed once into typed, validated settings.

Every check runs here, before any resource is registered; each error names the
config key and says how to fix it. One module per config key (network, backend,
apis, consumers, logs, custom_domain), the whole config in `stack`, the reading of raw config in
`loading` and the checks across keys in `combinations`.
"""

from program.settings.consumers import DEFAULT_CONSUMER_ENTRY, PROVIDER_ENTRY, ConsumerSettings
from program.settings.keys import PROJECT, PROJECT_KEYS, SCENARIOS
from program.settings.loading import load_settings
from program.settings.stack import Settings

__all__ = ["DEFAULT_CONSUMER_ENTRY", "PROVIDER_ENTRY", "PROJECT", "PROJECT_KEYS", "SCENARIOS", "ConsumerSettings",
           "Settings", "load_settings"]
