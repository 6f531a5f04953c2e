"""A Mermaid flowchart of the request path, drawn from the resources a program registers.

Pure: it takes the registrations of an offline plan (type, name, inputs, the
mocks' outputs, dependencies, provider) and returns Mermaid text. Nothing here
knows a scenario. Resources are sorted by type into nodes of the request path
(custom domain, endpoint, API, VPC link, load balancer, Cloud Map service, backend), parts that
are drawn as their node (a stage is its API, a listener or target group its load
balancer), and noise that is left out (logs, IAM, security groups, ...). Edges
come from data: a resource whose input holds another's id, ARN, DNS name or
private IP, or that waits for it, refers to it; which way a request flows
between the two follows from their kinds (`FLOWS`). Values that name something
this program does not manage (an existing NLB's ARN, a consumer's endpoint id)
become nodes of their own, and resources created through an explicit provider
(another account) and in a VPC are grouped in subgraphs.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterator, Mapping, Optional, Sequence

if TYPE_CHECKING:  # only its shape is read; the diagram runs on any such records
    from tooling.recorder import Registration as Registered

ENDPOINT, DOMAIN, API, LINK, LB, CLOUDMAP, BACKEND = ("endpoint", "domain", "api", "link", "lb", "cloudmap", "backend")
INTERNET = "internet"

# (from, to): a request goes from a node of the first kind to one of the second, whichever of
# the two refers to the other (an API lists the endpoint it admits; a VPC link names its NLB; a custom
# domain's mapping names its API, and a private one's policy the endpoints it admits).
FLOWS = frozenset(
    {
        (ENDPOINT, API),
        (ENDPOINT, DOMAIN),
        (DOMAIN, API),
        (API, LINK),
        (API, LB),
        (API, CLOUDMAP),
        (API, INTERNET),
        (LINK, LB),
        (LINK, CLOUDMAP),
        (LB, BACKEND),
        (LB, ENDPOINT),
        (CLOUDMAP, BACKEND),
    }
)
ENTRY_KINDS = (DOMAIN, API, ENDPOINT, LB)
"""Kinds a client can call: nodes of these kinds that nothing on the path leads to get a client."""


@dataclass(frozen=True)
class Role:
    kind: str
    part: bool = False
    """True: drawn as the node of `kind` it belongs to, and its references are that node's."""
    referred: bool = False
    """For a part: it belongs to the node that refers to it (a target group, named by a listener),
    rather than to the node it refers to."""


_NODE = {kind: Role(kind) for kind in (ENDPOINT, DOMAIN, API, LINK, LB, CLOUDMAP, BACKEND)}
DOMAIN_MAPPINGS = ("aws:apigateway/basePathMapping:BasePathMapping", "aws:apigatewayv2/apiMapping:ApiMapping")
ROLES: dict[str, Role] = {
    "aws:apigateway/domainName:DomainName": _NODE[DOMAIN],
    "aws:apigatewayv2/domainName:DomainName": _NODE[DOMAIN],
    **{t: Role(DOMAIN, part=True) for t in DOMAIN_MAPPINGS},
    "aws:apigateway/restApi:RestApi": _NODE[API],
    "aws:apigatewayv2/api:Api": _NODE[API],
    "aws:apigateway/vpcLink:VpcLink": _NODE[LINK],
    "aws:apigatewayv2/vpcLink:VpcLink": _NODE[LINK],
    "aws:lb/loadBalancer:LoadBalancer": _NODE[LB],
    "aws:ec2/vpcEndpoint:VpcEndpoint": _NODE[ENDPOINT],
    "aws:servicediscovery/service:Service": _NODE[CLOUDMAP],
    "aws:ec2/instance:Instance": _NODE[BACKEND],
    "aws:servicediscovery/instance:Instance": Role(CLOUDMAP, part=True),
    "aws:ecs/service:Service": _NODE[BACKEND],
    **{
        t: Role(API, part=True)
        for t in (
            "aws:apigateway/stage:Stage",
            "aws:apigateway/deployment:Deployment",
            "aws:apigateway/methodSettings:MethodSettings",
            "aws:apigateway/restApiPolicy:RestApiPolicy",
            "aws:apigateway/resource:Resource",
            "aws:apigateway/method:Method",
            "aws:apigateway/integration:Integration",
            "aws:apigatewayv2/stage:Stage",
            "aws:apigatewayv2/deployment:Deployment",
            "aws:apigatewayv2/route:Route",
            "aws:apigatewayv2/integration:Integration",
        )
    },
    "aws:lb/listener:Listener": Role(LB, part=True),
    "aws:lb/listenerRule:ListenerRule": Role(LB, part=True),
    "aws:lb/targetGroupAttachment:TargetGroupAttachment": Role(LB, part=True),
    "aws:lb/targetGroup:TargetGroup": Role(LB, part=True, referred=True),
}
VPC_TYPES = ("awsx:ec2:Vpc", "aws:ec2/vpc:Vpc")

