/// GraphML (http://graphml.graphdrawing.org) for networkx, igraph, Gephi, yEd and Cytoscape.
///
/// The graph is directed (`edgedefault="directed"`) and every edge is written without a
/// `directed` attribute: networkx refuses a file that mixes directed and undirected edges,
/// and igraph would read them all as directed anyway. A symmetric relation (`allied-with`,
/// `fights`) is one edge, source and target in id order, with `symmetric` true.
///
/// Nodes: `label`, `type`, `aliases` (JSON array), `mentions`, `documents` (count),
/// `first_date`, `last_date`, `degree`, `betweenness`, `community`.
/// Edges: `type`, `symmetric`, `hedged`, `former`, `asserted`, `evidence` (count),
/// `documents` (count), `first_date`, `last_date`, `confidence` (highest), `weight`
/// (= evidence count), and the evidence itself as parallel JSON arrays, one entry per
/// sentence: `evidence_sentences`, `evidence_documents`, `evidence_titles`, `evidence_dates`,
/// `evidence_urls`, `evidence_hedged`, `evidence_former`, `evidence_found_by`,
/// `evidence_rules`, `evidence_confidences`, `evidence_asserted_by`.
///
/// With `yed`, yEd's own keys are added: a `y:ShapeNode` per node (shape and fill by type,
/// position from the layout when one was given) and a `y:PolyLineEdge` per edge.
enum GraphMLWriter {
    private static let nodeKeys: [(id: String, name: String, type: String)] = [
        ("label", "label", "string"), ("type", "type", "string"), ("aliases", "aliases", "string"),
        ("mentions", "mentions", "int"), ("ndocuments", "documents", "int"), ("nfirst_date", "first_date", "string"),
        ("nlast_date", "last_date", "string"), ("degree", "degree", "int"), ("betweenness", "betweenness", "double"),
        ("community", "community", "int"),
    ]
    private static let edgeKeys: [(id: String, name: String, type: String)] = [
        ("etype", "type", "string"), ("symmetric", "symmetric", "boolean"), ("hedged", "hedged", "boolean"),
        ("former", "former", "boolean"), ("asserted", "asserted", "boolean"), ("evidence", "evidence", "int"),
        ("documents", "documents", "int"), ("first_date", "first_date", "string"), ("last_date", "last_date", "string"),
        ("confidence", "confidence", "double"), ("weight", "weight", "double"),
    ] + EvidenceField.allCases.map { ("evidence_" + $0.rawValue, "evidence_" + $0.rawValue, "string") }

    static func write(_ facts: ExportFacts, options: ExportOptions) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \(options.yed ? "xmlns:y=\"http://www.yworks.com/xml/graphml\" " : "")\
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for key in nodeKeys {
            out += "  <key id=\"\(key.id)\" for=\"node\" attr.name=\"\(key.name)\" attr.type=\"\(key.type)\"/>\n"
        }
        for key in edgeKeys {
            out += "  <key id=\"\(key.id)\" for=\"edge\" attr.name=\"\(key.name)\" attr.type=\"\(key.type)\"/>\n"
        }
        if options.yed {
            out += "  <key id=\"ygraphics\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n"
            out += "  <key id=\"yedge\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n"
        }
        out += "  <graph id=\"actorgraph\" edgedefault=\"directed\">\n"
        for node in facts.nodes {
            let actor = node.actor
            out += "    <node id=\"\(XMLText.escape(actor.id))\">\n"
            out += data("label", actor.name) + data("type", actor.kind.rawValue)
                + data("aliases", JSONText.array(actor.aliases)) + data("mentions", String(actor.mentionCount))
                + data("ndocuments", String(actor.documents.count))
            if let first = node.firstDate { out += data("nfirst_date", first) }
            if let last = node.lastDate { out += data("nlast_date", last) }
            out += data("degree", String(node.degree)) + data("betweenness", "\(node.betweenness)")
                + data("community", String(node.community))
            if options.yed { out += yedNode(node, position: options.positions[actor.id]) }
            out += "    </node>\n"
        }
        for edge in facts.edges {
            let relation = edge.relation
            out += "    <edge id=\"\(edge.id)\" source=\"\(XMLText.escape(relation.source))\" target=\"\(XMLText.escape(relation.target))\">\n"
            out += data("etype", relation.kind.rawValue) + data("symmetric", String(relation.kind.isSymmetric))
                + data("hedged", String(relation.hedged)) + data("former", String(relation.former))
                + data("asserted", String(relation.isAsserted)) + data("evidence", String(edge.evidenceCount))
                + data("documents", String(edge.documentCount))
            if let first = edge.firstDate { out += data("first_date", first) }
            if let last = edge.lastDate { out += data("last_date", last) }
            if let confidence = relation.confidence { out += data("confidence", "\(confidence)") }
            out += data("weight", String(Double(max(1, edge.evidenceCount))))
            for field in EvidenceField.allCases {
                out += data("evidence_" + field.rawValue, field.jsonArray(relation.evidence))
            }
            if options.yed { out += yedEdge(relation) }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    private static func data(_ key: String, _ value: String) -> String {
        "      <data key=\"\(key)\">\(XMLText.escape(value))</data>\n"
    }

    /// yEd's node graphics. yEd's y axis points down, Graphviz's up: y is negated.
    private static func yedNode(_ node: NodeFacts, position: NodePosition?) -> String {
        let actor = node.actor
        let width = max(60, min(240, Double(actor.name.count) * 7 + 20)), height = 30.0
        let x = (position?.x ?? 0) - width / 2, y = -(position?.y ?? 0) - height / 2
        return """
                  <data key="ygraphics">
                    <y:ShapeNode>
                      <y:Geometry height="\(height)" width="\(width)" x="\(x)" y="\(y)"/>
                      <y:Fill color="\(ExportPalette.fill(for: actor.kind))" transparent="false"/>
                      <y:BorderStyle color="#333333" type="line" width="1.0"/>
                      <y:NodeLabel>\(XMLText.escape(actor.name))</y:NodeLabel>
                      <y:Shape type="\(ExportPalette.yedShape(for: actor.kind))"/>
                    </y:ShapeNode>
                  </data>

            """
    }

    private static func yedEdge(_ relation: Relation) -> String {
        let arrow = relation.kind.isSymmetric ? "none" : "standard"
        return """
                  <data key="yedge">
                    <y:PolyLineEdge>
                      <y:LineStyle color="\(ExportPalette.line(for: relation.kind))" type="\(relation.hedged ? "dashed" : "line")" width="1.5"/>
                      <y:Arrows source="none" target="\(arrow)"/>
                      <y:EdgeLabel>\(relation.kind.rawValue)</y:EdgeLabel>
                    </y:PolyLineEdge>
                  </data>

            """
    }
}
