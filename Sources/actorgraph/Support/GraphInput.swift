import ActorGraph
import ArgumentParser
import Foundation

/// Where a command takes its graph from: articles to extract, or a graph JSON file.
struct GraphInput: ParsableArguments {
    @OptionGroup var articles: ArticleOptions

    @Option(name: .customLong("input"), help: ArgumentHelp("A graph JSON file written by `actorgraph extract`.", valueName: "graph.json"))
    var input: String?

    func validate() throws {
        if input != nil, !articles.paths.isEmpty {
            throw ValidationError("give either article paths or '--input graph.json', not both")
        }
    }

    /// The graph: read from `--input`, or extracted from the articles.
    func loadGraph() throws -> Graph {
        if let input { return try GraphFile.read(input) }
        return try articles.extractGraph()
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
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DocumentError.unreadable(path: path, reason: "permission denied")
        }
        let graph: Graph
        do {
            graph = try JSONDecoder().decode(Graph.self, from: data)
        } catch let error as DecodingError {
            throw Malformed(path: path, reason: describe(error))
        } catch {
            throw Malformed(path: path, reason: "\(error)")
        }
        let ids = Set(graph.actors.map(\.id))
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
