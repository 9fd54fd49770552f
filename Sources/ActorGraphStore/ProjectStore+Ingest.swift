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
            // Each field's bytes, then its number and 0xFF. Read in place: joining them into
            // a new array first copied every article once more.
            if field.utf8.withContiguousStorageIfAvailable({ mix($0, &first, &second) }) == nil {
                Array(field.utf8).withUnsafeBufferPointer { mix($0, &first, &second) }
            }
            [UInt8(index), 0xFF].withUnsafeBufferPointer { mix($0, &first, &second) }
            length += field.utf8.count + 2
        }
        return String(format: "%016llx%016llx-%llx", first, second, UInt64(length))
    }

    /// One step of ``contentHash(of:)`` over `bytes`.
    private static func mix(_ bytes: UnsafeBufferPointer<UInt8>, _ first: inout UInt64, _ second: inout UInt64) {
        var a = first, b = second
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            b = (b << 7) | (b >> 57)
        }
        first = a
        second = b
    }

    /// For each of `documents`, whether exactly its content is stored already as `extractor`
    /// read it (see ``isStored(_:extractor:)``): one read for a whole batch, so that
    /// extraction can be skipped for the documents a rerun has stored.
    public func storedContent(_ documents: [Document], extractor: String? = nil) throws -> [Bool] {
        guard !documents.isEmpty else { return [] }
        let hashes = documents.map(Self.contentHash(of:))
        let columns = self.columns
        return try read { db in
            if extractor != nil, !columns.documentExtractor { return hashes.map { _ in false } }
            let statement = extractor == nil
                ? try db.cachedStatement(sql: "SELECT id FROM document WHERE hash = ? LIMIT 1")
                : try db.cachedStatement(sql: "SELECT id FROM document WHERE hash = ? AND extractor = ? LIMIT 1")
            return try hashes.map { hash in
                try Int64.fetchOne(statement, arguments: extractor.map { [hash, $0] } ?? [hash]) != nil
            }
        }
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
        let item = IngestItem(document, actors: actors, relations: relations, sourcePath: sourcePath,
                              extractor: extractor, reextract: reextract)
        return try ingest([item])[0]
    }

    /// Stores a batch of documents, in order, in one write transaction: each one exactly as
    /// ``ingest(_:actors:relations:sourcePath:extractor:reextract:)`` would, with the same ids
    /// and aggregates, but with one commit for the batch instead of one per document.
    ///
    /// One transaction per document wrote every touched page of the hot edges' evidence
    /// index, of the relation table and of the document indexes to the log again for every
    /// document, and looked up the same actors, names and edges again and again (issue 14,
    /// item 7). Within a batch, actors, their names and edges are looked up once, and the
    /// edges' aggregates are updated once per edge. A killed process loses the batch it was
    /// storing, whole, and nothing else; a rerun stores it.
    ///
    /// - Returns: what storing each item did, in the items' order.
    /// - Complexity: O(rows written), with index look-ups that grow with the logarithm of the
    ///   store, never with the evidence an edge already has.
    public func ingest(_ items: [IngestItem]) throws -> [IngestResult] {
        guard !items.isEmpty else { return [] }
        return try write { db in
            var batch = IngestBatch()
            var results: [IngestResult] = []
            results.reserveCapacity(items.count)
            for item in items {
                results.append(try Self.store(db, item, batch: &batch))
            }
            try batch.flushAggregates(db)
            return results
        }
    }

    /// What one write transaction of ``ingest(_:)`` knows already: the rows it found or made
    /// for actors, names and edges, and the aggregates it owes the edges it added evidence
    /// to. Only valid inside the transaction; emptied (and the aggregates written) whenever
    /// a replaced document may delete edges or actors.
    struct IngestBatch {
        var actors: [String: (id: Int64, created: Bool)] = [:]
        /// Names stored (or found stored) for an actor row in this transaction.
        var names: Set<NameRow> = []
        var relations: [RelationKey: Int64] = [:]
        /// Evidence added per edge, not yet in the edge's row, by edge in first-touched order.
        var pending: [Int64: PendingAggregate] = [:]
        var pendingOrder: [Int64] = []

        struct NameRow: Hashable {
            var actor: Int64
            var name: String
        }

        struct RelationKey: Hashable {
            var source: Int64
            var kind: String
            var target: Int64
        }

        /// What the evidence added to one edge does to its row, combined over documents: a
        /// count adds, the flags are "all of them", the span takes the extremes. Applying the
        /// combination once leaves the row as applying each document's part in turn did.
        struct PendingAggregate {
            var count = 0
            var hedged = true
            var former = true
            var firstDate: String?
            var lastDate: String?

            mutating func add(count: Int, hedged: Bool, former: Bool, date: String?) {
                self.count += count
                self.hedged = self.hedged && hedged
                self.former = self.former && former
                guard let date else { return }
                // SQLite compares text byte by byte (BINARY): so do these.
                if firstDate.map({ date.utf8.lexicographicallyPrecedes($0.utf8) }) ?? true { firstDate = date }
                if lastDate.map({ $0.utf8.lexicographicallyPrecedes(date.utf8) }) ?? true { lastDate = date }
            }
        }

        mutating func add(relation id: Int64, count: Int, hedged: Bool, former: Bool, date: String?) {
            if pending[id] == nil { pendingOrder.append(id) }
            pending[id, default: PendingAggregate()].add(count: count, hedged: hedged, former: former, date: date)
        }

        /// Writes what is owed to each edge's row: O(1) per edge however much evidence it
        /// has.
        mutating func flushAggregates(_ db: Database) throws {
            let update = try db.cachedStatement(sql: """
                UPDATE relation SET
                    evidence_count = evidence_count + :count,
                    hedged = hedged AND :hedged,
                    former = former AND :former,
                    first_date = CASE WHEN :first IS NULL THEN first_date
                                      WHEN first_date IS NULL OR :first < first_date THEN :first ELSE first_date END,
                    last_date = CASE WHEN :last IS NULL THEN last_date
                                     WHEN last_date IS NULL OR :last > last_date THEN :last ELSE last_date END
                WHERE id = :id
                """)
            for id in pendingOrder {
                guard let owed = pending[id] else { continue }
                try update.execute(arguments: ["count": owed.count, "hedged": owed.hedged, "former": owed.former,
                                               "first": owed.firstDate, "last": owed.lastDate, "id": id])
            }
            pending.removeAll(keepingCapacity: true)
            pendingOrder.removeAll(keepingCapacity: true)
        }

        /// Before a replaced document takes evidence away: the edges' rows are brought up to
        /// date, and nothing remembered is trusted any longer (edges and actors may go).
        mutating func settleAndForget(_ db: Database) throws {
            try flushAggregates(db)
            actors.removeAll(keepingCapacity: true)
            names.removeAll(keepingCapacity: true)
            relations.removeAll(keepingCapacity: true)
        }
    }

    /// Stores one item inside the batch's transaction (see ``ingest(_:)``).
    private static func store(_ db: Database, _ item: IngestItem, batch: inout IngestBatch) throws -> IngestResult {
        let document = item.document, extractor = item.extractor, hash = item.hash
        let date = document.date.flatMap(DateRange.normalizedDay) ?? document.date
        var result = IngestResult(status: .stored)
        let documentID: Int64
        var removed: [Int64: RemovedEvidence] = [:]
        var formerDate: String?
        var formerActors: [Int64] = []
        let (key, existing) = try Self.documentKey(db, id: document.id, sourcePath: item.sourcePath)
        if let row = existing {
            documentID = try row.decoded(0, "document.id")
            if try row.decoded(1, "document.hash") as String == hash {
                let previous: String? = try String.fetchOne(
                    db.cachedStatement(sql: "SELECT extractor FROM document WHERE id = ?"), arguments: [documentID])
                guard item.reextract || (extractor != nil && previous != extractor) else { return IngestResult(status: .skipped) }
                result.status = .reextracted
                result.previousExtractor = previous
            } else {
                result.status = .replaced
            }
            try batch.settleAndForget(db)
            formerDate = try String.fetchOne(db.cachedStatement(sql: "SELECT date FROM document WHERE id = ?"),
                                             arguments: [documentID])
            for row in try Row.fetchAll(db.cachedStatement(sql: """
                SELECT relation_id, count(*), min(hedged), min(former) FROM evidence WHERE document_id = ? GROUP BY relation_id
                """), arguments: [documentID]) {
                removed[try row.decoded(0, "evidence.relation_id")] = RemovedEvidence(
                    count: try row.decoded(1, "evidence.count"), hadPlain: try row.decoded(2, "evidence.hedged") == 0,
                    hadCurrent: try row.decoded(3, "evidence.former") == 0)
            }
            formerActors = try Int64.fetchAll(db.cachedStatement(sql: "SELECT actor_id FROM mention WHERE document_id = ?"),
                                              arguments: [documentID])
            try db.cachedStatement(sql: "DELETE FROM evidence WHERE document_id = ?").execute(arguments: [documentID])
            try db.cachedStatement(sql: "DELETE FROM mention WHERE document_id = ?").execute(arguments: [documentID])
            try db.cachedStatement(sql: """
                UPDATE document SET hash = ?, title = ?, date = ?, url = ?, path = ?, ingested_at = ?, extractor = ? WHERE id = ?
                """).execute(arguments: [hash, document.title, date, document.url, item.sourcePath, Self.timestamp(),
                                         extractor, documentID])
        } else {
            // The same article stored under another name (a copy, a re-export): skip it,
            // so no sentence is counted twice.
            if try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM document WHERE hash = ? LIMIT 1"),
                                  arguments: [hash]) != nil {
                return IngestResult(status: .skipped)
            }
            try db.cachedStatement(sql: """
                INSERT INTO document(key, hash, title, date, url, path, ingested_at, extractor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [key, hash, document.title, date, document.url, item.sourcePath, Self.timestamp(),
                                         extractor])
            documentID = db.lastInsertedRowID
        }

        var ids: [Actor.ID: Int64] = [:]
        for actor in item.actors {
            let id: Int64
            if let known = batch.actors[actor.id] {
                id = known.id
            } else {
                let (found, created) = try Self.resolveForIngest(db, actor)
                if created { result.actorsAdded += 1 }
                batch.actors[actor.id] = (found, created)
                id = found
            }
            ids[actor.id] = id
            for name in actor.allNames where batch.names.insert(IngestBatch.NameRow(actor: id, name: name)).inserted {
                try db.cachedStatement(sql: """
                    INSERT OR IGNORE INTO name(folded, actor_id, name, loose, user) VALUES (?, ?, ?, ?, 0)
                    """).execute(arguments: [NameFolding.fold(name), id, name, NameFolding.looseKey(name)])
            }
            try db.cachedStatement(sql: """
                INSERT INTO mention(actor_id, document_id, count) VALUES (?, ?, ?)
                ON CONFLICT(actor_id, document_id) DO UPDATE SET count = count + excluded.count
                """).execute(arguments: [id, documentID, max(1, actor.mentionCount)])
        }

        for relation in item.relations {
            guard let source = try ids[relation.source] ?? Self.rowID(db, slug: relation.source),
                  let target = try ids[relation.target] ?? Self.rowID(db, slug: relation.target),
                  !relation.evidence.isEmpty else { continue }
            let kind = relation.kind.rawValue
            let relationKey = IngestBatch.RelationKey(source: source, kind: kind, target: target)
            let relationID: Int64
            if let known = batch.relations[relationKey] {
                relationID = known
            } else if let existing = try Int64.fetchOne(db.cachedStatement(sql: """
                SELECT id FROM relation WHERE source_id = ? AND kind = ? AND target_id = ?
                """), arguments: [source, kind, target]) {
                relationID = existing
            } else {
                relationID = (try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM relation")) ?? 0) + 1
                // Empty: "every piece hedged" is true until a plain one comes.
                try db.cachedStatement(sql: """
                    INSERT INTO relation(source_id, kind, target_id, id, hedged, former, evidence_count)
                    VALUES (?, ?, ?, ?, 1, 1, 0)
                    """).execute(arguments: [source, kind, target, relationID])
                result.relationsAdded += 1
            }
            batch.relations[relationKey] = relationID
            removed[relationID]?.readded = true
            // Added to: the aggregates are updated in place, O(1) however much evidence the
            // edge has, once per edge per batch (what the old version took away is settled below).
            batch.add(relation: relationID, count: relation.evidence.count, hedged: relation.evidence.allSatisfy(\.hedged),
                      former: relation.evidence.allSatisfy(\.former), date: date)
            for item in relation.evidence {
                try db.cachedStatement(sql: """
                    INSERT INTO evidence(relation_id, document_id, sentence, start, "end", hedged, former, rule, confidence)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """).execute(arguments: [relationID, documentID, item.sentence, item.start, item.end,
                                             item.hedged, item.former, item.rule, item.confidence])
                result.evidenceAdded += 1
            }
        }

        guard existing != nil else { return result }
        // Edges that lost the old version's evidence: settled without reading the rest of
        // their evidence, except where the answer needs it (see ``RemovedEvidence``).
        try batch.settleAndForget(db)
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
