"""rest-regional: client → Regional REST API → VPC link v1 → internal NLB → service."""

from __future__ import annotations

from components import RestVpcLink, RestVpcLinkArgs, VpcLinkBackend, curl
from program.scenarios.common import Outputs, common_outputs, nlb_backend, rest_api, routes
from program.settings import Settings


def build(settings: Settings) -> Outputs:
    backend = nlb_backend(settings)
    link = RestVpcLink("vpc-link", RestVpcLinkArgs(target_arn=backend.arn))
    api = rest_api(settings, stage_variables={"vpcLinkId": link.id, "nlbDnsName": backend.dns_name},
                   vpc_link=VpcLinkBackend(port=settings.backend.port))
    signed = settings.authorization == "AWS_IAM"
    return {**common_outputs(settings, api),
            "curlExamples": api.invoke_url.apply(lambda url: curl.invoke_url_examples(
                url, routes(settings), region=settings.region, signed=signed))}
