import ActorGraph
import GRDB

/// Path search on a large store walks actors by row id: neighbours come straight from the
/// relation indexes, with no look-up of their names. Merges, retractions and assertions are
/// applied exactly as ``adjacencies(of:)`` applies them: numbers are those of the actors a
/// merge keeps, merged-away actors never appear.
extension ProjectStore {
    public func number(of actor: Actor.ID) throws -> Int64? {
        let corrections = try corrections()
        return try read { db in
            guard let number = try Self.rowID(db, slug: actor).map(corrections.canonical), !corrections.isHidden(number) else { return nil }
            return number
        }
    }

    public func actorID(number: Int64) throws -> Actor.ID? {
        let corrections = try corrections()
        return try read { db in try Self.slug(db, id: corrections.canonical(number)) }
    }

    /// - Complexity: two index range scans per actor (per member of a merge group).
    public func numberedAdjacencies(of actors: [Int64]) throws -> [Int64: [NumberedAdjacency]] {
        return try read { db in
            let corrections = try corrections(db)
            var result: [Int64: [NumberedAdjacency]] = [:]
            result.reserveCapacity(actors.count)
            let outgoing = try db.cachedStatement(sql: """
                SELECT kind, target_id, hedged, former, evidence_count, first_date FROM relation WHERE source_id = ?
                """)
            let incoming = try db.cachedStatement(sql: """
                SELECT kind, source_id, hedged, former, evidence_count, first_date
                FROM relation INDEXED BY relation_by_target WHERE target_id = ?
                """)
            func raw(_ id: Int64, into edges: inout [NumberedAdjacency]) throws {
                for (statement, isOutgoing) in [(outgoing, true), (incoming, false)] {
                    let cursor = try Row.fetchCursor(statement, arguments: [id])
                    while let row = try cursor.next() {
                        guard let kind = RelationKind(rawValue: try row.decoded(0, "relation.kind")) else { continue }
                        edges.append(NumberedAdjacency(
                            neighbor: try row.decoded(1, isOutgoing ? "relation.target_id" : "relation.source_id"),
                            kind: kind, isOutgoing: isOutgoing, hedged: try row.decoded(2, "relation.hedged"),
                            former: try row.decoded(3, "relation.former"),
                            evidenceCount: try row.decoded(4, "relation.evidence_count"),
                            firstDate: try row.decoded(5, "relation.first_date")))
                    }
                }
            }
            for requested in actors where result[requested] == nil {
                var edges: [NumberedAdjacency] = []
                if corrections.isEmpty {
                    try raw(requested, into: &edges)
                    result[requested] = edges
                    continue
                }
                let center = corrections.canonical(requested)
                for member in corrections.group(of: center) { try raw(member, into: &edges) }
                result[requested] = Self.corrected(edges, center: center, corrections: corrections)
            }
            return result
        }
    }

    /// Edges of a merge group seen from its kept actor: neighbours mapped through merges,
    /// self-loops dropped, duplicates combined, retractions removed, assertions added.
    static func corrected(_ edges: [NumberedAdjacency], center: Int64, corrections: Corrections) -> [NumberedAdjacency] {
        // A removed actor has no edges, and no edge leads to one.
        if corrections.isHidden(center) { return [] }
        struct Key: Hashable { var neighbor: Int64; var kind: RelationKind; var isOutgoing: Bool }
        func key(_ edge: NumberedAdjacency) -> Key {
            // A symmetric edge is one edge whichever way it was stored.
            Key(neighbor: edge.neighbor, kind: edge.kind, isOutgoing: edge.kind.isSymmetric || edge.isOutgoing)
        }
        var combined: [Key: NumberedAdjacency] = [:]
        var order: [Key] = []
        func add(_ edge: NumberedAdjacency) {
            let k = key(edge)
            if var existing = combined[k] {
                existing.hedged = existing.hedged && edge.hedged
                existing.former = existing.former && edge.former
                existing.evidenceCount += edge.evidenceCount
                existing.firstDate = [existing.firstDate, edge.firstDate].compactMap { $0 }.min()
                combined[k] = existing
            } else {
                combined[k] = edge
                order.append(k)
            }
        }
        for var edge in edges {
            edge.neighbor = corrections.canonical(edge.neighbor)
            if edge.neighbor != center, !corrections.isHidden(edge.neighbor) { add(edge) }
        }
        for correction in corrections.edges {
            let source = corrections.canonical(correction.source), target = corrections.canonical(correction.target)
            guard source != target, source == center || target == center,
                  !corrections.isHidden(source), !corrections.isHidden(target) else { continue }
            let edge = NumberedAdjacency(neighbor: source == center ? target : source, kind: correction.kind,
                                         isOutgoing: source == center, hedged: false, former: false, evidenceCount: 1)
            if correction.retract {
                combined[key(edge)] = nil
            } else {
                add(edge)
            }
        }
        return order.compactMap { combined[$0] }
    }
}
