import ActorGraph
import Foundation
import GRDB

/// A person's corrections. Each is a record of its own, applied when the graph is read, so
/// re-extraction never erases one and a correction always outranks extraction.
extension ProjectStore {
    /// The actor a user means: its id (slug), else a name that folds alike, else the same
    /// name without Arabic articles. Merges are applied: a merged name gives the actor it is now part of.
    ///
    /// - Throws: ``StoreError/unknownActor(name:suggestions:)`` with close names, or
    ///   ``StoreError/ambiguousActor(name:candidates:)`` when the name fits several.
    public func resolveActor(_ name: String) throws -> Actor {
        let corrections = try corrections()
        let ids = try candidateIDs(name).map(corrections.canonical)
        let unique = Array(Set(ids))
        if unique.count > 1 {
            let actors = try read { db in try unique.compactMap { try Self.loadActor(db, id: $0, corrections: corrections) } }
            throw StoreError.ambiguousActor(name: name, candidates: actors.map { "\($0.id) (\($0.name))" }.sorted())
        }
        guard let id = unique.first,
              let actor = try read({ db in try Self.loadActor(db, id: id, corrections: corrections) }) else {
            throw StoreError.unknownActor(name: name, suggestions: try suggestions(for: name, limit: 3))
        }
        return actor
    }

    /// Stored actor ids for a name, before merges: by slug, folded name, then loose key.
    private func candidateIDs(_ name: String) throws -> [Int64] {
        try read { db in
            if let id = try Self.rowID(db, slug: name) { return [id] }
            let folded = try Int64.fetchAll(db, sql: "SELECT DISTINCT actor_id FROM name WHERE folded = ?",
                                            arguments: [NameFolding.fold(name)])
            if !folded.isEmpty { return folded }
            return try Int64.fetchAll(db, sql: "SELECT DISTINCT actor_id FROM name WHERE loose = ?",
                                      arguments: [NameFolding.looseKey(name)])
        }
    }

    /// Makes `absorbed` part of `kept`: its names resolve to `kept`, its edges become
    /// `kept`'s. Undo with ``unmerge(_:)``.
    /// - Returns: the two actors as they were, kept first.
    @discardableResult
    public func merge(keep kept: String, absorb absorbed: String) throws -> (kept: Actor, absorbed: Actor) {
        let keep = try resolveActor(kept)
        let absorb = try resolveActor(absorbed)
        guard keep.id != absorb.id else {
            throw StoreError.invalidMerge(reason: "'\(kept)' and '\(absorbed)' are already the same actor (\(keep.id))")
        }
        try write { db in
            guard let keepID = try Self.rowID(db, slug: keep.id), let absorbID = try Self.rowID(db, slug: absorb.id) else {
                throw StoreError.unknownActor(name: absorbed, suggestions: [])
            }
            // Actors merged into the absorbed one follow it, so a merge is never a chain.
            try db.execute(sql: "UPDATE merge SET into_id = ? WHERE into_id = ?", arguments: [keepID, absorbID])
            try db.execute(sql: "INSERT INTO merge(absorbed_id, into_id, created_at) VALUES (?, ?, ?)",
                           arguments: [absorbID, keepID, Self.timestamp()])
            try Self.log(db, "merge", "\(absorb.id) into \(keep.id)")
        }
        invalidateCorrections()
        return (keep, absorb)
    }

    /// Undoes a merge: the actor named (by one of its own names or its id) stands alone again.
    /// - Returns: the actor restored.
    @discardableResult
    public func unmerge(_ name: String) throws -> Actor {
        let candidates = try candidateIDs(name)
        let merged = try read { db in
            try candidates.filter { try Bool.fetchOne(db, sql: "SELECT 1 FROM merge WHERE absorbed_id = ?", arguments: [$0]) ?? false }
        }
        guard !merged.isEmpty else { throw StoreError.notMerged(name: name) }
        let slugs = try read { db in try merged.compactMap { try Self.slug(db, id: $0) } }
        guard merged.count == 1 else { throw StoreError.ambiguousActor(name: name, candidates: slugs.sorted()) }
        try write { db in
            try db.execute(sql: "DELETE FROM merge WHERE absorbed_id = ?", arguments: [merged[0]])
            try Self.log(db, "unmerge", slugs.first ?? "\(merged[0])")
        }
        invalidateCorrections()
        return try read { db in try Self.loadActor(db, id: merged[0], corrections: Corrections.load(db)) }
            ?? Actor(name: name, kind: .organization)
    }

    /// Adds a name the extractor should read as `actor`, now and in articles ingested later.
    /// - Throws: ``StoreError/aliasTaken(name:owner:)`` when the name belongs to another actor.
    public func addAlias(_ alias: String, to actorName: String) throws -> Actor {
        let actor = try resolveActor(actorName)
        let folded = NameFolding.fold(alias)
        guard !folded.isEmpty else { throw StoreError.unknownActor(name: alias, suggestions: []) }
        let corrections = try corrections()
        try write { db in
            guard let id = try Self.rowID(db, slug: actor.id) else { throw StoreError.unknownActor(name: actorName, suggestions: []) }
            let owners = try Int64.fetchAll(db, sql: "SELECT actor_id FROM name WHERE folded = ?", arguments: [folded])
                .map(corrections.canonical)
            if let other = owners.first(where: { $0 != id }) {
                let owner = try String.fetchOne(db, sql: "SELECT name FROM actor WHERE id = ?", arguments: [other]) ?? "?"
                throw StoreError.aliasTaken(name: alias, owner: owner)
            }
            try db.execute(sql: """
                INSERT INTO name(folded, actor_id, name, loose, user) VALUES (?, ?, ?, ?, 1)
                ON CONFLICT(folded, actor_id) DO UPDATE SET user = 1
                """, arguments: [folded, id, alias, NameFolding.looseKey(alias)])
            try Self.log(db, "alias add", "\(actor.id): \(alias)")
        }
        invalidateCorrections()
        return try resolveActor(actor.id)
    }

