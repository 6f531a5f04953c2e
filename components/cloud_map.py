"""CloudMapService: a private DNS namespace and a service whose instances API Gateway discovers."""

from typing import NotRequired, Optional, Sequence, TypedDict

import pulumi
import pulumi_aws as aws

from ._numbers import whole_number


class CloudMapInstance(TypedDict):
    """One registered endpoint: API Gateway's `DiscoverInstances` needs its IPv4 address and port."""

    instance_id: pulumi.Input[str]
    """Unique in the service, such as the EC2 instance id."""
    ipv4: pulumi.Input[str]
    """Its private IPv4 address (`AWS_INSTANCE_IPV4`)."""
    port: NotRequired[int]
    """Its port (`AWS_INSTANCE_PORT`). Defaults to 80."""


class CloudMapServiceArgs(TypedDict):
    """The inputs of a CloudMapService."""

    vpc_id: pulumi.Input[str]
    """The VPC the namespace's private hosted zone is associated with."""
    namespace_name: str
    """The private DNS namespace, such as `dev.apigw-private.internal`. One name per VPC: two
    namespaces of the same name cannot share a VPC, so make it unique per stack."""
    service_name: NotRequired[str]
    """The service, resolvable as `{service_name}.{namespace_name}` in the VPC. Defaults to backend."""
    instances: NotRequired[Sequence[CloudMapInstance]]
    """Instances to register. Defaults to none: register them elsewhere."""
    dns_ttl_seconds: NotRequired[int]
    """TTL of the service's A records. Defaults to 10 seconds."""


class CloudMapService(pulumi.ComponentResource):
    """A Cloud Map service for an HTTP API private integration (not offered in China).

    Creates an `aws.servicediscovery.PrivateDnsNamespace` in the VPC, a Service with
    multivalue A records and one Instance per `instances`, each carrying the
    `AWS_INSTANCE_IPV4` and `AWS_INSTANCE_PORT` attributes API Gateway reads. Use
    `arn` as the integration URI. (ECS-registered services need SRV records instead.)
    """

    arn: pulumi.Output[str]
    """The service's ARN: an HTTP API integration's URI."""
    service_id: pulumi.Output[str]
    """The service's id."""
    namespace_id: pulumi.Output[str]
    """The private DNS namespace's id."""

    def __init__(self, name: str, args: CloudMapServiceArgs, opts: Optional[pulumi.ResourceOptions] = None):
        super().__init__("apigw-private:index:CloudMapService", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)
        namespace = aws.servicediscovery.PrivateDnsNamespace(
            f"{name}-namespace",
            name=args["namespace_name"],
            vpc=args["vpc_id"],
            description="apigw-private: private integration targets",
            opts=child,
        )
        service = aws.servicediscovery.Service(
            f"{name}-service",
            name=args.get("service_name", "backend"),
            dns_config=aws.servicediscovery.ServiceDnsConfigArgs(
                namespace_id=namespace.id,
                routing_policy="MULTIVALUE",
                dns_records=[
                    aws.servicediscovery.ServiceDnsConfigDnsRecordArgs(
                        type="A", ttl=whole_number(args.get("dns_ttl_seconds", 10))
                    )
                ],
            ),
            opts=child,
        )
        for i, instance in enumerate(args.get("instances", ())):
            aws.servicediscovery.Instance(
                f"{name}-instance-{i}",
                service_id=service.id,
                instance_id=instance["instance_id"],
                attributes={
                    "AWS_INSTANCE_IPV4": instance["ipv4"],
                    "AWS_INSTANCE_PORT": str(whole_number(instance.get("port", 80))),
                },
                opts=child,
            )
        self.arn = service.arn
        self.service_id = service.id
        self.namespace_id = namespace.id
        self.register_outputs({"arn": self.arn, "serviceId": self.service_id, "namespaceId": self.namespace_id})
