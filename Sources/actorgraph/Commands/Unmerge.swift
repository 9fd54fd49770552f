import ActorGraphStore
import ArgumentParser

/// `actorgraph unmerge ACTOR`: undoes the one `merge` that folded ACTOR into another, and
/// says so, naming the actors that stay merged into it (they were merged into it, not into
/// the actor it leaves), so that the message `merge` printed ("undo with `actorgraph unmerge
/// X`") is exactly what happens.
struct Unmerge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Undo a merge: the actor named leaves the actor it was merged into, with its own names and relations.",
        discussion: "Actors that were merged into it stay with it; unmerge each of them to part them too."
    )

    @Argument(help: "The actor that was merged into another (one of its own names, or its id).")
    var actor: String

    @OptionGroup var store: StoreOptions

    func run() throws {
        let database = try store.open(create: false)
        let report = try database.unmergeReport(actor)
        print(Self.message(report))
    }

    /// One line: what left what, and what stays with it.
    static func message(_ report: ProjectStore.Unmerged) -> String {
        let restored = "\(report.restored.name) (\(report.restored.id))"
        var from = "\(report.from.name) (\(report.from.id))"
        if report.formerRoot.id != report.from.id {
            from += ", itself part of \(report.formerRoot.name) (\(report.formerRoot.id))"
        }
        guard !report.stillMerged.isEmpty else { return "\(restored) stands alone again, no longer part of \(from)" }
        let members = report.stillMerged.map { "\($0.name) (\($0.id))" }.joined(separator: ", ")
        let undo = report.stillMerged.map { "`actorgraph unmerge \($0.id)`" }.joined(separator: ", ")
        return "\(restored) is no longer part of \(from); still merged into it: \(members) (part with \(undo))"
    }
}
