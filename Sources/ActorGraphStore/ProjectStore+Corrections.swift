import ActorGraph
import Foundation
import GRDB

/// A person's corrections. Each is a record of its own, applied when the graph is read, so
/// re-extraction never erases one and a correction always outranks extraction.
extension ProjectStore {
    /// The actor a user means, found exactly as `path` finds it on this store or on a graph
    /// file (``NameResolver``: id, folded name or alias, loose key, a person's surname), so a
    /// name that works in one command works in all. Merges are applied (a merged name gives
    /// the actor it is now part of) and removed actors are not found.
    ///
    /// - Throws: ``StoreError/unknownActor(name:suggestions:)`` with close names, or
    ///   ``StoreError/ambiguousActor(name:candidates:)`` when the name fits several.
    public func resolveActor(_ name: String) throws -> Actor {
        do {
            return try NameResolver(source: self).resolve(name)
        } catch let error as NameResolutionError {
            switch error {
            // Not "no actor named ''": the name itself is missing.
            case .emptyName: throw StoreError.invalidCorrection(reason: "\(NameResolutionError.emptyName)")
            case .unknown(_, let suggestions):
                // A name of an actor a person removed is not a typo: say which correction hid it.
                if let removal = try removedActor(named: name) { throw removal }
                throw StoreError.unknownActor(name: name, suggestions: suggestions)
            case .ambiguous(_, let candidates): throw StoreError.ambiguousActor(name: name, candidates: candidates)
            }
        }
    }

    /// The error for a name that only a removed actor has, naming the `actor remove` to undo.
    private func removedActor(named name: String) throws -> StoreError? {
        let corrections = try corrections()
        guard !corrections.hidden.isEmpty,
              let id = try candidateIDs(name).map(corrections.canonical).first(where: corrections.isHidden) else { return nil }
        let logged = columns.actorCorrections
        return try read { db in
            let shown = try String.fetchOne(db, sql: "SELECT name FROM actor WHERE id = ?", arguments: [id]) ?? name
            let removal = logged ? try Int64.fetchOne(db, sql: """
                SELECT id FROM correction_log WHERE undone_by IS NULL AND subjects LIKE ? ORDER BY id DESC
                """, arguments: ["% w:\(CorrectionSubjects.hidden(id)) %"]) : nil
            let undo = removal.map { "`actorgraph corrections undo \($0)` brings it back" } ?? "`actorgraph corrections` lists the removal"
            return .invalidCorrection(reason: "'\(name)' is \(shown), which was removed with `actorgraph actor remove`; \(undo)")
        }
    }

