"""References: one type for a network, load balancer or VPC link, whoever created it."""

import pytest

from components import existing_listener, existing_load_balancer, existing_network
from components import partition as partitions
from components.references import LoadBalancerKind, load_balancer_kind, load_balancer_of_listener
from tests.conftest import PARTITION_OF, build


def elb_arn(region: str, resource: str) -> str:
    return partitions.arn(PARTITION_OF[region], "elasticloadbalancing", region, "123456789012", resource)


@pytest.mark.parametrize(
    "resource, kind",
    [
        ("loadbalancer/net/orders/0123456789abcdef", LoadBalancerKind.NETWORK),
        ("loadbalancer/app/web/0123456789abcdef", LoadBalancerKind.APPLICATION),
        ("listener/app/web/0123456789abcdef/fedcba9876543210", LoadBalancerKind.APPLICATION),
    ],
)
def test_the_kind_of_a_load_balancer_is_read_from_its_arn(region, resource, kind):
    assert load_balancer_kind(elb_arn(region, resource)) is kind


@pytest.mark.parametrize("resource", ["loadbalancer/gwy/x/0123456789abcdef", "loadbalancer/x", "targetgroup/t/1"])
def test_rejects_an_arn_that_is_no_application_or_network_load_balancer(region, resource):
    with pytest.raises(ValueError, match="is not the ARN of an Application or Network Load Balancer"):
        load_balancer_kind(elb_arn(region, resource))


def test_a_listener_arn_names_its_load_balancer(region):
    listener = elb_arn(region, "listener/net/n/0123456789abcdef/fedcba9876543210")
    assert load_balancer_of_listener(listener) == elb_arn(region, "loadbalancer/net/n/0123456789abcdef")
    with pytest.raises(ValueError, match="is not a listener ARN"):
        load_balancer_of_listener(elb_arn(region, "loadbalancer/net/n/0123456789abcdef"))


def test_existing_resources_are_looked_up_into_the_same_shape(region):
    def program():
        net = existing_network("vpc-0123456789abcdef0", ["subnet-0123456789abcdef0"])
        alb = existing_listener(elb_arn(region, "listener/app/web/0123456789abcdef/fedcba9876543210"))
        nlb = existing_load_balancer(elb_arn(region, "loadbalancer/net/n/0123456789abcdef"))
        return {"cidr": net["cidr_block"], "subnets": net["subnet_ids"], "alb": alb, "nlb": nlb["kind"].value}

    outputs = build(region, program).outputs
    assert outputs["subnets"] == ["subnet-0123456789abcdef0"] and outputs["cidr"].count("/") == 1
    alb = outputs["alb"]
    assert (alb["kind"], outputs["nlb"]) == ("application", "network")
    assert alb["arn"] == elb_arn(region, "loadbalancer/app/web/0123456789abcdef")
    assert alb["listener_arn"] == elb_arn(region, "listener/app/web/0123456789abcdef/fedcba9876543210")
    assert alb["dns_name"].startswith("internal-web-")
