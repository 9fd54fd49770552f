import Foundation

/// The file formats `actorgraph export` writes, each for the tools analysts already use.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// The graph JSON contract, the same as `actorgraph extract` prints.
    case json
    /// GraphML, which Gephi, yEd and Cytoscape open; types and counts as attributes.
    case graphml
    /// GEXF 1.3, Gephi's own format.
    case gexf
    /// Two CSV files for `neo4j-admin database import` (`:ID`, `:START_ID`, `:END_ID`, `:TYPE`).
    case csv
    /// Two CSV files for Kumu's importer (`Label`, `Type`; `From`, `To`, `Type`).
    case kumu

    /// CSV formats write a nodes file and an edges file.
    public var isTwoFiles: Bool { self == .csv || self == .kumu }

    /// Every valid name, for error messages that list the choices.
    public static var validNames: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// One file an export writes: its conventional name and its text.
public struct ExportFile: Hashable, Sendable {
    public var name: String
    public var contents: String
}

/// Turns a graph into the text of an export format. Pure: no files, no store.
public enum GraphExport {
    /// The files of `format`: one (`graph.json`, `graph.graphml`, `graph.gexf`) or two
    /// (`nodes.csv`, `edges.csv`).
    public static func files(_ graph: Graph, format: ExportFormat) throws -> [ExportFile] {
        switch format {
        case .json: return [ExportFile(name: "graph.json", contents: try json(graph))]
        case .graphml: return [ExportFile(name: "graph.graphml", contents: GraphMLWriter.write(graph))]
        case .gexf: return [ExportFile(name: "graph.gexf", contents: GEXFWriter.write(graph))]
        case .csv:
            let tables = CSVWriter.neo4j(graph)
            return [ExportFile(name: "nodes.csv", contents: tables.nodes), ExportFile(name: "edges.csv", contents: tables.edges)]
        case .kumu:
            let tables = CSVWriter.kumu(graph)
            return [ExportFile(name: "nodes.csv", contents: tables.nodes), ExportFile(name: "edges.csv", contents: tables.edges)]
        }
    }

    /// The graph JSON, keys sorted, as `extract` prints it.
    public static func json(_ graph: Graph) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(graph.normalized()), as: UTF8.self) + "\n"
    }
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
