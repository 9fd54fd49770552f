import ActorGraph
import ActorGraphStore
import ArgumentParser

/// `actorgraph retract SOURCE TYPE TARGET`: an edge the machine got wrong, hidden for good.
struct Retract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Hide a relation the extractor got wrong; re-ingesting never brings it back.")

    @Argument(help: "The source actor.")
    var source: String

    @Argument(help: ArgumentHelp("The relation type (\(RelationKind.validNames)).", valueName: "type"))
    var type: String

    @Argument(help: "The target actor.")
    var target: String

    @Option(help: "Why, kept with the correction.")
    var note: String?

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if RelationKind(userValue: type) == nil {
            throw ValidationError("'\(type)' is not a relation type; use one of \(RelationKind.validNames)")
        }
    }

    func run() throws {
        guard let kind = RelationKind(userValue: type) else { return }
        let (key, existed) = try store.open(create: false).retract(source: source, kind: kind, target: target, note: note)
        print("retracted \(key.source) \(key.kind.rawValue) \(key.target)"
              + (existed ? "" : " (no evidence for it yet: it stays hidden if extraction finds it later)"))
    }
}
