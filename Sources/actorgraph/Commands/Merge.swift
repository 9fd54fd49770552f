import ActorGraphStore
import ArgumentParser

/// `actorgraph merge KEEP ABSORB`: two names of one actor, made one by hand.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge the second actor into the first: its names and relations become the first's.",
        discussion: "Kept as a correction of its own: re-ingesting never undoes it; `actorgraph unmerge` does."
    )

    @Argument(help: "The actor that stays (any of its names, or its id).")
    var keep: String

    @Argument(help: "The actor merged into it.")
    var absorb: String

    @OptionGroup var store: StoreOptions

    func run() throws {
        let database = try store.open(create: false)
        let (kept, absorbed) = try database.merge(keep: keep, absorb: absorb)
        print("merged \(absorbed.name) (\(absorbed.id)) into \(kept.name) (\(kept.id)); undo with `actorgraph unmerge \(absorbed.id)`")
    }
}
