/// Node, edge and evidence tables as CSV (RFC 4180: fields with commas, quotes or line breaks quoted;
/// cells that would run as spreadsheet formulas start with `'`).
enum CSVWriter {
    /// The array delimiter of the Neo4j files: the ASCII unit separator, which no sentence,
    /// name or title contains (`;`, Neo4j's default, is common in news sentences). Import with
    /// `neo4j-admin database import full --array-delimiter=U+001F`.
    static let neo4jArrayDelimiter = "\u{1F}"

    /// For `neo4j-admin database import`: typed headers (`:ID`, `:LABEL`, `:START_ID`,
    /// `:END_ID`, `:TYPE`, `mentions:int`, `symmetric:boolean`, `sentences:string[]`...),
    /// `:LABEL` `Actor;<Type>`, relationship types in Neo4j's UPPER_SNAKE style (`MEMBER_OF`),
    /// `id` the relation id of the other exports, and the evidence as parallel array
    /// properties (element `i` of each belongs to sentence `i`), joined by
    /// ``neo4jArrayDelimiter``.
    static func neo4j(_ facts: ExportFacts) -> (nodes: String, edges: String) {
        let join = { (values: [String]) in values.joined(separator: neo4jArrayDelimiter) }
        var nodes = [["id:ID", "name", "type", "aliases:string[]", "mentions:int", "documents:int", "first_date", "last_date",
                      "degree:int", "betweenness:double", "community:int", ":LABEL"]]
        for node in facts.nodes {
            let actor = node.actor
            nodes.append([actor.id, actor.name, actor.kind.rawValue, join(actor.aliases), String(actor.mentionCount),
                          String(actor.documents.count), node.firstDate ?? "", node.lastDate ?? "", String(node.degree),
                          "\(node.betweenness)", String(node.community), "Actor;" + label(actor.kind)])
        }
        let arrays: [(EvidenceField, String)] = [
            (.sentences, "sentences:string[]"), (.documents, "evidence_documents:string[]"), (.titles, "titles:string[]"),
            (.dates, "dates:string[]"), (.urls, "urls:string[]"), (.hedged, "evidence_hedged:boolean[]"),
            (.former, "evidence_former:boolean[]"), (.foundBy, "found_by:string[]"), (.rules, "rules:string[]"),
            // Text, not double[]: a sentence without a confidence leaves an empty element.
            (.confidences, "confidences:string[]"), (.assertedBy, "asserted_by:string[]"),
        ]
        // The columns of earlier versions first, in their order; the relation id and evidence after.
        var edges = [[":START_ID", ":END_ID", ":TYPE", "type", "symmetric:boolean", "hedged:boolean", "former:boolean",
                      "asserted:boolean", "evidence:int", "documents:int", "first_date", "last_date", "id", "confidence:double"]
                     + arrays.map(\.1)]
        for edge in facts.edges {
            let relation = edge.relation
            edges.append([relation.source, relation.target,
                          relation.kind.rawValue.uppercased().replacingOccurrences(of: "-", with: "_"),
                          relation.kind.rawValue, String(relation.kind.isSymmetric), String(relation.hedged),
                          String(relation.former), String(relation.isAsserted), String(edge.evidenceCount),
                          String(edge.documentCount), edge.firstDate ?? "", edge.lastDate ?? "", edge.id,
                          relation.confidence.map { "\($0)" } ?? ""]
                         + arrays.map { field, _ in join(relation.evidence.map(field.text)) })
        }
        return (table(nodes), table(edges))
    }

