import ActorGraph
import GRDB

/// Path search and name resolution read the store through ``GraphSource``: only the
/// neighbourhoods a search touches are read, each through the relation indexes, with the
/// user's merges, retractions and assertions applied on the way out.
extension ProjectStore: GraphSource {
    /// - Complexity: two index range scans per actor of the merge group, O(degree · log E).
    public func adjacencies(of actor: Actor.ID) throws -> [Adjacency] {
        return try read { db in
            let corrections = try corrections(db)
            guard let raw = try Self.rowID(db, slug: actor) else { return [] }
            let center = corrections.canonical(raw)
            guard !corrections.isHidden(center), let centerSlug = try Self.slug(db, id: center) else { return [] }
            if corrections.isEmpty {
                return try Self.rawAdjacencies(db, of: center).map { row in
                    Self.adjacency(center: centerSlug, row: row, neighbor: row.neighborSlug)
                }
            }
            var merged: [Relation.Key: Adjacency] = [:]
            var order: [Relation.Key] = []
            var slugs: [Int64: String] = [center: centerSlug]
            func slugOf(_ id: Int64) throws -> String? {
                if let known = slugs[id] { return known }
                let found = try Self.slug(db, id: id)
                slugs[id] = found
                return found
            }
            for member in corrections.group(of: center) {
                for row in try Self.rawAdjacencies(db, of: member) {
                    let neighbor = corrections.canonical(row.neighborID)
                    if neighbor == center || corrections.isHidden(neighbor) { continue }
                    guard let neighborSlug = try slugOf(neighbor) else { continue }
                    let next = Self.adjacency(center: centerSlug, row: row, neighbor: neighborSlug)
                    if let existing = merged[next.key] {
                        merged[next.key] = Self.combine(existing, next)
                    } else {
                        merged[next.key] = next
                        order.append(next.key)
                    }
                }
            }
            for correction in corrections.edges {
                let source = corrections.canonical(correction.source)
                let target = corrections.canonical(correction.target)
                guard source == center || target == center, source != target,
                      !corrections.isHidden(source), !corrections.isHidden(target),
                      let sourceSlug = try slugOf(source), let targetSlug = try slugOf(target) else { continue }
                let key = Relation(source: sourceSlug, target: targetSlug, kind: correction.kind).key
                if correction.retract {
                    merged[key] = nil
                } else {
                    let neighbor = key.source == centerSlug ? key.target : key.source
                    let asserted = Adjacency(key: key, neighbor: neighbor, hedged: false, former: false, evidenceCount: 1)
                    if let existing = merged[key] {
                        merged[key] = Self.combine(existing, asserted)
                    } else {
                        merged[key] = asserted
                        order.append(key)
                    }
                }
            }
            return order.compactMap { merged[$0] }
        }
    }

    public func actor(id: Actor.ID) throws -> Actor? {
        return try read { db in
            let corrections = try corrections(db)
            guard let raw = try Self.rowID(db, slug: id) else { return nil }
            return try Self.loadActor(db, id: corrections.canonical(raw), corrections: corrections)
        }
    }

    /// The actors a name loosely means, by the `name` table's loose-key index and (for one
    /// word) its index of last words, then ``NameLooseness/matches(_:looseKey:)``: the same
    /// answer as ``GraphIndex`` gives on the same actors, where the protocol's default (which
    /// looks among close spellings) missed a surname such as `Abdi` for `Mazloum Abdi`.
    /// - Complexity: two index range scans, O(log N + matches).
    public func actors(looselyNamed name: String) throws -> [Actor] {
        let key = NameFolding.looseKey(name)
        guard !key.isEmpty else { return [] }
        return try read { db in
            let corrections = try corrections(db)
            var ids = try Int64.fetchAll(db, sql: "SELECT actor_id FROM name WHERE loose = ?", arguments: [key])
            if !key.contains(" ") {
                ids += try Int64.fetchAll(db, sql: "SELECT actor_id FROM name WHERE \(Schema.lastWordSQL("loose")) = ?",
                                          arguments: [key])
            }
            var seen: Set<Int64> = []
            var found: [Actor] = []
            for id in ids.map(corrections.canonical) where seen.insert(id).inserted {
                if let actor = try Self.loadActor(db, id: id, corrections: corrections),
                   NameLooseness.matches(actor, looseKey: key) {
                    found.append(actor)
                }
            }
            return found.sorted { $0.id < $1.id }
        }
    }

