import ActorGraph
import ActorGraphReport
import ActorGraphStore
import ArgumentParser
import Foundation
import GraphvizRendering

/// `actorgraph report [PATH...] -o report.html`: the interactive report, one HTML file.
///
/// The work is ``HTMLReport``'s; this command only gathers the graph and the articles'
/// addresses from wherever the graph comes from, and writes the file.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write an interactive HTML report: the diagram, search, filters, path finder, tables and evidence.",
        discussion: """
            One self-contained file that opens from disk with no network: the Graphviz diagram \
            (pan and zoom), a search over every name and alias, a side panel with each actor's \
            relations and their evidence sentences, filters, the affiliation path finder of \
            `actorgraph path`, sortable tables with CSV download, and a print layout. Every \
            evidence sentence has a stable anchor, #evidence-N. The same input gives the same file.
            """
    )

    @OptionGroup var input: GraphInput

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The HTML file to write.", valueName: "report.html"))
    var output: String

    @Option(help: "The report's title.")
    var title = "Actor network"

    @Option(name: .customLong("layout"), help: ArgumentHelp("Layout engine of the diagram: \(Layout.validNames).", valueName: "layout"))
    var layout = "auto"

    @Flag(help: ArgumentHelp("Draw a graph above render's size limit anyway (\(DrawingSize.tooLargeActors) actors or \(DrawingSize.tooLargeRelations) relations)."))
    var force = false

    func run() throws {
        let layout = try Render.parseLayout(layout)
        try OutputPath.requireFile(output, example: "report.html")
        try GraphvizEngine.shared.checkPlugins()
        let graph: Graph
        var documents: [String: ReportDocument] = [:]
        if !input.readsStore, input.input == nil {
            // Articles: read once, kept for their URLs, extracted, narrowed like any input.
            let articles = try input.articles.readDocuments()
            for document in articles {
                documents[document.id] = ReportDocument(id: document.id, title: document.title, date: document.date, url: document.url)
            }
            graph = try input.articles.extractor().graph(from: articles).filtered(by: try input.dateRange())
        } else {
            graph = try input.loadGraph()
            if input.readsStore {
                let ids = Set(graph.relations.flatMap { $0.evidence.map(\.document) })
                for (id, info) in try input.openStore().documents(ids: ids) {
                    documents[id] = ReportDocument(id: id, title: info.title, date: info.date, url: info.url)
                }
            }
        }
        if graph.actors.isEmpty {
            FileHandle.standardError.write(Data("warning: the graph has no actors, so the report is empty; check the articles or the filters\n".utf8))
        }
        switch DrawingSize(graph) {
        case .small:
            break
        case .large:
            FileHandle.standardError.write(Data(
                "warning: laying out \(graph.actors.count) actors and \(graph.relations.count) relations may take minutes\n".utf8))
        case .tooLarge where !force:
            throw CommandError("the graph has \(graph.actors.count) actors and \(graph.relations.count) relations, more than "
                + "a report lays out without --force; narrow it with '--since'/'--until' or give '--force'")
        case .tooLarge:
            break
        }
        // The page's path finder walks edges in the order `actorgraph path` would read them
        // from this input: the store itself, or an index of the graph as read.
        let pathSource: any GraphSource
        if input.readsStore {
            let range = try input.dateRange()
            pathSource = range.isUnbounded ? try input.openStore() : try input.openStore().within(range)
        } else {
            pathSource = GraphIndex(graph)
        }
        let html = try HTMLReport.html(for: graph, documents: documents, options: ReportOptions(title: title, layout: layout),
                                       pathSource: pathSource)
        try Render.write(html, to: output, binary: false)
    }
}
