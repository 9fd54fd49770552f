import ActorGraph
import ActorGraphStore
import ArgumentParser
import Foundation
import GraphvizRendering

/// `actorgraph export --format json|graphml|gexf|csv|kumu|tables|ftm`: the graph for other tools.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the graph for networkx, igraph, Gephi, yEd (GraphML, GEXF), Neo4j, Kumu, spreadsheets (CSV), FollowTheMoney, or as JSON.",
        discussion: """
            Reads the project database unless articles or --input are given. Every format carries \
            the evidence: each relation's sentences, documents, titles, dates, URLs, hedged/former, \
            what found it and its confidence. csv (Neo4j) and kumu write nodes.csv and edges.csv, \
            tables writes nodes.csv, relations.csv and evidence.csv, into the folder named by -o. \
            ftm writes FollowTheMoney entities, one JSON object a line.
            """
    )

    @OptionGroup var input: GraphInput

    @Option(help: ArgumentHelp("One of \(ExportFormat.validNames).", valueName: "format"))
    var format: String = "json"

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
        "The file to write (a folder for csv, kumu and tables); stdout when left out.", valueName: "path"))
    var output: String?

    @Option(help: ArgumentHelp(
        "Lay the graph out with this Graphviz engine (\(Layout.validNames)) and write the positions: GEXF viz:position, yEd geometry with --yed.",
        valueName: "engine"))
    var layout: String?

    @Flag(help: "GraphML with yEd's node and edge graphics (shapes and colours by type).")
    var yed = false

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "The graph as known on this day (YYYY-MM-DD; YYYY or YYYY-MM to its last day); same as --until.", valueName: "date"))
    var asOf: String?

    func validate() throws {
        guard let format = ExportFormat(rawValue: format.lowercased()) else {
            throw ValidationError("'--format \(self.format)' is not an export format; use one of \(ExportFormat.validNames)")
        }
        if format.isTwoFiles, output == nil {
            let names = format == .tables ? "nodes.csv, relations.csv and evidence.csv" : "nodes.csv and edges.csv"
            throw ValidationError("'--format \(format.rawValue)' writes \(names); name a folder with '-o DIR'")
        }
        if let layout, Layout(userValue: layout) == nil {
            throw ValidationError("'--layout \(layout)' is not a Graphviz layout; use one of \(Layout.validNames)")
        }
        if layout != nil, format != .gexf, !(format == .graphml && yed) {
            throw ValidationError("'--layout' positions nodes in GEXF, or in GraphML with '--yed'; add '--format gexf' or '--format graphml --yed'")
        }
        if yed, format != .graphml { throw ValidationError("'--yed' is for '--format graphml', not '--format \(format.rawValue)'") }
        if asOf != nil, input.until != nil { throw ValidationError("give '--as-of' or '--until', not both") }
        // A year or a month is a bound like any other date option's: its last day.
        if let asOf, DateRange.boundDay(asOf, atEnd: true) == nil {
            throw ValidationError("'--as-of \(asOf)': not a date; write it as YYYY-MM-DD, YYYY-MM or YYYY")
        }
    }

    func run() throws {
        let format = ExportFormat(rawValue: format.lowercased()) ?? .json
        var graph = try input.loadGraph()
        if let asOf { graph = graph.filtered(by: try DateRange(asOf: asOf)) }
        if input.readsStore { graph = try withDocumentURLs(graph) }
        var options = ExportOptions(yed: yed)
        if let layout = layout.flatMap(Layout.init(userValue:)) {
            options.positions = try NodePlacement.positions(of: graph, layout: layout)
        }
        let files = try GraphExport.files(graph, format: format, options: options)
        guard let output else {
            try StandardOutput.write(Data(files.map(\.contents).joined().utf8))
            return
        }
        if format.isTwoFiles {
            do {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            } catch {
                throw CommandError("\(output): cannot make this folder (\((error as NSError).localizedDescription))")
            }
            for file in files {
                try write(file.contents, to: URL(fileURLWithPath: output).appendingPathComponent(file.name).path)
            }
            FileHandle.standardError.write(Data("wrote \(files.map { output + "/" + $0.name }.joined(separator: ", ")): \(graph.actors.count) actors, \(graph.relations.count) relations\n".utf8))
        } else {
            try write(files.map(\.contents).joined(), to: output)
        }
    }

    /// The store keeps an article's URL with the document, not with each sentence: put it on
    /// the evidence, so that every export can name the source of each sentence.
    private func withDocumentURLs(_ graph: Graph) throws -> Graph {
        let ids = Set(graph.relations.flatMap { $0.evidence.map(\.document) }.filter { !$0.isEmpty })
        guard !ids.isEmpty else { return graph }
        let documents = try input.openStore().documents(ids: ids)
        var graph = graph
        for r in graph.relations.indices {
            for e in graph.relations[r].evidence.indices where graph.relations[r].evidence[e].url == nil {
                graph.relations[r].evidence[e].url = documents[graph.relations[r].evidence[e].document]?.url
            }
        }
        return graph
    }

    private func write(_ text: String, to path: String) throws {
        try OutputPath.requireFile(path, example: "graph.\(format.lowercased())")
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandError("\(path): cannot write (\((error as NSError).localizedDescription)); check the folder exists and is writable")
        }
    }
}