# Outputs that identify a resource; an input holding one of them refers to it.
ID_OUTPUTS = ("arn", "dnsName", "privateIp", "apiEndpoint")
# Inputs by which a part names the node it belongs to; they win over its other references
# (a stage's `restApi`, not the upstream API its variables mention).
OWNER_KEYS = ("restApi", "restApiId", "apiId", "loadBalancerArn", "listenerArn", "targetGroupArn", "serviceId")
_MIN_ID_LENGTH = 6  # shorter values (ports, "dev", "TCP") say nothing about identity
_MIN_EMBEDDED_LENGTH = 20  # ARNs and DNS names are also found inside longer strings (URLs, documents)

# Values naming something this program does not manage: (pattern, kind, key, label).
_ELB = r"^arn:[\w-]+:elasticloadbalancing:[\w-]+:\d{12}:(?:loadbalancer|listener)/(net|app)/([^/]+)/"
EXTERNAL = (
    (
        re.compile(_ELB),
        LB,
        lambda m: m.group(2),
        lambda m: f"existing {'NLB' if m.group(1) == 'net' else 'ALB'}<br/>{m.group(2)}",
    ),
    (
        re.compile(r"^arn:[\w-]+:servicediscovery:[\w-]+:\d{12}:service/(srv-\w+)$"),
        CLOUDMAP,
        lambda m: m.group(1),
        lambda m: f"existing Cloud Map service<br/>{m.group(1)}",
    ),
    (
        re.compile(r"^(vpce-[0-9a-f]{8}(?:[0-9a-f]{9})?)$"),
        ENDPOINT,
        lambda m: m.group(1),
        lambda m: f"execute-api endpoint<br/>{m.group(1)}, created by its owners",
    ),
)
_VPC_ID = re.compile(r"^vpc-[0-9a-f]{8}(?:[0-9a-f]{9})?$")
_SUBNET_KEYS = ("subnetId", "subnetIds", "subnets")
_ACCOUNT = re.compile(r":(\d{12}):")


@dataclass
class Node:
    id: str
    kind: str
    label: str
    group: tuple[str, ...] = ()
    """Subgraph ids from the outside in: an account, then a VPC."""


@dataclass
class Edge:
    source: str
    target: str
    label: str = ""


@dataclass
class RequestPath:
    nodes: list[Node]
    edges: list[Edge]
    groups: dict[str, str] = field(default_factory=dict)
    """Subgraph id → its title."""

    def edge_set(self) -> set[tuple[str, str]]:
        return {(e.source, e.target) for e in self.edges}


# -- walking input values ---------------------------------------------------------------------------


def _walk(value: Any, key: str = "", holder: Optional[Mapping] = None) -> Iterator[tuple[str, Any, Optional[Mapping]]]:
    """(key, leaf, the dict holding it) for every leaf; JSON text (documents, policies) is walked too."""
    if isinstance(value, dict):
        for k, v in value.items():
            if not str(k).startswith("__"):
                yield from _walk(v, str(k), value)
    elif isinstance(value, list):
        for item in value:
            yield from _walk(item, key, holder)
    elif isinstance(value, str) and value[:1] in ("{", "["):
        try:
            parsed = json.loads(value)
        except ValueError:
            yield key, value, holder
        else:
            yield from _walk(parsed, key, holder)
    else:
        yield key, value, holder


# -- the graph ----------------------------------------------------------------------------------------


