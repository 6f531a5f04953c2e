"""The keys a stack may set in the project namespace: the config contract of docs/design.md §1."""

from program.catalog import SCENARIO_NAMES

SCENARIOS = SCENARIO_NAMES

PROJECT = "apigw-private"
# The namespace of the aws provider's own config keys (`aws:region`, `aws:assumeRoles`): a provider's name,
# not a partition's.
PROVIDER = "aws"

# Keys a stack may set in the project namespace, and which of them are objects.
OBJECT_KEYS = ("network", "backend", "restApi", "httpApi", "logging", "endpointPolicy", "customDomain")
LIST_KEYS = ("consumers",)
STRING_KEYS = ("partition", "scenario", "stageName")
PROJECT_KEYS = STRING_KEYS + OBJECT_KEYS + LIST_KEYS
