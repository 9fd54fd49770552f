import ActorGraphStore
import ArgumentParser

/// `actorgraph alias add ACTOR NAME`: teaches the store another name of an actor.
struct Alias: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Add or remove a name of an actor; articles ingested later read the name as that actor.",
        subcommands: [Add.self, Remove.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a name to an actor.")

        @Argument(help: "The actor (any of its names, or its id).")
        var actor: String

        @Argument(help: "The new name.")
        var name: String

        @OptionGroup var store: StoreOptions

        func run() throws {
            let updated = try store.open(create: false).addAlias(name, to: actor)
            print("\(updated.name) (\(updated.id)) is also \(updated.aliases.joined(separator: ", "))")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a name added with `alias add`.")

        @Argument(help: "The actor (any of its names, or its id).")
        var actor: String

        @Argument(help: "The name to remove.")
        var name: String

        @OptionGroup var store: StoreOptions

        func run() throws {
            let updated = try store.open(create: false).removeAlias(name, from: actor)
            print("removed '\(name)' from \(updated.name) (\(updated.id))")
        }
    }
}