    /// Stored actor ids for a name, before merges: by slug, folded name, then loose key.
    func candidateIDs(_ name: String) throws -> [Int64] {
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
    /// `kept`'s. Undo with ``unmerge(_:)`` of the absorbed actor.
    ///
    /// Both names are taken to the actors they read as now (the roots of their merge trees)
    /// inside one `IMMEDIATE` write transaction, and the absorbed root is hung under the kept
    /// root. So the merge can never make a cycle (two different roots are joined), and of two
    /// processes racing `merge A B` and `merge B A` the second to write sees the first's merge
    /// and is refused, rather than both passing a check made before either wrote and leaving
    /// a self-merge in which both actors vanish. Actors already merged into the absorbed one
    /// stay under it (the tree is kept, not flattened), so unmerging it later takes them along.
    ///
    /// - Throws: ``StoreError/invalidMerge(reason:)`` when the two are already one actor.
    /// - Returns: the two actors as they were, kept first.
    @discardableResult
    public func merge(keep kept: String, absorb absorbed: String) throws -> (kept: Actor, absorbed: Actor) {
        // Resolved first for their messages (unknown, ambiguous, did you mean); what they
        // read as is decided again below, under the write lock.
        let keepName = try resolveActor(kept)
        let absorbName = try resolveActor(absorbed)
        let result = try writeImmediate { db -> (kept: Actor, absorbed: Actor) in
            let corrections = try Corrections.load(db)
            guard let keepRaw = try Self.rowID(db, slug: keepName.id) else { throw StoreError.unknownActor(name: kept, suggestions: []) }
            guard let absorbRaw = try Self.rowID(db, slug: absorbName.id) else {
                throw StoreError.unknownActor(name: absorbed, suggestions: [])
            }
            let keepID = corrections.canonical(keepRaw), absorbID = corrections.canonical(absorbRaw)
            guard keepID != absorbID else {
                let slug = try Self.slug(db, id: keepID) ?? keepName.id
                throw StoreError.invalidMerge(reason: "'\(kept)' and '\(absorbed)' are already one actor (\(slug)); nothing to merge")
            }
            guard let keep = try Self.loadActor(db, id: keepID, corrections: corrections),
                  let absorb = try Self.loadActor(db, id: absorbID, corrections: corrections) else {
                throw StoreError.unknownActor(name: absorbed, suggestions: [])
            }
            // A root has no row, except the root of a cycle an older version left: replacing
            // its row hangs it under the other tree and so takes the cycle apart.
            let previous = try Row.fetchOne(db, sql: "SELECT into_id, created_at FROM merge WHERE absorbed_id = ?",
                                            arguments: [absorbID])
            try db.execute(sql: """
                INSERT INTO merge(absorbed_id, into_id, created_at) VALUES (?, ?, ?)
                ON CONFLICT(absorbed_id) DO UPDATE SET into_id = excluded.into_id, created_at = excluded.created_at
                """, arguments: [absorbID, keepID, Self.timestamp()])
            let undo: UndoStep = try previous.map {
                .restoreMerge(absorbed: absorbID, into: try $0.decoded(0, "merge.into_id"), createdAt: try $0.decoded(1, "merge.created_at"))
            } ?? .deleteMerge(absorbed: absorbID)
            try log(db, "merge", "\(absorb.id) into \(keep.id)", subjects: CorrectionSubjects(
                writes: [CorrectionSubjects.merge(absorbID)],
                reads: [CorrectionSubjects.actor(absorbID), CorrectionSubjects.actor(keepID)]), undo: undo)
            return (keep, absorb)
        }
        invalidateCorrections()
        return result
    }

    /// Undoes a merge: the actor named (by one of its own names or its id) stands alone again.
    /// Actors merged into it stay with it; see ``unmergeReport(_:)``.
    /// - Returns: the actor restored.
    @discardableResult
    public func unmerge(_ name: String) throws -> Actor {
        try unmergeReport(name).restored
    }

    /// What one `unmerge` did, so that the CLI can say exactly that.
    public struct Unmerged: Sendable {
        /// The actor taken out, as it reads now (with the names of those still merged into it).
        public var restored: Actor
        /// The actor it had been merged into by its own `merge`.
        public var from: Actor
        /// The actor the whole group read as before (`from`, or what `from` was merged into).
        public var formerRoot: Actor
        /// Actors merged into it earlier, which stay with it: unmerge each to part them too.
        public var stillMerged: [Actor]
    }

    /// Undoes the one merge that folded the named actor into another: after
    /// `merge Turkey Iran; merge Russia Turkey`, `unmerge Turkey` takes Turkey out of Russia
    /// and Iran with it (Iran was merged into Turkey, not Russia), which is what `merge`
    /// printed that it would undo; `unmerge Iran` then parts Iran from Turkey. The row is read
    /// and deleted in one `IMMEDIATE` transaction, so a concurrent merge cannot slip between.
    ///
    /// - Throws: ``StoreError/unknownActor(name:suggestions:)`` for a name no actor has,
    ///   ``StoreError/notMerged(name:)`` when the actor was never merged into another,
    ///   ``StoreError/ambiguousActor(name:candidates:)`` when the name fits several merged actors.
    public func unmergeReport(_ name: String) throws -> Unmerged {
        let candidates = try candidateIDs(name)
        // A name no actor has is a typo, not an actor that was never merged.
        if candidates.isEmpty { throw StoreError.unknownActor(name: name, suggestions: try suggestions(for: name, limit: 3)) }
        let result = try writeImmediate { db -> Unmerged in
            let merged = try candidates.filter {
                try Bool.fetchOne(db, sql: "SELECT 1 FROM merge WHERE absorbed_id = ?", arguments: [$0]) ?? false
            }
            guard !merged.isEmpty else { throw StoreError.notMerged(name: name) }
            guard merged.count == 1 else {
                throw StoreError.ambiguousActor(name: name, candidates: try merged.compactMap { try Self.slug(db, id: $0) }.sorted())
            }
            let id = merged[0]
            let before = try Corrections.load(db)
            let parentID = before.parent[id] ?? id
            let mergedAt = try String.fetchOne(db, sql: "SELECT created_at FROM merge WHERE absorbed_id = ?", arguments: [id])
                ?? Self.timestamp()
            try db.execute(sql: "DELETE FROM merge WHERE absorbed_id = ?", arguments: [id])
            let after = try Corrections.load(db)
            func actor(_ raw: Int64, _ corrections: Corrections) throws -> Actor {
                guard let found = try Self.loadActor(db, id: raw, corrections: corrections) else {
                    throw StoreError.unknownActor(name: name, suggestions: [])
                }
                return found
            }
            // The parent alone, as it was: not the whole group it read as before.
            let from = try actor(parentID, Corrections())
            let report = Unmerged(restored: try actor(after.canonical(id), after), from: from,
                                  formerRoot: try actor(before.canonical(id), before),
                                  stillMerged: try after.descendants(of: id).map { try actor($0, Corrections()) }
                                      .sorted { $0.name < $1.name })
            try log(db, "unmerge", "\(report.restored.id) from \(from.id)", subjects: CorrectionSubjects(
                        writes: [CorrectionSubjects.merge(id)],
                        reads: [CorrectionSubjects.actor(id), CorrectionSubjects.actor(parentID)]),
                    undo: .restoreMerge(absorbed: id, into: parentID, createdAt: mergedAt))
            return report
        }
        invalidateCorrections()
        return result
    }

    /// Runs one write transaction that takes the write lock before its first read, so that
    /// what it reads cannot change before it writes: a deferred transaction would read, then
    /// find another process's write in the way (or decide on what that write changed).
    func writeImmediate<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.mappingErrors(path: path) {
            try writer.writeWithoutTransaction { db in
                var result: Result<T, any Error>?
                try db.inTransaction(.immediate) {
                    do {
                        result = .success(try body(db))
                        return .commit
                    } catch {
                        result = .failure(error)
                        return .rollback
                    }
                }
                guard let result else { throw StoreError.database(path: path, reason: "a write transaction ended without running") }
                return try result.get()
            }
        }
    }

