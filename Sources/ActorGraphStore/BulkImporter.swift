import ActorGraph
import Foundation
import GRDB

/// Streams actors and relations into a store with prepared statements, committing every
/// `batchSize` rows: the way to build a store of a million actors and five million
/// relations (a synthetic benchmark store, or a graph made elsewhere) in minutes.
///
/// Use it inside ``ProjectStore/bulkImport(batchSize:_:)``, which holds one connection,
/// turns foreign-key checks off for the run and commits what is left at the end:
///
/// ```swift
/// try store.bulkImport { importer in
///     let a = try importer.addActor(Actor(name: "Hamza Division", kind: .armedGroup))
///     let b = try importer.addActor(Actor(name: "Syrian National Army", kind: .armedGroup))
///     try importer.addRelation(source: a, kind: .memberOf, target: b, evidenceCount: 3)
/// }
/// ```
///
/// Relations added here carry aggregates only (count, hedged, former, dates); use
/// ``addRelation(_:ids:)`` or ``ProjectStore/importGraph(_:)`` to keep evidence too.
public final class BulkImporter {
    let db: Database
    let path: String
    let batchSize: Int
    private var pending = 0
    private var nextRelationID: Int64
    private let insertActor: Statement
    private let insertName: Statement
    private let upsertRelation: Statement
    private let insertDocument: Statement
    private let findDocument: Statement
    private let findRelation: Statement
    private let insertEvidence: Statement
    private var documentIDs: [String: Int64] = [:]
    /// Actors added so far.
    public private(set) var actorCount = 0
    /// Relations added so far (a repeated key counts once per call).
    public private(set) var relationCount = 0

