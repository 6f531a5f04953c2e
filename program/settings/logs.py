"""`logging`: access logs, execution logging and how long logs are kept."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from program.settings.fields import Model

# CloudWatch Logs accepts only these retention periods (PutRetentionPolicy).
LOG_RETENTION_DAYS = (
    1,
    3,
    5,
    7,
    14,
    30,
    60,
    90,
    120,
    150,
    180,
    365,
    400,
    545,
    731,
    1096,
    1827,
    2192,
    2557,
    2922,
    3288,
    3653,
)


class LoggingSettings(Model):
    access_logs: bool = Field(True, alias="accessLogs")
    execution_level: Literal["OFF", "ERROR", "INFO"] = Field("ERROR", alias="executionLevel")
    retention_in_days: int = Field(30, alias="retentionInDays")
    manage_account_role: bool = Field(True, alias="manageAccountRole")
    retain_on_delete: bool = Field(True, alias="retainOnDelete")
    """Keep the access- and execution-log groups when the stack is destroyed: request logs are audit data."""

    @field_validator("retention_in_days")
    @classmethod
    def _retention(cls, value: int) -> int:
        if value not in LOG_RETENTION_DAYS:
            raise ValueError(
                f"must be one of CloudWatch's periods ({', '.join(map(str, LOG_RETENTION_DAYS))}), got {value}"
            )
        return value