    /// Adds a name the extractor should read as `actor`, now and in articles ingested later.
    /// - Throws: ``StoreError/aliasTaken(name:owner:)`` when the name belongs to another actor.
    public func addAlias(_ alias: String, to actorName: String) throws -> Actor {
        let actor = try resolveActor(actorName)
        let folded = NameFolding.fold(alias)
        guard !folded.isEmpty else {
            throw StoreError.invalidCorrection(reason: "empty alias; give the name to add, as in `actorgraph alias add ACTOR NAME`")
        }
        let corrections = try corrections()
        try write { db in
            guard let id = try Self.rowID(db, slug: actor.id) else { throw StoreError.unknownActor(name: actorName, suggestions: []) }
            let owners = try Int64.fetchAll(db, sql: "SELECT actor_id FROM name WHERE folded = ?", arguments: [folded])
                .map(corrections.canonical)
            if let other = owners.first(where: { $0 != id }) {
                let owner = try String.fetchOne(db, sql: "SELECT name FROM actor WHERE id = ?", arguments: [other]) ?? "?"
                throw StoreError.aliasTaken(name: alias, owner: owner)
            }
            let wasExtracted = try Int.fetchOne(db, sql: "SELECT user FROM name WHERE folded = ? AND actor_id = ?",
                                                arguments: [folded, id]) == 0
            try db.execute(sql: """
                INSERT INTO name(folded, actor_id, name, loose, user) VALUES (?, ?, ?, ?, 1)
                ON CONFLICT(folded, actor_id) DO UPDATE SET user = 1
                """, arguments: [folded, id, alias, NameFolding.looseKey(alias)])
            try log(db, "alias add", "\(actor.id): \(alias)",
                    subjects: CorrectionSubjects(writes: [CorrectionSubjects.name(id, folded)], reads: [CorrectionSubjects.actor(id)]),
                    undo: .removeName(actor: id, folded: folded, wasExtracted: wasExtracted))
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
            // The whole merge group: actors merged in through another one included.
            guard let root = try Self.rowID(db, slug: actor.id) else { return 0 }
            let group = try Corrections.load(db).group(of: root).map(String.init).joined(separator: ",")
            let rows = try Row.fetchAll(db, sql: "SELECT actor_id, name FROM name WHERE folded = ? AND user = 1 AND actor_id IN (\(group))",
                                        arguments: [NameFolding.fold(alias)])
            let restore = try rows.map { UndoStep.NameRow(actor: try $0.decoded(0, "name.actor_id"), name: try $0.decoded(1, "name.name")) }
            try db.execute(sql: "DELETE FROM name WHERE folded = ? AND user = 1 AND actor_id IN (\(group))",
                           arguments: [NameFolding.fold(alias)])
            let count = db.changesCount
            if count > 0 {
                try log(db, "alias remove", "\(actor.id): \(alias)", subjects: CorrectionSubjects(
                    writes: restore.map { CorrectionSubjects.name($0.actor, NameFolding.fold(alias)) },
                    reads: restore.map { CorrectionSubjects.actor($0.actor) }), undo: .restoreNames(restore))
            }
            return count
        }
        guard removed > 0 else {
            // The actor is known: say what the name is to it, not that no actor has that name.
            let found = actor.aliases.contains { NameFolding.fold($0) == NameFolding.fold(alias) }
            if found {
                throw StoreError.invalidCorrection(reason:
                    "'\(alias)' is a name \(actor.name) has in the articles, not one added with `actorgraph alias add`; only added names can be removed")
            }
            // Whose name it is, when it is another actor's: the likely mix-up.
            let owners = try actors(named: alias).filter { $0.id != actor.id }
            if !owners.isEmpty {
                let whose = owners.map { "\($0.name) (\($0.id))" }.joined(separator: " and ")
                let own = owners.contains { NameFolding.fold($0.name) == NameFolding.fold(alias) }
                throw StoreError.invalidCorrection(reason: "'\(alias)' is not a name of \(actor.name) but "
                    + (own ? "the name of another actor, \(whose)" : "of \(whose): give that actor to remove it from")
                    + "; \(actor.name)'s names are " + ([actor.name] + actor.aliases).map { "'\($0)'" }.joined(separator: ", "))
            }
            if let found = try? resolveActor(alias), found.id == actor.id {
                throw StoreError.invalidCorrection(reason: "'\(alias)' is not one of \(actor.name)'s names: it finds \(actor.name) only "
                    + "by its loose form or as a surname, so there is nothing to remove; its names are "
                    + ([actor.name] + actor.aliases).map { "'\($0)'" }.joined(separator: ", "))
            }
            throw StoreError.invalidCorrection(reason: "'\(alias)' is not a name of \(actor.name); its names are "
                + ([actor.name] + actor.aliases).map { "'\($0)'" }.joined(separator: ", "))
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
            let previous = try Row.fetchOne(db, sql: """
                SELECT action, note, created_at FROM edge_correction WHERE source_id = ? AND kind = ? AND target_id = ?
                """, arguments: [s, kind.rawValue, t]).map {
                UndoStep.EdgeState(action: try $0.decoded(0, "edge_correction.action"), note: try $0.decoded(1, "edge_correction.note"),
                                   createdAt: try $0.decoded(2, "edge_correction.created_at"))
            }
            try db.execute(sql: """
                INSERT INTO edge_correction(source_id, kind, target_id, action, note, created_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(source_id, kind, target_id) DO UPDATE SET
                    action = excluded.action, note = excluded.note, created_at = excluded.created_at
                """, arguments: [s, kind.rawValue, t, action, note, Self.timestamp()])
            try log(db, action, "\(key.source) \(kind.rawValue) \(key.target)", note: note,
                    subjects: CorrectionSubjects(writes: [CorrectionSubjects.edge(s, kind.rawValue, t)],
                                                 reads: [CorrectionSubjects.actor(s), CorrectionSubjects.actor(t)]),
                    undo: .restoreEdge(source: s, kind: kind.rawValue, target: t, previous: previous))
        }
        invalidateCorrections()
        return (key, existed)
    }

