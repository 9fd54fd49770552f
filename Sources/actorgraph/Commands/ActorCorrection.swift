import ActorGraph
import ActorGraphStore
import ArgumentParser

/// `actorgraph actor add|retype|rename|remove`: corrections of the actors themselves, for what
/// extraction missed or got wrong. Each is kept apart from what extraction found, so
/// re-ingesting the articles never undoes one; `actorgraph corrections undo N` does.
struct ActorCorrection: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actor",
        abstract: "Add, retype, rename or remove an actor; kept across re-ingest, listed by `actorgraph corrections`.",
        subcommands: [Add.self, Retype.self, Rename.self, Remove.self]
    )

    /// The `--type` value, checked in `validate()` so that a wrong one is a usage mistake (64).
    static func kind(_ value: String, option: String) throws -> ActorKind {
        guard let kind = ActorKind(userValue: value) else {
            throw ValidationError("'\(option)\(value)' is not an actor type; use one of \(ActorKind.validNames)")
        }
        return kind
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an actor extraction missed, so that `assert` and `path` can name it.",
            discussion: "Articles ingested later that use any of its names are read as this actor.")

        @Argument(help: "Its name, as it should be shown.")
        var name: String

        @Option(name: .customLong("type"), help: ArgumentHelp("Its type (\(ActorKind.validNames)).", valueName: "type"))
        var type: String

        @Option(name: .customLong("alias"), help: ArgumentHelp("Another name of it. Repeatable.", valueName: "name"))
        var aliases: [String] = []

        @Option(help: "Why: shown by `actorgraph corrections`.")
        var note: String?

        @OptionGroup var store: StoreOptions

        func validate() throws { _ = try ActorCorrection.kind(type, option: "--type ") }

        func run() throws {
            let actor = try store.open(create: false)
                .addActor(name, kind: try ActorCorrection.kind(type, option: "--type "), aliases: aliases, note: note)
            let aka = actor.aliases.isEmpty ? "" : ", also \(actor.aliases.joined(separator: ", "))"
            print(TerminalText.safe("added \(actor.name) (\(actor.kind.rawValue), id \(actor.id))\(aka)"))
        }
    }

    struct Retype: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Give an actor another type.")

        @Argument(help: "The actor (any of its names, or its id).")
        var actor: String

        @Argument(help: ArgumentHelp("The new type (\(ActorKind.validNames)).", valueName: "type"))
        var type: String

        @Option(help: "Why: shown by `actorgraph corrections`.")
        var note: String?

        @OptionGroup var store: StoreOptions

        func validate() throws { _ = try ActorCorrection.kind(type, option: "") }

        func run() throws {
            let (before, after) = try store.open(create: false)
                .retypeActor(actor, to: try ActorCorrection.kind(type, option: ""), note: note)
            print(TerminalText.safe("\(after.name) (\(after.id)) is now \(after.kind.rawValue), was \(before.kind.rawValue)"))
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show an actor under another name; its id stays, and the old name still finds it.")

        @Argument(help: "The actor (any of its names, or its id).")
        var actor: String

        @Argument(help: "The name it should be shown by.")
        var name: String

        @Option(help: "Why: shown by `actorgraph corrections`.")
        var note: String?

        @OptionGroup var store: StoreOptions

        func run() throws {
            let (before, after) = try store.open(create: false).renameActor(actor, to: name, note: note)
            print(TerminalText.safe("\(before.name) (\(after.id)) is now shown as \(after.name)"))
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Hide an actor, and every relation it has, from every output.",
            discussion: "Its evidence stays in the store, so re-ingesting never brings it back and `actorgraph corrections undo N` can.")

        @Argument(help: "The actor (any of its names, or its id).")
        var actor: String

        @Option(help: "Why: shown by `actorgraph corrections`.")
        var note: String?

        @OptionGroup var store: StoreOptions

        func run() throws {
            let (removed, number) = try store.open(create: false).removeActor(actor, note: note)
            print(TerminalText.safe("removed \(removed.name) (\(removed.id)); bring it back with `actorgraph corrections undo \(number)`"))
        }
    }
}
