import ActorGraph
import Foundation
import GRDB

/// What storing one document did.
public struct IngestResult: Equatable, Sendable {
    public enum Status: String, Sendable {
        /// A document the store had not seen.
        case stored
        /// The same id with new content: its old evidence was replaced.
        case replaced
        /// The same content is already stored: nothing changed.
        case skipped
        /// The same content, stored by another extractor (another gazetteer, model, set of
        /// rules or actorgraph; see ``Extractor/fingerprint``) or asked for again: its old
        /// evidence was replaced by what this extractor found.
        case reextracted
    }
    public var status: Status
    /// For ``Status/reextracted``: the fingerprint of the extractor that had read it, `nil`
    /// when it was stored before fingerprints were kept.
    public var previousExtractor: String?
    /// Actors the store did not know before.
    public var actorsAdded = 0
    /// Edges the store did not have before.
    public var relationsAdded = 0
    /// Pieces of evidence written.
    public var evidenceAdded = 0

    public init(status: Status, actorsAdded: Int = 0, relationsAdded: Int = 0, evidenceAdded: Int = 0,
                previousExtractor: String? = nil) {
        self.status = status
        self.previousExtractor = previousExtractor
        self.actorsAdded = actorsAdded
        self.relationsAdded = relationsAdded
        self.evidenceAdded = evidenceAdded
    }
}

extension ProjectStore {
    /// The fingerprint that makes re-ingest idempotent: text, title, date and URL.
    /// Two 64-bit FNV-1a hashes with different seeds, and the length, in hex.
    public static func contentHash(of document: Document) -> String {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x8422_2325_cbf2_9ce4
        var length = 0
        let fields = [document.text, document.title ?? "", document.date ?? "", document.url ?? ""]
        for (index, field) in fields.enumerated() {
            for byte in field.utf8 + [UInt8(index), 0xFF] {
                first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                second = (second ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                second = (second << 7) | (second >> 57)
                length += 1
            }
        }
        return String(format: "%016llx%016llx-%llx", first, second, UInt64(length))
    }

    /// Whether exactly this content is stored already, so extraction can be skipped.
    ///
    /// - Parameter extractor: the ``Extractor/fingerprint`` of the extractor that would read
    ///   it: content read by another one (or by an unknown one, before fingerprints were
    ///   kept) is not stored as far as this extractor is concerned. `nil` asks about the
    ///   content alone.
    public func isStored(_ document: Document, extractor: String? = nil) throws -> Bool {
        let hash = Self.contentHash(of: document)
        let columns = self.columns
        return try read { db in
            // Any row with this content: under this name, or a copy under another.
            guard let extractor else {
                return try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE hash = ? LIMIT 1", arguments: [hash]) != nil
            }
            guard columns.documentExtractor else { return false }
            return try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE hash = ? AND extractor = ? LIMIT 1",
                                      arguments: [hash, extractor]) != nil
        }
    }

    /// Stores one document and what extraction found in it, in one transaction.
    ///
    /// A document whose content is stored already is skipped; the same id with new content
    /// replaces its old evidence and mentions (edges left with no evidence go). Actors are
    /// found by id, then by a name a person added (`alias add`), else created. Corrections
    /// live in their own tables and are never touched here.
    ///
    /// - Parameters:
    ///   - extractor: the ``Extractor/fingerprint`` of what made `extraction`, recorded with
    ///     the document. The same content stored by another extractor is not skipped but
    ///     replaced (``IngestResult/Status/reextracted``). `nil`: unknown, and unchanged
    ///     content is skipped whatever read it.
    ///   - reextract: replace unchanged content too, whatever read it (`ingest --reextract`).
    public func ingest(_ document: Document, extraction: DocumentExtraction, sourcePath: String? = nil,
                       extractor: String? = nil, reextract: Bool = false) throws -> IngestResult {
        try ingest(document, actors: extraction.actors, relations: extraction.relations, sourcePath: sourcePath,
                   extractor: extractor, reextract: reextract)
    }

