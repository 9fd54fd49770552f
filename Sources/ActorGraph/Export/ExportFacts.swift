import Foundation

/// Everything the exports say about a graph, derived once so that every format gives the
/// same ids, counts, dates and evidence: the graph normalized (sorted, merged), relation ids
/// `e0, e1, ...` in that order, and the network measures.
struct ExportFacts {
    var graph: Graph
    var nodes: [NodeFacts]
    var edges: [EdgeFacts]
    var measures: NetworkMeasures

    init(_ graph: Graph, options: ExportOptions = ExportOptions()) {
        let graph = graph.normalized()
        self.graph = graph
        edges = EdgeFacts.all(ofNormalized: graph)
        let measures = options.measures ?? NetworkMeasures.of(graph)
        self.measures = measures
        // A document's date, from any evidence that names it: actors carry document ids only.
        var documentDates: [String: String] = [:]
        var datesOfActor: [Actor.ID: [String]] = [:]
        for edge in edges {
            for item in edge.relation.evidence {
                guard let date = item.date else { continue }
                documentDates[item.document] = date
                datesOfActor[edge.relation.source, default: []].append(date)
                datesOfActor[edge.relation.target, default: []].append(date)
            }
        }
        nodes = graph.actors.map { actor in
            let dates = actor.documents.compactMap { documentDates[$0] } + (datesOfActor[actor.id] ?? [])
            return NodeFacts(actor: actor, firstDate: dates.min(), lastDate: dates.max(),
                             degree: measures.degree[actor.id] ?? 0, betweenness: measures.betweenness[actor.id] ?? 0,
                             community: measures.community[actor.id] ?? 0)
        }
    }
}

/// What every export says about an actor.
struct NodeFacts {
    var actor: Actor
    /// The earliest and latest date of the articles that mention it or state its relations.
    var firstDate: String?
    var lastDate: String?
    var degree: Int
    var betweenness: Double
    var community: Int
}

/// What every export says about an edge, derived once from its evidence.
struct EdgeFacts {
    var relation: Relation
    var id: String
    var evidenceCount: Int
    var documentCount: Int
    var firstDate: String?
    var lastDate: String?

    init(_ relation: Relation, index: Int) {
        self.relation = relation
        id = "e\(index)"
        let extracted = relation.extractedEvidence
        evidenceCount = relation.evidence.count
        documentCount = Set(extracted.map(\.document)).count
        let dates = extracted.compactMap(\.date)
        firstDate = dates.min()
        lastDate = dates.max()
    }

    /// The facts of every edge of a graph the writer has already normalized.
    static func all(ofNormalized graph: Graph) -> [EdgeFacts] {
        graph.relations.enumerated().map { EdgeFacts($1, index: $0) }
    }
}

/// One field of a piece of evidence as the exports write it, in the order they write them. In
/// GraphML and GEXF each is an edge attribute `evidence_<name>` holding a JSON array parallel
/// to the evidence (entry `i` belongs to sentence `i`); in `tables` a column of `evidence.csv`.
enum EvidenceField: String, CaseIterable {
    case sentences, documents, titles, dates, urls, hedged, former
    /// `rule`, `model` or `person`: what found it; empty when the store did not keep it.
    case foundBy = "found_by"
    case rules, confidences
    case assertedBy = "asserted_by"

    /// The JSON value of this field for one piece of evidence (`null` when unknown).
    func json(_ item: Evidence) -> String {
        switch self {
        case .sentences: return JSONText.string(item.sentence)
        case .documents: return JSONText.string(item.document)
        case .titles: return item.title.map(JSONText.string) ?? "null"
        case .dates: return item.date.map(JSONText.string) ?? "null"
        case .urls: return item.url.map(JSONText.string) ?? "null"
        case .hedged: return String(item.hedged)
        case .former: return String(item.former)
        case .foundBy: return JSONText.string(item.foundBy)
        case .rules: return item.rule.map(JSONText.string) ?? "null"
        case .confidences: return item.confidence.map(JSONText.number) ?? "null"
        case .assertedBy: return item.assertedBy.map(JSONText.string) ?? "null"
        }
    }

    /// The plain text of this field for one piece of evidence, for CSV cells (empty when unknown).
    func text(_ item: Evidence) -> String {
        switch self {
        case .sentences: return item.sentence
        case .documents: return item.document
        case .titles: return item.title ?? ""
        case .dates: return item.date ?? ""
        case .urls: return item.url ?? ""
        case .hedged: return String(item.hedged)
        case .former: return String(item.former)
        case .foundBy: return item.foundBy
        case .rules: return item.rule ?? ""
        case .confidences: return item.confidence.map(JSONText.number) ?? ""
        case .assertedBy: return item.assertedBy ?? ""
        }
    }

    /// The JSON array of this field over all the evidence of an edge.
    func jsonArray(_ evidence: [Evidence]) -> String {
        "[" + evidence.map(json).joined(separator: ",") + "]"
    }
}

extension Evidence {
    /// What found it, in the words exports use: `person` for an assertion, `model` for the
    /// learned model (its rule label starts with `model`), `rule` for a hand rule, and an
    /// empty string for evidence stored before the rule was kept.
    var foundBy: String {
        if assertedBy != nil { return "person" }
        guard let rule, !rule.isEmpty else { return "" }
        return rule.hasPrefix("model") ? "model" : "rule"
    }
}

/// JSON literals written by hand, so that export text is byte-for-byte the same from run to
/// run and platform to platform (no dictionary order, no locale).
enum JSONText {
    static func string(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A number the shortest way that reads back to the same Double (`0.87`, `1.0` as `1`).
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    static func array(_ strings: [String]) -> String {
        "[" + strings.map(string).joined(separator: ",") + "]"
    }
}
