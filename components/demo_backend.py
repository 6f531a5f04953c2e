"""DemoBackend: a small HTTP service in a private subnet, registered with a target group."""

from typing import NotRequired, Optional, TypedDict

import pulumi
import pulumi_aws as aws

from ._numbers import whole_number

AMAZON_LINUX_PARAMETER = "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"


def user_data(port: int) -> str:
    """A boot script that answers every GET and HEAD on `port` with one page, using the Python
    that ships with Amazon Linux 2023: no package downloads, so no internet access is needed.
    Every path gets the page, so whatever prefix a gateway adds (a REST stage over VPC link v2
    does) needs no change here, and the instance is never replaced for it."""
    return f"""#!/bin/bash
set -euo pipefail
mkdir -p /srv/www
cat > /srv/www/index.html <<'HTML'
<!doctype html>
<html><head><title>apigw-private</title></head>
<body><h1>Hello from a private subnet</h1>
<p>This page is served by the apigw-private demo backend, reached through API Gateway.</p></body></html>
HTML
cat > /srv/www/serve.py <<'PY'
import http.server
import sys

PAGE = open("/srv/www/index.html", "rb").read()


class Page(http.server.BaseHTTPRequestHandler):
    def do_HEAD(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()

    def do_GET(self):
        self.do_HEAD()
        self.wfile.write(PAGE)


http.server.ThreadingHTTPServer(("", int(sys.argv[1])), Page).serve_forever()
PY
cat > /etc/systemd/system/demo-backend.service <<'UNIT'
[Unit]
Description=apigw-private demo backend
After=network-online.target
[Service]
ExecStart=/usr/bin/python3 /srv/www/serve.py {port}
Restart=always
[Install]
WantedBy=multi-user.target
UNIT
systemctl daemon-reload
systemctl enable --now demo-backend.service
"""


class DemoBackendArgs(TypedDict):
    """The inputs of a DemoBackend."""

    vpc_id: pulumi.Input[str]
    """The VPC of the instance."""
    subnet_id: pulumi.Input[str]
    """The private subnet the instance runs in."""
    ingress_security_group_id: pulumi.Input[str]
    """The only security group whose members may reach the service: the load balancer's, or
    a VPC link v2's when API Gateway reaches the instance directly (Cloud Map)."""
    target_group_arn: NotRequired[pulumi.Input[str]]
    """The load balancer target group the instance registers with. Defaults to none: the
    instance is registered elsewhere, such as in a Cloud Map service (`private_ip`)."""
    ingress_description: NotRequired[str]
    """What the ingress rule admits, in words. Defaults to "From the load balancer"."""
    port: NotRequired[int]
    """The port the page is served on. Defaults to 80."""
    instance_type: NotRequired[str]
    """Defaults to t3.micro, offered in every global and China region."""
    ami_parameter: NotRequired[str]
    """The public SSM parameter naming the image. Defaults to the region's latest Amazon Linux 2023 (x86_64)."""


class DemoBackend(pulumi.ComponentResource):
    """One EC2 instance serving a static page, for a working path in a fresh account.

    Creates a security group (the port from `ingress_security_group_id` only,
    no egress: the service needs no internet), an instance from the region's Amazon
    Linux image with IMDSv2 required and an encrypted root volume, and its target
    group attachment when given a target group. Later image releases do not replace
    the instance.
    """

    instance_id: pulumi.Output[str]
    """The EC2 instance's id."""
    private_ip: pulumi.Output[str]
    """The instance's private IPv4 address, for a Cloud Map registration."""
    security_group_id: pulumi.Output[str]
    """The instance's security group."""

    def __init__(self, name: str, args: DemoBackendArgs, opts: Optional[pulumi.ResourceOptions] = None):
        super().__init__("apigw-private:index:DemoBackend", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)
        port = whole_number(args.get("port", 80))
        image = aws.ssm.get_parameter_output(
            name=args.get("ami_parameter", AMAZON_LINUX_PARAMETER), opts=pulumi.InvokeOutputOptions(parent=self)
        )

        admits = args.get("ingress_description", "From the load balancer")
        security_group = aws.ec2.SecurityGroup(
            f"{name}-sg",
            description=f"Demo backend: its port {admits[:1].lower()}{admits[1:]} only",
            vpc_id=args["vpc_id"],
            ingress=[
                aws.ec2.SecurityGroupIngressArgs(
                    protocol="tcp",
                    from_port=port,
                    to_port=port,
                    security_groups=[args["ingress_security_group_id"]],
                    description=admits,
                )
            ],
            egress=[],
            opts=child,
        )
        instance = aws.ec2.Instance(
            f"{name}-instance",
            ami=image.value,
            instance_type=args.get("instance_type", "t3.micro"),
            subnet_id=args["subnet_id"],
            vpc_security_group_ids=[security_group.id],
            associate_public_ip_address=False,
            user_data=user_data(port),
            user_data_replace_on_change=True,
            metadata_options=aws.ec2.InstanceMetadataOptionsArgs(http_tokens="required", http_endpoint="enabled"),
            root_block_device=aws.ec2.InstanceRootBlockDeviceArgs(encrypted=True),
            tags={"Name": f"{name}-instance"},
            # A new Amazon Linux release changes the parameter; it must not replace a running backend.
            opts=pulumi.ResourceOptions(parent=self, ignore_changes=["ami"]),
        )
        if args.get("target_group_arn") is not None:
            aws.lb.TargetGroupAttachment(
                f"{name}-target",
                target_group_arn=args["target_group_arn"],
                target_id=instance.id,
                port=port,
                opts=child,
            )
        self.instance_id = instance.id
        self.private_ip = instance.private_ip
        self.security_group_id = security_group.id
        self.register_outputs({"instanceId": self.instance_id, "privateIp": self.private_ip})
