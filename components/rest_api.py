"""RestApi: a REST API described by its routes, deployed to one stage with logging."""

import json
from enum import Enum
from typing import Mapping, Optional, Sequence, TypedDict

import pulumi
import pulumi_aws as aws

from . import openapi, policies
from ._numbers import whole_number
from ._outputs import strings
from .access_log import REST_ACCESS_LOG_FORMAT
from .rest_integrations import RouteArgs, bind, with_integration_targets


class EndpointType(str, Enum):
    """Who can reach the API. EDGE does not exist in China regions."""

    REGIONAL = "REGIONAL"
    PRIVATE = "PRIVATE"
    EDGE = "EDGE"


class Authorization(str, Enum):
    """How every method authorizes a call."""

    NONE = "NONE"
    AWS_IAM = "AWS_IAM"


class ExecutionLoggingLevel(str, Enum):
    """What API Gateway writes to the execution log. Request and response bodies are never logged."""

    OFF = "OFF"
    ERROR = "ERROR"
    INFO = "INFO"


class ThrottlingArgs(TypedDict):
    """Stage-wide limits for every method: API Gateway answers 429 beyond them."""

    burst_limit: int
    """Requests that may arrive at once."""
    rate_limit: float
    """Steady requests per second."""


class RestApiArgs(TypedDict, total=False):
    """The routes of a REST API, who may reach it, and its stage."""

    routes: Sequence[RouteArgs]
    """The API's methods, each with its integration. The API renders them into one OpenAPI document
    imported as its body, so 400 routes are still one resource. Give `routes` or `openapi_document`.
    Defaults to none."""
    openapi_document: pulumi.Input[str]
    """Your own OpenAPI document (JSON or YAML text) instead of `routes`, imported as it is; its
    integrations may read `stage_variables`. Give `routes` or `openapi_document`. Defaults to none."""
    title: str
    """The API's name, shown in the console. Defaults to the component's name."""
    endpoint_type: EndpointType
    """Always sent explicitly: AWS's own default, EDGE, does not exist in China. Defaults to REGIONAL."""
    vpc_endpoint_ids: pulumi.Input[Sequence[pulumi.Input[str]]]
    """For a PRIVATE API, the execute-api interface endpoints that may call it, of any account. Each is
    associated with the API (and gets an `{apiId}-{vpceId}` host name), and the resource policy denies
    every call that does not come through one of them. Required for PRIVATE and refused otherwise.
    Defaults to none."""
    authorization: Authorization
    """Every method's authorization. Defaults to AWS_IAM (SigV4-signed calls) for a REGIONAL or EDGE
    API, and to NONE for a PRIVATE one, whose endpoints and resource policy are the gate."""
    stage_name: str
    """Defaults to dev."""
    stage_variables: pulumi.Input[Mapping[str, pulumi.Input[str]]]
    """Variables for `openapi_document`'s integrations to read as `${stageVariables.name}`; the stage also
    carries those `routes` need. Defaults to none."""
    access_logs: bool
    """Write one JSON line per request to a CloudWatch log group. Defaults to on."""
    execution_logging_level: ExecutionLoggingLevel
    """Execution logging of every method. Defaults to ERROR."""
    metrics_enabled: bool
    """Detailed CloudWatch metrics for every method. Defaults to on."""
    log_retention_in_days: int
    """Retention of the access and execution log groups. Defaults to 30 days."""
    retain_logs_on_delete: bool
    """Keep the access and execution log groups, with their request logs, when the stack is destroyed.
    Defaults to on: request logs are audit data."""
    throttling: ThrottlingArgs
    """Limits for every method of the stage. Defaults to none: only the account's limits apply."""
    execute_api_endpoint: bool
    """Whether the default `https://{apiId}.execute-api...` endpoint serves. Turn it off when a custom domain name
    should be the only way in (it then answers 403 Forbidden), above all with mutual TLS, which callers of the
    default endpoint would skip. Defaults to on. Not for a PRIVATE API, which only its VPC endpoints reach."""