    /// Stores one document with the actors and relations found in it (see
    /// ``ingest(_:extraction:sourcePath:extractor:reextract:)``); the evidence's document is taken to be `document`.
    ///
    /// With a `sourcePath`, `document.id` is only the name the document would like (a file
    /// name, an archive's record id): the stored key is chosen by ``documentKey(_:id:sourcePath:)``
    /// inside this write transaction, so that two sources using one name, or two processes
    /// storing them at once, never replace each other's documents. Without one, `document.id`
    /// is the document's identity as given.
    public func ingest(_ document: Document, actors: [Actor], relations: [Relation], sourcePath: String? = nil,
                       extractor: String? = nil, reextract: Bool = false) throws -> IngestResult {
        let hash = Self.contentHash(of: document)
        let date = document.date.flatMap(DateRange.normalizedDay) ?? document.date
        return try write { db in
            var result = IngestResult(status: .stored)
            let documentID: Int64
            var removed: [Int64: RemovedEvidence] = [:]
            var formerDate: String?
            var formerActors: [Int64] = []
            let (key, existing) = try Self.documentKey(db, id: document.id, sourcePath: sourcePath)
            if let row = existing {
                documentID = try row.decoded(0, "document.id")
                if try row.decoded(1, "document.hash") as String == hash {
                    let previous: String? = try String.fetchOne(
                        db, sql: "SELECT extractor FROM document WHERE id = ?", arguments: [documentID])
                    guard reextract || (extractor != nil && previous != extractor) else { return IngestResult(status: .skipped) }
                    result.status = .reextracted
                    result.previousExtractor = previous
                } else {
                    result.status = .replaced
                }
                formerDate = try String.fetchOne(db, sql: "SELECT date FROM document WHERE id = ?", arguments: [documentID])
                for row in try Row.fetchAll(db, sql: """
                    SELECT relation_id, count(*), min(hedged), min(former) FROM evidence WHERE document_id = ? GROUP BY relation_id
                    """, arguments: [documentID]) {
                    removed[try row.decoded(0, "evidence.relation_id")] = RemovedEvidence(
                        count: try row.decoded(1, "evidence.count"), hadPlain: try row.decoded(2, "evidence.hedged") == 0,
                        hadCurrent: try row.decoded(3, "evidence.former") == 0)
                }
                formerActors = try Int64.fetchAll(db, sql: "SELECT actor_id FROM mention WHERE document_id = ?",
                                                  arguments: [documentID])
                try db.execute(sql: "DELETE FROM evidence WHERE document_id = ?", arguments: [documentID])
                try db.execute(sql: "DELETE FROM mention WHERE document_id = ?", arguments: [documentID])
                try db.execute(sql: """
                    UPDATE document SET hash = ?, title = ?, date = ?, url = ?, path = ?, ingested_at = ?, extractor = ? WHERE id = ?
                    """, arguments: [hash, document.title, date, document.url, sourcePath, Self.timestamp(), extractor, documentID])
            } else {
                // The same article stored under another name (a copy, a re-export): skip it,
                // so no sentence is counted twice.
                if try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE hash = ? LIMIT 1", arguments: [hash]) != nil {
                    return IngestResult(status: .skipped)
                }
                try db.execute(sql: """
                    INSERT INTO document(key, hash, title, date, url, path, ingested_at, extractor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [key, hash, document.title, date, document.url, sourcePath, Self.timestamp(), extractor])
                documentID = db.lastInsertedRowID
            }

            var ids: [Actor.ID: Int64] = [:]
            for actor in actors {
                let (id, created) = try Self.resolveForIngest(db, actor)
                if created { result.actorsAdded += 1 }
                ids[actor.id] = id
                for name in actor.allNames {
                    try db.cachedStatement(sql: """
                        INSERT OR IGNORE INTO name(folded, actor_id, name, loose, user) VALUES (?, ?, ?, ?, 0)
                        """).execute(arguments: [NameFolding.fold(name), id, name, NameFolding.looseKey(name)])
                }
                try db.cachedStatement(sql: """
                    INSERT INTO mention(actor_id, document_id, count) VALUES (?, ?, ?)
                    ON CONFLICT(actor_id, document_id) DO UPDATE SET count = count + excluded.count
                    """).execute(arguments: [id, documentID, max(1, actor.mentionCount)])
            }

            for relation in relations {
                guard let source = try ids[relation.source] ?? Self.rowID(db, slug: relation.source),
                      let target = try ids[relation.target] ?? Self.rowID(db, slug: relation.target),
                      !relation.evidence.isEmpty else { continue }
                let kind = relation.kind.rawValue
                let relationID: Int64
                if let existing = try Int64.fetchOne(db.cachedStatement(sql: """
                    SELECT id FROM relation WHERE source_id = ? AND kind = ? AND target_id = ?
                    """), arguments: [source, kind, target]) {
                    relationID = existing
                } else {
                    relationID = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM relation") ?? 0) + 1
                    // Empty: "every piece hedged" is true until a plain one comes.
                    try db.cachedStatement(sql: """
                        INSERT INTO relation(source_id, kind, target_id, id, hedged, former, evidence_count)
                        VALUES (?, ?, ?, ?, 1, 1, 0)
                        """).execute(arguments: [source, kind, target, relationID])
                    result.relationsAdded += 1
                }
                removed[relationID]?.readded = true
                // Added to: update the aggregates in place, O(1) however much evidence the edge
                // has (what the old version took away is settled below).
                try db.cachedStatement(sql: """
                    UPDATE relation SET
                        evidence_count = evidence_count + :count,
                        hedged = hedged AND :hedged,
                        former = former AND :former,
                        first_date = CASE WHEN :date IS NULL THEN first_date
                                          WHEN first_date IS NULL OR :date < first_date THEN :date ELSE first_date END,
                        last_date = CASE WHEN :date IS NULL THEN last_date
                                         WHEN last_date IS NULL OR :date > last_date THEN :date ELSE last_date END
                    WHERE id = :id
                    """).execute(arguments: ["count": relation.evidence.count,
                                             "hedged": relation.evidence.allSatisfy(\.hedged),
                                             "former": relation.evidence.allSatisfy(\.former),
                                             "date": date, "id": relationID])
                for item in relation.evidence {
                    try db.cachedStatement(sql: """
                        INSERT INTO evidence(relation_id, document_id, sentence, start, "end", hedged, former, rule, confidence)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """).execute(arguments: [relationID, documentID, item.sentence, item.start, item.end,
                                                 item.hedged, item.former, item.rule, item.confidence])
                    result.evidenceAdded += 1
                }
            }

            // Edges that lost the old version's evidence: settled without reading the rest of
            // their evidence, except where the answer needs it (see ``RemovedEvidence``).
            for (relationID, lost) in removed {
                try Self.settle(db, relation: relationID, lost: lost, formerDate: formerDate, date: date)
            }
            // Actors only the old version of the document knew, and nothing else holds, go.
            for actorID in Set(formerActors) {
                try db.cachedStatement(sql: """
                    DELETE FROM actor WHERE id = :id
                      AND NOT EXISTS (SELECT 1 FROM mention WHERE actor_id = :id)
                      AND NOT EXISTS (SELECT 1 FROM relation WHERE source_id = :id)
                      AND NOT EXISTS (SELECT 1 FROM relation INDEXED BY relation_by_target WHERE target_id = :id)
                      AND NOT EXISTS (SELECT 1 FROM name WHERE actor_id = :id AND user = 1)
                      AND NOT EXISTS (SELECT 1 FROM merge WHERE absorbed_id = :id OR into_id = :id)
                      AND NOT EXISTS (SELECT 1 FROM edge_correction WHERE source_id = :id OR target_id = :id)
                      AND NOT EXISTS (SELECT 1 FROM actor_correction WHERE actor_id = :id)
                    """).execute(arguments: ["id": actorID])
            }
            return result
        }
    }

    /// What replacing a document took from one edge: the counts to subtract, and whether the
    /// edge's all-hedged / all-former flags or date span may have depended on it.
    struct RemovedEvidence {
        var count: Int
        /// Some removed piece was not hedged: "every piece hedged" may have become true.
        var hadPlain: Bool
        /// Some removed piece was not former: "every piece former" may have become true.
        var hadCurrent: Bool
        /// The new version of the document gave the edge evidence again.
        var readded = false
    }

    /// Takes one replaced document's evidence out of an edge's aggregates.
    ///
    /// Recomputing them from all the edge's evidence made re-ingest quadratic: a hot edge
    /// holds evidence from most documents, and every changed document read all of it
    /// (issue 14, item 6). The count is subtracted. A flag is re-read only when it was false
    /// and a removed piece could have made it so, and then only up to the first piece that
    /// keeps it false. The date span is re-read only when the document's old date was one of
    /// its ends and the new version does not give the edge that date again. An edge left
    /// with no evidence goes.
    static func settle(_ db: Database, relation id: Int64, lost: RemovedEvidence, formerDate: String?, date: String?) throws {
        try db.cachedStatement(sql: "UPDATE relation SET evidence_count = evidence_count - ? WHERE id = ?")
            .execute(arguments: [lost.count, id])
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT evidence_count, hedged, former, first_date, last_date FROM relation WHERE id = ?
            """), arguments: [id]) else { return }
        let remaining: Int = try row.decoded(0, "relation.evidence_count")
        if remaining <= 0 {
            try db.cachedStatement(sql: "DELETE FROM relation WHERE id = ?").execute(arguments: [id])
            return
        }
        let hedged: Bool = try row.decoded(1, "relation.hedged"), former: Bool = try row.decoded(2, "relation.former")
        if lost.hadPlain, !hedged {
            try db.cachedStatement(sql: """
                UPDATE relation SET hedged = NOT EXISTS (SELECT 1 FROM evidence WHERE relation_id = :id AND hedged = 0) WHERE id = :id
                """).execute(arguments: ["id": id])
        }
        if lost.hadCurrent, !former {
            try db.cachedStatement(sql: """
                UPDATE relation SET former = NOT EXISTS (SELECT 1 FROM evidence WHERE relation_id = :id AND former = 0) WHERE id = :id
                """).execute(arguments: ["id": id])
        }
        guard let formerDate, !(lost.readded && date == formerDate) else { return }
        let first: String? = try row.decoded(3, "relation.first_date"), last: String? = try row.decoded(4, "relation.last_date")
        guard formerDate == first || formerDate == last else { return }
        try db.cachedStatement(sql: """
            UPDATE relation SET
                first_date = (SELECT min(d.date) FROM evidence e JOIN document d ON d.id = e.document_id WHERE e.relation_id = :id),
                last_date = (SELECT max(d.date) FROM evidence e JOIN document d ON d.id = e.document_id WHERE e.relation_id = :id)
            WHERE id = :id
            """).execute(arguments: ["id": id])
    }

