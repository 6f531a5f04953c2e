"""Mocks that answer like AWS in the stack's partition: ARNs, DNS names with the right suffix, the
region's own Availability Zones, invokes such as `getPartition`. They fail loudly on any resource
type or invoke they do not know, so a new dependency on AWS cannot slip in unanswered.
"""

from __future__ import annotations

import hashlib
import json
import threading
from typing import Optional

import pulumi

from components import partition as partitions
from program.settings import PROJECT

MOCK_ACCOUNT = "123456789012"

# Availability Zones as AWS lists them, for every region settings accept (components/partition.py REGIONS):
# the number of zones each region has (AWS's "Regions and Availability Zones" page; us-west-2 has four,
# us-west-1 offers new accounts two), named with the letters most accounts see. AZ names map to physical
# zones per account; the IDs are the mocks' own except where a fact names them: cn-north-1 has a, b and d
# (docs/aws-facts.md §3.6) and VPC link v2 is missing from use1-az3 and usw1-az2 (partition.py).
_ZONES: dict[str, list[tuple[str, str]]] = {
    "us-east-1": [
        ("us-east-1a", "use1-az6"),
        ("us-east-1b", "use1-az1"),
        ("us-east-1c", "use1-az2"),
        ("us-east-1d", "use1-az4"),
        ("us-east-1e", "use1-az3"),
        ("us-east-1f", "use1-az5"),
    ],
    "us-west-1": [("us-west-1b", "usw1-az3"), ("us-west-1c", "usw1-az1")],
    "cn-north-1": [("cn-north-1a", "cnn1-az1"), ("cn-north-1b", "cnn1-az2"), ("cn-north-1d", "cnn1-az4")],
    "cn-northwest-1": [
        ("cn-northwest-1a", "cnnw1-az1"),
        ("cn-northwest-1b", "cnnw1-az2"),
        ("cn-northwest-1c", "cnnw1-az3"),
    ],
}
# Every other region: its zone letters.
_ZONE_LETTERS = {
    "us-east-2": "abc",
    "us-west-2": "abcd",
    "af-south-1": "abc",
    "ap-east-1": "abc",
    "ap-east-2": "abc",
    "ap-northeast-1": "acd",
    "ap-northeast-2": "abcd",
    "ap-northeast-3": "abc",
    "ap-south-1": "abc",
    "ap-south-2": "abc",
    "ap-southeast-1": "abc",
    "ap-southeast-2": "abc",
    "ap-southeast-3": "abc",
    "ap-southeast-4": "abc",
    "ap-southeast-5": "abc",
    "ap-southeast-6": "abc",
    "ap-southeast-7": "abc",
    "ca-central-1": "abd",
    "ca-west-1": "abc",
    "eu-central-1": "abc",
    "eu-central-2": "abc",
    "eu-north-1": "abc",
    "eu-south-1": "abc",
    "eu-south-2": "abc",
    "eu-west-1": "abc",
    "eu-west-2": "abc",
    "eu-west-3": "abc",
    "il-central-1": "abc",
    "me-central-1": "abc",
    "me-south-1": "abc",
    "mx-central-1": "abc",
    "sa-east-1": "abc",
}


class UnknownToMocks(Exception):
    """The program asked for something the offline mocks cannot answer like AWS."""


def availability_zones(region: str) -> list[tuple[str, str]]:
    """(name, id) of the region's zones; a region the table does not know fails loudly."""
    if region in _ZONES:
        return _ZONES[region]
    if region not in _ZONE_LETTERS:
        raise UnknownToMocks(f"the offline mocks do not know the zones of {region}; add them to tooling/mocks.py")
    words = region.split("-")
    short = words[0] + "".join(w[0] for w in words[1:-1]) + words[-1]
    return [(f"{region}{letter}", f"{short}-az{n}") for n, letter in enumerate(_ZONE_LETTERS[region], start=1)]


