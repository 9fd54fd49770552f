/// Node and edge tables as CSV (RFC 4180: fields with commas, quotes or line breaks quoted;
/// cells that would run as spreadsheet formulas start with `'`).
enum CSVWriter {
    /// For `neo4j-admin database import`: typed headers, `:LABEL` `Actor;<Type>`, relationship
    /// types in Neo4j's UPPER_SNAKE style (`MEMBER_OF`), aliases as a `;`-separated array.
    static func neo4j(_ graph: Graph) -> (nodes: String, edges: String) {
        let graph = graph.normalized()
        var nodes = [["id:ID", "name", "type", "aliases:string[]", "mentions:int", ":LABEL"]]
        for actor in graph.actors {
            nodes.append([actor.id, actor.name, actor.kind.rawValue, actor.aliases.joined(separator: ";"),
                          String(actor.mentionCount), "Actor;" + label(actor.kind)])
        }
        var edges = [[":START_ID", ":END_ID", ":TYPE", "type", "symmetric:boolean", "hedged:boolean", "former:boolean",
                      "asserted:boolean", "evidence:int", "documents:int", "first_date", "last_date"]]
        for edge in EdgeFacts.all(ofNormalized: graph) {
            let relation = edge.relation
            edges.append([relation.source, relation.target,
                          relation.kind.rawValue.uppercased().replacingOccurrences(of: "-", with: "_"),
                          relation.kind.rawValue, String(relation.kind.isSymmetric), String(relation.hedged),
                          String(relation.former), String(relation.isAsserted), String(edge.evidenceCount),
                          String(edge.documentCount), edge.firstDate ?? "", edge.lastDate ?? ""])
        }
        return (table(nodes), table(edges))
    }

    /// For Kumu's spreadsheet import: elements by `Label` with `Type`, connections by
    /// `From`/`To` labels with `Type`, `Direction` (`mutual` for symmetric relations) and
    /// `Tags` (hedged, former, asserted), which Kumu's filters and decorations use.
    static func kumu(_ graph: Graph) -> (nodes: String, edges: String) {
        let graph = graph.normalized()
        var nodes = [["Label", "Type", "ID", "Aliases", "Mentions"]]
        var labels: [Actor.ID: String] = [:]
        var used: [String: Int] = [:]
        for actor in graph.actors {
            // Kumu joins connections to elements by label: two actors sharing a name get the id added.
            used[actor.name, default: 0] += 1
            let label = used[actor.name] == 1 ? actor.name : "\(actor.name) (\(actor.id))"
            labels[actor.id] = label
            nodes.append([label, actor.kind.rawValue, actor.id, actor.aliases.joined(separator: " | "),
                          String(actor.mentionCount)])
        }
        var edges = [["From", "To", "Type", "Direction", "Tags", "Evidence", "Documents", "First date", "Last date"]]
        for edge in EdgeFacts.all(ofNormalized: graph) {
            let relation = edge.relation
            var tags: [String] = []
            if relation.hedged { tags.append("hedged") }
            if relation.former { tags.append("former") }
            if relation.isAsserted { tags.append("asserted") }
            edges.append([labels[relation.source] ?? relation.source, labels[relation.target] ?? relation.target,
                          relation.kind.rawValue, relation.kind.isSymmetric ? "mutual" : "directed",
                          tags.joined(separator: " | "), String(edge.evidenceCount), String(edge.documentCount),
                          edge.firstDate ?? "", edge.lastDate ?? ""])
        }
        return (table(nodes), table(edges))
    }

    private static func label(_ kind: ActorKind) -> String {
        kind.rawValue.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    static func table(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// One cell. A value a spreadsheet would run as a formula (it starts with `=`, `+`, `-`,
    /// `@`, a tab or a carriage return: OWASP's "CSV injection") gets a leading `'`, so that an
    /// actor named `=HYPERLINK(...)` in a scraped article is shown as text when an analyst
    /// opens the file, not evaluated. Commas, quotes and line ends (also CR LF, which Swift
    /// reads as one `Character`) put the cell in quotes.
    static func field(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        guard value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
