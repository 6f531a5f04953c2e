"""HttpApi: an HTTP API whose routes reach a private backend through a VPC link v2."""

import re
from enum import Enum
from typing import Optional, Required, Sequence, TypedDict

import pulumi
import pulumi_aws as aws

from ._numbers import whole_number
from .access_log import HTTP_ACCESS_LOG_FORMAT
from .references import LoadBalancerReference, VpcLinkReference, VpcLinkVersion
from .rest_api import ThrottlingArgs

DEFAULT_ROUTE = "$default"
DEFAULT_STAGE = "$default"
ROUTE_KEY_PATTERN = re.compile(r"(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|ANY) /[!-~]*")


class HttpAuthorization(str, Enum):
    """How every route authorizes a call."""

    NONE = "NONE"
    AWS_IAM = "AWS_IAM"


class HttpApiArgs(TypedDict, total=False):
    """The private backend of an HTTP API, its routes and its stage."""

    vpc_link: Required[VpcLinkReference]
    """The VPC link v2 (a `VpcLinkV2`'s `reference`, or `existing_vpc_link(id, "v2")`) to the backend."""
    load_balancer: LoadBalancerReference
    """The internal ALB or NLB in front of the service; the integration targets its `listener_arn`.
    Give `load_balancer` or `cloud_map_service_arn`. Defaults to none."""
    cloud_map_service_arn: pulumi.Input[str]
    """A Cloud Map service whose instances register IP addresses and ports (not offered in China).
    Give `load_balancer` or `cloud_map_service_arn`. Defaults to none."""
    routes: Sequence[str]
    """Route keys such as `GET /items/{id}` or `ANY /{proxy+}`, all to the backend.
    Defaults to `$default`, which sends every request on."""
    authorization_type: HttpAuthorization
    """Every route's authorization: `AWS_IAM` requires SigV4-signed requests. Defaults to AWS_IAM."""
    stage_name: str
    """The stage, deployed automatically. `$default` serves at the API's root and passes the
    path on unchanged; any other name prefixes the URL, and its integration overwrites the
    backend path with the request's (else API Gateway would send the stage name on).
    Defaults to `$default`."""
    access_logs: bool
    """Write one JSON line per request to a CloudWatch log group. Defaults to on."""
    log_retention_in_days: int
    """Retention of the access log group. Defaults to 30 days."""
    retain_logs_on_delete: bool
    """Keep the access log group, with its request logs, when the stack is destroyed. Defaults to on."""
    throttling: ThrottlingArgs
    """Limits for every route of the stage. Defaults to none: only the account's limits apply."""
    execute_api_endpoint: bool
    """Whether the default `https://{apiId}.execute-api...` endpoint serves. Turn it off when a custom domain name
    should be the only way in (it then answers 403 Forbidden), above all with mutual TLS, which callers of the
    default endpoint would skip. Defaults to on."""


def integration_uri(args: HttpApiArgs) -> pulumi.Input[str]:
    """The listener or Cloud Map service ARN the private integration targets."""
    load_balancer = args.get("load_balancer")
    if (load_balancer is None) == ("cloud_map_service_arn" not in args):
        raise ValueError("HttpApi: give exactly one of `load_balancer` or `cloud_map_service_arn`")
    if load_balancer is None:
        return args["cloud_map_service_arn"]
    if "listener_arn" not in load_balancer:
        raise ValueError(
            "HttpApi: `load_balancer` needs its `listener_arn`: an HTTP API integration targets a listener"
        )
    return load_balancer["listener_arn"]


