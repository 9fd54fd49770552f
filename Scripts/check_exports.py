#!/usr/bin/env python3
"""Reads actorgraph's exports back with the tools analysts use and checks them against the
graph JSON of the same graph: networkx (read_graphml, read_gexf), igraph (Read_GraphML; igraph
has no GEXF reader, so the GEXF goes through networkx into igraph.Graph.from_networkx) and
followthemoney's own schema for the FtM lines.

    check_exports.py DIR [--counts NODES EDGES]

DIR holds graph.json (`export --format json`) and any of graph.graphml, graph.gexf,
yed.graphml, graph.ftm.json. Every node and edge must be there with every attribute, the
evidence arrays must hold each relation's sentences in order, and with --counts the graph
must have that many nodes and edges (what `actorgraph actors` and the store report).
Prints one line per file checked; exits 1 naming the first problems found.

Run by the Swift tests (ExportInteropTests) and by Scripts/check-exports, in the project's
.venv made by Scripts/setup.
"""
import json
import os
import re
import sys
import warnings

NODE_ATTRIBUTES = {"type", "aliases", "mentions", "documents", "degree", "betweenness", "community"}
EDGE_ATTRIBUTES = {"type", "symmetric", "hedged", "former", "asserted", "evidence", "documents"}
EVIDENCE_FIELDS = ["sentences", "documents", "titles", "dates", "urls", "hedged", "former", "found_by",
                   "rules", "confidences", "asserted_by"]

problems = []

# XML 1.0 cannot carry these characters at all: the writers drop them from names and labels
# (inside the JSON-array attributes they survive as \u escapes).
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text):
    return XML_FORBIDDEN.sub("", text)


def problem(message):
    if len(problems) < 20:
        problems.append(message)


def expected_graph(directory):
    with open(os.path.join(directory, "graph.json"), encoding="utf-8") as handle:
        graph = json.load(handle)
    nodes = {actor["id"]: actor for actor in graph["actors"]}
    edges = {}
    for index, relation in enumerate(graph["relations"]):
        edges["e%d" % index] = relation
    return nodes, edges


def check_node(name, node_id, data, actor):
    missing = NODE_ATTRIBUTES - set(data)
    if missing:
        problem("%s: node %r lacks %s" % (name, node_id, sorted(missing)))
        return
    if data["type"] != actor["type"]:
        problem("%s: node %r type %r, graph.json says %r" % (name, node_id, data["type"], actor["type"]))
    if json.loads(data["aliases"]) != actor.get("aliases", []):
        problem("%s: node %r aliases %r differ from graph.json" % (name, node_id, data["aliases"]))
    if int(data["mentions"]) != actor.get("mentions", 0):
        problem("%s: node %r mentions %r, graph.json says %r" % (name, node_id, data["mentions"], actor.get("mentions")))
    if not isinstance(data["betweenness"], float) or not 0 <= data["betweenness"] <= 1:
        problem("%s: node %r betweenness %r is not a number in [0, 1]" % (name, node_id, data["betweenness"]))


