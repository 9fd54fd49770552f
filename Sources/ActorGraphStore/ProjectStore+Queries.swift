import ActorGraph
import GRDB

/// One line of `actorgraph actors`.
public struct ActorSummary: Codable, Hashable, Sendable {
    public var id: String
    public var name: String
    public var kind: ActorKind
    public var aliases: [String]
    /// Documents that mention it (merged actors included).
    public var documents: Int
    public var mentions: Int
    /// Edges touching it once corrections are applied.
    public var relations: Int

    enum CodingKeys: String, CodingKey { case id, name, kind = "type", aliases, documents, mentions, relations }
}

/// What the store knows of an article, shown beside its evidence.
public struct DocumentInfo: Codable, Hashable, Sendable {
    public var id: String
    public var title: String?
    public var date: String?
    public var url: String?
    /// The file it was read from, when ingested from a file.
    public var path: String?
}

/// A correction as `show` lists it.
public struct CorrectionRecord: Codable, Hashable, Sendable {
    /// `merge`, `assert`, `retract`, `actor add`, `actor retype` or `actor rename`.
    public var action: String
    /// The other actor (merged one) or the edge, in words.
    public var detail: String
    public var note: String?
    public var createdAt: String
}

extension ProjectStore {
    /// Actors as the corrected graph has them, by name.
    ///
    /// - Parameters:
    ///   - kind: only actors of this type.
    ///   - search: only actors one of whose names contains this text (folded, so case and
    ///     diacritics do not matter); text that folds to nothing, such as `'`, matches none.
    ///   - limit: at most this many.
    public func listActors(kind: ActorKind? = nil, search: String? = nil, limit: Int? = nil) throws -> [ActorSummary] {
        let corrections = try corrections()
        let ids: [Int64] = try read { db in
            // Merged actors are left out as the corrections read them, not by every `merge` row:
            // of a merge cycle an older version left, one actor stays listed.
            // Removed actors are left out too.
            let merged = (Array(corrections.mergedInto.keys) + corrections.hidden).sorted().map(String.init).joined(separator: ",")
            var sql = "SELECT id FROM actor WHERE id NOT IN (\(merged))"
            var arguments: StatementArguments = []
            if let kind {
                sql += " AND kind = ?"
                arguments += [kind.rawValue]
            }
            if let search {
                // Text of only apostrophes, dashes or spaces folds to nothing, and every name
                // contains nothing: such a search matches no actor rather than all of them.
                if NameFolding.fold(search).isEmpty { return [] }
                let pattern = "%" + NameFolding.fold(search)
                    .replacingOccurrences(of: "\\", with: "\\\\")
                    .replacingOccurrences(of: "%", with: "\\%")
                    .replacingOccurrences(of: "_", with: "\\_") + "%"
                let matching = try Int64.fetchAll(db, sql: "SELECT DISTINCT actor_id FROM name WHERE folded LIKE ? ESCAPE '\\'",
                                                  arguments: [pattern])
                let canonical = Set(matching.map(corrections.canonical))
                sql += " AND id IN (\(canonical.map(String.init).joined(separator: ",")))"
            }
            sql += " ORDER BY name COLLATE NOCASE, slug"
            if let limit { sql += " LIMIT \(max(0, limit))" }
            return try Int64.fetchAll(db, sql: sql, arguments: arguments)
        }
        var summaries: [ActorSummary] = []
        for id in ids {
            guard let actor = try read({ db in try Self.loadActor(db, id: id, corrections: corrections) }) else { continue }
            summaries.append(ActorSummary(id: actor.id, name: actor.name, kind: actor.kind, aliases: actor.aliases,
                                          documents: actor.documents.count, mentions: actor.mentionCount,
                                          relations: try adjacencies(of: actor.id).count))
        }
        return summaries
    }

