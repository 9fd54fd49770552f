import ActorGraph
import GRDB

extension ProjectStore {
    /// The store seen through a date window, for path search with `--since`/`--until`.
    public func within(_ range: DateRange) -> DatedStoreView { DatedStoreView(store: self, range: range) }
}

/// The store as a ``GraphSource`` restricted to evidence from articles dated inside a range:
/// the graph ``ProjectStore/graph(range:)`` builds, read one neighbourhood at a time.
///
/// `path --since` used to load that whole graph (8.2 s and 614 MB on 100,000 actors, issue 14,
/// item 10) because an edge's stored aggregates cover all its evidence. Here each adjacency
/// read joins the actor's edges to their evidence and its articles' dates and aggregates only
/// what falls inside, so a search reads what it touches, as the other options do. Assertions
/// stand whatever the window (as in the whole graph); an actor is in the window when an
/// article inside it names it or one of its edges is.
public struct DatedStoreView: GraphSource, Sendable {
    public let store: ProjectStore
    public let range: DateRange

    public func number(of actor: Actor.ID) throws -> Int64? {
        guard let number = try store.number(of: actor), try isPresent(number) else { return nil }
        return number
    }

    public func actorID(number: Int64) throws -> Actor.ID? { try store.actorID(number: number) }

    public func actor(id: Actor.ID) throws -> Actor? {
        guard try number(of: id) != nil else { return nil }
        return try store.actor(id: id)
    }

    public func actors(named name: String) throws -> [Actor] {
        try store.actors(named: name).filter { try number(of: $0.id) != nil }
    }

    public func actors(looselyNamed name: String) throws -> [Actor] {
        try store.actors(looselyNamed: name).filter { try number(of: $0.id) != nil }
    }

    public func suggestions(for name: String, limit: Int) throws -> [String] {
        Array(try store.suggestions(for: name, limit: limit * 3).filter { try !actors(named: $0).isEmpty }.prefix(limit))
    }

    public func evidence(for key: Relation.Key) throws -> [Evidence] { try store.evidence(for: key, range: range) }

    /// Whether anything at all is dated inside the window (or asserted by hand): when not,
    /// an unknown name means an empty window, not a misspelling.
    public func isEmpty() throws -> Bool {
        if try store.corrections().edges.contains(where: { !$0.retract }) { return false }
        return try store.read { db in
            let dates = try String.fetchCursor(db, sql: """
                SELECT d.date FROM document d WHERE d.date IS NOT NULL AND EXISTS (SELECT 1 FROM mention WHERE document_id = d.id)
                """)
            while let date = try dates.next() {
                if range.contains(date) { return false }
            }
            return true
        }
    }

    public func adjacencies(of actor: Actor.ID) throws -> [Adjacency] {
        guard let center = try number(of: actor), let centerSlug = try store.actorID(number: center) else { return [] }
        var slugs: [Int64: String] = [center: centerSlug]
        var result: [Adjacency] = []
        for edge in try numberedAdjacencies(of: [center])[center] ?? [] {
            if slugs[edge.neighbor] == nil { slugs[edge.neighbor] = try store.actorID(number: edge.neighbor) }
            guard let neighbor = slugs[edge.neighbor] else { continue }
            let key = edge.isOutgoing ? Relation(source: centerSlug, target: neighbor, kind: edge.kind).key
                                      : Relation(source: neighbor, target: centerSlug, kind: edge.kind).key
            result.append(Adjacency(key: key, neighbor: neighbor, hedged: edge.hedged, former: edge.former,
                                    evidenceCount: edge.evidenceCount, firstDate: edge.firstDate))
        }
        return result
    }

    /// - Complexity: per actor (per member of a merge group), two index range scans of its
    ///   edges and one read of each edge's evidence and article dates: O(evidence on its edges).
    public func numberedAdjacencies(of actors: [Int64]) throws -> [Int64: [NumberedAdjacency]] {
        let corrections = try store.corrections()
        let range = self.range
        return try store.read { db in
            let outgoing = try db.cachedStatement(sql: """
                SELECT r.kind, r.target_id, e.hedged, e.former, d.date
                FROM relation r JOIN evidence e ON e.relation_id = r.id JOIN document d ON d.id = e.document_id
                WHERE r.source_id = ? ORDER BY r.kind, r.target_id
                """)
            let incoming = try db.cachedStatement(sql: """
                SELECT r.kind, r.source_id, e.hedged, e.former, d.date
                FROM relation r INDEXED BY relation_by_target JOIN evidence e ON e.relation_id = r.id
                     JOIN document d ON d.id = e.document_id
                WHERE r.target_id = ? ORDER BY r.kind, r.source_id
                """)
            func windowed(_ id: Int64, into edges: inout [NumberedAdjacency]) throws {
                for (statement, isOutgoing) in [(outgoing, true), (incoming, false)] {
                    let cursor = try Row.fetchCursor(statement, arguments: [id])
                    var current: NumberedAdjacency?
                    while let row = try cursor.next() {
                        guard range.contains(try row.decoded(4, "document.date") as String?),
                              let kind = RelationKind(rawValue: try row.decoded(0, "relation.kind")) else { continue }
                        let neighbor: Int64 = try row.decoded(1, isOutgoing ? "relation.target_id" : "relation.source_id")
                        let hedged: Bool = try row.decoded(2, "evidence.hedged"), former: Bool = try row.decoded(3, "evidence.former")
                        let date: String? = try row.decoded(4, "document.date")
                        if var edge = current, edge.neighbor == neighbor, edge.kind == kind {
                            edge.hedged = edge.hedged && hedged
                            edge.former = edge.former && former
                            edge.evidenceCount += 1
                            edge.firstDate = [edge.firstDate, date].compactMap { $0 }.min()
                            current = edge
                        } else {
                            if let current { edges.append(current) }
                            current = NumberedAdjacency(neighbor: neighbor, kind: kind, isOutgoing: isOutgoing, hedged: hedged,
                                                        former: former, evidenceCount: 1, firstDate: date)
                        }
                    }
                    if let current { edges.append(current) }
                }
            }
            var result: [Int64: [NumberedAdjacency]] = [:]
            for requested in actors where result[requested] == nil {
                var edges: [NumberedAdjacency] = []
                let center = corrections.canonical(requested)
                for member in corrections.group(of: center) { try windowed(member, into: &edges) }
                result[requested] = corrections.isEmpty
                    ? edges.filter { $0.neighbor != center }
                    : ProjectStore.corrected(edges, center: center, corrections: corrections)
            }
            return result
        }
    }

    /// Whether the actor is in the window's graph: named by an article inside it (itself or a
    /// member of its merge group), or at the end of one of its edges.
    private func isPresent(_ number: Int64) throws -> Bool {
        let corrections = try store.corrections()
        let group = corrections.group(of: corrections.canonical(number))
        let mentioned = try store.read { db in
            let statement = try db.cachedStatement(sql: """
                SELECT d.date FROM mention m JOIN document d ON d.id = m.document_id WHERE m.actor_id = ? AND d.date IS NOT NULL
                """)
            for member in group {
                let dates = try String.fetchCursor(statement, arguments: [member])
                while let date = try dates.next() {
                    if range.contains(date) { return true }
                }
            }
            return false
        }
        if mentioned { return true }
        return try !(numberedAdjacencies(of: [number])[number] ?? []).isEmpty
    }
}
