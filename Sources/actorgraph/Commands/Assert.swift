import ActorGraph
import ActorGraphStore
import ArgumentParser

/// `actorgraph assert SOURCE TYPE TARGET --note "..."`: a relation a person knows.
struct Assert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "State a relation by hand, with a note saying why; `show` marks it [asserted].")

    @Argument(help: "The source actor.")
    var source: String

    @Argument(help: ArgumentHelp("The relation type (\(RelationKind.validNames)).", valueName: "type"))
    var type: String

    @Argument(help: "The target actor.")
    var target: String

    @Option(help: "Why: a source, a report, a reasoning. Shown as the relation's evidence.")
    var note: String

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if RelationKind(userValue: type) == nil {
            throw ValidationError("'\(type)' is not a relation type; use one of \(RelationKind.validNames)")
        }
        if note.allSatisfy(\.isWhitespace) { throw ValidationError("'--note' is empty; say why the relation holds") }
    }

    func run() throws {
        guard let kind = RelationKind(userValue: type) else { return }
        let (key, _) = try store.open(create: false).assert(source: source, kind: kind, target: target, note: note)
        print("asserted \(key.source) \(key.kind.rawValue) \(key.target): \(note)")
    }
}
