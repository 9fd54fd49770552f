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

    func validate() throws {
        if let type, ActorKind(userValue: type) == nil {
            throw ValidationError("'--type \(type)' is not an actor type; use one of \(ActorKind.validNames)")
        }
        if let limit, limit < 1 { throw ValidationError("'--limit \(limit)' must be 1 or more") }
    }

    func run() throws {
        let database = try store.open(create: false)
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
}
