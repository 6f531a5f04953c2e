"""DomainNameShare: a private custom domain name shared with other accounts through AWS RAM."""

import re
from typing import NotRequired, Optional, Sequence, TypedDict

import pulumi
import pulumi_aws as aws


class DomainNameShareArgs(TypedDict):
    domain_name_arn: pulumi.Input[str]
    """The private custom domain name to share (`PrivateDomainName.arn`)."""
    principals: Sequence[str]
    """The 12-digit ids of the accounts that may associate their endpoints with the name. Each names its own
    principal association, so adding or removing an account leaves the others (and the share) in place."""
    allow_external_principals: NotRequired[bool]
    """Whether accounts outside this account's AWS Organization may receive the share; they must accept it
    (`DomainNameAccess` with `accept_share`) within 12 hours. Defaults to true; set it to false when every
    principal is in the organization and RAM sharing within it is turned on (shares are then accepted
    automatically)."""


class DomainNameShare(pulumi.ComponentResource):
    """Shares a private custom domain name with other accounts, so they can associate their endpoints with it.

    Creates one `aws.ram.ResourceShare`, an `aws.ram.ResourceAssociation` of the domain name's ARN and an
    `aws.ram.PrincipalAssociation` per account, all in the domain name owner's account (the provider in `opts`).
    """

    arn: pulumi.Output[str]
    """The resource share's ARN."""
    granted: dict[str, pulumi.Output[str]]
    """For each principal, the share's ARN once the domain name and that principal are both associated with it:
    pass it as that account's `DomainNameAccess` `share_arn`, so its association waits for the share."""

    def __init__(self, name: str, args: DomainNameShareArgs, opts: Optional[pulumi.ResourceOptions] = None):
        principals = list(args["principals"])
        bad = [p for p in principals if not re.fullmatch(r"\d{12}", p)]
        if bad or not principals or len(set(principals)) != len(principals):
            raise ValueError(f"`principals` must list distinct 12-digit account ids, at least one; got {principals}")
        super().__init__("apigw-private:index:DomainNameShare", name, None, opts)
        share = aws.ram.ResourceShare(
            f"{name}-share",
            allow_external_principals=args.get("allow_external_principals", True),
            opts=pulumi.ResourceOptions(parent=self),
        )
        resource = aws.ram.ResourceAssociation(
            f"{name}-domain",
            resource_share_arn=share.arn,
            resource_arn=args["domain_name_arn"],
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.arn = share.arn
        self.granted = {}
        for principal in principals:
            association = aws.ram.PrincipalAssociation(
                f"{name}-{principal}",
                resource_share_arn=share.arn,
                principal=principal,
                opts=pulumi.ResourceOptions(parent=self),
            )
            self.granted[principal] = pulumi.Output.all(share.arn, resource.id, association.id).apply(
                lambda values: values[0]
            )
        self.register_outputs({"arn": self.arn})