class HttpApi(pulumi.ComponentResource):
    """An HTTP API (protocol HTTP) with one private integration, its routes and one stage.

    Creates the `aws.apigatewayv2.Api`, an `HTTP_PROXY` integration over the VPC link
    (method `ANY`, payload format 1.0, the only one a private integration supports), a
    Route per route key, a log group with a retention period and an auto-deployed Stage
    with access logs. HTTP APIs have no execution logs, so no account-wide logging role
    is needed.
    """

    api_id: pulumi.Output[str]
    """The API's id (`id` in Python)."""
    api_endpoint: pulumi.Output[str]
    """`https://{apiId}.execute-api.{region}.{dnsSuffix}`."""
    execution_arn: pulumi.Output[str]
    """The ARN to grant `execute-api:Invoke` on."""
    invoke_url: pulumi.Output[str]
    """The stage's URL."""
    stage_name: pulumi.Output[str]
    """The stage's name."""
    api: aws.apigatewayv2.Api
    """The API resource."""
    integration: aws.apigatewayv2.Integration
    """The private integration every route targets."""
    routes: list[aws.apigatewayv2.Route]
    """One per route key."""
    stage: aws.apigatewayv2.Stage
    """The auto-deployed stage."""

    def __init__(self, name: str, args: HttpApiArgs, opts: Optional[pulumi.ResourceOptions] = None):
        routes = list(args.get("routes", (DEFAULT_ROUTE,)))
        bad = [key for key in routes if key != DEFAULT_ROUTE and not ROUTE_KEY_PATTERN.fullmatch(key)]
        if bad or not routes or len(set(routes)) != len(routes):
            raise ValueError(
                f"`routes` must be distinct route keys such as 'GET /items/{{id}}' or '$default', got {routes!r}"
            )
        if VpcLinkVersion(args["vpc_link"]["version"]) is not VpcLinkVersion.V2:
            raise ValueError("HttpApi: `vpc_link` must be a VPC link v2; HTTP APIs cannot use a REST VPC link (v1)")
        uri = integration_uri(args)
        stage_name = args.get("stage_name", DEFAULT_STAGE)
        super().__init__("apigw-private:index:HttpApi", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)

        self.api = api = aws.apigatewayv2.Api(
            f"{name}-api",
            protocol_type="HTTP",
            description="apigw-private: HTTP API over a VPC link v2",
            # Sent only to turn it off, so stacks that keep it register what they always did.
            disable_execute_api_endpoint=None if args.get("execute_api_endpoint", True) else True,
            opts=child,
        )
        self.integration = integration = aws.apigatewayv2.Integration(
            f"{name}-integration",
            api_id=api.id,
            integration_type="HTTP_PROXY",
            integration_method="ANY",
            connection_type="VPC_LINK",
            connection_id=args["vpc_link"]["id"],
            integration_uri=uri,
            payload_format_version="1.0",
            # A named stage would otherwise be sent to the backend as the first path segment.
            request_parameters=None if stage_name == DEFAULT_STAGE else {"overwrite:path": "$request.path"},
            opts=child,
        )
        target = pulumi.Output.concat("integrations/", integration.id)
        self.routes = []
        for key in routes:
            self.routes.append(
                aws.apigatewayv2.Route(
                    f"{name}-route-{key.replace(' ', '')}",
                    api_id=api.id,
                    route_key=key,
                    target=target,
                    authorization_type=HttpAuthorization(
                        args.get("authorization_type", HttpAuthorization.AWS_IAM)
                    ).value,
                    opts=child,
                )
            )

        access_log_settings = None
        if args.get("access_logs", True):
            access_log_group = aws.cloudwatch.LogGroup(
                f"{name}-access-logs",
                retention_in_days=whole_number(args.get("log_retention_in_days", 30)),
                opts=pulumi.ResourceOptions(parent=self, retain_on_delete=args.get("retain_logs_on_delete", True)),
            )
            access_log_settings = aws.apigatewayv2.StageAccessLogSettingsArgs(
                destination_arn=access_log_group.arn, format=HTTP_ACCESS_LOG_FORMAT
            )
        throttling = args.get("throttling")
        self.stage = stage = aws.apigatewayv2.Stage(
            f"{name}-stage",
            api_id=api.id,
            name=stage_name,
            auto_deploy=True,
            access_log_settings=access_log_settings,
            default_route_settings=aws.apigatewayv2.StageDefaultRouteSettingsArgs(
                throttling_burst_limit=whole_number(throttling["burst_limit"]),
                throttling_rate_limit=throttling["rate_limit"],
            )
            if throttling
            else None,
            opts=child,
        )

        self.id = self.api_id = api.id
        self.api_endpoint = api.api_endpoint
        self.execution_arn = api.execution_arn
        self.invoke_url = stage.invoke_url
        self.stage_name = stage.name
        self.register_outputs({"apiId": self.api_id, "invokeUrl": self.invoke_url, "stageName": self.stage_name})
