import Foundation

/// Why the project database could not be opened, read or changed. Every case names the
/// file or value at fault and says what to do; nothing already stored is lost when one is thrown.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    /// Read commands need a database that `ingest` has made.
    case missing(path: String)
    /// The folder the database should go in does not exist.
    case missingFolder(path: String)
    /// The file is not SQLite, or its pages are damaged.
    case corrupt(path: String, reason: String)
    /// A value of the wrong type in a column (`column` is `table.column`): the file was
    /// changed by another program, or damaged.
    case corruptValue(path: String, column: String, value: String, expected: String)
    /// An SQLite database made by some other program.
    case foreign(path: String)
    /// Written by a newer actorgraph: its schema has migrations this build does not know.
    case newerVersion(path: String, unknown: [String])
    /// The file or its folder cannot be written.
    case readOnly(path: String)
    /// A store this user may only read, in WAL mode, without its `-shm` file beside it.
    case readOnlyWithoutIndex(path: String)
    /// Another SQLite failure, with SQLite's own words.
    case database(path: String, reason: String)
    /// No actor has this name (after folding); `suggestions` are close names.
    case unknownActor(name: String, suggestions: [String])
    /// The name fits several actors; give the id instead.
    case ambiguousActor(name: String, candidates: [String])
    /// `merge A A`, or merging an actor already merged elsewhere.
    case invalidMerge(reason: String)
    /// `unmerge` of actors that are not merged.
    case notMerged(name: String)
    /// The name already belongs to another actor.
    case aliasTaken(name: String, owner: String)
    /// A correction that cannot be made as asked (removing an actor's own name, an edge to itself).
    case invalidCorrection(reason: String)

    public var description: String {
        switch self {
        case .missing(let path):
            return "\(path): no project database; run `actorgraph ingest ARTICLES` first, or point '--db' (or ACTORGRAPH_DB) at one"
        case .missingFolder(let path):
            return "\(path): no such folder for the database; create it or choose another file with '--db'"
        case .corrupt(let path, let reason):
            return "\(path): not a readable SQLite database (\(reason)); restore it from a backup or choose another file with '--db'"
        case .corruptValue(let path, let column, let value, let expected):
            return "\(path): corrupt value in \(column) (\(value) where \(expected) belongs); the file was changed outside actorgraph: "
                + "restore it from a backup, or ingest the articles again into a new store with '--db'"
        case .foreign(let path):
            return "\(path): an SQLite database that actorgraph did not make; choose another file with '--db'"
        case .newerVersion(let path, let unknown):
            return "\(path): written by a newer actorgraph (unknown schema steps: \(unknown.joined(separator: ", "))); upgrade actorgraph to read it"
        case .readOnly(let path):
            return "\(path): cannot write the database here (read-only file or folder); check permissions or choose another file with '--db'"
        case .readOnlyWithoutIndex(let path):
            return "\(path): this store can only be read here, and SQLite needs its '-shm' and '-wal' files beside it to read it; "
                + "run any actorgraph command on it once as a user who can write its folder (they are kept from then on), or copy the store somewhere writable"
        case .database(let path, let reason):
            return "\(path): database error (\(reason))"
        case .unknownActor(let name, let suggestions):
            let hint = suggestions.isEmpty ? "list names with `actorgraph actors --search TEXT`"
                : "did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
            return "no actor named '\(name)'; \(hint)"
        case .ambiguousActor(let name, let candidates):
            return "'\(name)' names several actors (\(candidates.joined(separator: ", "))); give one of these ids instead"
        case .invalidMerge(let reason):
            return "cannot merge: \(reason)"
        case .notMerged(let name):
            return "'\(name)' is not merged into another actor; `actorgraph show` lists an actor's merged names"
        case .aliasTaken(let name, let owner):
            return "'\(name)' already names '\(owner)'; merge the two actors instead (`actorgraph merge`)"
        case .invalidCorrection(let reason):
            return reason
        }
    }
}
