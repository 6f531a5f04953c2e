"""CloudMapService: a private DNS namespace and a service whose instances API Gateway discovers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import pulumi
import pulumi_aws as aws


@dataclass
class CloudMapInstance:
    """One registered endpoint: API Gateway's `DiscoverInstances` needs its IPv4 address and port."""

    instance_id: pulumi.Input[str]
    """Unique in the service, such as the EC2 instance id."""
    ipv4: pulumi.Input[str]
    """Its private IPv4 address (`AWS_INSTANCE_IPV4`)."""
    port: int = 80
    """Its port (`AWS_INSTANCE_PORT`). Defaults to 80."""


@dataclass
class CloudMapServiceArgs:
    vpc_id: pulumi.Input[str]
    """The VPC the namespace's private hosted zone is associated with."""
    namespace_name: str
    """The private DNS namespace, such as `dev.apigw-private.internal`. One name per VPC: two
    namespaces of the same name cannot share a VPC, so make it unique per stack."""
    service_name: str = "backend"
    """The service, resolvable as `{service_name}.{namespace_name}` in the VPC. Defaults to backend."""
    instances: Sequence[CloudMapInstance] = ()
    """Instances to register. Defaults to none: register them elsewhere."""
    dns_ttl_seconds: int = 10
    """TTL of the service's A records. Defaults to 10 seconds."""


class CloudMapService(pulumi.ComponentResource):
    """A Cloud Map service for an HTTP API private integration (not offered in China).

    Creates an `aws.servicediscovery.PrivateDnsNamespace` in the VPC, a Service with
    multivalue A records and one Instance per `instances`, each carrying the
    `AWS_INSTANCE_IPV4` and `AWS_INSTANCE_PORT` attributes API Gateway reads. Use
    `arn` as the integration URI. (ECS-registered services need SRV records instead.)
    """

    arn: pulumi.Output[str]
    service_id: pulumi.Output[str]
    namespace_id: pulumi.Output[str]

    def __init__(self, name: str, args: CloudMapServiceArgs, opts: Optional[pulumi.ResourceOptions] = None):
        super().__init__("apigw-private:index:CloudMapService", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)
        namespace = aws.servicediscovery.PrivateDnsNamespace(
            f"{name}-namespace",
            name=args.namespace_name,
            vpc=args.vpc_id,
            description="apigw-private: private integration targets",
            opts=child,
        )
        service = aws.servicediscovery.Service(
            f"{name}-service",
            name=args.service_name,
            dns_config=aws.servicediscovery.ServiceDnsConfigArgs(
                namespace_id=namespace.id,
                routing_policy="MULTIVALUE",
                dns_records=[aws.servicediscovery.ServiceDnsConfigDnsRecordArgs(type="A", ttl=args.dns_ttl_seconds)],
            ),
            opts=child,
        )
        for i, instance in enumerate(args.instances):
            aws.servicediscovery.Instance(
                f"{name}-instance-{i}",
                service_id=service.id,
                instance_id=instance.instance_id,
                attributes={"AWS_INSTANCE_IPV4": instance.ipv4, "AWS_INSTANCE_PORT": str(instance.port)},
                opts=child,
            )
        self.arn = service.arn
        self.service_id = service.id
        self.namespace_id = namespace.id
        self.register_outputs({"arn": self.arn, "serviceId": self.service_id, "namespaceId": self.namespace_id})
