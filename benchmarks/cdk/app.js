// The rest-regional architecture in AWS CDK, only so that benchmarks/run.py --cdk can time `cdk synth`
// beside `deploy.py plan`: a VPC of two isolated subnets, an internal NLB in front of one t3.micro
// instance, a VPC link (v1) to it, and a Regional REST API whose GET /internal-nlb goes over the link,
// stage `dev` with access logs, execution logs at ERROR and metrics on, logs kept 30 days.
const cdk = require("aws-cdk-lib");
const ec2 = require("aws-cdk-lib/aws-ec2");
const elbv2 = require("aws-cdk-lib/aws-elasticloadbalancingv2");
const targets = require("aws-cdk-lib/aws-elasticloadbalancingv2-targets");
const apigateway = require("aws-cdk-lib/aws-apigateway");
const logs = require("aws-cdk-lib/aws-logs");

const app = new cdk.App();
const stack = new cdk.Stack(app, "RestRegional");

const vpc = new ec2.Vpc(stack, "Network", {
  ipAddresses: ec2.IpAddresses.cidr("10.0.0.0/16"), maxAzs: 2, natGateways: 0,
  subnetConfiguration: [{ name: "isolated", subnetType: ec2.SubnetType.PRIVATE_ISOLATED }],
});
const nlbSecurityGroup = new ec2.SecurityGroup(stack, "NlbSg", { vpc, allowAllOutbound: false });
nlbSecurityGroup.addIngressRule(ec2.Peer.ipv4(vpc.vpcCidrBlock), ec2.Port.tcp(80));
nlbSecurityGroup.addEgressRule(ec2.Peer.ipv4(vpc.vpcCidrBlock), ec2.Port.tcp(80));
const backendSecurityGroup = new ec2.SecurityGroup(stack, "BackendSg", { vpc });
backendSecurityGroup.addIngressRule(nlbSecurityGroup, ec2.Port.tcp(80));
const instance = new ec2.Instance(stack, "Backend", {
  vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
  instanceType: new ec2.InstanceType("t3.micro"), machineImage: ec2.MachineImage.latestAmazonLinux2023(),
  securityGroup: backendSecurityGroup, requireImdsv2: true, ssmSessionPermissions: false,
});
const nlb = new elbv2.NetworkLoadBalancer(stack, "Nlb", {
  vpc, internal: true, crossZoneEnabled: true, securityGroups: [nlbSecurityGroup],
  vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
});
nlb.addListener("Listener", { port: 80 }).addTargets("Target", {
  port: 80, targets: [new targets.InstanceTarget(instance, 80)],
  healthCheck: { protocol: elbv2.Protocol.HTTP, path: "/" },
});
const link = new apigateway.VpcLink(stack, "Link", { targets: [nlb] });
const accessLogs = new logs.LogGroup(stack, "AccessLogs", { retention: logs.RetentionDays.ONE_MONTH });
const api = new apigateway.RestApi(stack, "Rest", {
  endpointTypes: [apigateway.EndpointType.REGIONAL], cloudWatchRole: true,
  deployOptions: {
    stageName: "dev", loggingLevel: apigateway.MethodLoggingLevel.ERROR, metricsEnabled: true,
    accessLogDestination: new apigateway.LogGroupLogDestination(accessLogs),
    accessLogFormat: apigateway.AccessLogFormat.jsonWithStandardFields(),
  },
});
api.root.addResource("internal-nlb").addMethod("GET", new apigateway.Integration({
  type: apigateway.IntegrationType.HTTP_PROXY, integrationHttpMethod: "GET",
  uri: `http://${nlb.loadBalancerDnsName}/`,
  options: { connectionType: apigateway.ConnectionType.VPC_LINK, vpcLink: link },
}), { authorizationType: apigateway.AuthorizationType.IAM });
