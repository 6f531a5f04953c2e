"""rest-regional: client → Regional REST API → VPC link v1 → internal NLB → service
(or, with `restApi.vpcLink: v2`, → VPC link v2 → internal ALB → service)."""

from __future__ import annotations

from components import curl
from program.scenarios.common import Outputs, common_outputs, rest_api, rest_vpc_link, routes
from program.settings import Settings


def build(settings: Settings) -> Outputs:
    link = rest_vpc_link(settings)
    api = rest_api(settings, link)
    signed = settings.authorization == "AWS_IAM"
    outputs = {**common_outputs(settings, api),
               "curlExamples": api.invoke_url.apply(lambda url: curl.invoke_url_examples(
                   url, routes(settings), region=settings.region, signed=signed))}
    if link.security_group_id is not None:
        outputs["vpcLinkSecurityGroupId"] = link.security_group_id
    return outputs
