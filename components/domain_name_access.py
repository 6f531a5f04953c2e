"""DomainNameAccess: one VPC endpoint's access association with a private custom domain name."""

from typing import NotRequired, Optional, TypedDict

import pulumi
import pulumi_aws as aws


class DomainNameAccessArgs(TypedDict):
    domain_name_arn: pulumi.Input[str]
    """The private custom domain name (`PrivateDomainName.arn`), possibly another account's."""
    vpc_endpoint_id: pulumi.Input[str]
    """The execute-api endpoint that calls through the name. Not one that serves a public custom domain name."""
    share_arn: NotRequired[pulumi.Input[str]]
    """The RAM share that gives this account the name when the owner is another account
    (`DomainNameShare.granted[account]`); the association waits for it. Defaults to none: the same account."""
    accept_share: NotRequired[bool]
    """Accept `share_arn` in this account first, as a share from outside one organization (or within one
    without RAM's organization sharing) must be. Defaults to false."""


class DomainNameAccess(pulumi.ComponentResource):
    """Lets one VPC endpoint call a private custom domain name. Create it with the provider of the endpoint's
    account (`opts`), which may not be the domain name owner's.

    Creates an `aws.apigateway.DomainNameAccessAssociation` (source type VPCE, the only one API Gateway has) and,
    with `accept_share`, the `aws.ram.ResourceShareAccepter` it waits for.
    """

    arn: pulumi.Output[str]
    """The access association's ARN."""
    share_arn: Optional[pulumi.Output[str]]
    """`share_arn` once accepted here (with `accept_share`): another endpoint of this account that associates
    with the same name passes it, without accepting again. None without `share_arn`."""

    def __init__(self, name: str, args: DomainNameAccessArgs, opts: Optional[pulumi.ResourceOptions] = None):
        share_arn = args.get("share_arn")
        if args.get("accept_share") and share_arn is None:
            raise ValueError("`accept_share` needs `share_arn`, the RAM share to accept")
        super().__init__("apigw-private:index:DomainNameAccess", name, None, opts)
        domain_name_arn = pulumi.Output.from_input(args["domain_name_arn"])
        self.share_arn = None
        if share_arn is not None:
            self.share_arn = pulumi.Output.from_input(share_arn)
            if args.get("accept_share"):
                self.share_arn = aws.ram.ResourceShareAccepter(
                    f"{name}-accepter", share_arn=share_arn, opts=pulumi.ResourceOptions(parent=self)
                ).id
            # The association can only name a domain this account has been given: wait for the share.
            domain_name_arn = pulumi.Output.all(domain_name_arn, self.share_arn).apply(lambda values: values[0])
        association = aws.apigateway.DomainNameAccessAssociation(
            f"{name}-association",
            domain_name_arn=domain_name_arn,
            access_association_source=args["vpc_endpoint_id"],
            access_association_source_type="VPCE",
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.arn = association.arn
        self.register_outputs({"arn": self.arn})
