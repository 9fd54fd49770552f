import ActorGraph
import ActorGraphStore
import ArgumentParser

/// `actorgraph assert SOURCE TYPE TARGET --note "..."`: a relation a person knows.
struct Assert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "State a relation by hand, with a note saying why; `show` marks it [asserted].")

    @OptionGroup var edge: EdgeArguments

    @Option(help: "Why: a source, a report, a reasoning. Shown as the relation's evidence.")
    var note: String

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if note.allSatisfy(\.isWhitespace) { throw ValidationError("'--note' is empty; say why the relation holds") }
    }

    func run() throws {
        let (key, _) = try store.open(create: false)
            .assert(source: edge.source, kind: edge.kind, target: edge.target, note: note)
        print("asserted \(key.source) \(key.kind.rawValue) \(key.target): \(note)")
    }
}
