/// GraphML (http://graphml.graphdrawing.org) for Gephi, yEd and Cytoscape.
///
/// Nodes carry `label`, `type`, `aliases` and `mentions`; edges carry `type`, `hedged`,
/// `former`, `asserted`, `evidence` (count), `documents`, `first_date`, `last_date` and
/// `weight` (= evidence count, which Gephi reads as edge weight). Symmetric relations
/// (`allied-with`, `fights`) are written `directed="false"`.
enum GraphMLWriter {
    private static let nodeKeys: [(id: String, name: String, type: String)] = [
        ("label", "label", "string"), ("type", "type", "string"), ("aliases", "aliases", "string"),
        ("mentions", "mentions", "int"),
    ]
    private static let edgeKeys: [(id: String, name: String, type: String)] = [
        ("etype", "type", "string"), ("hedged", "hedged", "boolean"), ("former", "former", "boolean"),
        ("asserted", "asserted", "boolean"), ("evidence", "evidence", "int"), ("documents", "documents", "int"),
        ("first_date", "first_date", "string"), ("last_date", "last_date", "string"), ("weight", "weight", "double"),
    ]

    static func write(_ graph: Graph) -> String {
        let graph = graph.normalized()
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for key in nodeKeys {
            out += "  <key id=\"\(key.id)\" for=\"node\" attr.name=\"\(key.name)\" attr.type=\"\(key.type)\"/>\n"
        }
        for key in edgeKeys {
            out += "  <key id=\"\(key.id)\" for=\"edge\" attr.name=\"\(key.name)\" attr.type=\"\(key.type)\"/>\n"
        }
        out += "  <graph id=\"actorgraph\" edgedefault=\"directed\">\n"
        for actor in graph.actors {
            out += "    <node id=\"\(XMLText.escape(actor.id))\">\n"
            out += data("label", actor.name) + data("type", actor.kind.rawValue)
            if !actor.aliases.isEmpty { out += data("aliases", actor.aliases.joined(separator: "; ")) }
            out += data("mentions", String(actor.mentionCount))
            out += "    </node>\n"
        }
        for edge in EdgeFacts.all(ofNormalized: graph) {
            let relation = edge.relation
            let directed = relation.kind.isSymmetric ? " directed=\"false\"" : ""
            out += "    <edge id=\"\(edge.id)\" source=\"\(XMLText.escape(relation.source))\" target=\"\(XMLText.escape(relation.target))\"\(directed)>\n"
            out += data("etype", relation.kind.rawValue) + data("hedged", String(relation.hedged))
                + data("former", String(relation.former)) + data("asserted", String(relation.isAsserted))
                + data("evidence", String(edge.evidenceCount)) + data("documents", String(edge.documentCount))
            if let first = edge.firstDate { out += data("first_date", first) }
            if let last = edge.lastDate { out += data("last_date", last) }
            out += data("weight", String(Double(max(1, edge.evidenceCount))))
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    private static func data(_ key: String, _ value: String) -> String {
        "      <data key=\"\(key)\">\(XMLText.escape(value))</data>\n"
    }
}