    /// Plain tables for spreadsheets, pandas and R: `nodes.csv` (one row per actor, with its
    /// measures), `relations.csv` (one row per relation, `relation_id` as in the other
    /// exports, both ends by id and name) and `evidence.csv` (one row per sentence, keyed by
    /// `relation_id`): join the two on it to get each sentence beside its relation.
    static func tables(_ facts: ExportFacts) -> (nodes: String, relations: String, evidence: String) {
        var nodes = [["id", "name", "type", "aliases", "mentions", "documents", "first_date", "last_date", "degree",
                      "betweenness", "community"]]
        var names: [Actor.ID: String] = [:]
        for node in facts.nodes {
            let actor = node.actor
            names[actor.id] = actor.name
            nodes.append([actor.id, actor.name, actor.kind.rawValue, actor.aliases.joined(separator: " | "),
                          String(actor.mentionCount), String(actor.documents.count), node.firstDate ?? "",
                          node.lastDate ?? "", String(node.degree), "\(node.betweenness)", String(node.community)])
        }
        var relations = [["relation_id", "source", "source_name", "type", "target", "target_name", "symmetric", "hedged",
                          "former", "asserted", "evidence", "documents", "first_date", "last_date", "confidence"]]
        var evidence = [["relation_id", "evidence_index", "source", "type", "target"]
                        + EvidenceField.allCases.map { Self.evidenceColumn($0) } + ["start", "end"]]
        for edge in facts.edges {
            let relation = edge.relation
            relations.append([edge.id, relation.source, names[relation.source] ?? "", relation.kind.rawValue, relation.target,
                              names[relation.target] ?? "", String(relation.kind.isSymmetric), String(relation.hedged),
                              String(relation.former), String(relation.isAsserted), String(edge.evidenceCount),
                              String(edge.documentCount), edge.firstDate ?? "", edge.lastDate ?? "",
                              relation.confidence.map { "\($0)" } ?? ""])
            for (index, item) in relation.evidence.enumerated() {
                evidence.append([edge.id, String(index), relation.source, relation.kind.rawValue, relation.target]
                                + EvidenceField.allCases.map { $0.text(item) } + [String(item.start), String(item.end)])
            }
        }
        return (table(nodes), table(relations), table(evidence))
    }

    /// The singular column name of an evidence field in `evidence.csv` (`sentence`, `url`).
    private static func evidenceColumn(_ field: EvidenceField) -> String {
        switch field {
        case .sentences: return "sentence"
        case .documents: return "document"
        case .titles: return "title"
        case .dates: return "date"
        case .urls: return "url"
        case .hedged: return "hedged"
        case .former: return "former"
        case .foundBy: return "found_by"
        case .rules: return "rule"
        case .confidences: return "confidence"
        case .assertedBy: return "asserted_by"
        }
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
        // `Description` is the field Kumu shows in a connection's profile: the sentences, each
        // with its document and date, so the evidence travels into the map.
        var edges = [["From", "To", "Type", "Direction", "Tags", "Evidence", "Documents", "First date", "Last date",
                      "Description", "Sources"]]
        for edge in EdgeFacts.all(ofNormalized: graph) {
            let relation = edge.relation
            var tags: [String] = []
            if relation.hedged { tags.append("hedged") }
            if relation.former { tags.append("former") }
            if relation.isAsserted { tags.append("asserted") }
            edges.append([labels[relation.source] ?? relation.source, labels[relation.target] ?? relation.target,
                          relation.kind.rawValue, relation.kind.isSymmetric ? "mutual" : "directed",
                          tags.joined(separator: " | "), String(edge.evidenceCount), String(edge.documentCount),
                          edge.firstDate ?? "", edge.lastDate ?? "",
                          relation.evidence.map(kumuLine).joined(separator: "\n\n"),
                          distinct(relation.evidence.compactMap(\.url)).joined(separator: " | ")])
        }
        return (table(nodes), table(edges))
    }

    /// One sentence for Kumu's description: `“sentence” (document, date; hedged)`.
    private static func kumuLine(_ item: Evidence) -> String {
        var notes = [item.assertedBy == nil ? item.document : "asserted"]
        if let date = item.date { notes.append(date) }
        if item.hedged { notes.append("hedged") }
        if item.former { notes.append("former") }
        return "“" + item.sentence + "” (" + notes.joined(separator: ", ") + ")"
    }

    private static func distinct(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
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