    /// The key a document from `sourcePath` that calls itself `id` is stored under, and its
    /// row (`id`, `hash`) when it is stored already.
    ///
    /// Names are only unique within their source: two archives both number their records 1, 2,
    /// and two folders both hold an `index.html`. The document keeps its bare name while no
    /// other source holds it (as `extract` prints it, and as every store before source-aware
    /// keys recorded it, so those stores keep finding their documents); otherwise it is keyed
    /// by ``qualifiedKey(id:sourcePath:)``. Candidates are tried in a fixed order and document
    /// rows are never deleted, so a rerun meets its own row before any free key and an edited
    /// record replaces itself. Called inside the write transaction that stores the document:
    /// a key chosen by an earlier read could be taken by a concurrent `ingest` in between.
    static func documentKey(_ db: Database, id: String, sourcePath: String?) throws -> (key: String, row: Row?) {
        let find = try db.cachedStatement(sql: "SELECT id, hash, path FROM document WHERE key = ?")
        guard let sourcePath else { return (id, try Row.fetchOne(find, arguments: [id])) }
        let qualified = qualifiedKey(id: id, sourcePath: sourcePath)
        var candidate = id
        var attempt = 1
        while true {
            guard let row = try Row.fetchOne(find, arguments: [candidate]) else { return (candidate, nil) }
            if try row.decoded(2, "document.path") as String? == sourcePath { return (candidate, row) }
            attempt += 1
            // A record whose id happens to be another source's qualified key: pathological, but
            // never a reason to overwrite it.
            candidate = attempt == 2 ? qualified : "\(qualified)#\(attempt)"
        }
    }