    init(db: Database, path: String, batchSize: Int) throws {
        self.db = db
        self.path = path
        self.batchSize = max(1, batchSize)
        nextRelationID = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM relation") ?? 0) + 1
        insertActor = try db.makeStatement(sql: """
            INSERT INTO actor(slug, name, kind) VALUES (?, ?, ?)
            ON CONFLICT(slug) DO UPDATE SET slug = excluded.slug RETURNING id
            """)
        insertName = try db.makeStatement(sql: """
            INSERT OR IGNORE INTO name(folded, actor_id, name, loose, user) VALUES (?, ?, ?, ?, 0)
            """)
        upsertRelation = try db.makeStatement(sql: """
            INSERT INTO relation(source_id, kind, target_id, id, hedged, former, evidence_count, first_date, last_date)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(source_id, kind, target_id) DO UPDATE SET
                hedged = hedged AND excluded.hedged,
                former = former AND excluded.former,
                evidence_count = evidence_count + excluded.evidence_count,
                first_date = CASE WHEN first_date IS NULL OR excluded.first_date < first_date
                                  THEN coalesce(excluded.first_date, first_date) ELSE first_date END,
                last_date = CASE WHEN last_date IS NULL OR excluded.last_date > last_date
                                 THEN coalesce(excluded.last_date, last_date) ELSE last_date END
            """)
        insertDocument = try db.makeStatement(sql: """
            INSERT INTO document(key, hash, title, date, ingested_at) VALUES (?, 'imported', ?, ?, ?)
            ON CONFLICT(key) DO UPDATE SET key = excluded.key RETURNING id
            """)
        findDocument = try db.makeStatement(sql: "SELECT id FROM document WHERE key = ?")
        findRelation = try db.makeStatement(sql: """
            SELECT id FROM relation WHERE source_id = ? AND kind = ? AND target_id = ?
            """)
        insertEvidence = try db.makeStatement(sql: """
            INSERT INTO evidence(relation_id, document_id, sentence, start, "end", hedged, former, rule, confidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    /// Adds an actor and its names; an actor whose slug is already stored keeps its row.
    /// - Returns: the actor's integer id, for ``addRelation(source:kind:target:hedged:former:evidenceCount:firstDate:lastDate:)``.
    @discardableResult
    public func addActor(_ actor: Actor) throws -> Int64 {
        guard let id = try Int64.fetchOne(insertActor, arguments: [actor.id, actor.name, actor.kind.rawValue]) else {
            throw StoreError.database(path: path, reason: "actor '\(actor.id)' was not stored")
        }
        for name in actor.allNames {
            try insertName.execute(arguments: [NameFolding.fold(name), id, name, NameFolding.looseKey(name)])
        }
        actorCount += 1
        try tick()
        return id
    }

    /// Adds a relation by integer ids, with its aggregates only. Adding a key twice adds the counts.
    public func addRelation(source: Int64, kind: RelationKind, target: Int64, hedged: Bool = false,
                            former: Bool = false, evidenceCount: Int = 1, firstDate: String? = nil,
                            lastDate: String? = nil) throws {
        try upsertRelation.execute(arguments: [source, kind.rawValue, target, nextRelationID, hedged, former,
                                               evidenceCount, firstDate, lastDate])
        nextRelationID += 1
        relationCount += 1
        try tick()
    }

    /// Adds a relation with its evidence; `ids` maps actor slugs to the ids ``addActor(_:)`` returned.
    /// Evidence documents become document rows (hash `imported`) keyed by their id.
    public func addRelation(_ relation: Relation, ids: [Actor.ID: Int64]) throws {
        guard let source = ids[relation.source], let target = ids[relation.target] else {
            throw StoreError.database(path: path,
                                      reason: "relation \(relation.source) \(relation.kind.rawValue) \(relation.target) names an actor that was not added")
        }
        let stored = relation.extractedEvidence
        let dates = stored.compactMap(\.date)
        try addRelation(source: source, kind: relation.kind, target: target, hedged: relation.hedged,
                        former: relation.former, evidenceCount: stored.count,
                        firstDate: dates.min(), lastDate: dates.max())
        guard !stored.isEmpty,
              let relationID = try Int64.fetchOne(findRelation, arguments: [source, relation.kind.rawValue, target])
        else { return }
        for item in stored {
            let documentID: Int64
            if let known = documentIDs[item.document] {
                documentID = known
            } else if let found = try Int64.fetchOne(findDocument, arguments: [item.document]) {
                documentID = found
            } else {
                guard let made = try Int64.fetchOne(insertDocument, arguments: [
                    item.document, item.title, item.date, ProjectStore.timestamp()]) else { continue }
                documentID = made
            }
            documentIDs[item.document] = documentID
            try insertEvidence.execute(arguments: [relationID, documentID, item.sentence, item.start, item.end,
                                                   item.hedged, item.former, item.rule, item.confidence])
        }
    }

    private func tick() throws {
        pending += 1
        if pending >= batchSize {
            try db.commit()
            try db.beginTransaction(.immediate)
            pending = 0
        }
    }
}

extension ProjectStore {
    /// Runs `body` with a ``BulkImporter`` on one connection, in transactions of
    /// `batchSize` rows, with foreign-key checks and fsyncs off and a large page cache.
    /// Into an empty store, the in-edge and evidence indexes are dropped and built once at
    /// the end. Rows committed before an error stay; the batch in progress is rolled back.
    public func bulkImport<T>(batchSize: Int = 200_000, _ body: (BulkImporter) throws -> T) throws -> T {
        defer { invalidateCorrections() }
        do {
            return try writer.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA foreign_keys = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -1000000")
                defer {
                    try? db.execute(sql: "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536")
                }
                try db.beginTransaction(.immediate)
                do {
                    // Into an empty store, the secondary indexes are built once, at the end.
                    if try Int64.fetchOne(db, sql: "SELECT 1 FROM relation LIMIT 1") == nil {
                        for index in Schema.deferredIndexes { try db.execute(sql: "DROP INDEX IF EXISTS \(index.name)") }
                    }
                    let importer = try BulkImporter(db: db, path: path, batchSize: batchSize)
                    let result = try body(importer)
                    try Schema.restoreIndexes(db)
                    try db.commit()
                    return result
                } catch {
                    try? db.rollback()
                    try? db.inTransaction {
                        try Schema.restoreIndexes(db)
                        return .commit
                    }
                    throw error
                }
            }
        } catch {
            throw Self.map(error, path: path)
        }
    }

    /// Stores a whole graph (from `extract` JSON, or generated): actors with their names,
    /// relations with their evidence. Importing the same graph twice adds its evidence twice;
    /// it is meant for building stores, `ingest` for accumulating articles.
    ///
    /// - Returns: how many actors and relations were added.
    @discardableResult
    public func importGraph(_ graph: Graph, batchSize: Int = 200_000) throws -> (actors: Int, relations: Int) {
        try bulkImport(batchSize: batchSize) { importer in
            var ids: [Actor.ID: Int64] = [:]
            for actor in graph.actors { ids[actor.id] = try importer.addActor(actor) }
            for relation in graph.relations { try importer.addRelation(relation, ids: ids) }
            return (importer.actorCount, importer.relationCount)
        }
    }

    /// Now, as stored in `created_at` columns: ISO 8601 in UTC, to the second. (Formatted by
    /// hand: a date formatter per stored document cost ingest 7% of its time.)
    static func timestamp() -> String {
        var seconds = time(nil)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }
}
