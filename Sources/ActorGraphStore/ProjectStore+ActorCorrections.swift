import ActorGraph
import Foundation
import GRDB

/// One line of `actorgraph corrections`: a correction as the store's log keeps it.
public struct LoggedCorrection: Codable, Hashable, Sendable {
    /// The number `corrections undo N` takes.
    public var number: Int64
    /// `merge`, `alias add`, `assert`, `actor remove`, `undo`, ...
    public var command: String
    /// What it changed, in words (actor ids, the edge, old and new values).
    public var detail: String
    /// The note a person gave (`assert --note`, `--note` of the actor commands), if any.
    public var note: String?
    /// When it was made (UTC, ISO 8601).
    public var createdAt: String
    /// The log number of the `undo` that reverted it, if one did.
    public var undoneBy: Int64?
    /// Whether the log keeps what undoing it needs (not so for entries written before the
    /// store kept undo data, nor for an `undo` itself).
    public var undoable: Bool

}

/// What one correction changed and what it relied on, as keys of the things corrections act
/// on: an actor's existence (`a12`), its type (`k12`), shown name (`m12`), removal (`h12`),
/// merge row (`g12`), one of its names (`n12:folded`), an edge (`e12:backs:34`).
///
/// Undoing correction N reverts its `writes`; a later correction that wrote or read any of
/// them was made on top of it (an `assert` on an added actor, a second retype), so N is
/// undone only after that one. Corrections that merely share an actor (two asserts on the
/// SNA, an alias and an assert) stay independent. Kept in `correction_log.subjects` as
/// ` w:KEY r:KEY `, so that `LIKE '% w:k12 %'` finds the corrections of a key.
///
/// Keys name actors by row id, and `actor.id` is reused once its row is deleted (no
/// AUTOINCREMENT), so the slug each id had when the correction was made is kept beside them
/// as ` s:12=slug `: undo compares it and refuses rather than act on another actor.
struct CorrectionSubjects: Sendable {
    var writes: [String] = []
    var reads: [String] = []
    /// The slug of each actor row the correction named, when it was made.
    var slugs: [Int64: String] = [:]

    static func actor(_ id: Int64) -> String { "a\(id)" }
    static func kind(_ id: Int64) -> String { "k\(id)" }
    static func shownName(_ id: Int64) -> String { "m\(id)" }
    static func hidden(_ id: Int64) -> String { "h\(id)" }
    static func merge(_ id: Int64) -> String { "g\(id)" }
    static func name(_ id: Int64, _ folded: String) -> String { "n\(id):\(folded.replacingOccurrences(of: " ", with: "_"))" }
    static func edge(_ source: Int64, _ kind: String, _ target: Int64) -> String { "e\(source):\(kind):\(target)" }

    var text: String? {
        let keys = writes.map { "w:" + $0 } + reads.map { "r:" + $0 }
            + slugs.sorted { $0.key < $1.key }.map { "s:\($0.key)=" + Self.escape($0.value) }
        return keys.isEmpty ? nil : " " + keys.joined(separator: " ") + " "
    }

    /// A slug as one space-free token (slugs are dashed words, but a store may hold others).
    private static func escape(_ slug: String) -> String {
        slug.addingPercentEncoding(withAllowedCharacters: CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_."))) ?? slug
    }

    init(writes: [String] = [], reads: [String] = []) {
        self.writes = writes
        self.reads = reads
    }

    init(text: String?) {
        for key in (text ?? "").split(separator: " ") {
            if key.hasPrefix("w:") { writes.append(String(key.dropFirst(2))) }
            if key.hasPrefix("r:") { reads.append(String(key.dropFirst(2))) }
            if key.hasPrefix("s:"), let equals = key.firstIndex(of: "="),
               let id = Int64(key[key.index(key.startIndex, offsetBy: 2)..<equals]) {
                let slug = String(key[key.index(after: equals)...])
                slugs[id] = slug.removingPercentEncoding ?? slug
            }
        }
    }

    /// The actor row ids the keys name.
    var actorIDs: Set<Int64> {
        Set((writes + reads).compactMap { key in
            Int64(key.dropFirst().prefix { $0.isNumber })
        })
    }
}

/// What it takes to undo one logged correction, kept as JSON in `correction_log.undo`: the
/// state before the correction, by row id, so that undoing never guesses from the text.
enum UndoStep: Codable, Sendable {
    struct NameRow: Codable, Sendable {
        var actor: Int64
        var name: String
    }