class AwsMocks(pulumi.runtime.Mocks):
    """Answers like AWS in `region`'s partition, with ids that differ between stacks; with
    `preview`, answers a create as `pulumi preview` does (inputs known, everything else not)."""

    def __init__(self, region: str, stack: str, account: str = MOCK_ACCOUNT, preview: bool = False):
        self.region = region
        self.preview = preview
        self.partition = partitions.partition_of_region(region)
        self.dns_suffix = partitions.dns_suffix(self.partition)
        self.stack = stack
        self.default_account = account
        self._provider_accounts: dict[str, str] = {}
        self._call = threading.local()

    @property
    def account(self) -> str:
        """The account of the provider serving the current call: a provider that assumes
        a role acts in that role's account."""
        return getattr(self._call, "account", self.default_account)

    def _serve(self, provider_reference: Optional[str]) -> None:
        name = (provider_reference or "").split("::")[-2] if provider_reference else ""
        self._call.account = self._provider_accounts.get(name, self.default_account)

    # -- helpers -------------------------------------------------------------------------------
    def _hex(self, seed: str, length: int) -> str:
        digest = hashlib.sha256(f"{self.stack}|{self.account}|{seed}".encode()).hexdigest()
        return (digest * 2)[:length]

    def _alnum(self, seed: str, length: int) -> str:
        digest = int(hashlib.sha256(f"{self.stack}|{seed}".encode()).hexdigest(), 16)
        alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
        out = ""
        while len(out) < length:
            digest, i = divmod(digest, len(alphabet))
            out += alphabet[i]
        return out

    def _arn(self, service: str, resource: str, *, region: Optional[str] = None, account: Optional[str] = None) -> str:
        return partitions.arn(
            self.partition,
            service,
            self.region if region is None else region,
            self.account if account is None else account,
            resource,
        )

    def _physical_name(self, name: str, inputs: dict, max_length: Optional[int] = None) -> str:
        """Pulumi's autonaming: the logical name, '-' and seven random hex characters; like the
        provider, it fails when that is longer than the resource's name may be."""
        if inputs.get("name"):
            return inputs["name"]
        if max_length is not None and len(name) + 8 > max_length:
            raise ValueError(f"name '{name}' plus 7 random chars is longer than maximum length {max_length}")
        return f"{name}-{self._hex(name, 7)}"

    # -- resources -----------------------------------------------------------------------------
    def new_resource(self, args: pulumi.runtime.MockResourceArgs):
        typ, name, inputs = args.typ, args.name, dict(args.inputs)
        self._serve(args.provider)
        if typ == "pulumi:providers:aws":
            return self._provider(name, inputs)
        if self.preview:
            # A preview of a create knows a resource's inputs only: its id and computed outputs, and
            # every output of a component (awsx's VPC, run by its plugin), are unknown.
            return "", inputs if args.custom else {}
        if not args.custom and typ.startswith(f"{PROJECT}:"):
            return f"{name}-component", {}
        handler = getattr(self, "_" + typ.replace(":", "_").replace("/", "_"), None)
        if handler is None:
            raise UnknownToMocks(
                f"the offline mocks do not know the resource type {typ} ({name}); "
                f"teach tooling/mocks.py how AWS answers it"
            )
        resource_id, outputs = handler(name, inputs)
        return resource_id, {**inputs, **outputs}

    def _provider(self, name, inputs):
        roles = inputs.get("assumeRoles") or []
        if isinstance(roles, str):  # provider config reaches the engine as JSON text
            roles = json.loads(roles)
        if roles:  # the provider acts as the last role it assumes
            self._provider_accounts[name] = partitions.parse_arn(roles[-1]["roleArn"]).account
        return f"{name}-{self._hex(name, 8)}", inputs

    def _awsx_ec2_Vpc(self, name, inputs):
        zones = inputs.get("availabilityZoneNames") or []
        vpc_id = "vpc-" + self._hex(name, 17)
        subnets = [f"subnet-{self._hex(f'{name}-{zone}', 17)}" for zone in zones]
        strategy = (inputs.get("natGateways") or {}).get("strategy", "None")
        # Only the id outputs: awsx's children are created by its plugin, never in this process.
        return vpc_id, {
            "vpcId": vpc_id,
            "privateSubnetIds": subnets if strategy != "None" else [],
            "isolatedSubnetIds": subnets if strategy == "None" else [],
            "publicSubnetIds": [f"subnet-{self._hex(f'{name}-public-{z}', 17)}" for z in zones]
            if strategy != "None"
            else [],
            "natGateways": None,
        }

    def _aws_ec2_securityGroup_SecurityGroup(self, name, inputs):
        sg_id = "sg-" + self._hex(name, 17)
        return sg_id, {
            "arn": self._arn("ec2", f"security-group/{sg_id}"),
            "name": self._physical_name(name, inputs),
            "ownerId": self.account,
        }

    def _aws_ec2_instance_Instance(self, name, inputs):
        instance_id = "i-" + self._hex(name, 17)
        octets = [int(self._hex(name + str(i), 2), 16) % 250 + 4 for i in range(2)]
        return instance_id, {
            "arn": self._arn("ec2", f"instance/{instance_id}"),
            "privateIp": f"10.0.{octets[0]}.{octets[1]}",
            "privateDns": f"ip-10-0-{octets[0]}-{octets[1]}.{self.region}.compute.internal",
        }

    def _aws_lb_loadBalancer_LoadBalancer(self, name, inputs):
        lb_name = self._physical_name(name, inputs, max_length=32)
        kind = {"network": "net", "application": "app"}[inputs.get("loadBalancerType", "application")]
        suffix = f"{lb_name}/{self._hex(name, 16)}"
        arn = self._arn("elasticloadbalancing", f"loadbalancer/{kind}/{suffix}")
        if kind == "net":
            dns_name = f"{lb_name}-{self._hex(name + 'dns', 16)}.elb.{self.region}.{self.dns_suffix}"
        else:
            prefix = "internal-" if inputs.get("internal") else ""
            dns_name = f"{prefix}{lb_name}-{int(self._hex(name, 9), 16)}.{self.region}.elb.{self.dns_suffix}"
        return arn, {
            "arn": arn,
            "arnSuffix": f"{kind}/{suffix}",
            "dnsName": dns_name,
            "name": lb_name,
            "zoneId": "Z" + self._hex(name, 13).upper(),
        }

    def _aws_lb_targetGroup_TargetGroup(self, name, inputs):
        tg_name = self._physical_name(name, inputs, max_length=32)
        arn = self._arn("elasticloadbalancing", f"targetgroup/{tg_name}/{self._hex(name, 16)}")
        return arn, {"arn": arn, "name": tg_name}

    def _aws_lb_listener_Listener(self, name, inputs):
        lb_arn = inputs.get("loadBalancerArn", "")
        arn = lb_arn.replace(":loadbalancer/", ":listener/") + "/" + self._hex(name, 16)
        return arn, {"arn": arn}

    def _aws_lb_targetGroupAttachment_TargetGroupAttachment(self, name, inputs):
        return f"{inputs.get('targetGroupArn')}-{self._hex(name, 20)}", {}

    def _aws_apigateway_vpcLink_VpcLink(self, name, inputs):
        link_id = self._alnum(name, 6)
        return link_id, {
            "arn": self._arn("apigateway", f"/vpclinks/{link_id}", account=""),
            "name": self._physical_name(name, inputs),
        }

    def _aws_apigateway_restApi_RestApi(self, name, inputs):
        api_id = self._alnum(name, 10)
        return api_id, {
            "arn": self._arn("apigateway", f"/restapis/{api_id}", account=""),
            "executionArn": self._arn("execute-api", api_id),
            "rootResourceId": self._alnum(name + "root", 10),
            "name": self._physical_name(name, inputs),
        }

    def _aws_apigateway_deployment_Deployment(self, name, inputs):
        return self._alnum(name + json.dumps(inputs.get("triggers"), sort_keys=True), 6), {}

    def _aws_apigateway_stage_Stage(self, name, inputs):
        api_id, stage = inputs["restApi"], inputs["stageName"]
        return f"ags-{api_id}-{stage}", {
            "arn": self._arn("apigateway", f"/restapis/{api_id}/stages/{stage}", account=""),
            "executionArn": self._arn("execute-api", f"{api_id}/{stage}"),
            "invokeUrl": partitions.invoke_url(api_id, self.region, self.partition, stage),
        }

    def _aws_apigateway_methodSettings_MethodSettings(self, name, inputs):
        return f"{inputs['restApi']}-{inputs['stageName']}-{inputs['methodPath']}", {}

    def _aws_apigateway_account_Account(self, name, inputs):
        return "api-gateway-account", {}

    def _aws_cloudwatch_logGroup_LogGroup(self, name, inputs):
        group = self._physical_name(name, inputs)
        return group, {"name": group, "arn": self._arn("logs", f"log-group:{group}")}

    def _aws_iam_role_Role(self, name, inputs):
        role = self._physical_name(name, inputs)
        return role, {
            "name": role,
            "arn": self._arn("iam", f"role/{role}", region=""),
            "uniqueId": "AROA" + self._hex(name, 17).upper(),
        }

    def _aws_iam_rolePolicyAttachment_RolePolicyAttachment(self, name, inputs):
        return f"{inputs['role']}-{self._hex(name, 20)}", {}

    def _aws_ec2_vpcEndpoint_VpcEndpoint(self, name, inputs):
        endpoint_id = "vpce-" + self._hex(name, 17)
        service_dns = f"{inputs['serviceName'].split('.')[-1]}.{self.region}.vpce.{self.dns_suffix}"
        host_hash = self._alnum(name + "dns", 8)
        zones = [zone for zone, _ in availability_zones(self.region)]
        subnets = inputs.get("subnetIds") or []
        # Zonal names first: code must pick the regional name by its shape, not by position.
        entries = [
            {
                "dnsName": f"{endpoint_id}-{host_hash}-{zones[i % len(zones)]}.{service_dns}",
                "hostedZoneId": "Z" + self._hex(name + str(i), 13).upper(),
            }
            for i in range(len(subnets))
        ]
        entries.append(
            {"dnsName": f"{endpoint_id}-{host_hash}.{service_dns}", "hostedZoneId": "Z" + self._hex(name, 13).upper()}
        )
        if inputs.get("privateDnsEnabled"):
            service = inputs["serviceName"].split(".")[-1]
            entries.append({"dnsName": f"*.{service}.{self.region}.{self.dns_suffix}", "hostedZoneId": ""})
        return endpoint_id, {
            "arn": self._arn("ec2", f"vpc-endpoint/{endpoint_id}"),
            "ownerId": self.account,
            "state": "available",
            "dnsEntries": entries,
            "networkInterfaceIds": [f"eni-{self._hex(f'{name}-{subnet}', 17)}" for subnet in subnets],
        }

    def _aws_ec2_vpcEndpointPolicy_VpcEndpointPolicy(self, name, inputs):
        # As the provider names it: the endpoint's own id.
        return inputs["vpcEndpointId"], {}

    # -- HTTP APIs, VPC links v2, Cloud Map, REST APIs built from explicit resources -------------
    def _aws_apigatewayv2_api_Api(self, name, inputs):
        api_id = self._alnum(name, 10)
        scheme = "wss" if inputs.get("protocolType") == "WEBSOCKET" else "https"
        return api_id, {
            "arn": self._arn("apigateway", f"/apis/{api_id}", account=""),
            "executionArn": self._arn("execute-api", api_id),
            "apiEndpoint": f"{scheme}://{partitions.execute_api_host(api_id, self.region, self.partition)}",
            "name": self._physical_name(name, inputs),
        }

    def _aws_apigatewayv2_vpcLink_VpcLink(self, name, inputs):
        link_id = self._alnum(name, 6)
        return link_id, {
            "arn": self._arn("apigateway", f"/vpclinks/{link_id}", account=""),
            "name": self._physical_name(name, inputs),
        }

    def _aws_apigatewayv2_integration_Integration(self, name, inputs):
        return self._alnum(name, 7), {"integrationResponseSelectionExpression": ""}

    def _aws_apigatewayv2_route_Route(self, name, inputs):
        return self._alnum(name, 7), {}

    def _aws_apigatewayv2_stage_Stage(self, name, inputs):
        api_id, stage = inputs["apiId"], inputs["name"]
        host = partitions.execute_api_host(api_id, self.region, self.partition)
        # As the provider reports it: the $default stage is served at the API's root.
        return stage, {
            "arn": self._arn("apigateway", f"/apis/{api_id}/stages/{stage}", account=""),
            "executionArn": self._arn("execute-api", f"{api_id}/{stage}"),
            "invokeUrl": f"https://{host}/" if stage == "$default" else f"https://{host}/{stage}",
        }

    def _aws_servicediscovery_privateDnsNamespace_PrivateDnsNamespace(self, name, inputs):
        namespace_id = "ns-" + self._alnum(name, 16)
        return namespace_id, {
            "arn": self._arn("servicediscovery", f"namespace/{namespace_id}"),
            "hostedZone": "Z" + self._hex(name, 13).upper(),
        }

    def _aws_servicediscovery_service_Service(self, name, inputs):
        service_id = "srv-" + self._alnum(name, 16)
        return service_id, {"arn": self._arn("servicediscovery", f"service/{service_id}")}

    def _aws_servicediscovery_instance_Instance(self, name, inputs):
        return inputs["instanceId"], {}

    def _aws_apigateway_resource_Resource(self, name, inputs):
        return self._alnum(name, 6), {}

    def _aws_apigateway_method_Method(self, name, inputs):
        return f"agm-{inputs['restApi']}-{inputs['resourceId']}-{inputs['httpMethod']}", {}

    def _aws_apigateway_integration_Integration(self, name, inputs):
        return f"agi-{inputs['restApi']}-{inputs['resourceId']}-{inputs['httpMethod']}", {}

    def _aws_apigateway_methodResponse_MethodResponse(self, name, inputs):
        return f"agmr-{inputs['restApi']}-{inputs['resourceId']}-{inputs['httpMethod']}-{inputs['statusCode']}", {}

    def _aws_apigateway_integrationResponse_IntegrationResponse(self, name, inputs):
        return f"agir-{inputs['restApi']}-{inputs['resourceId']}-{inputs['httpMethod']}-{inputs['statusCode']}", {}

    # -- custom domain names, RAM shares, Route 53 ------------------------------------------------
    def _regional_target(self, name):
        """The `d-{id}.execute-api...` name API Gateway serves a Regional custom domain on, and the zone of its
        alias record."""
        return (
            f"d-{self._alnum(name + 'target', 10)}.execute-api.{self.region}.{self.dns_suffix}",
            "Z" + self._hex(self.region + "apigateway", 13).upper(),
        )

    def _aws_apigateway_domainName_DomainName(self, name, inputs):
        domain = inputs["domainName"]
        if (inputs.get("endpointConfiguration") or {}).get("types") == "PRIVATE":
            # A private custom domain name is per account, so its ARN carries the account and an id (§11.2).
            domain_name_id = self._alnum(name + "id", 10)
            arn = self._arn("apigateway", f"/domainnames/{domain}+{domain_name_id}")
            return f"{domain}/{domain_name_id}", {"arn": arn, "domainNameId": domain_name_id}
        target, zone = self._regional_target(name)
        return domain, {
            "arn": self._arn("apigateway", f"/domainnames/{domain}", account=""),
            "regionalDomainName": target,
            "regionalZoneId": zone,
            "domainNameId": "",
        }

    def _aws_apigateway_basePathMapping_BasePathMapping(self, name, inputs):
        resource_id = f"{inputs['domainName']}/{inputs.get('basePath') or '(none)'}"
        if inputs.get("domainNameId"):
            resource_id = f"{resource_id}/{inputs['domainNameId']}"
        return resource_id, {}

    def _aws_apigateway_domainNameAccessAssociation_DomainNameAccessAssociation(self, name, inputs):
        domain = partitions.parse_arn(inputs["domainNameArn"]).resource.removeprefix("/domainnames/")
        arn = self._arn(
            "apigateway",
            f"/domainnameaccessassociations/domainname/{domain}/vpcesource/{inputs['accessAssociationSource']}",
        )
        return arn, {"arn": arn}

    def _aws_apigatewayv2_domainName_DomainName(self, name, inputs):
        domain = inputs["domainName"]
        target, zone = self._regional_target(name)
        configuration = {**inputs["domainNameConfiguration"], "targetDomainName": target, "hostedZoneId": zone}
        return domain, {
            "arn": self._arn("apigateway", f"/domainnames/{domain}", account=""),
            "apiMappingSelectionExpression": "$request.basepath",
            "domainNameConfiguration": configuration,
        }

    def _aws_apigatewayv2_apiMapping_ApiMapping(self, name, inputs):
        return self._alnum(name, 6), {}

    def _uuid(self, seed):
        digits = self._hex(seed, 32)
        return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"

    def _aws_ram_resourceShare_ResourceShare(self, name, inputs):
        arn = self._arn("ram", f"resource-share/{self._uuid(name)}")
        return arn, {"arn": arn, "name": self._physical_name(name, inputs)}

    def _aws_ram_resourceAssociation_ResourceAssociation(self, name, inputs):
        return f"{inputs['resourceShareArn']},{inputs['resourceArn']}", {}

    def _aws_ram_principalAssociation_PrincipalAssociation(self, name, inputs):
        return f"{inputs['resourceShareArn']},{inputs['principal']}", {}

    def _aws_ram_resourceShareAccepter_ResourceShareAccepter(self, name, inputs):
        share_arn = inputs["shareArn"]
        share = partitions.parse_arn(share_arn)
        # The invitation lives in the receiving account, the one whose provider accepts it.
        return share_arn, {
            "invitationArn": self._arn("ram", f"resource-share-invitation/{self._uuid(name)}"),
            "receiverAccountId": self.account,
            "senderAccountId": share.account,
            "shareId": share.resource.removeprefix("resource-share/"),
            "status": "ACCEPTED",
            "resources": [],
        }

    def _aws_route53_zone_Zone(self, name, inputs):
        zone_id = "Z" + self._hex(name, 20).upper()
        return zone_id, {
            "zoneId": zone_id,
            "arn": partitions.arn(self.partition, "route53", "", "", f"hostedzone/{zone_id}"),
            "nameServers": [],
            "primaryNameServer": "",
            "forceDestroy": bool(inputs.get("forceDestroy")),
        }

    def _aws_route53_record_Record(self, name, inputs):
        fqdn = inputs["name"].rstrip(".")
        return f"{inputs['zoneId']}_{fqdn}_{inputs['type']}", {"fqdn": fqdn}

    # -- invokes -------------------------------------------------------------------------------
    def call(self, args: pulumi.runtime.MockCallArgs):
        self._serve(args.provider)
        handler = getattr(self, "_call_" + args.token.split(":")[-1], None)
        if handler is None or not args.token.startswith("aws:"):
            raise UnknownToMocks(
                f"the offline mocks do not know the invoke {args.token}; teach tooling/mocks.py how AWS answers it"
            )
        return handler(dict(args.args))

    def _call_getPartition(self, args):
        facts = partitions.facts(self.partition)
        return {
            "id": facts.name,
            "partition": facts.name,
            "dnsSuffix": facts.dns_suffix,
            "reverseDnsPrefix": facts.reverse_dns_prefix,
        }

    def _call_getRegion(self, args):
        return {
            "id": self.region,
            "name": self.region,
            "region": self.region,
            "endpoint": f"ec2.{self.region}.{self.dns_suffix}",
            "description": self.region,
        }

    def _call_getCallerIdentity(self, args):
        return {
            "id": self.account,
            "accountId": self.account,
            "arn": self._arn("iam", "user/offline-plan", region=""),
            "userId": "AIDA" + self._hex("user", 17),
        }

    def _call_getAvailabilityZones(self, args):
        zones = availability_zones(self.region)
        return {
            "id": self.region,
            "names": [n for n, _ in zones],
            "zoneIds": [z for _, z in zones],
            "groupNames": [self.region] * len(zones),
            "state": args.get("state"),
        }

    def _call_getParameter(self, args):
        name = args["name"]
        if not name.startswith("/aws/service/ami-amazon-linux-latest/"):
            raise UnknownToMocks(f"the offline mocks know only the public Amazon Linux image parameters, not {name}")
        return {
            "id": name,
            "name": name,
            "type": "String",
            "value": "ami-" + self._hex(name, 17),
            "arn": self._arn("ssm", f"parameter{name}", account=""),
            "version": 1,
            "withDecryption": True,
            "insecureValue": "ami-" + self._hex(name, 17),
        }

    def _call_getVpc(self, args):
        vpc_id = args["id"]
        return {
            "id": vpc_id,
            "arn": self._arn("ec2", f"vpc/{vpc_id}"),
            "cidrBlock": "172.31.0.0/16",
            "enableDnsHostnames": True,
            "enableDnsSupport": True,
            "ownerId": self.account,
        }

    def _call_getVpcEndpointService(self, args):
        if args.get("serviceName"):
            name = args["serviceName"]
        else:
            name = partitions.provider_expanded_service_name(args["service"], self.region)
        if name != partitions.endpoint_service_name(name.split(".")[-1], self.region):
            raise ValueError(f"no matching VPC Endpoint Service found for {name} in {self.region}")
        zones = [zone for zone, _ in availability_zones(self.region)]
        return {
            "id": name,
            "serviceName": name,
            "serviceType": "Interface",
            "availabilityZones": zones,
            "baseEndpointDnsNames": [f"{name.split('.')[-1]}.{self.region}.vpce.{self.dns_suffix}"],
            "privateDnsName": f"*.{name.split('.')[-1]}.{self.region}.{self.dns_suffix}",
            "owner": "amazon",
            "acceptanceRequired": False,
            "vpcEndpointPolicySupported": True,
        }

    def _call_getNetworkInterface(self, args):
        interface_id = args["id"]
        third, fourth = (int(self._hex(interface_id + part, 2), 16) % 250 + 4 for part in "ab")
        return {
            "id": interface_id,
            "privateIp": f"10.0.{third}.{fourth}",
            "privateIps": [f"10.0.{third}.{fourth}"],
            "interfaceType": "vpc_endpoint",
            "ownerId": self.account,
        }

    def _call_getLoadBalancer(self, args):
        arn = args["arn"]
        parsed = partitions.parse_arn(arn)
        kind, lb_name, lb_hex = parsed.resource.split("/")[1:4]
        dns_name = (
            f"{lb_name}-{lb_hex}.elb.{self.region}.{self.dns_suffix}"
            if kind == "net"
            else f"internal-{lb_name}-{int(lb_hex[:8], 16)}.{self.region}.elb.{self.dns_suffix}"
        )
        return {
            "id": arn,
            "arn": arn,
            "name": lb_name,
            "dnsName": dns_name,
            "internal": True,
            "loadBalancerType": {"net": "network", "app": "application"}[kind],
            "securityGroups": [],
            "subnets": [],
            "vpcId": "vpc-" + self._hex(arn, 17),
            "zoneId": "Z" + self._hex(arn, 13).upper(),
        }