    /// Looks the folded name up in the `name` index: O(log N).
    public func actors(named name: String) throws -> [Actor] {
        return try read { db in
            let corrections = try corrections(db)
            let ids = try Int64.fetchAll(db, sql: "SELECT actor_id FROM name WHERE folded = ?",
                                         arguments: [NameFolding.fold(name)])
            var seen: Set<Int64> = []
            var actors: [Actor] = []
            for id in ids.map(corrections.canonical) where seen.insert(id).inserted {
                if let actor = try Self.loadActor(db, id: id, corrections: corrections) { actors.append(actor) }
            }
            return actors.sorted { $0.id < $1.id }
        }
    }

    /// Names that start like `name` (folded, or with Arabic articles dropped) or share its
    /// first letters, ranked by edit distance. Reads at most a few thousand index entries.
    public func suggestions(for name: String, limit: Int) throws -> [String] {
        guard limit > 0 else { return [] }
        let folded = NameFolding.fold(name)
        let loose = NameFolding.looseKey(name)
        guard !folded.isEmpty else { return [] }
        let candidates = try read { db -> [(name: String, folded: String)] in
            // Names of removed actors are never suggested: they would not be found.
            let corrections = try corrections(db)
            var found: [(String, String)] = []
            func scan(_ column: String, prefix: String, limit: Int) throws {
                guard !prefix.isEmpty else { return }
                let rows = try Row.fetchAll(db, sql: """
                    SELECT name, folded, actor_id FROM name WHERE \(column) >= ? AND \(column) < ? LIMIT ?
                    """, arguments: [prefix, prefix + "\u{10FFFF}", limit])
                for row in rows where !corrections.isHidden(try row.decoded(2, "name.actor_id")) {
                    found.append((try row.decoded(0, "name.name"), try row.decoded(1, "name.folded")))
                }
            }
            try scan("folded", prefix: folded, limit: 200)
            try scan("folded", prefix: String(folded.prefix(3)), limit: 2000)
            try scan("loose", prefix: loose, limit: 200)
            try scan("loose", prefix: String(loose.prefix(3)), limit: 2000)
            return found
        }
        var best: [String: Int] = [:]
        let budget = max(2, folded.count / 3)
        for candidate in candidates {
            let score: Int
            if candidate.folded.hasPrefix(folded) || NameFolding.looseKey(candidate.folded).hasPrefix(loose) {
                score = candidate.folded == folded ? 0 : 1
            } else {
                let distance = EditDistance.between(Array(folded), Array(candidate.folded), cap: budget + 1)
                guard distance <= budget else { continue }
                score = 1 + distance
            }
            if score < best[candidate.name] ?? .max { best[candidate.name] = score }
        }
        return best.sorted { ($0.value, $0.key.count, $0.key) < ($1.value, $1.key.count, $1.key) }
            .prefix(limit).map(\.key)
    }

    public func evidence(for key: Relation.Key) throws -> [Evidence] { try evidence(for: key, range: nil) }

    /// The evidence of one edge, asserted first; with `range`, only the extracted evidence
    /// dated inside it (asserted evidence always stays).
    public func evidence(for key: Relation.Key, range: DateRange?) throws -> [Evidence] {
        try read { db in
            try Self.evidence(db, for: key, corrections: try corrections(db), range: range, columns: columns)
        }
    }

    // MARK: Helpers shared with the other readers

    struct AdjacencyRow {
        var kind: RelationKind
        var outgoing: Bool
        var neighborID: Int64
        var neighborSlug: String
        var hedged: Bool
        var former: Bool
        var evidenceCount: Int
        var firstDate: String?
        var lastDate: String?
    }

