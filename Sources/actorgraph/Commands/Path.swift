import ActorGraph
import ActorGraphStore
import ArgumentParser
import Foundation

/// `actorgraph path FROM TO [PATH...]`: the cheapest affiliation path between two actors,
/// one hop per line, each with the sentence and document that support it.
///
/// Exit status: 0 with a path, 1 when there is none, 64 for bad input (unknown actor,
/// bad option), 2 when the search hit its work bound.
struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the shortest affiliation path between two actors, hop by hop, with evidence.",
        discussion: """
            Names resolve through aliases, ignoring case and diacritics ('bahceli', 'HTS'); a \
            surname alone finds a person when only one has it. By default a path follows the \
            affiliation types (\(PathQuery.affiliationKinds.sorted().map(\.rawValue).joined(separator: ", "))) \
            in either direction, and each hop prints the way its edge points: 'A  <-commands-  B' \
            means B commands A. Hedged-only edges cost 1.5, confirmed ones 1.
            """
    )

    @Argument(help: "The actor the path starts from: a name, an alias or an actor id.")
    var from: String

    @Argument(help: "The actor the path ends at.")
    var to: String

    @OptionGroup var input: GraphInput

    @Option(help: ArgumentHelp("Follow only these relation types (comma-separated).", valueName: "types"))
    var via: String?

    @Option(help: ArgumentHelp("Never follow these relation types (comma-separated).", valueName: "types"))
    var exclude: String?

    @Flag(help: "Follow edges from source to target only (symmetric types still go both ways).")
    var directed = false

    @Option(name: .customShort("k"), help: ArgumentHelp("Print the N best alternative paths (1-100).", valueName: "N"))
    var count = 1

    @Option(help: ArgumentHelp("Only paths of at most N hops.", valueName: "N"))
    var maxHops: Int?

    @Option(help: ArgumentHelp("Route around this actor. Repeatable.", valueName: "actor"))
    var avoid: [String] = []

    @Option(help: ArgumentHelp("Only edges first reported on or before this date (YYYY-MM-DD, YYYY-MM or YYYY).", valueName: "date"))
    var asOf: String?

    @Option(help: ArgumentHelp("What a hop over a hedged-only edge costs (a confirmed hop costs 1).", valueName: "cost"))
    var hedgedCost = 1.5

    @Flag(help: "Print the paths as JSON.")
    var json = false

    @Flag(help: "Print how much of the graph the search read, and how long it took, to stderr.")
    var stats = false

    func run() throws {
        do {
            let query = try makeQuery()
            try query.validate()
            let range = try input.dateRange()
            if input.readsStore, range.isUnbounded {
                let store = try input.openStore()
                do {
                    try answer(source: store, query: query)
                } catch let error as NameResolutionError {
                    // Only now is it worth counting: an empty store explains any unknown name.
                    if case .unknown(_, let suggestions) = error, suggestions.isEmpty, try store.counts().actors == 0 {
                        throw EmptyGraph(store: store.path)
                    }
                    // A name only a removed actor has: the store's own resolution says which
                    // correction removed it, rather than "no actor named".
                    if case .unknown(let name, _) = error { _ = try store.resolveActor(name) }
                    throw error
                }
            } else if input.readsStore {
                // A date window: the store applies it to each neighbourhood the search reads,
                // never loading the whole graph (issue 14, item 10).
                let view = try input.openStore().within(range)
                do {
                    try answer(source: view, query: query)
                } catch let error as NameResolutionError {
                    if case .unknown(_, let suggestions) = error, suggestions.isEmpty, try view.isEmpty() {
                        throw EmptyGraph(store: input.storePath, windowed: true)
                    }
                    throw error
                }
            } else {
                // Articles or a graph file: extract or read the graph, then search it in memory.
                let graph = try input.loadGraph()
                guard !graph.actors.isEmpty else { throw EmptyGraph() }
                try answer(source: GraphIndex(graph), query: query)
            }
        } catch let error as NameResolutionError {
            throw fail(error)
        } catch let error as StoreError {
            throw fail(error)
        } catch let error as PathError {
            if case .searchLimitReached = error {
                PathDiagnostics.error("\(error)")
                throw ExitCode(ExitStatus.nothingFound)
            }
            throw fail(error)
        } catch let error as EmptyGraph {
            throw fail(error)
        }
    }

    /// Resolves the names, searches, prints. Shared by every kind of graph source.
    func answer(source: any GraphSource, query baseQuery: PathQuery) throws {
        var query = baseQuery
        let resolver = NameResolver(source: source)
        let start = try resolver.resolve(from)
        let end = try resolver.resolve(to)
        for name in avoid { query.avoid.insert(try resolver.resolve(name).id) }
        var statistics = PathSearchStatistics()
        let clock = ContinuousClock()
        let began = clock.now
        let paths = try PathFinder(source: source).paths(from: start.id, to: end.id, query: query, statistics: &statistics)
        if stats {
            PathDiagnostics.line("search: \(statistics.actorsRead) actors read (\(statistics.actorsExpanded) expanded), \(statistics.adjacenciesRead) edges read "
                                 + "in \(statistics.sourceReads) reads, \(clock.now - began)")
        }
        if json {
            try JSONOutput.write(PathAnswer(from: start, to: end, paths: paths))
        } else {
            // Sentences and file names come from outside: no escape sequence reaches the terminal.
            print(TerminalText.safe(PathText.render(paths)), terminator: "")
        }
        if paths.isEmpty {
            PathDiagnostics.line("no path from \(start.name) to \(end.name) \(describe(query))")
            throw ExitCode(ExitStatus.nothingFound)
        }
    }

    private func makeQuery() throws -> PathQuery {
        var query = PathQuery()
        if let via { query.kinds = try PathQuery.relationKinds(parsing: via) }
        if let exclude { query.kinds.subtract(try PathQuery.relationKinds(parsing: exclude)) }
        query.directed = directed
        query.count = count
        query.maxHops = maxHops
        query.asOf = asOf
        query.hedgedCost = hedgedCost
        return query
    }

    private func describe(_ query: PathQuery) -> String {
        var parts = ["following \(query.kinds == PathQuery.affiliationKinds ? "affiliation types" : query.kinds.sorted().map(\.rawValue).joined(separator: ", "))"]
        parts.append(query.directed ? "in their direction only" : "in either direction")
        if let maxHops = query.maxHops { parts.append("within \(maxHops) hops") }
        if !query.avoid.isEmpty { parts.append("avoiding \(query.avoid.sorted().joined(separator: ", "))") }
        if let asOf = query.asOf { parts.append("as of \(asOf)") }
        return "(" + parts.joined(separator: ", ") + ")"
    }

    /// The error printed, and the status the one scheme gives it (``ExitStatus``).
    private func fail(_ error: any Error) -> ExitCode {
        PathDiagnostics.error("\(error)")
        return ExitCode(ExitStatus.code(for: error) ?? ExitStatus.failure)
    }

    struct EmptyGraph: NothingFound {
        var store: String?
        var windowed = false
        var description: String {
            if let store, windowed {
                return "\(store): no evidence dated within '--since'/'--until' (undated articles fall outside a window); widen the window or drop it"
            }
            if let store { return "\(store): the store has no actors yet; ingest articles first (`actorgraph ingest PATH...`)" }
            return "the graph has no actors; give articles that name some, or a graph file written by `actorgraph extract`"
        }
    }
}