class RestApi(pulumi.ComponentResource):
    """A REST API, its deployment and one stage.

    Creates the `aws.apigateway.RestApi` from one OpenAPI body rendered from `routes` (VPC link v1
    and v2 integrations alike), or your `openapi_document`, imported in `overwrite` mode so a removed
    route stops being callable. For a PRIVATE API it writes the endpoint configuration (in the body
    too, so the overwrite import keeps the endpoint associations) and the resource policy that denies
    every call not through `vpc_endpoint_ids`. It creates a Deployment whose `triggers` hash the body
    and the policy (so any change redeploys), a log group for access logs and the
    `API-Gateway-Execution-Logs_{apiId}/{stage}` group API Gateway writes execution logs to, both with
    a retention period and kept when the stack is destroyed, the Stage with the variables its
    integrations read, and MethodSettings for metrics, execution logging and throttling.
    """

    api_id: pulumi.Output[str]
    """The API's id (`id` in Python, where the engine's own `id` does not stand in the way)."""
    execution_arn: pulumi.Output[str]
    """The ARN to grant `execute-api:Invoke` on (append `/{stage}/{method}/{path}`)."""
    stage_name: pulumi.Output[str]
    """The stage's name."""
    invoke_url: pulumi.Output[str]
    """`https://{apiId}.execute-api.{region}.{dnsSuffix}/{stage}`."""
    api: aws.apigateway.RestApi
    """The API resource."""
    deployment: aws.apigateway.Deployment
    """The deployment the stage serves."""
    stage: aws.apigateway.Stage
    """The stage."""

    def __init__(
        self,
        name: str,
        args: RestApiArgs,
        opts: Optional[pulumi.ResourceOptions] = None,
        *,
        logging_prerequisites: Sequence[pulumi.Resource] = (),
    ):
        """`logging_prerequisites`: what must exist before the stage turns logging on, such as an
        `ApiGatewayAccountLogging`; by default none, the account's CloudWatch role being set already. (A
        program in another language makes the RestApi depend on it instead.)"""
        endpoint_type = EndpointType(args.get("endpoint_type", EndpointType.REGIONAL))
        private = endpoint_type is EndpointType.PRIVATE
        if ("routes" in args) == ("openapi_document" in args):
            raise ValueError("RestApi: give exactly one of `routes` or `openapi_document`")
        if private != ("vpc_endpoint_ids" in args):
            raise ValueError("RestApi: `vpc_endpoint_ids` is required for a PRIVATE API and refused otherwise")
        if private and not args.get("execute_api_endpoint", True):
            raise ValueError("RestApi: `execute_api_endpoint` can only be turned off for a REGIONAL or EDGE API")
        binding = bind(args["routes"]) if "routes" in args else None
        super().__init__("apigw-private:index:RestApi", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)

        endpoint_ids = strings(args["vpc_endpoint_ids"]).apply(sorted) if private else None
        policy = (
            endpoint_ids.apply(lambda ids: json.dumps(policies.private_api_policy(ids)))
            if endpoint_ids is not None
            else None
        )
        if binding is None:
            body: pulumi.Input[str] = args["openapi_document"]
        else:
            authorization = Authorization(
                args.get("authorization", Authorization.NONE if private else Authorization.AWS_IAM)
            )
            title = args.get("title", name)

            def render(resolved: list) -> str:
                ids, arns = resolved
                return openapi.to_json(
                    openapi.render_rest_api(
                        title,
                        with_integration_targets(binding.routes, arns),
                        authorization=authorization.value,
                        vpc_endpoint_ids=ids or (),
                    )
                )

            body = pulumi.Output.all(endpoint_ids, binding.integration_targets).apply(render)

        self.api = aws.apigateway.RestApi(
            f"{name}-api",
            body=body,
            endpoint_configuration=aws.apigateway.RestApiEndpointConfigurationArgs(
                types=endpoint_type.value, vpc_endpoint_ids=endpoint_ids
            ),
            policy=policy,
            put_rest_api_mode="overwrite",
            # Sent only to turn it off, so stacks that keep it register what they always did. The argument wins
            # over the body's `x-amazon-apigateway-endpoint-configuration`.
            disable_execute_api_endpoint=None if args.get("execute_api_endpoint", True) else True,
            opts=child,
        )
        self.deployment = aws.apigateway.Deployment(
            f"{name}-deployment",
            rest_api=self.api.id,
            description="Managed by apigw-private",
            triggers={
                "redeployment": pulumi.Output.all(body, policy or "").apply(lambda texts: openapi.content_hash(*texts))
            },
            opts=child,
        )

        stage_name = args.get("stage_name", "dev")
        retention = whole_number(args.get("log_retention_in_days", 30))
        log_options = pulumi.ResourceOptions(parent=self, retain_on_delete=args.get("retain_logs_on_delete", True))
        prerequisites = list(logging_prerequisites)
        access_log_settings = None
        if args.get("access_logs", True):
            access_log_group = aws.cloudwatch.LogGroup(
                f"{name}-access-logs", retention_in_days=retention, opts=log_options
            )
            access_log_settings = aws.apigateway.StageAccessLogSettingsArgs(
                destination_arn=access_log_group.arn, format=REST_ACCESS_LOG_FORMAT
            )
        variables = pulumi.Output.all(
            args.get("stage_variables", {}), binding.stage_variables if binding else {}
        ).apply(lambda both: {**both[0], **both[1]} or None)
        self.stage = aws.apigateway.Stage(
            f"{name}-stage",
            rest_api=self.api.id,
            deployment=self.deployment.id,
            stage_name=stage_name,
            variables=variables,
            access_log_settings=access_log_settings,
            opts=pulumi.ResourceOptions(parent=self, depends_on=prerequisites),
        )

        throttling = args.get("throttling")
        logging_level = ExecutionLoggingLevel(args.get("execution_logging_level", ExecutionLoggingLevel.ERROR))
        settings_depend_on = list(prerequisites)
        if logging_level is not ExecutionLoggingLevel.OFF:
            # Created here so it has a retention period; left to API Gateway it never expires.
            settings_depend_on.append(
                aws.cloudwatch.LogGroup(
                    f"{name}-execution-logs",
                    name=pulumi.Output.concat("API-Gateway-Execution-Logs_", self.api.id, "/", stage_name),
                    retention_in_days=retention,
                    opts=log_options,
                )
            )
        aws.apigateway.MethodSettings(
            f"{name}-method-settings",
            rest_api=self.api.id,
            stage_name=self.stage.stage_name,
            method_path="*/*",
            settings=aws.apigateway.MethodSettingsSettingsArgs(
                metrics_enabled=args.get("metrics_enabled", True),
                logging_level=logging_level.value,
                data_trace_enabled=False,
                throttling_burst_limit=whole_number(throttling["burst_limit"]) if throttling else None,
                throttling_rate_limit=throttling["rate_limit"] if throttling else None,
            ),
            opts=pulumi.ResourceOptions(parent=self, depends_on=settings_depend_on),
        )

        self.id = self.api_id = self.api.id
        self.execution_arn = self.api.execution_arn
        self.stage_name = self.stage.stage_name
        self.invoke_url = self.stage.invoke_url
        self.register_outputs({"apiId": self.api_id, "invokeUrl": self.invoke_url, "stageName": self.stage_name})