class _Graph:
    def __init__(self, resources: Sequence[Registered]):
        # Registration order races between providers, so the drawing follows URNs instead.
        self.resources = sorted(resources, key=lambda r: r.urn)
        self.by_urn = {r.urn: r for r in self.resources}
        self.order = {r.urn: i for i, r in enumerate(self.resources)}
        self.kind: dict[str, str] = {}
        self.node_of: dict[str, str] = {}
        self.unmatched: dict[str, list[tuple[str, Any, Optional[Mapping]]]] = {}
        self._index_values()
        self.refs = {r.urn: self._references(r) for r in self.resources}
        self.referrers: dict[str, list[str]] = {}
        for urn, refs in self.refs.items():
            for ref in refs:
                self.referrers.setdefault(ref, []).append(urn)
        self._resolve_parts()

    def _index_values(self) -> None:
        self.exact: dict[str, str] = {}
        self.embedded: list[tuple[str, str]] = []
        for r in self.resources:
            values = [r.id] + [r.outputs.get(k) for k in ID_OUTPUTS if k not in r.inputs]
            for value in values:
                if isinstance(value, str) and len(value) >= _MIN_ID_LENGTH and value not in self.exact:
                    self.exact[value] = r.urn
                    if len(value) >= _MIN_EMBEDDED_LENGTH:
                        self.embedded.append((value, r.urn))

    def _references(self, r: Registered) -> list[str]:
        """What `r` refers to: owners named by OWNER_KEYS first, then the rest in URN order."""
        owners: list[str] = []
        found: list[str] = []
        unmatched = self.unmatched.setdefault(r.urn, [])
        for key, leaf, holder in _walk(r.inputs):
            if not isinstance(leaf, str):
                continue
            hits = [self.exact[leaf]] if leaf in self.exact else [urn for value, urn in self.embedded if value in leaf]
            (owners if key in OWNER_KEYS else found).extend(hits)
            if not hits:
                unmatched.append((key, leaf, holder))
        found += [d for d in r.dependencies if d in self.by_urn]
        found = sorted(set(found) - set(owners), key=self.order.__getitem__)
        return [u for u in dict.fromkeys(owners + found) if u != r.urn]

    def _resolve_parts(self) -> None:
        for r in self.resources:
            role = self._role(r)
            if role and not role.part:
                self.node_of[r.urn] = r.urn
                self.kind[r.urn] = role.kind
        pending = [r for r in self.resources if (role := self._role(r)) and role.part]
        while pending:
            left = []
            for r in pending:
                role = self._role(r)
                assert role is not None  # pending holds only parts
                candidates = self.referrers.get(r.urn, []) if role.referred else self.refs[r.urn]
                owners = [
                    self.node_of[u] for u in candidates if u in self.node_of and self.kind[self.node_of[u]] == role.kind
                ]
                if owners:
                    self.node_of[r.urn] = owners[0]
                else:
                    left.append(r)
            if len(left) == len(pending):
                break
            pending = left

    @staticmethod
    def _role(r: Registered) -> Optional[Role]:
        role = ROLES.get(r.type)
        if role is _NODE[ENDPOINT] and "execute-api" not in str(r.inputs.get("serviceName", "")):
            return None  # endpoints of other services are not on an API's request path
        return role

    def members(self, node: str) -> list[Registered]:
        return [r for r in self.resources if self.node_of.get(r.urn) == node]


