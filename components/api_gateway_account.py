"""ApiGatewayAccountLogging: the region-wide role API Gateway writes REST logs with."""

import json
from typing import Optional, TypedDict

import pulumi
import pulumi_aws as aws

from . import partition, policies

PUSH_TO_CLOUDWATCH_POLICY = "service-role/AmazonAPIGatewayPushToCloudWatchLogs"


class ApiGatewayAccountLoggingArgs(TypedDict):
    """No inputs: the role and the setting are the same in every account. The type exists because
    every component takes `args`, which is how other Pulumi languages construct it."""


class ApiGatewayAccountLogging(pulumi.ComponentResource):
    """Lets API Gateway write REST API logs to CloudWatch in this account and region.

    Creates an IAM role trusted by API Gateway with the AWS managed policy
    AmazonAPIGatewayPushToCloudWatchLogs, and sets it as the account's
    `cloudwatchRoleArn` (`aws.apigateway.Account`, one per account and region).

    All three are retained when the stack is destroyed: pulumi-aws 7 resets the
    account setting on delete, which would break logging for every other API in
    the region (docs/aws-facts.md §10.1). Two stacks that both manage it each set a
    valid role; the last one to deploy wins, and either keeps logging working.
    """

    role_arn: pulumi.Output[str]
    """The role API Gateway writes logs with."""

    def __init__(self, name: str, args: ApiGatewayAccountLoggingArgs, opts: Optional[pulumi.ResourceOptions] = None):
        super().__init__("apigw-private:index:ApiGatewayAccountLogging", name, None, opts)
        retained = pulumi.ResourceOptions(parent=self, retain_on_delete=True)
        partition_name = aws.get_partition_output(opts=pulumi.InvokeOutputOptions(parent=self)).partition

        role = aws.iam.Role(
            f"{name}-role",
            description="API Gateway pushes REST API logs to CloudWatch (account-wide setting)",
            assume_role_policy=partition_name.apply(
                lambda p: json.dumps(policies.assume_role_policy(partition.service_principal("apigateway", p)))
            ),
            opts=retained,
        )
        attachment = aws.iam.RolePolicyAttachment(
            f"{name}-policy",
            role=role.name,
            policy_arn=partition_name.apply(lambda p: partition.managed_policy_arn(p, PUSH_TO_CLOUDWATCH_POLICY)),
            opts=retained,
        )
        aws.apigateway.Account(
            f"{name}-settings",
            cloudwatch_role_arn=role.arn,
            # API Gateway checks the role's permissions when the setting is made.
            opts=pulumi.ResourceOptions.merge(retained, pulumi.ResourceOptions(depends_on=[attachment])),
        )
        self.role_arn = role.arn
        self.register_outputs({"roleArn": self.role_arn})