def check_edge(name, edge_id, source, target, data, relation):
    if (source, target) != (relation["source"], relation["target"]):
        problem("%s: edge %s runs %s -> %s, graph.json says %s -> %s"
                % (name, edge_id, source, target, relation["source"], relation["target"]))
    missing = EDGE_ATTRIBUTES - set(data)
    missing |= {"evidence_" + field for field in EVIDENCE_FIELDS} - set(data)
    if missing:
        problem("%s: edge %s lacks %s" % (name, edge_id, sorted(missing)))
        return
    if data["type"] != relation["type"]:
        problem("%s: edge %s type %r, graph.json says %r" % (name, edge_id, data["type"], relation["type"]))
    symmetric = relation["type"] in ("allied-with", "fights")
    if data["symmetric"] is not symmetric:
        problem("%s: edge %s symmetric %r for %s" % (name, edge_id, data["symmetric"], relation["type"]))
    evidence = relation.get("evidence", [])
    sentences = json.loads(data["evidence_sentences"])
    if sentences != [item.get("sentence", "") for item in evidence]:
        problem("%s: edge %s sentences %r differ from graph.json's" % (name, edge_id, sentences[:2]))
    if json.loads(data["evidence_documents"]) != [item["document"] for item in evidence]:
        problem("%s: edge %s documents differ from graph.json's" % (name, edge_id))
    if json.loads(data["evidence_dates"]) != [item.get("date") for item in evidence]:
        problem("%s: edge %s dates differ from graph.json's" % (name, edge_id))
    if json.loads(data["evidence_urls"]) != [item.get("url") for item in evidence]:
        problem("%s: edge %s urls differ from graph.json's" % (name, edge_id))
    for field in EVIDENCE_FIELDS:
        values = json.loads(data["evidence_" + field])
        if len(values) != len(evidence):
            problem("%s: edge %s evidence_%s has %d entries for %d sentences" % (name, edge_id, field, len(values), len(evidence)))
    if int(data["evidence"]) != len(evidence):
        problem("%s: edge %s evidence count %r, %d sentences" % (name, edge_id, data["evidence"], len(evidence)))


def check_networkx(name, graph, nodes, edges):
    if not graph.is_directed():
        problem("%s: networkx reads an undirected graph" % name)
    if graph.number_of_nodes() != len(nodes) or graph.number_of_edges() != len(edges):
        problem("%s: networkx reads %d nodes and %d edges, graph.json has %d and %d"
                % (name, graph.number_of_nodes(), graph.number_of_edges(), len(nodes), len(edges)))
    for node_id, data in graph.nodes(data=True):
        if node_id not in nodes:
            problem("%s: node %r is not in graph.json" % (name, node_id))
            continue
        check_node(name, node_id, data, nodes[node_id])
        if data.get("label") != xml_text(nodes[node_id]["name"]):
            problem("%s: node %r label %r, graph.json name %r" % (name, node_id, data.get("label"), nodes[node_id]["name"]))
    seen = set()
    # networkx returns a MultiDiGraph only when two edges share their ends.
    triples = graph.edges(keys=True, data=True) if graph.is_multigraph() else \
        ((source, target, None, data) for source, target, data in graph.edges(data=True))
    for source, target, key, data in triples:
        edge_id = data.get("id", key)
        if edge_id not in edges:
            problem("%s: edge %r is not a relation of graph.json" % (name, edge_id))
            continue
        seen.add(edge_id)
        check_edge(name, edge_id, source, target, data, edges[edge_id])
    if seen != set(edges):
        problem("%s: edges %s missing" % (name, sorted(set(edges) - seen)[:5]))


def check_igraph(name, graph, nodes, edges):
    if not graph.is_directed():
        problem("%s: igraph reads an undirected graph" % name)
    if graph.vcount() != len(nodes) or graph.ecount() != len(edges):
        problem("%s: igraph reads %d nodes and %d edges, graph.json has %d and %d"
                % (name, graph.vcount(), graph.ecount(), len(nodes), len(edges)))
    node_key = "id" if "id" in graph.vs.attributes() else "_nx_name"
    ids = graph.vs[node_key]
    for vertex in graph.vs:
        data = vertex.attributes()
        if data[node_key] not in nodes:
            problem("%s: igraph node %r is not in graph.json" % (name, data[node_key]))
            continue
        check_node(name, data[node_key], data, nodes[data[node_key]])
    sentences = {}
    for edge in graph.es:
        data = edge.attributes()
        relation_sentences = json.loads(data["evidence_sentences"])
        source, target = ids[edge.source], ids[edge.target]
        sentences.setdefault((source, target, data["type"]), relation_sentences)
    for edge_id, relation in edges.items():
        found = sentences.get((relation["source"], relation["target"], relation["type"]))
        if found != [item.get("sentence", "") for item in relation.get("evidence", [])]:
            problem("%s: igraph edge %s (%s %s %s) lacks its sentences"
                    % (name, edge_id, relation["source"], relation["type"], relation["target"]))


