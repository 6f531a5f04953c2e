"""`endpointPolicy`: what the execute-api endpoints this stack creates may reach besides its own APIs."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, field_validator

from program.settings.arns import EXECUTE_API, arn_of
from program.settings.fields import Model


class EndpointPolicySettings(Model):
    """Every execute-api endpoint the program creates allows `execute-api:Invoke` on the APIs its VPC is
    meant to reach (the provider's; for a consumer, the APIs it consumes) and nothing else: AWS's default
    endpoint policy allows every API of every account.

    `additionalApiArns` widens that for a VPC whose clients call other private APIs through the same
    endpoint: execute-api ARNs in the stack's region (`arn:{partition}:execute-api:{region}:{account}:{apiId}/*`,
    or `*` for the API id to reach every API of that account). Defaults to none.
    """

    additional_api_arns: tuple[Annotated[str, arn_of(EXECUTE_API)], ...] = Field((), alias="additionalApiArns")

    @field_validator("additional_api_arns")
    @classmethod
    def _distinct(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        twice = next((arn for i, arn in enumerate(value) if arn in value[:i]), None)
        if twice:
            raise ValueError(f"lists {twice} twice")
        return value