    static func rawAdjacencies(_ db: Database, of id: Int64) throws -> [AdjacencyRow] {
        var rows: [AdjacencyRow] = []
        let outgoing = try db.cachedStatement(sql: """
            SELECT r.kind, r.target_id, a.slug, r.hedged, r.former, r.evidence_count, r.first_date, r.last_date
            FROM relation r JOIN actor a ON a.id = r.target_id WHERE r.source_id = ?
            """)
        let incoming = try db.cachedStatement(sql: """
            SELECT r.kind, r.source_id, a.slug, r.hedged, r.former, r.evidence_count, r.first_date, r.last_date
            FROM relation r INDEXED BY relation_by_target JOIN actor a ON a.id = r.source_id WHERE r.target_id = ?
            """)
        for (statement, isOutgoing) in [(outgoing, true), (incoming, false)] {
            let cursor = try Row.fetchCursor(statement, arguments: [id])
            while let row = try cursor.next() {
                guard let kind = RelationKind(rawValue: try row.decoded(0, "relation.kind")) else { continue }
                rows.append(AdjacencyRow(kind: kind, outgoing: isOutgoing,
                                         neighborID: try row.decoded(1, isOutgoing ? "relation.target_id" : "relation.source_id"),
                                         neighborSlug: try row.decoded(2, "actor.slug"),
                                         hedged: try row.decoded(3, "relation.hedged"), former: try row.decoded(4, "relation.former"),
                                         evidenceCount: try row.decoded(5, "relation.evidence_count"),
                                         firstDate: try row.decoded(6, "relation.first_date"),
                                         lastDate: try row.decoded(7, "relation.last_date")))
            }
        }
        return rows
    }

    static func adjacency(center: String, row: AdjacencyRow, neighbor: String) -> Adjacency {
        let relation = row.outgoing
            ? Relation(source: center, target: neighbor, kind: row.kind)
            : Relation(source: neighbor, target: center, kind: row.kind)
        return Adjacency(key: relation.key, neighbor: neighbor, hedged: row.hedged, former: row.former,
                         evidenceCount: row.evidenceCount, firstDate: row.firstDate, lastDate: row.lastDate)
    }

    static func combine(_ a: Adjacency, _ b: Adjacency) -> Adjacency {
        var result = a
        result.hedged = a.hedged && b.hedged
        result.former = a.former && b.former
        result.evidenceCount = a.evidenceCount + b.evidenceCount
        result.firstDate = [a.firstDate, b.firstDate].compactMap { $0 }.min()
        result.lastDate = [a.lastDate, b.lastDate].compactMap { $0 }.max()
        return result
    }

