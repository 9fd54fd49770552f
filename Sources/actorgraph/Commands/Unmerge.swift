import ActorGraphStore
import ArgumentParser

/// `actorgraph unmerge ACTOR`: undoes `merge`.
struct Unmerge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Undo a merge: the actor named stands alone again, with its own names and relations.")

    @Argument(help: "The actor that was merged into another (one of its own names, or its id).")
    var actor: String

    @OptionGroup var store: StoreOptions

    func run() throws {
        let database = try store.open(create: false)
        let restored = try database.unmerge(actor)
        print("\(restored.name) (\(restored.id)) stands alone again")
    }
}
