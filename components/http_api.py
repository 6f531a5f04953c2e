"""HttpApi: an HTTP API whose routes reach a private backend through a VPC link v2."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, Optional, Sequence

import pulumi
import pulumi_aws as aws

from .access_log import HTTP_ACCESS_LOG_FORMAT

DEFAULT_ROUTE = "$default"
DEFAULT_STAGE = "$default"
ROUTE_KEY_PATTERN = re.compile(r"^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|ANY) /\S*$")


@dataclass
class HttpApiArgs:
    vpc_link_id: pulumi.Input[str]
    """The VPC link v2 (`aws.apigatewayv2.VpcLink`, e.g. `VpcLinkV2.id`) to the backend."""
    integration_uri: pulumi.Input[str]
    """The ARN of an ALB or NLB listener, or of a Cloud Map service, in the link's VPC."""
    routes: Sequence[str] = (DEFAULT_ROUTE,)
    """Route keys such as `GET /items/{id}` or `ANY /{proxy+}`, all to the backend.
    Defaults to `$default`, which sends every request on."""
    authorization_type: Literal["AWS_IAM", "NONE"] = "AWS_IAM"
    """Every route's authorization: `AWS_IAM` requires SigV4-signed requests. Defaults to AWS_IAM."""
    stage_name: str = DEFAULT_STAGE
    """The stage, deployed automatically. `$default` serves at the API's root and passes the
    path on unchanged; any other name prefixes the URL, and its integration overwrites the
    backend path with the request's (else API Gateway would send the stage name on).
    Defaults to `$default`."""
    access_logs: bool = True
    """Write one JSON line per request to a CloudWatch log group. Defaults to on."""
    log_retention_in_days: int = 30
    """Retention of the access log group. Defaults to 30 days."""


class HttpApi(pulumi.ComponentResource):
    """An HTTP API (protocol HTTP) with one private integration, its routes and one stage.

    Creates the `aws.apigatewayv2.Api`, an `HTTP_PROXY` integration over the VPC link
    (method `ANY`, payload format 1.0, the only one a private integration supports), a
    Route per route key, a log group with a retention period and an auto-deployed Stage
    with access logs. HTTP APIs have no execution logs, so no account-wide logging role
    is needed.
    """

    id: pulumi.Output[str]
    api_endpoint: pulumi.Output[str]
    execution_arn: pulumi.Output[str]
    invoke_url: pulumi.Output[str]
    stage_name: pulumi.Output[str]

    def __init__(self, name: str, args: HttpApiArgs, opts: Optional[pulumi.ResourceOptions] = None):
        bad = [key for key in args.routes if key != DEFAULT_ROUTE and not ROUTE_KEY_PATTERN.match(key)]
        if bad or not args.routes or len(set(args.routes)) != len(args.routes):
            raise ValueError(f"`routes` must be distinct route keys such as 'GET /items/{{id}}' or '$default', "
                             f"got {list(args.routes)!r}")
        super().__init__("apigw-private:index:HttpApi", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)

        api = aws.apigatewayv2.Api(f"{name}-api", protocol_type="HTTP",
                                   description="apigw-private: HTTP API over a VPC link v2", opts=child)
        integration = aws.apigatewayv2.Integration(
            f"{name}-integration",
            api_id=api.id,
            integration_type="HTTP_PROXY",
            integration_method="ANY",
            connection_type="VPC_LINK",
            connection_id=args.vpc_link_id,
            integration_uri=args.integration_uri,
            payload_format_version="1.0",
            # A named stage would otherwise be sent to the backend as the first path segment.
            request_parameters=None if args.stage_name == DEFAULT_STAGE else {"overwrite:path": "$request.path"},
            opts=child,
        )
        target = pulumi.Output.concat("integrations/", integration.id)
        for key in args.routes:
            aws.apigatewayv2.Route(
                f"{name}-route-{key.replace(' ', '')}",
                api_id=api.id,
                route_key=key,
                target=target,
                authorization_type=args.authorization_type,
                opts=child,
            )

        access_log_settings = None
        if args.access_logs:
            access_log_group = aws.cloudwatch.LogGroup(
                f"{name}-access-logs", retention_in_days=args.log_retention_in_days, opts=child)
            access_log_settings = aws.apigatewayv2.StageAccessLogSettingsArgs(
                destination_arn=access_log_group.arn, format=HTTP_ACCESS_LOG_FORMAT)
        stage = aws.apigatewayv2.Stage(
            f"{name}-stage",
            api_id=api.id,
            name=args.stage_name,
            auto_deploy=True,
            access_log_settings=access_log_settings,
            opts=child,
        )

        self.id = api.id
        self.api_endpoint = api.api_endpoint
        self.execution_arn = api.execution_arn
        self.invoke_url = stage.invoke_url
        self.stage_name = stage.name
        self.register_outputs({"id": self.id, "invokeUrl": self.invoke_url, "stageName": self.stage_name})