def request_path(resources: Sequence[Registered]) -> RequestPath:
    """The request path of a program's registrations: nodes, edges, subgraphs."""
    graph = _Graph(resources)
    nodes: dict[str, Node] = {}
    order: dict[str, int] = {}
    for urn, kind in graph.kind.items():
        r = graph.by_urn[urn]
        nodes[urn] = Node(id="", kind=kind, label=_label(graph, r, kind))
        order[urn] = graph.order[urn]

    # References of a node: those of its members; external values become nodes.
    refs: dict[str, dict[str, list[Registered]]] = {urn: {} for urn in nodes}
    for r in graph.resources:
        node = graph.node_of.get(r.urn)
        if node is None:
            continue
        targets = [graph.node_of[u] for u in graph.refs[r.urn] if u in graph.node_of]
        for _key, leaf, holder in graph.unmatched.get(r.urn, []):
            external = _external(leaf, holder, nodes[node].kind)
            if external:
                ext_urn, kind, label = external
                if ext_urn not in nodes:
                    nodes[ext_urn] = Node(id="", kind=kind, label=label)
                    order[ext_urn] = len(graph.resources) + len(order)
                targets.append(ext_urn)
        for target in dict.fromkeys(targets):
            if target != node:
                refs[node].setdefault(target, []).append(r)
                refs.setdefault(target, {})
        links = [t for t in dict.fromkeys(targets) if nodes[t].kind == LINK]
        if len(links) == 1:  # an integration through a VPC link: the link leads to its target
            for target in dict.fromkeys(targets):
                if (LINK, nodes[target].kind) in FLOWS:
                    refs[links[0]].setdefault(target, []).append(r)

    edges: dict[tuple[str, str], list[Registered]] = {}
    for source, referred in refs.items():
        for target, via in referred.items():
            pair = (nodes[source].kind, nodes[target].kind)
            if pair in FLOWS:
                edges.setdefault((source, target), []).extend(via)
            elif pair[::-1] in FLOWS:
                edges.setdefault((target, source), []).extend(via)
    edges = {pair: via for pair, via in edges.items() if not _reachable_otherwise(edges, *pair)}

    _name_nodes(nodes, graph, order)
    groups = _group(graph, nodes)
    reached = {b for a, b in edges}
    # Drawn in the order a request meets them: by distance from where requests enter, then by URN.
    depth = {urn: 0 for urn in nodes if urn not in reached}
    for _ in nodes:
        for a, b in edges:
            if a in depth and depth.get(b, -1) < depth[a] + 1 <= len(nodes):
                depth[b] = depth[a] + 1
    rank = {urn: (depth.get(urn, len(nodes)), position) for urn, position in order.items()}
    path_edges = [
        Edge(nodes[a].id, nodes[b].id, _edge_label(graph, nodes[a].kind, via))
        for (a, b), via in sorted(edges.items(), key=lambda e: (rank[e[0][0]], rank[e[0][1]]))
    ]
    clients: dict[tuple[str, ...], str] = {}
    client_edges = []
    for urn in sorted(nodes, key=rank.__getitem__):
        entry = nodes[urn]
        if entry.kind in ENTRY_KINDS and urn not in reached:
            account = entry.group[:1] if entry.group and entry.group[0].startswith("account_") else ()
            client = clients.setdefault(account, "client" + ("_" + account[0] if account else ""))
            client_edges.append(Edge(client, entry.id, _entry_label(graph, urn, entry.kind)))
    client_nodes = [
        Node(client, "client", f"client in {groups[account[0]]}" if account else "client", account)
        for account, client in clients.items()
    ]
    ordered = client_nodes + [nodes[u] for u in sorted(nodes, key=rank.__getitem__)]
    path_edges = client_edges + path_edges
    return RequestPath(nodes=ordered, edges=path_edges, groups=groups)


def _reachable_otherwise(edges: Mapping[tuple[str, str], Any], source: str, target: str) -> bool:
    """Whether `target` is reachable from `source` without the direct edge (so it is redundant)."""
    seen, stack = {source}, [b for (a, b) in edges if a == source and b != target]
    while stack:
        here = stack.pop()
        if here == target:
            return True
        if here not in seen:
            seen.add(here)
            stack += [b for (a, b) in edges if a == here]
    return False


def _external(leaf: str, holder: Optional[Mapping], kind: str) -> Optional[tuple[str, str, str]]:
    for pattern, ext_kind, key, label in EXTERNAL:
        match = pattern.match(leaf)
        if match:
            return f"external:{ext_kind}:{key(match)}", ext_kind, label(match)
    if (
        kind == API
        and holder is not None
        and leaf.startswith(("http://", "https://"))
        and "${" not in leaf
        and str(holder.get("type", "")).lower() in ("http", "http_proxy")
        and holder.get("connectionType", "INTERNET") != "VPC_LINK"
    ):
        host = leaf.split("/")[2]
        return f"external:{INTERNET}:{host}", INTERNET, f"HTTP backend<br/>{host}"
    return None


# -- labels -------------------------------------------------------------------------------------------


def _first(graph: _Graph, node: str, typ: str, key: str) -> Any:
    for member in graph.members(node):
        if member.type == typ and member.inputs.get(key) not in (None, ""):
            return member.inputs[key]
    return None


def _listeners(graph: _Graph, node: str) -> str:
    return ", ".join(
        f"{m.inputs.get('protocol', '')} {m.inputs.get('port', '')}".strip()
        for m in graph.members(node)
        if m.type == "aws:lb/listener:Listener"
    )