    struct EdgeState: Codable, Sendable {
        var action: String
        var note: String?
        var createdAt: String
    }

    /// Undo of a merge of an actor that was a root.
    case deleteMerge(absorbed: Int64)
    /// Undo of an unmerge, or of a merge that re-hung an older cycle's root.
    case restoreMerge(absorbed: Int64, into: Int64, createdAt: String)
    /// Undo of `alias add`: the name goes, or goes back to being extraction's.
    case removeName(actor: Int64, folded: String, wasExtracted: Bool)
    /// Undo of `alias remove`.
    case restoreNames([NameRow])
    /// Undo of `assert` or `retract`: the edge's correction as it was (none when nil).
    case restoreEdge(source: Int64, kind: String, target: Int64, previous: EdgeState?)
    /// Undo of `actor add`: the names it gave (folded).
    case unaddActor(actor: Int64, names: [String])
    /// Undo of `actor retype`.
    case setKind(actor: Int64, kind: String)
    /// Undo of `actor rename`: the old name, and the new name's row when rename added it.
    case setName(actor: Int64, name: String, dropName: String?)
    /// Undo of `actor remove`.
    case unhide(actor: Int64)

    /// Every actor row the step acts on: undo checks each is still the actor it was.
    var actorIDs: Set<Int64> {
        switch self {
        case .deleteMerge(let absorbed): [absorbed]
        case .restoreMerge(let absorbed, let into, _): [absorbed, into]
        case .removeName(let actor, _, _), .unaddActor(let actor, _), .setKind(let actor, _),
             .setName(let actor, _, _), .unhide(let actor): [actor]
        case .restoreNames(let rows): Set(rows.map(\.actor))
        case .restoreEdge(let source, _, let target, _): [source, target]
        }
    }
}

/// Corrections of the actors themselves, and the log that lists and undoes every correction.
///
/// An actor a person adds, retypes, renames or removes gets an `actor_correction` row. The
/// name and type are changed in the `actor` row itself, so that every reader shows them with
/// no extra look-up; the row keeps ingest from deleting the actor when the articles stop
/// naming it (and so from creating it afresh, with extraction's name and type, when they name
/// it again), and marks removed actors, which every reader leaves out. Ingest never rewrites
/// the name or type of an actor it finds by id, so none of these is undone by re-ingest.
extension ProjectStore {
    /// Adds an actor extraction missed, so that `assert`, `path` and every output know it, and
    /// articles ingested later that name it (by any of its names) read it as this actor.
    ///
    /// - Throws: ``StoreError/invalidCorrection(reason:)`` for an empty name or one an actor
    ///   already has (saying which, or which correction removed it);
    ///   ``StoreError/aliasTaken(name:owner:)`` for an alias another actor has.
    @discardableResult
    public func addActor(_ name: String, kind: ActorKind, aliases: [String] = [], note: String? = nil) throws -> Actor {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !NameFolding.fold(trimmed).isEmpty else {
            throw StoreError.invalidCorrection(reason: "'\(name)' is not a name; give the actor's name, for example `actorgraph actor add 'Mohamed Mire' --type person`")
        }
        let names = ([trimmed] + aliases.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
            .filter { !NameFolding.fold($0).isEmpty }
        let slug = Actor.identifier(for: trimmed)
        let corrections = try corrections()
        try writeImmediate { db in
            if let existing = try Self.rowID(db, slug: slug) ?? Int64.fetchOne(
                db, sql: "SELECT actor_id FROM name WHERE folded = ? LIMIT 1", arguments: [NameFolding.fold(trimmed)]) {
                throw try Self.alreadyKnown(db, name: trimmed, id: corrections.canonical(existing), corrections: corrections)
            }
            for alias in names.dropFirst() {
                let owner = try Int64.fetchOne(db, sql: "SELECT actor_id FROM name WHERE folded = ? LIMIT 1",
                                               arguments: [NameFolding.fold(alias)])
                if let owner {
                    let ownerName = try String.fetchOne(db, sql: "SELECT name FROM actor WHERE id = ?",
                                                        arguments: [corrections.canonical(owner)]) ?? "?"
                    throw StoreError.aliasTaken(name: alias, owner: ownerName)
                }
            }
            try db.execute(sql: "INSERT INTO actor(slug, name, kind) VALUES (?, ?, ?)", arguments: [slug, trimmed, kind.rawValue])
            let id = db.lastInsertedRowID
            try db.execute(sql: "INSERT INTO actor_correction(actor_id, added, hidden, created_at) VALUES (?, 1, 0, ?)",
                           arguments: [id, Self.timestamp()])
            var folded: [String] = []
            for alias in names where !folded.contains(NameFolding.fold(alias)) {
                folded.append(NameFolding.fold(alias))
                try db.execute(sql: "INSERT OR IGNORE INTO name(folded, actor_id, name, loose, user) VALUES (?, ?, ?, ?, 1)",
                               arguments: [NameFolding.fold(alias), id, alias, NameFolding.looseKey(alias)])
            }
            let aliasText = names.count > 1 ? " aka " + names.dropFirst().joined(separator: ", ") : ""
            try log(db, "actor add", "\(slug): \(trimmed) (\(kind.rawValue))\(aliasText)", note: note,
                    subjects: CorrectionSubjects(writes: [CorrectionSubjects.actor(id)] + folded.map { CorrectionSubjects.name(id, $0) }),
                    undo: .unaddActor(actor: id, names: folded))
        }
        invalidateCorrections()
        return try resolveActor(slug)
    }

    /// Gives an actor another type (`person`, `armed-group`, ...): extraction's guess is replaced
    /// for good, also when its articles are ingested again.
    /// - Returns: the actor before and after.
    @discardableResult
    public func retypeActor(_ name: String, to kind: ActorKind, note: String? = nil) throws -> (before: Actor, after: Actor) {
        let actor = try resolveActor(name)
        guard actor.kind != kind else {
            throw StoreError.invalidCorrection(reason: "\(actor.name) (\(actor.id)) is already of type \(kind.rawValue); nothing to change")
        }
        try writeImmediate { db in
            guard let id = try Self.rowID(db, slug: actor.id) else { throw StoreError.unknownActor(name: name, suggestions: []) }
            let old: String = try String.fetchOne(db, sql: "SELECT kind FROM actor WHERE id = ?", arguments: [id]) ?? actor.kind.rawValue
            try db.execute(sql: "UPDATE actor SET kind = ? WHERE id = ?", arguments: [kind.rawValue, id])
            try Self.markCorrected(db, id)
            try log(db, "actor retype", "\(actor.id): \(old) → \(kind.rawValue)", note: note,
                    subjects: CorrectionSubjects(writes: [CorrectionSubjects.kind(id)], reads: [CorrectionSubjects.actor(id)]),
                    undo: .setKind(actor: id, kind: old))
        }
        invalidateCorrections()
        return (actor, try resolveActor(actor.id))
    }

    /// Gives an actor the name it should be shown by. Its id stays (so files and scripts that
    /// name it by id keep working) and the old name stays one of its names, so articles that
    /// use it are still read as this actor.
    /// - Throws: ``StoreError/aliasTaken(name:owner:)`` when another actor has the new name.
    @discardableResult
    public func renameActor(_ name: String, to newName: String, note: String? = nil) throws -> (before: Actor, after: Actor) {
        let actor = try resolveActor(name)
        let trimmed = newName.trimmingCharacters(in: .whitespacesAndNewlines)
        let folded = NameFolding.fold(trimmed)
        guard !folded.isEmpty else {
            throw StoreError.invalidCorrection(reason: "'\(newName)' is not a name; give the name \(actor.name) should have")
        }
        guard trimmed != actor.name else {
            throw StoreError.invalidCorrection(reason: "\(actor.name) (\(actor.id)) already has that name; nothing to change")
        }
        if let other = try actors(named: trimmed).first(where: { $0.id != actor.id }) {
            throw StoreError.aliasTaken(name: trimmed, owner: other.name)
        }
        try writeImmediate { db in
            guard let id = try Self.rowID(db, slug: actor.id) else { throw StoreError.unknownActor(name: name, suggestions: []) }
            let old: String = try String.fetchOne(db, sql: "SELECT name FROM actor WHERE id = ?", arguments: [id]) ?? actor.name
            let hadName = try Bool.fetchOne(db, sql: "SELECT 1 FROM name WHERE folded = ? AND actor_id = ?",
                                            arguments: [folded, id]) ?? false
            try db.execute(sql: "UPDATE actor SET name = ? WHERE id = ?", arguments: [trimmed, id])
            if !hadName {
                try db.execute(sql: "INSERT INTO name(folded, actor_id, name, loose, user) VALUES (?, ?, ?, ?, 1)",
                               arguments: [folded, id, trimmed, NameFolding.looseKey(trimmed)])
            }
            try Self.markCorrected(db, id)
            try log(db, "actor rename", "\(actor.id): \(old) → \(trimmed)", note: note,
                    subjects: CorrectionSubjects(writes: [CorrectionSubjects.shownName(id), CorrectionSubjects.name(id, folded)],
                                                 reads: [CorrectionSubjects.actor(id)]),
                    undo: .setName(actor: id, name: old, dropName: hadName ? nil : folded))
        }
        invalidateCorrections()
        return (actor, try resolveActor(actor.id))
    }

    /// Hides an actor from every output (graph, render, export, path, actors, show): it is kept
    /// in the file, with its evidence, so that re-ingest finds it and keeps it hidden, and
    /// `corrections undo` can bring it back.
    /// - Returns: the actor removed, and the log number that `corrections undo` takes to bring it back.
    @discardableResult
    public func removeActor(_ name: String, note: String? = nil) throws -> (actor: Actor, correction: Int64) {
        let actor = try resolveActor(name)
        let number = try writeImmediate { db -> Int64 in
            guard let id = try Self.rowID(db, slug: actor.id) else { throw StoreError.unknownActor(name: name, suggestions: []) }
            try Self.markCorrected(db, id)
            try db.execute(sql: "UPDATE actor_correction SET hidden = 1 WHERE actor_id = ?", arguments: [id])
            return try log(db, "actor remove", "\(actor.id): \(actor.name)", note: note,
                    subjects: CorrectionSubjects(writes: [CorrectionSubjects.hidden(id)], reads: [CorrectionSubjects.actor(id)]),
                    undo: .unhide(actor: id))
        }
        invalidateCorrections()
        return (actor, number)
    }

    /// Every correction in the log, oldest first, with its number for `corrections undo`.
    public func loggedCorrections() throws -> [LoggedCorrection] {
        let hasUndo = columns.actorCorrections
        return try read { db in
            let sql = hasUndo
                ? "SELECT id, command, detail, note, created_at, undone_by, undo IS NOT NULL FROM correction_log ORDER BY id"
                : "SELECT id, command, detail, NULL, created_at, NULL, 0 FROM correction_log ORDER BY id"
            return try Row.fetchAll(db, sql: sql).map { row in
                LoggedCorrection(number: try row.decoded(0, "correction_log.id"), command: try row.decoded(1, "correction_log.command"),
                                 detail: try row.decoded(2, "correction_log.detail"), note: try row.decoded(3, "correction_log.note"),
                                 createdAt: try row.decoded(4, "correction_log.created_at"),
                                 undoneBy: try row.decoded(5, "correction_log.undone_by"),
                                 undoable: try row.decoded(6, "correction_log.undo") as Bool)
            }
        }
    }

    /// Reverts one logged correction, and logs that as a correction of its own.
    ///
    /// Corrections build on each other (an `assert` on an actor a person added, a rename after
    /// a retype), so one is undone only while no later correction of the same actors stands:
    /// undoing from the newest back always works, and never leaves a correction pointing at
    /// an actor that is gone.
    ///
    /// - Throws: ``StoreError/invalidCorrection(reason:)`` naming the number at fault: unknown,
    ///   already undone, an undo itself, from before undo data was kept, or built on since.
    /// - Returns: the correction undone, and the log number of the undo.
    @discardableResult
    public func undoCorrection(_ number: Int64) throws -> (undone: LoggedCorrection, undo: Int64) {
        guard columns.actorCorrections else {
            throw StoreError.invalidCorrection(reason: "\(path): this store was made by an older actorgraph and can only be read here; "
                + "open it once where it can be written, then undo")
        }
        guard let entry = try loggedCorrections().first(where: { $0.number == number }) else {
            throw StoreError.invalidCorrection(reason: "no correction #\(number); `actorgraph corrections` lists them with their numbers")
        }
        let undoNumber = try writeImmediate { db -> Int64 in
            guard let row = try Row.fetchOne(db, sql: "SELECT undo, undone_by, subjects FROM correction_log WHERE id = ?",
                                             arguments: [number]) else {
                throw StoreError.invalidCorrection(reason: "no correction #\(number); `actorgraph corrections` lists them")
            }
            if let by: Int64 = try row.decoded(1, "correction_log.undone_by") {
                throw StoreError.invalidCorrection(reason: "correction #\(number) (\(entry.command) \(entry.detail)) was already undone by #\(by)")
            }
            if entry.command == "undo" {
                throw StoreError.invalidCorrection(reason: "#\(number) is itself an undo; to make the correction again, run its command again")
            }
            guard let text: String = try row.decoded(0, "correction_log.undo"),
                  let step = try? JSONDecoder().decode(UndoStep.self, from: Data(text.utf8)) else {
                throw StoreError.invalidCorrection(reason: "correction #\(number) (\(entry.command) \(entry.detail)) was logged before actorgraph "
                    + "kept what undoing needs; revert it by hand (`unmerge`, `alias remove`, `retract`)")
            }
            let subjects = CorrectionSubjects(text: try row.decoded(2, "correction_log.subjects"))
            let reverted = Set(subjects.writes)
            for later in try Row.fetchAll(db, sql: """
                SELECT id, command, detail, subjects FROM correction_log
                WHERE id > ? AND undone_by IS NULL AND command != 'undo' ORDER BY id DESC
                """, arguments: [number]) {
                let theirs = CorrectionSubjects(text: try later.decoded(3, "correction_log.subjects"))
                if !reverted.isDisjoint(with: theirs.writes + theirs.reads) {
                    let id: Int64 = try later.decoded(0, "correction_log.id")
                    throw StoreError.invalidCorrection(reason: "correction #\(id) (\(try later.decoded(1, "correction_log.command") as String) "
                        + "\(try later.decoded(2, "correction_log.detail") as String)) was made on top of #\(number); "
                        + "undo #\(id) first: `actorgraph corrections undo \(id)`")
                }
            }
            try Self.checkSameActors(db, step: step, subjects: subjects, entry: entry)
            try apply(step, db: db, number: number)
            let undo = try log(db, "undo", "#\(number) \(entry.command) \(entry.detail)", subjects: CorrectionSubjects(reads: subjects.writes))
            try db.execute(sql: "UPDATE correction_log SET undone_by = ? WHERE id = ?", arguments: [undo, number])
            for id in subjects.actorIDs { try Self.tidyActorCorrection(db, id) }
            return undo
        }
        invalidateCorrections()
        return (entry, undoNumber)
    }

    /// Refuses an undo whose actor rows no longer hold the actors the correction named: ids
    /// are reused after a row is deleted, so undoing blindly could retype, rename or re-alias
    /// another actor, or change nothing and still report success.
    ///
    /// Corrections logged before slugs were kept are undone only while their text names the
    /// actor now at each row (every detail names its actors by slug), else refused.
    private static func checkSameActors(_ db: Database, step: UndoStep, subjects: CorrectionSubjects,
                                        entry: LoggedCorrection) throws {
        let words = Set(entry.detail.split { $0 == " " || $0 == ":" }.map(String.init))
        for id in step.actorIDs.sorted() {
            let current = try slug(db, id: id)
            if let recorded = subjects.slugs[id] {
                guard current == recorded else {
                    throw StoreError.invalidCorrection(reason: "#\(entry.number)'s actor \(recorded) is no longer in the store "
                        + "(\(current.map { "its row now holds \($0)" } ?? "it was deleted")); nothing was undone; "
                        + "make the opposite correction by hand if it is still needed")
                }
            } else if current.map(words.contains) != true {
                throw StoreError.invalidCorrection(reason: "#\(entry.number) (\(entry.command) \(entry.detail)) was logged before "
                    + "actorgraph recorded which actor it names, and its actor is no longer in the store as it was; "
                    + "nothing was undone; make the opposite correction by hand if it is still needed")
            }
        }
    }

    private func apply(_ step: UndoStep, db: Database, number: Int64) throws {
        switch step {
        case .deleteMerge(let absorbed):
            try db.execute(sql: "DELETE FROM merge WHERE absorbed_id = ?", arguments: [absorbed])
        case .restoreMerge(let absorbed, let into, let createdAt):
            let corrections = try Corrections.load(db)
            if corrections.canonical(into) == absorbed || corrections.descendants(of: absorbed).contains(into) {
                throw StoreError.invalidCorrection(reason: "undoing #\(number) would merge an actor into itself; unmerge the actors first")
            }
            try db.execute(sql: "INSERT OR REPLACE INTO merge(absorbed_id, into_id, created_at) VALUES (?, ?, ?)",
                           arguments: [absorbed, into, createdAt])
        case .removeName(let actor, let folded, let wasExtracted):
            try db.execute(sql: wasExtracted
                           ? "UPDATE name SET user = 0 WHERE folded = ? AND actor_id = ?"
                           : "DELETE FROM name WHERE folded = ? AND actor_id = ? AND user = 1",
                           arguments: [folded, actor])
        case .restoreNames(let rows):
            for row in rows where try Self.slug(db, id: row.actor) != nil {
                try db.execute(sql: """
                    INSERT INTO name(folded, actor_id, name, loose, user) VALUES (?, ?, ?, ?, 1)
                    ON CONFLICT(folded, actor_id) DO UPDATE SET user = 1
                    """, arguments: [NameFolding.fold(row.name), row.actor, row.name, NameFolding.looseKey(row.name)])
            }
        case .restoreEdge(let source, let kind, let target, let previous):
            if let previous {
                try db.execute(sql: """
                    INSERT OR REPLACE INTO edge_correction(source_id, kind, target_id, action, note, created_at) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [source, kind, target, previous.action, previous.note, previous.createdAt])
            } else {
                try db.execute(sql: "DELETE FROM edge_correction WHERE source_id = ? AND kind = ? AND target_id = ?",
                               arguments: [source, kind, target])
            }
        case .unaddActor(let actor, let names):
            let holdsEvidence = try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM mention WHERE actor_id = :id)
                    OR EXISTS (SELECT 1 FROM relation WHERE source_id = :id)
                    OR EXISTS (SELECT 1 FROM relation INDEXED BY relation_by_target WHERE target_id = :id)
                    OR EXISTS (SELECT 1 FROM merge WHERE absorbed_id = :id OR into_id = :id)
                    OR EXISTS (SELECT 1 FROM edge_correction WHERE source_id = :id OR target_id = :id)
                """, arguments: ["id": actor]) ?? false
            if holdsEvidence {
                // Articles ingested since name it: it stays, as extraction's actor.
                try db.execute(sql: "UPDATE actor_correction SET added = 0 WHERE actor_id = ?", arguments: [actor])
                for folded in names {
                    try db.execute(sql: "DELETE FROM name WHERE folded = ? AND actor_id = ? AND user = 1", arguments: [folded, actor])
                }
            } else {
                try db.execute(sql: "DELETE FROM name WHERE actor_id = ?", arguments: [actor])
                try db.execute(sql: "DELETE FROM actor_correction WHERE actor_id = ?", arguments: [actor])
                try db.execute(sql: "DELETE FROM actor WHERE id = ?", arguments: [actor])
            }
        case .setKind(let actor, let kind):
            try db.execute(sql: "UPDATE actor SET kind = ? WHERE id = ?", arguments: [kind, actor])
        case .setName(let actor, let name, let dropName):
            try db.execute(sql: "UPDATE actor SET name = ? WHERE id = ?", arguments: [name, actor])
            if let dropName {
                try db.execute(sql: "DELETE FROM name WHERE folded = ? AND actor_id = ? AND user = 1", arguments: [dropName, actor])
            }
        case .unhide(let actor):
            try db.execute(sql: "UPDATE actor_correction SET hidden = 0 WHERE actor_id = ?", arguments: [actor])
        }
    }

    /// Makes sure the actor has an `actor_correction` row, which keeps ingest from deleting it.
    static func markCorrected(_ db: Database, _ id: Int64) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO actor_correction(actor_id, added, hidden, created_at) VALUES (?, 0, 0, ?)",
                       arguments: [id, timestamp()])
    }

