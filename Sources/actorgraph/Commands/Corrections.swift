import ActorGraphStore
import ArgumentParser

/// `actorgraph corrections [undo N]`: every correction made to the store, numbered, with its
/// date and note, and a way to revert any one of them.
struct Corrections: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every correction (merge, alias, assert, retract, actor ...) with its number, date and note.",
        subcommands: [List.self, Undo.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the corrections, oldest first.")

        @Flag(help: "Print JSON.")
        var json = false

        @OptionGroup var store: StoreOptions

        func run() throws {
            let entries = try store.open(create: false).loggedCorrections()
            if json {
                try JSONOutput.write(entries)
                return
            }
            if entries.isEmpty {
                print("no corrections yet")
                return
            }
            let width = String(entries.last?.number ?? 0).count
            for entry in entries {
                let number = String(repeating: " ", count: max(0, width - String(entry.number).count)) + String(entry.number)
                var line = "#\(number)  \(entry.createdAt)  \(entry.command): \(entry.detail)"
                if let note = entry.note { line += " (note: \(note))" }
                if let by = entry.undoneBy { line += " [undone by #\(by)]" }
                print(TerminalText.safe(line))
            }
        }
    }

    struct Undo: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Revert one correction by its number; the undo is logged too.",
            discussion: "A correction is undone only while no later correction of the same actors stands: undo those first.")

        @Argument(help: ArgumentHelp("The correction's number, as `actorgraph corrections` lists it.", valueName: "N"))
        var number: Int64

        @OptionGroup var store: StoreOptions

        func validate() throws {
            if number < 1 { throw ValidationError("'\(number)' is not a correction number; `actorgraph corrections` lists them") }
        }

        func run() throws {
            let (undone, undo) = try store.open(create: false).undoCorrection(number)
            print(TerminalText.safe("undid #\(undone.number) \(undone.command): \(undone.detail) (logged as #\(undo))"))
        }
    }
}
