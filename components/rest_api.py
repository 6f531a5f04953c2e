"""RestApi: a REST API defined by an OpenAPI document, deployed to one stage with logging."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Mapping, Optional, Sequence

import pulumi
import pulumi_aws as aws

from . import rest_resources
from .access_log import REST_ACCESS_LOG_FORMAT
from .openapi import content_hash, to_json


@dataclass
class RestApiArgs:
    body: Optional[pulumi.Input[str]] = None
    """The OpenAPI document (JSON), for example from `components.openapi.render_rest_api`,
    imported as the API's body. Give `body` or `document`."""
    document: Optional[Mapping[str, Any]] = None
    """The OpenAPI document as rendered (a dict), created as explicit Resource, Method and
    Integration resources instead of an import: for settings an import cannot carry, such as
    `integration_target`. Give `body` or `document`."""
    integration_target: Optional[pulumi.Input[str]] = None
    """With `document`: the load balancer ARN every VPC_LINK integration reaches over a VPC
    link v2 (`integrationTarget`; the document's `connectionId` names the v2 link). Defaults
    to none: VPC link v1."""
    endpoint_type: Literal["REGIONAL", "EDGE", "PRIVATE"] = "REGIONAL"
    """Always sent explicitly: AWS's silent default, EDGE, does not exist in China.
    Defaults to REGIONAL."""
    vpc_endpoint_ids: Optional[pulumi.Input[Sequence[pulumi.Input[str]]]] = None
    """For a PRIVATE API: the execute-api endpoints associated with it, each of which
    gets an `{apiId}-{vpceId}` alias. Defaults to none."""
    policy: Optional[pulumi.Input[str]] = None
    """The resource policy (JSON). A PRIVATE API cannot be deployed without one.
    Defaults to none."""
    put_rest_api_mode: Literal["overwrite", "merge"] = "overwrite"
    """How the body is imported on update: `overwrite` makes the API exactly the
    document, so removed routes stop being callable. Defaults to overwrite."""
    stage_name: str = "dev"
    """Defaults to dev."""
    stage_variables: Optional[pulumi.Input[Mapping[str, pulumi.Input[str]]]] = None
    """Variables the document's integrations read as `${stageVariables.name}`. Defaults to none."""
    access_logs: bool = True
    """Write one JSON line per request to a CloudWatch log group. Defaults to on."""
    execution_logging_level: Literal["OFF", "ERROR", "INFO"] = "ERROR"
    """Execution logging of every method. Request and response bodies are never logged. Defaults to ERROR."""
    metrics_enabled: bool = True
    """Detailed CloudWatch metrics for every method. Defaults to on."""
    log_retention_in_days: int = 30
    """Retention of the access and execution log groups. Defaults to 30 days."""
    logging_prerequisites: Sequence[pulumi.Resource] = field(default_factory=list)
    """What must exist before the stage turns logging on, such as an
    `ApiGatewayAccountLogging`. Defaults to none: the account's CloudWatch role is already set."""