    /// Drops an actor's `actor_correction` row once nothing it stood for is left (not added,
    /// not removed, no standing retype or rename), so that an actor the articles no longer
    /// name goes as any other would.
    static func tidyActorCorrection(_ db: Database, _ id: Int64) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT added, hidden FROM actor_correction WHERE actor_id = ?", arguments: [id]),
              try row.decoded(0, "actor_correction.added") as Int == 0,
              try row.decoded(1, "actor_correction.hidden") as Int == 0 else { return }
        let standing = try Bool.fetchOne(db, sql: """
            SELECT 1 FROM correction_log WHERE undone_by IS NULL AND (subjects LIKE ? OR subjects LIKE ?)
            """, arguments: ["% w:\(CorrectionSubjects.kind(id)) %", "% w:\(CorrectionSubjects.shownName(id)) %"]) ?? false
        if !standing { try db.execute(sql: "DELETE FROM actor_correction WHERE actor_id = ?", arguments: [id]) }
    }

    /// The error for `actor add` of a name an actor already has: which actor, or which
    /// correction removed it.
    private static func alreadyKnown(_ db: Database, name: String, id: Int64, corrections: Corrections) throws -> StoreError {
        let row = try Row.fetchOne(db, sql: "SELECT slug, name, kind FROM actor WHERE id = ?", arguments: [id])
        let slug: String = try row?.decoded(0, "actor.slug") ?? "#\(id)"
        let known: String = try row?.decoded(1, "actor.name") ?? name
        let kind: String = try row?.decoded(2, "actor.kind") ?? "?"
        if corrections.isHidden(id) {
            let removal = try Int64.fetchOne(db, sql: """
                SELECT id FROM correction_log WHERE undone_by IS NULL AND subjects LIKE ? ORDER BY id DESC
                """, arguments: ["% w:\(CorrectionSubjects.hidden(id)) %"])
            let how = removal.map { "undo that instead: `actorgraph corrections undo \($0)`" } ?? "see `actorgraph corrections`"
            return .invalidCorrection(reason: "'\(name)' is \(known) (\(slug)), which was removed with `actorgraph actor remove`; \(how)")
        }
        return .invalidCorrection(reason: "'\(name)' is already an actor: \(known) (\(kind), id \(slug)); "
            + "change it with `actorgraph actor retype`, `actor rename` or `alias add`")
    }
}
