import ActorGraph
import ActorGraphStore
import ArgumentParser

/// `actorgraph actors [--type T] [--search TEXT]`: the actors of the project database.
struct Actors: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the actors in the project database, with their mentions and relations.")

    @OptionGroup var store: StoreOptions

    @Option(name: .customLong("type"), help: ArgumentHelp("Only actors of this type (\(ActorKind.validNames)).", valueName: "type"))
    var type: String?

    @Option(help: ArgumentHelp("Only actors one of whose names contains this text (case and accents ignored).", valueName: "text"))
    var search: String?

    @Option(help: "At most this many actors.")
    var limit: Int?

    @Flag(help: "Print JSON.")
    var json = false

    @Option(help: ArgumentHelp(
        "Rank by a network measure, highest first, and print its value: degree (distinct neighbours) or betweenness (share of shortest paths through the actor, normalized as networkx does).",
        valueName: "measure"))
    var rank: RankMeasure?

    func validate() throws {
        if let type, ActorKind(userValue: type) == nil {
            throw ValidationError("'--type \(type)' is not an actor type; use one of \(ActorKind.validNames)")
        }
        if let limit, limit < 1 { throw ValidationError("'--limit \(limit)' must be 1 or more") }
    }

    func run() throws {
        let database = try store.open(create: false)
        if let rank {
            try printRanking(by: rank, database: database)
            return
        }
        let actors = try database.listActors(kind: type.flatMap(ActorKind.init(userValue:)), search: search, limit: limit)
        if json {
            try JSONOutput.write(actors)
            return
        }
        if actors.isEmpty {
            print(search == nil && type == nil ? "no actors stored yet; run `actorgraph ingest ARTICLES`" : "no actors match")
            return
        }
        let idWidth = min(40, actors.map(\.id.count).max() ?? 0)
        let kindWidth = actors.map(\.kind.rawValue.count).max() ?? 0
        for actor in actors {
            let id = actor.id.padding(toLength: max(idWidth, actor.id.count), withPad: " ", startingAt: 0)
            let kind = actor.kind.rawValue.padding(toLength: kindWidth, withPad: " ", startingAt: 0)
            var line = "\(id)  \(kind)  \(actor.name)"
            line += "  (\(actor.relations) relations, \(actor.documents) documents)"
            print(line)
        }
    }

    /// The listed actors ordered by a measure taken on the whole corrected graph: `--type`
    /// and `--search` choose whom to show, not whose paths count.
    private func printRanking(by measure: RankMeasure, database: ProjectStore) throws {
        let graph = try database.graph()
        let measures = NetworkMeasures.of(graph)
        let shown = try database.listActors(kind: type.flatMap(ActorKind.init(userValue:)), search: search, limit: nil)
        func value(_ id: String) -> Double {
            switch measure {
            case .degree: return Double(measures.degree[id] ?? 0)
            case .betweenness: return measures.betweenness[id] ?? 0
            }
        }
        // Highest first; equal values by name, then id, so the order never depends on the store.
        var ranked = shown.sorted { a, b in
            let (x, y) = (value(a.id), value(b.id))
            return x != y ? x > y : (a.name, a.id) < (b.name, b.id)
        }
        if let limit { ranked = Array(ranked.prefix(limit)) }
        if json {
            try JSONOutput.write(ranked.map { RankedActor(id: $0.id, name: $0.name, kind: $0.kind, measure: measure.rawValue, value: value($0.id)) })
            return
        }
        if ranked.isEmpty {
            print(search == nil && type == nil ? "no actors stored yet; run `actorgraph ingest ARTICLES`" : "no actors match")
            return
        }
        let formatted = ranked.map { measure == .degree ? String(Int(value($0.id))) : String(format: "%.6f", value($0.id)) }
        let valueWidth = formatted.map(\.count).max() ?? 0
        let idWidth = min(40, ranked.map(\.id.count).max() ?? 0)
        let kindWidth = ranked.map(\.kind.rawValue.count).max() ?? 0
        for (position, actor) in ranked.enumerated() {
            let number = String(repeating: " ", count: valueWidth - formatted[position].count) + formatted[position]
            let id = actor.id.padding(toLength: max(idWidth, actor.id.count), withPad: " ", startingAt: 0)
            let kind = actor.kind.rawValue.padding(toLength: kindWidth, withPad: " ", startingAt: 0)
            print("\(number)  \(id)  \(kind)  \(actor.name)")
        }
    }
}

/// The network measures `actors --rank` orders by.
enum RankMeasure: String, ExpressibleByArgument, CaseIterable {
    case degree, betweenness
}

/// One line of `actors --rank ... --json`.
private struct RankedActor: Encodable {
    var id: String
    var name: String
    var kind: ActorKind
    var measure: String
    var value: Double

    enum CodingKeys: String, CodingKey { case id, name, kind = "type", measure, value }
}