    /// The key of a document whose bare name another source holds: the file's path for a
    /// file (the key older stores gave the second file of a name), `archive-path#id` for a
    /// record of a JSON Lines archive.
    public static func qualifiedKey(id: String, sourcePath: String) -> String {
        URL(fileURLWithPath: sourcePath).lastPathComponent == id ? sourcePath : "\(sourcePath)#\(id)"
    }

    /// The stored actor an extracted one is: same id, else a name a person gave an actor.
    private static func resolveForIngest(_ db: Database, _ actor: Actor) throws -> (Int64, created: Bool) {
        if let id = try rowID(db, slug: actor.id) { return (id, false) }
        for name in actor.allNames {
            if let id = try Int64.fetchOne(db.cachedStatement(sql: """
                SELECT actor_id FROM name WHERE folded = ? AND user = 1 LIMIT 1
                """), arguments: [NameFolding.fold(name)]) {
                return (id, false)
            }
        }
        try db.cachedStatement(sql: "INSERT INTO actor(slug, name, kind) VALUES (?, ?, ?)")
            .execute(arguments: [actor.id, actor.name, actor.kind.rawValue])
        return (db.lastInsertedRowID, true)
    }

    /// Counts of what the store holds, for summaries.
    public func counts() throws -> (documents: Int, actors: Int, relations: Int, evidence: Int) {
        // Merged actors are not counted: those the corrections read as part of another
        // (not every `merge` row, as a merge cycle left by an older version keeps one actor).
        let corrections = try corrections()
        let merged = corrections.mergedInto.count
            + corrections.hidden.filter { corrections.mergedInto[$0] == nil }.count
        return try read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0,
             max(0, (try Int.fetchOne(db, sql: "SELECT count(*) FROM actor") ?? 0) - merged),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM relation") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM evidence") ?? 0)
        }
    }
}
