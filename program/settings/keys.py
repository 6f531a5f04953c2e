"""The keys a stack may set in the project namespace: the config contract of DESIGN.md."""

PROJECT = "apigw-private"
SCENARIOS = ("rest-regional", "rest-private", "http-api", "cross-account", "chained")

# Keys a stack may set in the project namespace, and which of them are objects.
OBJECT_KEYS = ("network", "backend", "restApi", "httpApi", "logging", "customDomain")
LIST_KEYS = ("consumers",)
STRING_KEYS = ("partition", "scenario", "stageName")
PROJECT_KEYS = STRING_KEYS + OBJECT_KEYS + LIST_KEYS