/// The JSON form of an answer: both ends as resolved, and the paths, best first.
struct PathAnswer: Encodable {
    struct End: Encodable { var id: String; var name: String; var type: String }
    var from: End
    var to: End
    var paths: [AffiliationPath]

    init(from: Actor, to: Actor, paths: [AffiliationPath]) {
        self.from = End(id: from.id, name: from.name, type: from.kind.rawValue)
        self.to = End(id: to.id, name: to.name, type: to.kind.rawValue)
        self.paths = paths
    }
}

/// The text form: one hop per line, its evidence indented below it.
enum PathText {
    static func render(_ paths: [AffiliationPath]) -> String {
        var out = ""
        for (number, path) in paths.enumerated() {
            if paths.count > 1 {
                if number > 0 { out += "\n" }
                out += "Path \(number + 1): \(path.hops.count) hop\(path.hops.count == 1 ? "" : "s"), cost \(format(path.cost))\n"
            }
            for hop in path.hops {
                out += hop.arrowLine + "\n"
                var notes: [String] = []
                if hop.hedged { notes.append("hedged") }
                if hop.former { notes.append("former") }
                if hop.evidenceCount > 1 { notes.append("\(hop.evidenceCount) sentences") }
                if let evidence = hop.evidence {
                    if let who = evidence.assertedBy {
                        out += "    asserted: \(who)\n"
                    } else {
                        if !evidence.sentence.isEmpty { out += "    \u{201C}\(evidence.sentence)\u{201D}\n" }
                        var place = evidence.document.isEmpty ? "(no document)" : evidence.document
                        if let date = evidence.date { place += ", \(date)" }
                        if !notes.isEmpty { place += " (\(notes.joined(separator: "; ")))" }
                        out += "    \(place)\n"
                    }
                } else {
                    out += "    (no evidence recorded\(notes.isEmpty ? "" : "; " + notes.joined(separator: "; ")))\n"
                }
            }
        }
        return out
    }

    static func format(_ cost: Double) -> String {
        cost == cost.rounded() ? String(Int(cost)) : String(format: "%.1f", cost)
    }
}

/// Messages to stderr.
enum PathDiagnostics {
    static func error(_ message: String) { line("Error: \(message)") }
    static func line(_ message: String) { FileHandle.standardError.write(Data("\(message)\n".utf8)) }
}