    /// Removes a name a person added (names extraction found stay).
    public func removeAlias(_ alias: String, from actorName: String) throws -> Actor {
        let actor = try resolveActor(actorName)
        if NameFolding.fold(alias) == NameFolding.fold(actor.name) || alias == actor.id {
            throw StoreError.invalidCorrection(
                reason: "'\(alias)' is \(actor.name)'s own name; only names added with `actorgraph alias add` can be removed")
        }
        let removed = try write { db -> Int in
            try db.execute(sql: """
                DELETE FROM name WHERE folded = ? AND user = 1
                  AND actor_id IN (SELECT id FROM actor WHERE slug = ? UNION SELECT absorbed_id FROM merge
                                   WHERE into_id = (SELECT id FROM actor WHERE slug = ?))
                """, arguments: [NameFolding.fold(alias), actor.id, actor.id])
            let count = db.changesCount
            if count > 0 { try Self.log(db, "alias remove", "\(actor.id): \(alias)") }
            return count
        }
        guard removed > 0 else {
            // The actor is known: say what the name is to it, not that no actor has that name.
            let found = actor.aliases.contains { NameFolding.fold($0) == NameFolding.fold(alias) }
            throw StoreError.invalidCorrection(reason: found
                ? "'\(alias)' is a name \(actor.name) has in the articles, not one added with `actorgraph alias add`; only added names can be removed"
                : "'\(alias)' is not a name of \(actor.name); its names are \(([actor.name] + actor.aliases).map { "'\($0)'" }.joined(separator: ", "))")
        }
        invalidateCorrections()
        return try resolveActor(actor.id)
    }

    /// The correction already recorded for an edge, `retract` or `assert`, or nil: a repeated
    /// `retract` says the edge was already hidden instead of "no evidence yet", since the
    /// evidence it hides no longer counts.
    public func edgeCorrection(source: String, kind: RelationKind, target: String) throws -> String? {
        let from = try resolveActor(source)
        let to = try resolveActor(target)
        return try read { db in
            guard let s = try Self.rowID(db, slug: from.id), let t = try Self.rowID(db, slug: to.id) else { return nil }
            return try String.fetchOne(db, sql: "SELECT action FROM edge_correction WHERE source_id = ? AND kind = ? AND target_id = ?",
                                       arguments: [s, kind.rawValue, t])
        }
    }

    /// Hides an edge for good: extraction may find it again, the graph will not show it.
    /// - Returns: the key hidden, and whether the store had evidence for it.
    @discardableResult
    public func retract(source: String, kind: RelationKind, target: String, note: String? = nil) throws -> (key: Relation.Key, existed: Bool) {
        try correctEdge(source: source, kind: kind, target: target, action: "retract", note: note)
    }

    /// States an edge by hand, with a note saying why: it shows with the note as evidence,
    /// marked as a person's, whatever extraction finds.
    @discardableResult
    public func assert(source: String, kind: RelationKind, target: String, note: String?) throws -> (key: Relation.Key, existed: Bool) {
        try correctEdge(source: source, kind: kind, target: target, action: "assert", note: note)
    }

    private func correctEdge(source: String, kind: RelationKind, target: String, action: String,
                             note: String?) throws -> (key: Relation.Key, existed: Bool) {
        let from = try resolveActor(source)
        let to = try resolveActor(target)
        guard from.id != to.id else {
            throw StoreError.invalidCorrection(reason: "an edge needs two different actors; '\(source)' and '\(target)' are both \(from.id)")
        }
        let key = Relation(source: from.id, target: to.id, kind: kind).key
        let existed = try !evidence(for: key).isEmpty
        try write { db in
            guard let s = try Self.rowID(db, slug: key.source), let t = try Self.rowID(db, slug: key.target) else { return }
            try db.execute(sql: """
                INSERT INTO edge_correction(source_id, kind, target_id, action, note, created_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(source_id, kind, target_id) DO UPDATE SET
                    action = excluded.action, note = excluded.note, created_at = excluded.created_at
                """, arguments: [s, kind.rawValue, t, action, note, Self.timestamp()])
            try Self.log(db, action, "\(key.source) \(kind.rawValue) \(key.target)\(note.map { ": \($0)" } ?? "")")
        }
        invalidateCorrections()
        return (key, existed)
    }

    static func log(_ db: Database, _ command: String, _ detail: String) throws {
        try db.execute(sql: "INSERT INTO correction_log(command, detail, created_at) VALUES (?, ?, ?)",
                       arguments: [command, detail, timestamp()])
    }
}
