import ActorGraph
import ArgumentParser
import Foundation
import GraphvizRendering

/// `actorgraph render PATH... -o graph.svg`: the actor graph drawn through Graphviz.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw the graph through Graphviz (SVG, DOT, PNG, PDF, JSON).",
        discussion: """
            Each actor type has its own shape and colour, each relation type its own colour, \
            arrowhead and label; hedged relations are dashed, former ones dotted. In SVG every \
            actor and relation has a stable id, CSS classes, and a tooltip with its evidence. \
            Views narrow the graph first: --focus/--depth, --types, --exclude-types, --min-evidence. \
            A view of more than \(DrawingSize.largeActors) actors or \(DrawingSize.largeRelations) relations is drawn \
            with a warning and a progress line; above \(DrawingSize.tooLargeActors) actors or \
            \(DrawingSize.tooLargeRelations) relations it is drawn only with --force.
            """
    )

    @OptionGroup var input: GraphInput

    @Option(name: .customLong("format"), help: ArgumentHelp(
        "Output format: \(OutputFormat.validNames). Default: from the -o file's extension; svg without one.",
        valueName: "format"))
    var format: String?

    @Option(name: .customLong("layout"), help: ArgumentHelp(
        "Layout engine: \(Layout.validNames). auto picks dot for small sparse or acyclic graphs, neato (fdp when coalitions are drawn as boxes) up to 150 actors and \(Layout.forceRelationLimit) relations, sfdp above.",
        valueName: "layout"))
    var layout = "auto"

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
    var output: String?

    @Option(help: "A title drawn above the diagram.")
    var title: String?

    @Flag(help: "Leave out the legend.")
    var noLegend = false

    @Flag(help: "Leave out the caption (counts, articles, date range).")
    var noCaption = false

    @Option(help: ArgumentHelp("Draw only the actors within --depth hops of this actor (any of its names).", valueName: "actor"))
    var focus: String?

    @Option(help: "Hops around --focus.")
    var depth = 1

    @Option(name: .customLong("types"), help: ArgumentHelp(
        "Keep only these relation types (comma-separated or repeated): \(RelationKind.validNames).", valueName: "types"))
    var types: [String] = []

    @Option(name: .customLong("exclude-types"), help: ArgumentHelp("Leave out these relation types.", valueName: "types"))
    var excludeTypes: [String] = []

    @Option(name: .customLong("min-evidence"), help: ArgumentHelp("Keep only relations stated by at least N sentences.", valueName: "N"))
    var minEvidence = 1

    @Option(name: .customLong("path"), parsing: .upToNextOption, help: ArgumentHelp(
        "Highlight the shortest affiliation path between two actors and fade the rest.", valueName: "from> <to"))
    var path: [String] = []

    @Flag(name: .customLong("path-only"), help: "With --path, draw only the path.")
    var pathOnly = false

    @Flag(help: ArgumentHelp(
        "Keep actors with no drawn relation, in a grid under the diagram.",
        discussion: "By default a render leaves them out and the caption says how many."))
    var isolates = false

    @Flag(help: ArgumentHelp(
        "Draw a view above the size limit anyway (more than \(DrawingSize.tooLargeActors) actors or \(DrawingSize.tooLargeRelations) relations).",
        discussion: "Such a layout takes many minutes and gigabytes; --focus or --min-evidence usually give a drawing one can read."))
    var force = false

    func validate() throws {
        if !path.isEmpty, path.count != 2 {
            throw ValidationError("'--path' takes two actors, FROM and TO, for example --path 'Abu Amsha' MHP")
        }
        if pathOnly, path.isEmpty { throw ValidationError("'--path-only' needs '--path FROM TO'") }
        if depth != 1, focus == nil { throw ValidationError("'--depth' goes with '--focus ACTOR'; name the actor to center on") }
    }

    func run() throws {
        // Check the cheap choices before reading any article.
        let layout = try Render.parseLayout(layout)
        let format = try Render.parseFormat(format, output: output)
        guard depth >= 0 else { throw ViewError.negativeValue(option: "--depth", value: depth) }
        guard minEvidence >= 0 else { throw ViewError.negativeValue(option: "--min-evidence", value: minEvidence) }
        let kept = try Graph.relationKinds(from: types)
        let excluded = try Graph.relationKinds(from: excludeTypes)
        if format != .dot { try GraphvizEngine.shared.checkPlugins() }

        let whole = try input.loadGraph()
        var graph = whole
        if !kept.isEmpty { graph = graph.keepingRelations(of: kept) }
        if !excluded.isEmpty { graph = graph.excludingRelations(of: excluded) }
        if minEvidence > 1 { graph = graph.withMinimumEvidence(minEvidence) }
        // Names resolve against everything read, so a filter that hides an actor says so
        // instead of claiming the actor does not exist.
        let resolver = NameResolver(source: GraphIndex(whole))
        let shown = Set(graph.actors.map(\.id))
        func resolveShown(_ name: String) throws -> Actor {
            let actor = try resolver.resolve(name)
            guard shown.contains(actor.id) else { throw FilteredOut(name: actor.name) }
            return actor
        }
        var highlight: PathHighlight?
        if path.count == 2 {
            let from = try resolveShown(path[0]), to = try resolveShown(path[1])
            guard let found = try PathFinder(source: GraphIndex(graph)).shortestPath(from: from.id, to: to.id) else {
                throw ViewError.noPath(from: path[0], to: path[1])
            }
            let marked = try graph.highlight(path: found.hops.map(\.relation))
            highlight = marked
            if pathOnly { graph = graph.restricted(to: marked) }
        }
        if let focus {
            let center = try resolveShown(focus)
            graph = graph.focused(on: center.id, depth: depth)
        }

        // Actors no drawn relation touches say nothing in a diagram of relations and, laid out
        // as loose nodes, made most of one: they are left out unless asked for (then drawn in
        // a grid under the diagram), and the caption counts them. A focus keeps its centre.
        var isolatesLeftOut = 0
        if !isolates, focus == nil {
            (graph, isolatesLeftOut) = graph.withoutIsolates()
        }

        if graph.actors.isEmpty {
            // An empty drawing is still written (a script may expect the file), but not in silence.
            let cause = whole.actors.isEmpty ? "the input has no actors" : "the filters leave no actor"
            FileHandle.standardError.write(Data(
                "warning: \(cause), so the drawing is empty; check the articles or loosen '--types'/'--exclude-types'/'--min-evidence'\n".utf8))
        }
        var options = RenderOptions(format: format, layout: layout, title: title,
                                    legend: !noLegend, caption: !noCaption, highlight: highlight)
        options.isolatesLeftOut = isolatesLeftOut
        let data: Data
        if format == .dot {
            // DOT text is written without a layout: any size is quick.
            data = try Renderer.render(graph, options: options)
        } else {
            let engine = layout.resolved(for: graph).rawValue
            let what = "\(graph.actors.count) actors and \(graph.relations.count) relations with \(engine)"
            switch DrawingSize(graph) {
            case .small:
                break
            case .large:
                FileHandle.standardError.write(Data(
                    "warning: laying out \(what) may take minutes; '--focus ACTOR' or '--min-evidence N' draw a smaller view\n".utf8))
            case .tooLarge where !force:
                throw CommandError("the view has \(graph.actors.count) actors and \(graph.relations.count) relations, "
                    + "more than render lays out without --force (\(DrawingSize.tooLargeActors) actors or "
                    + "\(DrawingSize.tooLargeRelations) relations: minutes and gigabytes); narrow it with '--focus ACTOR', "
                    + "'--min-evidence N' or '--types', write '--format dot', or give '--force'")
            case .tooLarge:
                FileHandle.standardError.write(Data("warning: laying out \(what), as --force asks; this takes minutes\n".utf8))
            }
            data = try LayoutProgress.reporting(what) { try Renderer.render(graph, options: options) }
        }
        try Render.write(data, to: output, binary: format.isBinary)
    }

    /// An actor the type or evidence filters left without relations, and so out of the view.
    struct FilteredOut: NothingFound {
        var name: String
        var description: String {
            "'\(name)' has no relation left after '--types'/'--exclude-types'/'--min-evidence'; loosen the filters"
        }
    }

    static func parseLayout(_ value: String) throws -> Layout {
        guard let layout = Layout(userValue: value) else { throw RenderError.unknownLayout(value) }
        return layout
    }

    static func parseFormat(_ value: String?, output: String?) throws -> OutputFormat {
        if let value {
            guard let format = OutputFormat(userValue: value) else { throw RenderError.unknownFormat(value) }
            return format
        }
        let ext = output.map { URL(fileURLWithPath: $0).pathExtension } ?? ""
        if ext.isEmpty { return .svg }
        guard let format = OutputFormat(userValue: ext) else {
            throw UnknownExtension(path: output ?? "", ext: ext)
        }
        return format
    }

    static func write(_ data: Data, to output: String?, binary: Bool) throws {
        guard let output, output != "-" else {
            if binary, isatty(STDOUT_FILENO) == 1 {
                throw CommandError("refusing to write a binary format to the terminal; give '-o FILE'")
            }
            try StandardOutput.write(data)
            return
        }
        try OutputPath.requireFile(output, example: "graph.svg")
        do {
            // Atomic, as `export` writes: the drawing goes to a temporary file in the same
            // folder and replaces the old one only when complete, so a full disk leaves the
            // previous good drawing in place instead of a truncated one.
            try data.write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw OutputError(path: output, reason: reason(for: error))
        }
    }

    /// Foundation reports a failed write as "NSCocoaErrorDomain error 512"; the POSIX error
    /// under it ("No space left on device") is the one a person can act on.
    static func reason(for error: any Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? any Error
        return ((underlying ?? error) as NSError).localizedDescription
    }

    struct UnknownExtension: Error, CustomStringConvertible {
        var path: String
        var ext: String
        var description: String {
            "\(path): cannot tell the format from '.\(ext)'; give --format (\(OutputFormat.validNames)) or a file ending in one of them"
        }
    }

    struct OutputError: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): cannot write the drawing (\(reason)); check the folder exists, is writable and has space; any previous drawing there is unchanged" }
    }
}
