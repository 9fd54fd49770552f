/// GEXF 1.3 (https://gexf.net), Gephi's native format.
///
/// Node attributes: `type`, `aliases`, `mentions`; edge attributes: `type`, `hedged`,
/// `former`, `asserted`, `evidence`, `documents`, `first_date`, `last_date`. The edge
/// `weight` is its evidence count and its `label` the relation type; symmetric relations
/// are `type="undirected"` inside a directed graph, which GEXF allows per edge.
enum GEXFWriter {
    private static let nodeAttributes: [(id: String, title: String, type: String)] = [
        ("type", "type", "string"), ("aliases", "aliases", "string"), ("mentions", "mentions", "integer"),
    ]
    private static let edgeAttributes: [(id: String, title: String, type: String)] = [
        ("type", "type", "string"), ("hedged", "hedged", "boolean"), ("former", "former", "boolean"),
        ("asserted", "asserted", "boolean"), ("evidence", "evidence", "integer"), ("documents", "documents", "integer"),
        ("first_date", "first_date", "string"), ("last_date", "last_date", "string"),
    ]

    static func write(_ graph: Graph) -> String {
        let graph = graph.normalized()
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>actorgraph</creator>
                <description>Actors and typed relations extracted from articles, with evidence counts</description>
              </meta>
              <graph defaultedgetype="directed" mode="static">
                <attributes class="node">

            """
        for attribute in nodeAttributes {
            out += "      <attribute id=\"\(attribute.id)\" title=\"\(attribute.title)\" type=\"\(attribute.type)\"/>\n"
        }
        out += "    </attributes>\n    <attributes class=\"edge\">\n"
        for attribute in edgeAttributes {
            out += "      <attribute id=\"\(attribute.id)\" title=\"\(attribute.title)\" type=\"\(attribute.type)\"/>\n"
        }
        out += "    </attributes>\n    <nodes>\n"
        for actor in graph.actors {
            out += "      <node id=\"\(XMLText.escape(actor.id))\" label=\"\(XMLText.escape(actor.name))\">\n        <attvalues>\n"
            out += value("type", actor.kind.rawValue)
            if !actor.aliases.isEmpty { out += value("aliases", actor.aliases.joined(separator: "; ")) }
            out += value("mentions", String(actor.mentionCount))
            out += "        </attvalues>\n      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for edge in EdgeFacts.all(ofNormalized: graph) {
            let relation = edge.relation
            let type = relation.kind.isSymmetric ? "undirected" : "directed"
            out += "      <edge id=\"\(edge.id)\" source=\"\(XMLText.escape(relation.source))\" target=\"\(XMLText.escape(relation.target))\" type=\"\(type)\" label=\"\(relation.kind.rawValue)\" weight=\"\(max(1, edge.evidenceCount))\">\n        <attvalues>\n"
            out += value("type", relation.kind.rawValue) + value("hedged", String(relation.hedged))
                + value("former", String(relation.former)) + value("asserted", String(relation.isAsserted))
                + value("evidence", String(edge.evidenceCount)) + value("documents", String(edge.documentCount))
            if let first = edge.firstDate { out += value("first_date", first) }
            if let last = edge.lastDate { out += value("last_date", last) }
            out += "        </attvalues>\n      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    private static func value(_ id: String, _ value: String) -> String {
        "          <attvalue for=\"\(id)\" value=\"\(XMLText.escape(value))\"/>\n"
    }
}
