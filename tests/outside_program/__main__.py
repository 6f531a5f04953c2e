"""A user's own Pulumi program, outside this repository: it imports the installed `apigw_private`
wheel (never the repository's `components/`), brings its own VPC link target (an NLB it owns) and
registers a REST API over a VPC link under mocks of its own. It prints what it registered as JSON.

The test that runs it (tests/test_package.py) copies this folder out of the repository and runs it
with a virtualenv's Python into which only the wheel was installed.
"""

import json

import pulumi

# This program's own network and load balancer: not the repository's, not the mocks' defaults.
VPC_ID = "vpc-0feedfacecafe0001"
NLB_ARN = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/net/team-nlb/0feedfacecafe001"
NLB_DNS_NAME = "team-nlb-0feedfacecafe001.elb.eu-west-1.amazonaws.com"


class Mocks(pulumi.runtime.Mocks):
    """Just enough AWS for this program: ids from names, the NLB lookup by ARN; anything else fails."""

    def __init__(self):
        self.registered: list[dict] = []

    def new_resource(self, args: pulumi.runtime.MockResourceArgs):
        self.registered.append({"type": args.typ, "name": args.name, "inputs": args.inputs})
        state = dict(args.inputs)
        if args.typ == "aws:apigateway/restApi:RestApi":
            state.update(rootResourceId="root", executionArn=f"arn:aws:execute-api:eu-west-1:123456789012:{args.name}")
        if args.typ == "aws:cloudwatch/logGroup:LogGroup":
            state.setdefault("name", args.name)
            state["arn"] = f"arn:aws:logs:eu-west-1:123456789012:log-group:{state['name']}"
        if args.typ == "aws:apigateway/stage:Stage":
            state["invokeUrl"] = f"https://api.execute-api.eu-west-1.amazonaws.com/{state['stageName']}"
        return f"{args.name}-id", state

    def call(self, args: pulumi.runtime.MockCallArgs):
        if args.token == "aws:lb/getLoadBalancer:getLoadBalancer" and args.args.get("arn") == NLB_ARN:
            return {"arn": NLB_ARN, "dnsName": NLB_DNS_NAME, "vpcId": VPC_ID, "loadBalancerType": "network"}
        raise NotImplementedError(f"this program's mocks do not answer {args.token}")


def register_api():
    """The API: one route to the team's NLB over a new VPC link v1."""
    import apigw_private as apigw

    nlb = apigw.existing_load_balancer(NLB_ARN)
    link = apigw.RestVpcLink("team-link", apigw.RestVpcLinkArgs(target_arn=nlb["arn"]))
    return apigw.RestApi(
        "team-api",
        apigw.RestApiArgs(
            routes=[apigw.RouteArgs(path="/orders", integration=apigw.vpc_link_integration(link.reference, nlb))]
        ),
    )


def main() -> None:
    mocks = Mocks()
    pulumi.runtime.set_mocks(mocks, project="team-program", stack="dev")
    pulumi.runtime.test(lambda: register_api().invoke_url)()

    import apigw_private

    print(
        json.dumps(
            {
                "version": apigw_private.__version__,
                "library": apigw_private.__file__,
                "components_importable": _importable("components"),
                "resources": mocks.registered,
            },
            sort_keys=True,
            default=str,
        )
    )


def _importable(module: str) -> bool:
    try:
        __import__(module)
    except ImportError:
        return False
    return True


if __name__ == "__main__":
    main()