class RestApi(pulumi.ComponentResource):
    """A REST API, its deployment and one stage.

    Creates the `aws.apigateway.RestApi` from the OpenAPI `body` (so many routes
    are still one resource) or, given a `document` instead, with explicit Resource,
    Method and Integration resources (and method and integration responses for
    non-proxy integrations), a Deployment whose `triggers` hash the document and the
    policy (so any change redeploys) and that waits for every method, a log group
    for access logs and the `API-Gateway-Execution-Logs_{apiId}/{stage}` group API
    Gateway writes execution logs to, both with a retention period, the Stage with its variables and
    access-log settings, and MethodSettings for metrics and execution logging.
    """

    id: pulumi.Output[str]
    execution_arn: pulumi.Output[str]
    stage_name: pulumi.Output[str]
    invoke_url: pulumi.Output[str]

    def __init__(self, name: str, args: RestApiArgs, opts: Optional[pulumi.ResourceOptions] = None):
        if (args.body is None) == (args.document is None):
            raise ValueError("give exactly one of `body` (an OpenAPI import) or `document` (explicit resources)")
        if args.integration_target is not None and args.document is None:
            raise ValueError("`integration_target` needs `document`: an OpenAPI import cannot carry it")
        super().__init__("apigw-private:index:RestApi", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)

        api = aws.apigateway.RestApi(
            f"{name}-api",
            body=args.body,
            endpoint_configuration=aws.apigateway.RestApiEndpointConfigurationArgs(
                types=args.endpoint_type, vpc_endpoint_ids=args.vpc_endpoint_ids),
            policy=args.policy,
            put_rest_api_mode=args.put_rest_api_mode if args.body is not None else None,
            opts=child,
        )
        definition: list[pulumi.Input[str]] = [args.body if args.body is not None else to_json(args.document),
                                                args.policy or ""]
        methods: list[pulumi.Resource] = []
        if args.document is not None:
            methods = self._methods(name, api, args.document, args.integration_target)
            if args.integration_target is not None:
                definition.append(args.integration_target)
        deployment = aws.apigateway.Deployment(
            f"{name}-deployment",
            rest_api=api.id,
            description="Managed by apigw-private",
            triggers={"redeployment": pulumi.Output.all(*definition).apply(lambda texts: content_hash(*texts))},
            # A deployment snapshots the methods that exist: it must wait for all of them.
            opts=pulumi.ResourceOptions(parent=self, depends_on=methods),
        )

        access_log_settings = None
        if args.access_logs:
            access_log_group = aws.cloudwatch.LogGroup(
                f"{name}-access-logs", retention_in_days=args.log_retention_in_days, opts=child)
            access_log_settings = aws.apigateway.StageAccessLogSettingsArgs(
                destination_arn=access_log_group.arn, format=REST_ACCESS_LOG_FORMAT)

        stage = aws.apigateway.Stage(
            f"{name}-stage",
            rest_api=api.id,
            deployment=deployment.id,
            stage_name=args.stage_name,
            variables=args.stage_variables,
            access_log_settings=access_log_settings,
            opts=pulumi.ResourceOptions(parent=self, depends_on=list(args.logging_prerequisites)),
        )

        settings_depend_on: list[pulumi.Resource] = list(args.logging_prerequisites)
        if args.execution_logging_level != "OFF":
            # Created here so it has a retention period; left to API Gateway it never expires.
            settings_depend_on.append(aws.cloudwatch.LogGroup(
                f"{name}-execution-logs",
                name=pulumi.Output.concat("API-Gateway-Execution-Logs_", api.id, "/", args.stage_name),
                retention_in_days=args.log_retention_in_days,
                opts=child,
            ))
        aws.apigateway.MethodSettings(
            f"{name}-method-settings",
            rest_api=api.id,
            stage_name=stage.stage_name,
            method_path="*/*",
            settings=aws.apigateway.MethodSettingsSettingsArgs(
                metrics_enabled=args.metrics_enabled,
                logging_level=args.execution_logging_level,
                data_trace_enabled=False,
            ),
            opts=pulumi.ResourceOptions(parent=self, depends_on=settings_depend_on),
        )

        self.id = api.id
        self.execution_arn = api.execution_arn
        self.stage_name = stage.stage_name
        self.invoke_url = stage.invoke_url
        self.register_outputs({"id": self.id, "invokeUrl": self.invoke_url, "stageName": self.stage_name})

    def _methods(self, name: str, api: aws.apigateway.RestApi, document: Mapping[str, Any],
                 integration_target: Optional[pulumi.Input[str]]) -> list[pulumi.Resource]:
        """The document's resources, methods and integrations; returns what a deployment must wait for."""
        child = pulumi.ResourceOptions(parent=self)
        resource_ids: dict[str, pulumi.Input[str]] = {"/": api.root_resource_id}
        for path in rest_resources.resource_paths(document):
            resource_ids[path] = aws.apigateway.Resource(
                f"{name}-resource{path}", rest_api=api.id, parent_id=resource_ids[rest_resources.parent_path(path)],
                path_part=path.rsplit("/", 1)[1], opts=child).id
        created: list[pulumi.Resource] = []
        for spec in rest_resources.method_specs(document):
            route = f"{spec.http_method}{spec.path}"
            where = dict(rest_api=api.id, resource_id=resource_ids[spec.path])
            method = aws.apigateway.Method(
                f"{name}-method-{route}", **where, http_method=spec.http_method,
                authorization=spec.authorization, request_parameters=spec.request_parameters or None, opts=child)
            integration = aws.apigateway.Integration(
                f"{name}-integration-{route}", **where, http_method=method.http_method, **spec.integration,
                integration_target=integration_target if spec.is_vpc_link else None, opts=child)
            created += [method, integration]
            for status, pattern in spec.responses:
                method_response = aws.apigateway.MethodResponse(
                    f"{name}-method-response-{route}-{status}", **where, http_method=method.http_method,
                    status_code=status, opts=child)
                created += [method_response, aws.apigateway.IntegrationResponse(
                    f"{name}-integration-response-{route}-{status}", **where, http_method=integration.http_method,
                    status_code=method_response.status_code, selection_pattern=pattern, opts=child)]
        return created