    /// Title, date, URL and file of stored documents, by document id.
    public func documents(ids: some Sequence<String>) throws -> [String: DocumentInfo] {
        try read { db in
            var found: [String: DocumentInfo] = [:]
            let statement = try db.cachedStatement(sql: "SELECT key, title, date, url, path FROM document WHERE key = ?")
            for id in Set(ids) {
                if let row = try Row.fetchOne(statement, arguments: [id]) {
                    found[id] = DocumentInfo(id: try row.decoded(0, "document.key"), title: try row.decoded(1, "document.title"),
                                             date: try row.decoded(2, "document.date"), url: try row.decoded(3, "document.url"),
                                             path: try row.decoded(4, "document.path"))
                }
            }
            return found
        }
    }

    /// The actors merged into this one, by name.
    public func mergedActors(into actorID: Actor.ID) throws -> [Actor] {
        return try read { db in
            let corrections = try corrections(db)
            guard let id = try Self.rowID(db, slug: actorID) else { return [] }
            return try (corrections.members[corrections.canonical(id)] ?? []).compactMap { member in
                guard let row = try Row.fetchOne(db, sql: "SELECT slug, name, kind FROM actor WHERE id = ?",
                                                 arguments: [member]) else { return nil }
                return Actor(id: try row.decoded(0, "actor.slug"), name: try row.decoded(1, "actor.name"),
                             kind: ActorKind(rawValue: try row.decoded(2, "actor.kind")) ?? .organization)
            }.sorted { $0.name < $1.name }
        }
    }

    /// The merges and edge corrections that touch this actor, oldest first.
    public func corrections(of actorID: Actor.ID) throws -> [CorrectionRecord] {
        return try read { db in
            let corrections = try corrections(db)
            guard let raw = try Self.rowID(db, slug: actorID) else { return [] }
            let group = Set(corrections.group(of: corrections.canonical(raw)))
            func label(_ id: Int64) throws -> String {
                try String.fetchOne(db, sql: "SELECT name FROM actor WHERE id = ?", arguments: [id]) ?? "#\(id)"
            }
            var records: [CorrectionRecord] = []
            for row in try Row.fetchAll(db, sql: "SELECT absorbed_id, into_id, created_at FROM merge ORDER BY created_at") {
                let absorbed: Int64 = try row.decoded(0, "merge.absorbed_id")
                let into: Int64 = try row.decoded(1, "merge.into_id")
                guard group.contains(absorbed) || group.contains(into) else { continue }
                records.append(CorrectionRecord(action: "merge", detail: "\(try label(absorbed)) merged into \(try label(into))",
                                                note: nil, createdAt: try row.decoded(2, "merge.created_at")))
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT source_id, kind, target_id, action, note, created_at FROM edge_correction ORDER BY created_at
                """) {
                let source: Int64 = try row.decoded(0, "edge_correction.source_id")
                let target: Int64 = try row.decoded(2, "edge_correction.target_id")
                guard group.contains(source) || group.contains(target) else { continue }
                let kind: String = try row.decoded(1, "edge_correction.kind")
                records.append(CorrectionRecord(action: try row.decoded(3, "edge_correction.action"),
                                                detail: "\(try label(source)) \(kind) \(try label(target))",
                                                note: try row.decoded(4, "edge_correction.note"),
                                                createdAt: try row.decoded(5, "edge_correction.created_at")))
            }
            // What was done to the actor itself (added, retyped, renamed), while it stands.
            if columns.actorCorrections {
                for id in group {
                    let keys = [CorrectionSubjects.actor(id), CorrectionSubjects.kind(id), CorrectionSubjects.shownName(id)]
                    for row in try Row.fetchAll(db, sql: """
                        SELECT command, detail, note, created_at FROM correction_log
                        WHERE undone_by IS NULL AND command IN ('actor add', 'actor retype', 'actor rename')
                          AND (subjects LIKE ? OR subjects LIKE ? OR subjects LIKE ?)
                        """, arguments: StatementArguments(keys.map { "% w:\($0) %" })) {
                        records.append(CorrectionRecord(action: try row.decoded(0, "correction_log.command"),
                                                        detail: try row.decoded(1, "correction_log.detail"),
                                                        note: try row.decoded(2, "correction_log.note"),
                                                        createdAt: try row.decoded(3, "correction_log.created_at")))
                    }
                }
            }
            return records.sorted { $0.createdAt < $1.createdAt }
        }
    }
}