def _label(graph: _Graph, r: Registered, kind: str) -> str:
    details = [r.name]
    if kind == API and r.type.startswith("aws:apigatewayv2/"):
        title = f"{r.inputs.get('protocolType', 'HTTP')} API"
        stage = _first(graph, r.urn, "aws:apigatewayv2/stage:Stage", "name")
    elif kind == API:
        types = (r.inputs.get("endpointConfiguration") or {}).get("types", "REGIONAL")
        types = types[0] if isinstance(types, list) and types else types
        title = {"REGIONAL": "Regional", "PRIVATE": "Private", "EDGE": "Edge-optimized"}.get(types, types) + " REST API"
        stage = _first(graph, r.urn, "aws:apigateway/stage:Stage", "stageName")
    elif kind == LINK:
        title, stage = "VPC link v2" if r.type.startswith("aws:apigatewayv2/") else "VPC link v1", None
    elif kind == LB:
        kind_name = "NLB" if r.inputs.get("loadBalancerType") == "network" else "ALB"
        title, stage = ("internal " if r.inputs.get("internal") else "internet-facing ") + kind_name, None
        details += [_listeners(graph, r.urn)] if _listeners(graph, r.urn) else []
    elif kind == DOMAIN:
        private = (r.inputs.get("endpointConfiguration") or {}).get("types") == "PRIVATE"
        title, stage = ("Private" if private else "Regional") + " custom domain", None
        base = next(
            (
                m.inputs.get("basePath") or m.inputs.get("apiMappingKey")
                for m in graph.members(r.urn)
                if m.type in DOMAIN_MAPPINGS
            ),
            None,
        )
        details = [f"{r.inputs.get('domainName', r.name)}/{base or ''}"]
        details += ["mutual TLS"] if r.inputs.get("mutualTlsAuthentication") else []
    elif kind == ENDPOINT:
        title, stage = "execute-api endpoint", None
        details += ["private DNS"] if r.inputs.get("privateDnsEnabled") else []
    elif kind == CLOUDMAP:
        title, stage = "Cloud Map service", None
    else:
        title, stage = (
            {"aws:ec2/instance:Instance": "EC2 instance", "aws:ecs/service:Service": "ECS service"}.get(r.type, r.type),
            None,
        )
    if stage:
        details.append(f"stage {stage}")
    return f"{title}<br/>{', '.join(details)}"


def _edge_label(graph: _Graph, source_kind: str, via: Sequence[Registered]) -> str:
    """Load balancer edges carry the target group's protocol and port."""
    if source_kind != LB:
        return ""
    for part in via:
        group_arn = part.inputs.get("targetGroupArn")
        group = graph.by_urn.get(graph.exact.get(group_arn, "")) if isinstance(group_arn, str) else None
        if group is not None:
            port = part.inputs.get("port") or group.inputs.get("port", "")
            return f"{group.inputs.get('protocol', '')} {port}".strip()
    return ""


def _entry_label(graph: _Graph, urn: str, kind: str) -> str:
    if kind == LB:
        return _listeners(graph, urn)
    members = graph.members(urn)
    if kind == ENDPOINT:
        private_dns = urn in graph.by_urn and graph.by_urn[urn].inputs.get("privateDnsEnabled")
        return "HTTPS, private DNS" if private_dns else "HTTPS"
    if kind == DOMAIN:  # the request is signed (or not) for the API the domain maps to
        members = [
            api_member
            for m in members
            for u in graph.refs[m.urn]
            if graph.kind.get(graph.node_of.get(u, "")) == API
            for api_member in graph.members(graph.node_of[u])
        ]
    signed = any(leaf in ("awsSigv4", "AWS_IAM") for m in members for _, leaf, _ in _walk(m.inputs))
    mutual_tls = kind == DOMAIN and graph.by_urn[urn].inputs.get("mutualTlsAuthentication")
    return "HTTPS" + (", SigV4-signed" if signed else "") + (", mutual TLS" if mutual_tls else "")


# -- ids and groups -----------------------------------------------------------------------------------


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_]+", "_", text).strip("_")


def _name_nodes(nodes: Mapping[str, Node], graph: _Graph, order: Mapping[str, int]) -> None:
    taken: set[str] = {"client"}
    for urn in sorted(nodes, key=order.__getitem__):
        name = graph.by_urn[urn].name if urn in graph.by_urn else urn.rsplit(":", 1)[-1]
        base = f"{nodes[urn].kind}_{_slug(name)}"
        candidate, n = base, 2
        while candidate in taken:
            candidate, n = f"{base}_{n}", n + 1
        taken.add(candidate)
        nodes[urn].id = candidate


