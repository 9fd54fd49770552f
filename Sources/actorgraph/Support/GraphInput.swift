import ActorGraph
import ActorGraphStore
import ArgumentParser
import Foundation

/// Where a command takes its graph from: articles to extract, or a graph JSON file.
struct GraphInput: ParsableArguments {
    @OptionGroup var articles: ArticleOptions

    @Option(name: .customLong("input"), help: ArgumentHelp("A graph JSON file written by `actorgraph extract`.", valueName: "graph.json"))
    var input: String?

    @Option(name: .customLong("db"), help: ArgumentHelp(
        "The project database (default: $ACTORGRAPH_DB, then ./actorgraph.sqlite), read when no articles or --input are given.",
        valueName: "store.sqlite"))
    var database: String?

    @Option(help: ArgumentHelp("Only evidence from articles dated on or after this day (YYYY-MM-DD; YYYY or YYYY-MM from its first day).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Only evidence from articles dated on or before this day (YYYY-MM-DD; YYYY or YYYY-MM to its last day).", valueName: "date"))
    var until: String?

    /// `--since`/`--until` as a range; undated articles fall outside once a bound is set.
    func dateRange() throws -> DateRange {
        do {
            return try DateRange(since: since, until: until)
        } catch let error as DateRangeError {
            // A usage mistake (exit 64), printed without the usage text.
            throw UsageError(error.description)
        }
    }

    func validate() throws {
        // A bad bound is a usage mistake: 64, with this command's usage.
        do { _ = try dateRange() } catch { throw ValidationError("\(error)") }
        if input != nil, !articles.paths.isEmpty {
            throw ValidationError("give either article paths or '--input graph.json', not both")
        }
        if database != nil, input != nil || !articles.paths.isEmpty {
            throw ValidationError("give one of article paths, '--input graph.json' or '--db store.sqlite'")
        }
    }

    /// Whether the graph comes from the project database: `--db`, or nothing else given.
    var readsStore: Bool { database != nil || (input == nil && articles.paths.isEmpty) }

    /// The project database: `--db`, then `ACTORGRAPH_DB`, then ./actorgraph.sqlite.
    var storePath: String { ProjectStore.defaultPath(explicit: database) }

    /// Opens the project database for reading.
    func openStore() throws -> ProjectStore {
        try ProjectStore.open(path: storePath, create: false)
    }

    /// The graph: read from `--input`, extracted from the articles, or (with neither) read
    /// from the project database with corrections applied; `--since`/`--until` narrow it.
    func loadGraph() throws -> Graph {
        let range = try dateRange()
        if readsStore { return try openStore().graph(range: range) }
        let whole = try input.map(GraphFile.read) ?? articles.extractGraph()
        let narrowed = whole.filtered(by: range)
        if !range.isUnbounded, !whole.relations.isEmpty, narrowed.relations.isEmpty,
           whole.relations.allSatisfy({ $0.evidence.allSatisfy { $0.date == nil } }) {
            // Say why the view is empty instead of drawing nothing in silence.
            FileHandle.standardError.write(Data(
                "warning: none of the evidence has a date, so '--since'/'--until' leave nothing; give articles dates (front matter, <meta>, JSON Lines \"date\") or drop the flags\n".utf8))
        }
        return narrowed
    }
}

/// Reading a graph JSON file, with errors that name the file and what is wrong.
enum GraphFile {
    struct Malformed: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): not a graph JSON file (\(reason)); give a file written by `actorgraph extract`" }
    }

    static func read(_ path: String) throws -> Graph {
        guard FileManager.default.fileExists(atPath: path) else { throw DocumentError.missing(path: path) }
        // A folder, FIFO or /dev/zero is named as one, not as a permission problem.
        try DocumentLoader.requireFile(atPath: path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DocumentError.unreadable(path: path, reason: "permission denied")
        }
        let graph: Graph
        do {
            graph = try JSONDecoder().decode(Graph.self, from: data)
        } catch let error as DecodingError {
            // Broken JSON is told by line and column; the decoder's own message has no position.
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty, let problem = JSONSyntax.firstProblem(in: data) {
                throw Malformed(path: path, reason: "not valid JSON at \(problem.line):\(problem.column), expected \(problem.expected)")
            }
            throw Malformed(path: path, reason: describe(error))
        } catch {
            throw Malformed(path: path, reason: "\(error)")
        }
        var ids = Set<Actor.ID>()
        for actor in graph.actors where !ids.insert(actor.id).inserted {
            throw Malformed(path: path, reason: "actor id '\(actor.id)' appears twice; give each actor its own id")
        }
        if let dangling = graph.relations.first(where: { !ids.contains($0.source) || !ids.contains($0.target) }) {
            let missing = ids.contains(dangling.source) ? dangling.target : dangling.source
            throw Malformed(path: path, reason: "a relation names actor id '\(missing)', which is not among the actors")
        }
        return graph
    }

    private static func describe(_ error: DecodingError) -> String {
        func at(_ path: [any CodingKey]) -> String {
            path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "missing '\(key.stringValue)' at \(at(context.codingPath).isEmpty ? "top level" : at(context.codingPath))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "wrong value at \(at(context.codingPath)): \(context.debugDescription)"
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?)?.userInfo["NSDebugDescription"] as? String
            return at(context.codingPath).isEmpty ? (underlying ?? "invalid JSON") : "bad value at \(at(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
