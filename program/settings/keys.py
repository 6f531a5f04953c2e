"""The keys a stack may set in the project namespace: the config contract of docs/design.md §1."""


PROJECT = "apigw-private"
from program.catalog import SCENARIO_NAMES as SCENARIOS

# Keys a stack may set in the project namespace, and which of them are objects.
OBJECT_KEYS = ("network", "backend", "restApi", "httpApi", "logging", "customDomain")
LIST_KEYS = ("consumers",)
STRING_KEYS = ("partition", "scenario", "stageName")
PROJECT_KEYS = STRING_KEYS + OBJECT_KEYS + LIST_KEYS