    static func rowID(_ db: Database, slug: String) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM actor WHERE slug = ?"), arguments: [slug])
    }

    static func slug(_ db: Database, id: Int64) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT slug FROM actor WHERE id = ?"), arguments: [id])
    }

    /// The actor `id` (already canonical) with the names and documents of its merge group.
    static func loadActor(_ db: Database, id: Int64, corrections: Corrections) throws -> Actor? {
        if corrections.isHidden(id) { return nil }
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT slug, name, kind FROM actor WHERE id = ?"),
                                         arguments: [id]) else { return nil }
        let canonicalName: String = try row.decoded(1, "actor.name")
        var names: [String] = []
        var documents: [String] = []
        var mentions = 0
        for member in corrections.group(of: id) {
            if member != id, let memberName = try String.fetchOne(db, sql: "SELECT name FROM actor WHERE id = ?",
                                                                   arguments: [member]) {
                names.append(memberName)
            }
            names += try String.fetchAll(db.cachedStatement(sql: """
                SELECT name FROM name WHERE actor_id = ? ORDER BY user, name
                """), arguments: [member])
            for mention in try Row.fetchAll(db.cachedStatement(sql: """
                SELECT d.key, m.count FROM mention m JOIN document d ON d.id = m.document_id
                WHERE m.actor_id = ? ORDER BY d.date, d.key
                """), arguments: [member]) {
                let key: String = try mention.decoded(0, "document.key")
                if !documents.contains(key) { documents.append(key) }
                mentions += try mention.decoded(1, "mention.count") as Int
            }
        }
        var aliases: [String] = []
        for name in names where name != canonicalName && !aliases.contains(name) { aliases.append(name) }
        let kind = ActorKind(rawValue: try row.decoded(2, "actor.kind")) ?? .organization
        return Actor(id: try row.decoded(0, "actor.slug"), name: canonicalName, kind: kind, aliases: aliases, documents: documents,
                     mentionCount: mentions)
    }

    /// The evidence of one corrected edge, by date, with a person's assertion first.
    static func evidence(_ db: Database, for key: Relation.Key, corrections: Corrections,
                         range: DateRange?, columns: OptionalColumns) throws -> [Evidence] {
        guard let source = try rowID(db, slug: key.source), let target = try rowID(db, slug: key.target) else {
            return []
        }
        let canonicalSource = corrections.canonical(source)
        let canonicalTarget = corrections.canonical(target)
        if corrections.isHidden(canonicalSource) || corrections.isHidden(canonicalTarget) { return [] }
        var asserted: Evidence?
        for correction in corrections.edges where correction.kind == key.kind {
            let s = corrections.canonical(correction.source)
            let t = corrections.canonical(correction.target)
            guard (s, t) == (canonicalSource, canonicalTarget)
                || (key.kind.isSymmetric && (t, s) == (canonicalSource, canonicalTarget)) else { continue }
            if correction.retract { return [] }
            asserted = Evidence.asserted(note: correction.note)
        }
        var relationIDs: [Int64] = []
        let lookup = try db.cachedStatement(sql: "SELECT id FROM relation WHERE source_id = ? AND kind = ? AND target_id = ?")
        for s in corrections.group(of: canonicalSource) {
            for t in corrections.group(of: canonicalTarget) {
                if let id = try Int64.fetchOne(lookup, arguments: [s, key.kind.rawValue, t]) { relationIDs.append(id) }
                if key.kind.isSymmetric, s != t,
                   let id = try Int64.fetchOne(lookup, arguments: [t, key.kind.rawValue, s]) { relationIDs.append(id) }
            }
        }
        var evidence: [Evidence] = []
        let statement = try db.cachedStatement(sql: """
            SELECT d.key, e.sentence, e.start, e."end", e.hedged, e.former, d.date, d.title, \(columns.evidenceProvenanceSQL)
            FROM evidence e JOIN document d ON d.id = e.document_id WHERE e.relation_id = ?
            """)
        for id in relationIDs {
            for row in try Row.fetchAll(statement, arguments: [id]) {
                let date: String? = try row.decoded(6, "document.date")
                if let range, !range.contains(date) { continue }
                evidence.append(try Self.evidence(row, offset: 0))
            }
        }
        evidence.sort { ($0.date ?? "", $0.document, $0.start) < ($1.date ?? "", $1.document, $1.start) }
        if let asserted { evidence.insert(asserted, at: 0) }
        return evidence
    }

    /// The evidence in a row that selects, from `offset` on: `d.key, e.sentence, e.start,
    /// e."end", e.hedged, e.former, d.date, d.title` and ``OptionalColumns/evidenceProvenanceSQL``.
    /// Both evidence readers select these columns, so they decode them in one place.
    static func evidence(_ row: Row, offset: Int) throws -> Evidence {
        let confidence: Double? = try row.decoded(offset + 9, "evidence.confidence")
        if let confidence, !(0...1).contains(confidence) {
            throw CorruptValue(column: "evidence.confidence", value: String(confidence), expected: "a number from 0 to 1 or NULL")
        }
        return Evidence(document: try row.decoded(offset, "document.key"),
                        sentence: try row.decoded(offset + 1, "evidence.sentence"),
                        start: try row.decoded(offset + 2, "evidence.start"),
                        end: try row.decoded(offset + 3, "evidence.end"),
                        hedged: try row.decoded(offset + 4, "evidence.hedged"),
                        former: try row.decoded(offset + 5, "evidence.former"),
                        date: try row.decoded(offset + 6, "document.date"),
                        title: try row.decoded(offset + 7, "document.title"),
                        rule: try row.decoded(offset + 8, "evidence.rule"),
                        confidence: confidence)
    }
}

extension Evidence {
    /// The evidence a person's `assert` stands for: no document, the note as its sentence.
    static func asserted(note: String?) -> Evidence {
        let text = note ?? "asserted by hand"
        return Evidence(document: "", sentence: text, start: 0, end: 0, assertedBy: text)
    }
}
