import Foundation

/// GEXF 1.3 (https://gexf.net), Gephi's native format, which networkx reads as well.
///
/// A directed graph with no per-edge `type`: networkx refuses an undirected edge in a
/// directed graph. A symmetric relation is one edge with the `symmetric` attribute true.
/// Attributes are the GraphML export's (see ``GraphMLWriter``): nodes `type`, `aliases`
/// (JSON array), `mentions`, `documents`, `first_date`, `last_date`, `degree`, `betweenness`,
/// `community`; edges `type`, `symmetric`, `hedged`, `former`, `asserted`, `evidence`,
/// `documents`, `first_date`, `last_date`, `confidence` and the `evidence_*` JSON arrays.
/// An edge's `weight` is its evidence count and its `label` the relation type.
///
/// Gephi's `viz` module: each node's colour is its type's fill in the diagrams, its size the
/// type's base size grown with the square root of its degree, and its position the layout's
/// when one was given (without one, Gephi lays the graph out itself).
enum GEXFWriter {
    private static let nodeAttributes: [(id: String, type: String)] = [
        ("type", "string"), ("aliases", "string"), ("mentions", "integer"), ("documents", "integer"),
        ("first_date", "string"), ("last_date", "string"), ("degree", "integer"), ("betweenness", "double"),
        ("community", "integer"),
    ]
    private static let edgeAttributes: [(id: String, type: String)] = [
        ("type", "string"), ("symmetric", "boolean"), ("hedged", "boolean"), ("former", "boolean"),
        ("asserted", "boolean"), ("evidence", "integer"), ("documents", "integer"), ("first_date", "string"),
        ("last_date", "string"), ("confidence", "double"),
    ] + EvidenceField.allCases.map { ("evidence_" + $0.rawValue, "string") }

    static func write(_ facts: ExportFacts, options: ExportOptions) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>actorgraph</creator>
                <description>Actors and typed relations extracted from articles, with their evidence sentences</description>
              </meta>
              <graph defaultedgetype="directed" mode="static">
                <attributes class="node">

            """
        for attribute in nodeAttributes {
            out += "      <attribute id=\"\(attribute.id)\" title=\"\(attribute.id)\" type=\"\(attribute.type)\"/>\n"
        }
        out += "    </attributes>\n    <attributes class=\"edge\">\n"
        for attribute in edgeAttributes {
            out += "      <attribute id=\"\(attribute.id)\" title=\"\(attribute.id)\" type=\"\(attribute.type)\"/>\n"
        }
        out += "    </attributes>\n    <nodes>\n"
        for node in facts.nodes {
            let actor = node.actor
            out += "      <node id=\"\(XMLText.escape(actor.id))\" label=\"\(XMLText.escape(actor.name))\">\n        <attvalues>\n"
            out += value("type", actor.kind.rawValue) + value("aliases", JSONText.array(actor.aliases))
                + value("mentions", String(actor.mentionCount)) + value("documents", String(actor.documents.count))
            if let first = node.firstDate { out += value("first_date", first) }
            if let last = node.lastDate { out += value("last_date", last) }
            out += value("degree", String(node.degree)) + value("betweenness", "\(node.betweenness)")
                + value("community", String(node.community))
            out += "        </attvalues>\n"
            let (r, g, b) = ExportPalette.rgb(ExportPalette.fill(for: actor.kind))
            out += "        <viz:color r=\"\(r)\" g=\"\(g)\" b=\"\(b)\" a=\"1.0\"/>\n"
            let size = ExportPalette.baseSize(for: actor.kind) + 2 * Double(node.degree).squareRoot()
            out += "        <viz:size value=\"\(size)\"/>\n"
            if let position = options.positions[actor.id] {
                out += "        <viz:position x=\"\(position.x)\" y=\"\(position.y)\" z=\"0.0\"/>\n"
            }
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for edge in facts.edges {
            let relation = edge.relation
            out += "      <edge id=\"\(edge.id)\" source=\"\(XMLText.escape(relation.source))\" target=\"\(XMLText.escape(relation.target))\" label=\"\(relation.kind.rawValue)\" weight=\"\(max(1, edge.evidenceCount))\">\n        <attvalues>\n"
            out += value("type", relation.kind.rawValue) + value("symmetric", String(relation.kind.isSymmetric))
                + value("hedged", String(relation.hedged)) + value("former", String(relation.former))
                + value("asserted", String(relation.isAsserted)) + value("evidence", String(edge.evidenceCount))
                + value("documents", String(edge.documentCount))
            if let first = edge.firstDate { out += value("first_date", first) }
            if let last = edge.lastDate { out += value("last_date", last) }
            if let confidence = relation.confidence { out += value("confidence", "\(confidence)") }
            for field in EvidenceField.allCases {
                out += value("evidence_" + field.rawValue, field.jsonArray(relation.evidence))
            }
            out += "        </attvalues>\n"
            let (r, g, b) = ExportPalette.rgb(ExportPalette.line(for: relation.kind))
            out += "        <viz:color r=\"\(r)\" g=\"\(g)\" b=\"\(b)\" a=\"1.0\"/>\n"
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    private static func value(_ id: String, _ value: String) -> String {
        "          <attvalue for=\"\(id)\" value=\"\(XMLText.escape(value))\"/>\n"
    }
}
