"""`customDomain`: a custom domain name in front of the API (private for PRIVATE APIs, Regional otherwise)."""

from __future__ import annotations

from typing import Annotated, Optional

from pydantic import Field, field_validator

from program.settings.arns import ACM_CERTIFICATE, arn_of
from program.settings.fields import Model, matches, shown

_DNS_LABEL = r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?"
# A base path segment as API Gateway accepts it (aws-cdk base-path-mapping.ts); segments join with single '/'.
_BASE_PATH_SEGMENT = r"[A-Za-z0-9$_.+!*'()-]+"
# Route 53 hosted zone ids: 'Z' and upper-case letters and digits, 32 characters at most.
_HOSTED_ZONE_ID = r"Z[A-Z0-9]{1,31}"
# S3 bucket names: 3 to 63 lower-case letters, digits, '.' and '-', starting and ending with a letter or digit.
_TRUSTSTORE_URI = r"s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/[!-~]+"


def check_dns_name(value: str) -> str:
    """A fully qualified DNS name as API Gateway and ACM take it: lower-case ASCII labels of 1 to 63
    letters, digits and '-' (not at either end), at least two labels, 253 characters at most."""
    if not value.isascii():
        raise ValueError(
            f"must be ASCII; write an internationalised name in its xn-- (punycode) form, got {shown(value)}"
        )
    if value != value.lower():
        raise ValueError(f"must be lower case, as API Gateway stores it: {value.lower()!r}, got {shown(value)}")
    labels = value.split(".")
    if (
        len(value) > 253
        or len(labels) < 2
        or not all(matches(_DNS_LABEL, label) for label in labels)
        or labels[-1].isdigit()
    ):
        raise ValueError(
            f"must be a DNS name such as api.example.com (labels of 1 to 63 letters, digits and '-', "
            f"not starting or ending with '-'; 253 characters at most), got {shown(value)}"
        )
    return value


class MutualTlsSettings(Model):
    """Mutual TLS on a Regional custom domain: clients present certificates the truststore's CAs issued."""

    truststore_uri: str = Field(alias="truststoreUri")
    truststore_version: Optional[str] = Field(None, alias="truststoreVersion")

    @field_validator("truststore_uri")
    @classmethod
    def _truststore_uri(cls, value: str) -> str:
        if not matches(_TRUSTSTORE_URI, value):
            raise ValueError(
                f"must be the S3 URI of a PEM truststore such as s3://my-bucket/truststore.pem, got {shown(value)}"
            )
        return value

    @field_validator("truststore_version")
    @classmethod
    def _truststore_version(cls, value: str) -> str:
        if not matches(r"[!-~]{1,1024}", value):
            raise ValueError(
                f"must be the S3 version id of the truststore object (the bucket needs versioning), got {shown(value)}"
            )
        return value


class CustomDomainSettings(Model):
    """A custom domain name for the stack's API. Absent: no custom domain."""

    domain_name: str = Field(alias="domainName")
    certificate_arn: Annotated[str, arn_of(ACM_CERTIFICATE)] = Field(alias="certificateArn")
    """An ACM certificate of the stack's partition and region (API Gateway takes one of the API's own region)."""
    base_path: Optional[str] = Field(None, alias="basePath")
    """The path the API is served under; left out, at the domain's root."""
    hosted_zone_id: Optional[str] = Field(None, alias="hostedZoneId")
    """A Route 53 zone to hold the alias record; left out, a private API gets a private hosted zone per VPC and a
    Regional API gets no record (point your DNS at the domain's regional name)."""
    mutual_tls: Optional[MutualTlsSettings] = Field(None, alias="mutualTls")
    execute_api_endpoint: Optional[bool] = Field(None, alias="executeApiEndpoint")
    """Whether the API's default `execute-api` endpoint keeps serving (Regional REST and HTTP APIs only).
    Defaults to on, and to off with mutualTls, which clients could otherwise bypass."""

    organization_sharing: bool = Field(False, alias="organizationSharing")
    """Whether the consumer accounts are in this account's AWS Organization with RAM sharing within it turned on:
    shares of a private name are then accepted automatically and admit no outside account. Defaults to false:
    the share admits outside accounts and each consumer's provider accepts it."""

    _check_domain_name = field_validator("domain_name")(lambda value: check_dns_name(value))

    @field_validator("base_path")
    @classmethod
    def _base_path(cls, value: str) -> str:
        if (
            value.startswith("/")
            or value.endswith("/")
            or "//" in value
            or not all(matches(_BASE_PATH_SEGMENT, segment) for segment in value.split("/"))
        ):
            raise ValueError(
                f"must be segments of letters, digits and $-_.+!*'() joined by single '/', without a "
                f"leading or trailing '/' (such as orders or orders/v1), got {shown(value)}"
            )
        return value

    @field_validator("hosted_zone_id")
    @classmethod
    def _hosted_zone_id(cls, value: str) -> str:
        if not matches(_HOSTED_ZONE_ID, value):
            raise ValueError(
                f"must be a Route 53 hosted zone id such as Z0123456789ABCDEFGHIJ (without "
                f"/hostedzone/), got {shown(value)}"
            )
        return value

    @property
    def serves_execute_api_endpoint(self) -> bool:
        if self.execute_api_endpoint is not None:
            return self.execute_api_endpoint
        return self.mutual_tls is None