def _group(graph: _Graph, nodes: Mapping[str, Node]) -> dict[str, str]:
    """Puts each node in its account (explicit provider) and VPC subgraph; returns their titles."""
    titles: dict[str, str] = {}
    vpc_of: dict[str, str] = {}  # vpc or subnet id → subgraph id
    for r in graph.resources:
        if r.type in VPC_TYPES:
            group = f"vpc_{_slug(r.name)}"
            titles[group] = f"VPC {r.name}" + (f", {r.inputs['cidrBlock']}" if r.inputs.get("cidrBlock") else "")
            vpc_of[r.outputs.get("vpcId") or r.id] = group
            for key in ("privateSubnetIds", "isolatedSubnetIds", "publicSubnetIds"):
                for subnet in r.outputs.get(key) or []:
                    vpc_of[subnet] = group
    # Subnets named together with a VPC id by one node belong to that VPC (the user's own network).
    found: dict[str, tuple[list[str], list[str]]] = {}
    for urn in nodes:
        vpcs, subnets = found.setdefault(urn, ([], []))
        for member in graph.members(urn):
            for key, leaf, _ in _walk(member.inputs):
                if key == "vpcId" and isinstance(leaf, str):
                    vpcs.append(leaf)
                elif key in _SUBNET_KEYS and isinstance(leaf, str):
                    subnets.append(leaf)
        known = [v for v in vpcs if v in vpc_of] or [v for v in vpcs if _VPC_ID.match(v)]
        for vpc in known[:1]:
            if vpc not in vpc_of:
                vpc_of[vpc] = f"vpc_{_slug(vpc)}"
                titles[vpc_of[vpc]] = f"VPC {vpc}"
            for subnet in subnets:
                vpc_of.setdefault(subnet, vpc_of[vpc])
    for urn, node in nodes.items():
        vpcs, subnets = found.get(urn, ([], []))
        vpc_group = next((vpc_of[v] for v in vpcs + subnets if v in vpc_of), None)
        account = _account(graph, urn, titles)
        node.group = tuple(g for g in (account, vpc_group) if g)
    return titles


def _account(graph: _Graph, urn: str, titles: dict[str, str]) -> Optional[str]:
    r = graph.by_urn.get(urn)
    provider = graph.by_urn.get(r.provider.rsplit("::", 1)[0]) if r is not None and r.provider else None
    if provider is None or not provider.type.startswith("pulumi:providers:"):
        return None
    group = f"account_{_slug(provider.name)}"
    roles = [leaf for key, leaf, _ in _walk(provider.inputs) if key in ("roleArn",) and isinstance(leaf, str)]
    account = next((m.group(1) for m in map(_ACCOUNT.search, roles) if m), None)
    region = provider.inputs.get("region")
    titles[group] = (f"account {account}" if account else f"provider {provider.name}") + (
        f", {region}" if region else ""
    )
    return group


# -- Mermaid ------------------------------------------------------------------------------------------

_SHAPES = {"client": ('(["', '"])'), BACKEND: ('("', '")'), INTERNET: ('(("', '"))')}


def _quote(text: str) -> str:
    return text.replace('"', "#quot;")


def render(path: RequestPath, direction: str = "LR") -> str:
    """The request path as a Mermaid flowchart."""
    lines = [f"flowchart {direction}"]

    def node_line(node: Node, indent: str) -> str:
        opening, closing = _SHAPES.get(node.kind, ('["', '"]'))
        return f"{indent}{node.id}{opening}{_quote(node.label)}{closing}"

    def emit(prefix: tuple[str, ...], indent: str) -> None:
        for node in path.nodes:
            if node.group == prefix:
                lines.append(node_line(node, indent))
        children = list(
            dict.fromkeys(
                n.group[len(prefix)]
                for n in path.nodes
                if len(n.group) > len(prefix) and n.group[: len(prefix)] == prefix
            )
        )
        for child in children:
            lines.append(f'{indent}subgraph {child} ["{_quote(path.groups[child])}"]')
            emit(prefix + (child,), indent + "  ")
            lines.append(f"{indent}end")

    emit((), "  ")
    for edge in path.edges:
        arrow = f'-->|"{_quote(edge.label)}"|' if edge.label else "-->"
        lines.append(f"  {edge.source} {arrow} {edge.target}")
    return "\n".join(lines) + "\n"


def mermaid(resources: Sequence[Registered], direction: str = "LR") -> str:
    """A Mermaid flowchart of the request path through `resources`."""
    return render(request_path(resources), direction)
