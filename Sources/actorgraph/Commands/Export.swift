import ActorGraph
import ActorGraphStore
import ArgumentParser
import Foundation

/// `actorgraph export --format json|graphml|gexf|csv|kumu`: the graph for other tools.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the graph for Gephi, yEd, Cytoscape (GraphML, GEXF), Neo4j or Kumu (CSV), or as JSON.",
        discussion: """
            Reads the project database unless articles or --input are given. csv and kumu write \
            two files, nodes.csv and edges.csv, into the folder named by -o.
            """
    )

    @OptionGroup var input: GraphInput

    @Option(help: ArgumentHelp("One of \(ExportFormat.validNames).", valueName: "format"))
    var format: String = "json"

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
        "The file to write (a folder for csv and kumu); stdout when left out.", valueName: "path"))
    var output: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The graph as known on this day (same as --until).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    func validate() throws {
        guard let format = ExportFormat(rawValue: format.lowercased()) else {
            throw ValidationError("'--format \(self.format)' is not an export format; use one of \(ExportFormat.validNames)")
        }
        if format.isTwoFiles, output == nil {
            throw ValidationError("'--format \(format.rawValue)' writes nodes.csv and edges.csv; name a folder with '-o DIR'")
        }
        if asOf != nil, input.until != nil { throw ValidationError("give '--as-of' or '--until', not both") }
        if let asOf, DateRange.normalizedDay(asOf) == nil {
            throw ValidationError("'--as-of \(asOf)': not a date; write it as YYYY-MM-DD")
        }
    }

    func run() throws {
        let format = ExportFormat(rawValue: format.lowercased()) ?? .json
        var graph = try input.loadGraph()
        if let asOf { graph = graph.filtered(by: try DateRange(asOf: asOf)) }
        let files = try GraphExport.files(graph, format: format)
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

    private func write(_ text: String, to path: String) throws {
        try OutputPath.requireFile(path, example: "graph.\(format.lowercased())")
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandError("\(path): cannot write (\((error as NSError).localizedDescription)); check the folder exists and is writable")
        }
    }
}
