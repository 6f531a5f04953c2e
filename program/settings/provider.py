"""The aws provider keys the program reads itself (`aws:profile`, `aws:sharedConfigFiles`,
`aws:sharedCredentialsFiles`, `aws:assumeRoles`): a provider it creates, such as a consumer's,
starts from the same credentials as the stack's own, so their shapes are checked here too."""

from __future__ import annotations

import json
from typing import Annotated, Iterator, Optional

from pydantic import AfterValidator, Field, field_validator

from program.settings.arns import IAM_POLICY, IAM_ROLE, arn_of
from program.settings.fields import Model, check_text, matches, shown

_STS_NAME = r"[A-Za-z0-9+=,.@_-]{2,64}"  # STS AssumeRole: RoleSessionName and SourceIdentity
_GO_DURATION = r"([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+"


def _check_sts_name(value: str) -> str:
    if not matches(_STS_NAME, value):
        raise ValueError(f"must be 2 to 64 letters, digits or '+=,.@_-', got {shown(value)}")
    return value


def _check_policy(value: str) -> str:
    try:
        document = json.loads(value)
    except ValueError:
        document = None
    if not isinstance(document, dict):
        raise ValueError(f"must be an IAM policy document as JSON text, got {shown(value)}")
    return value


def _check_file(value: str) -> str:
    return check_text(value, "a file path")


class AssumeRoleSettings(Model):
    """One `aws:assumeRoles` entry. `aws.ProviderAssumeRoleArgs(**role)` takes it as it is: its keys are the
    snake_case names of the fields the stack set."""

    role_arn: Annotated[str, arn_of(IAM_ROLE)] = Field(alias="roleArn")
    session_name: Optional[Annotated[str, AfterValidator(_check_sts_name)]] = Field(None, alias="sessionName")
    external_id: Optional[Annotated[str, AfterValidator(lambda value: check_text(value, "an external id"))]] = Field(
        None, alias="externalId"
    )
    duration: Optional[str] = None
    policy: Optional[Annotated[str, AfterValidator(_check_policy)]] = None
    policy_arns: Optional[tuple[Annotated[str, arn_of(IAM_POLICY)], ...]] = Field(None, alias="policyArns")
    source_identity: Optional[Annotated[str, AfterValidator(_check_sts_name)]] = Field(None, alias="sourceIdentity")
    tags: Optional[dict[str, str]] = None
    transitive_tag_keys: Optional[tuple[str, ...]] = Field(None, alias="transitiveTagKeys")

    @field_validator("duration")
    @classmethod
    def _duration(cls, value: str) -> str:
        if not matches(_GO_DURATION, value):
            raise ValueError(f"must be a duration such as 1h or 15m, got {shown(value)}")
        return value

    def keys(self) -> Iterator[str]:
        return iter(sorted(self.model_fields_set))

    def __getitem__(self, field: str):
        return getattr(self, field)


class AwsProviderSettings(Model):
    """How the stack's own `aws` provider gets its credentials."""

    profile: Optional[Annotated[str, AfterValidator(lambda value: check_text(value, "a profile name"))]] = None
    shared_config_files: Optional[tuple[Annotated[str, AfterValidator(_check_file)], ...]] = Field(
        None, alias="sharedConfigFiles"
    )
    shared_credentials_files: Optional[tuple[Annotated[str, AfterValidator(_check_file)], ...]] = Field(
        None, alias="sharedCredentialsFiles"
    )
    assume_roles: tuple[AssumeRoleSettings, ...] = Field((), alias="assumeRoles")
    """`aws:assumeRoles`, in the order the provider assumes them."""