    /// Records one correction in `correction_log`: what was done, to which actors (row ids, so
    /// that `corrections undo` can tell which later corrections build on it) and how to undo it.
    /// A store from before migration v5 (only ever written here once migrated) keeps the text alone.
    /// - Returns: the log number.
    @discardableResult
    func log(_ db: Database, _ command: String, _ detail: String, note: String? = nil, subjects: CorrectionSubjects = CorrectionSubjects(),
             undo: UndoStep? = nil) throws -> Int64 {
        guard columns.actorCorrections else {
            try db.execute(sql: "INSERT INTO correction_log(command, detail, created_at) VALUES (?, ?, ?)",
                           arguments: [command, note.map { "\(detail): \($0)" } ?? detail, Self.timestamp()])
            return db.lastInsertedRowID
        }
        let encodedUndo = try undo.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
        // The slug of every actor row the undo would touch, so that undo can tell a reused id.
        var subjects = subjects
        for id in undo?.actorIDs ?? [] {
            if let slug = try Self.slug(db, id: id) { subjects.slugs[id] = slug }
        }
        try db.execute(sql: "INSERT INTO correction_log(command, detail, created_at, note, subjects, undo) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [command, detail, Self.timestamp(), note, subjects.text, encodedUndo])
        return db.lastInsertedRowID
    }
}
