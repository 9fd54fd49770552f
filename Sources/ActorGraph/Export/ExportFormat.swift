import Foundation

/// The file formats `actorgraph export` writes, each for the tools analysts already use.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// The graph JSON contract, the same as `actorgraph extract` prints.
    case json
    /// GraphML, which networkx, igraph, Gephi, yEd and Cytoscape open: a directed graph,
    /// symmetric relations one edge marked `symmetric`, evidence as JSON-array attributes.
    case graphml
    /// GEXF 1.3, Gephi's own format (networkx reads it too), with `viz` colours and sizes.
    case gexf
    /// Two CSV files for `neo4j-admin database import` (`:ID`, `:START_ID`, `:END_ID`, `:TYPE`,
    /// typed properties, evidence as array properties).
    case csv
    /// Two CSV files for Kumu's importer (`Label`, `Type`; `From`, `To`, `Type`).
    case kumu
    /// Three plain CSV tables for spreadsheets, R and pandas: `nodes.csv`, `relations.csv`
    /// and `evidence.csv` (one row per sentence, keyed by relation id).
    case tables
    /// FollowTheMoney entities as JSON lines, for Aleph and OpenSanctions tooling.
    case ftm

    /// CSV formats write several files into a folder.
    public var isTwoFiles: Bool { self == .csv || self == .kumu || self == .tables }

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
    /// The files of `format`: one (`graph.json`, `graph.graphml`, `graph.gexf`,
    /// `graph.ftm.json`) or several (`nodes.csv`, `edges.csv`; `nodes.csv`, `relations.csv`,
    /// `evidence.csv` for `tables`).
    public static func files(_ graph: Graph, format: ExportFormat, options: ExportOptions = ExportOptions()) throws -> [ExportFile] {
        switch format {
        case .json: return [ExportFile(name: "graph.json", contents: try json(graph))]
        case .graphml:
            return [ExportFile(name: "graph.graphml", contents: GraphMLWriter.write(ExportFacts(graph, options: options), options: options))]
        case .gexf:
            return [ExportFile(name: "graph.gexf", contents: GEXFWriter.write(ExportFacts(graph, options: options), options: options))]
        case .csv:
            let tables = CSVWriter.neo4j(ExportFacts(graph, options: options))
            return [ExportFile(name: "nodes.csv", contents: tables.nodes), ExportFile(name: "edges.csv", contents: tables.edges)]
        case .kumu:
            let tables = CSVWriter.kumu(graph)
            return [ExportFile(name: "nodes.csv", contents: tables.nodes), ExportFile(name: "edges.csv", contents: tables.edges)]
        case .tables:
            let tables = CSVWriter.tables(ExportFacts(graph, options: options))
            return [ExportFile(name: "nodes.csv", contents: tables.nodes), ExportFile(name: "relations.csv", contents: tables.relations),
                    ExportFile(name: "evidence.csv", contents: tables.evidence)]
        case .ftm:
            return [ExportFile(name: "graph.ftm.json", contents: FtMWriter.write(ExportFacts(graph, options: options)))]
        }
    }

    /// The graph JSON, keys sorted, as `extract` prints it.
    public static func json(_ graph: Graph) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(graph.normalized()), as: UTF8.self) + "\n"
    }
}