def check_ftm(path, nodes, edges):
    from followthemoney import model
    from followthemoney.exc import InvalidData
    entities = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            data = json.loads(line)
            try:
                proxy = model.get_proxy(data, cleaned=False)
                proxy.schema.validate(proxy.to_dict())
            except InvalidData as error:
                problem("%s:%d: followthemoney rejects %s: %s" % (path, number, data.get("id"), error))
                continue
            for prop, values in data["properties"].items():
                if prop not in proxy.schema.properties:
                    problem("%s:%d: %s has no property %r" % (path, number, proxy.schema.name, prop))
                elif len(proxy.get(prop, quiet=True)) != len(values):
                    problem("%s:%d: followthemoney dropped values of %s.%s: %r"
                            % (path, number, proxy.schema.name, prop, values[:3]))
            entities[proxy.id] = proxy
    for proxy in entities.values():
        for prop in proxy.schema.properties.values():
            if prop.type.name != "entity":
                continue
            for target in proxy.get(prop):
                other = entities.get(target)
                if other is None:
                    problem("%s: %s.%s points to %s, which is not in the file" % (path, proxy.id, prop.name, target))
                elif not other.schema.is_a(prop.range):
                    problem("%s: %s.%s wants a %s, %s is a %s" % (path, proxy.id, prop.name, prop.range.name, target, other.schema.name))
    actors = [e for e in entities.values() if e.schema.is_a("LegalEntity")]
    links = [e for e in entities.values() if e.schema.is_a("Interval")]
    if len(actors) != len(nodes) or len(links) != len(edges):
        problem("%s: %d actors and %d relations, graph.json has %d and %d" % (path, len(actors), len(links), len(nodes), len(edges)))
    with_sentences = [e for e in links if e.get("summary")]
    expected = sum(1 for r in edges.values() if any(item.get("sentence") for item in r.get("evidence", [])))
    if len(with_sentences) != expected:
        problem("%s: %d relations carry sentences, graph.json has %d with sentences" % (path, len(with_sentences), expected))
    return len(actors), len(links)


def main(arguments):
    if not arguments or arguments[0].startswith("-"):
        print(__doc__, file=sys.stderr)
        return 64
    directory = arguments[0]
    nodes, edges = expected_graph(directory)
    if "--counts" in arguments:
        at = arguments.index("--counts")
        want_nodes, want_edges = int(arguments[at + 1]), int(arguments[at + 2])
        if (want_nodes, want_edges) != (len(nodes), len(edges)):
            problem("graph.json has %d nodes and %d edges, expected %d and %d" % (len(nodes), len(edges), want_nodes, want_edges))
    warnings.simplefilter("error")  # a reader's warning (unknown key, dropped value) is a failure
    import networkx
    checked = []
    for file in ("graph.graphml", "yed.graphml"):
        path = os.path.join(directory, file)
        if os.path.exists(path):
            check_networkx(file + " (networkx)", networkx.read_graphml(path), nodes, edges)
            import igraph
            check_igraph(file + " (igraph)", igraph.Graph.Read_GraphML(path), nodes, edges)
            checked.append(file)
    path = os.path.join(directory, "graph.gexf")
    if os.path.exists(path):
        graph = networkx.read_gexf(path)
        check_networkx("graph.gexf (networkx)", graph, nodes, edges)
        import igraph
        check_igraph("graph.gexf (igraph via networkx)", igraph.Graph.from_networkx(graph), nodes, edges)
        checked.append("graph.gexf")
    path = os.path.join(directory, "graph.ftm.json")
    if os.path.exists(path):
        check_ftm(path, nodes, edges)
        checked.append("graph.ftm.json")
    if not checked:
        problem("%s: no export to check (graph.graphml, graph.gexf, yed.graphml, graph.ftm.json)" % directory)
    if problems:
        for message in problems:
            print("check_exports: " + message, file=sys.stderr)
        return 1
    print("check_exports: %s read back: %d nodes, %d edges, every attribute and sentence"
          % (", ".join(checked), len(nodes), len(edges)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
