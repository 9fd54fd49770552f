import ActorGraph
@testable import ActorGraphStore
import Testing

/// Re-ingesting a changed document settles its edges' aggregates without re-reading all their
/// evidence (issue 14, item 6); these tests hold the shortcut to the full recomputation.
@Suite struct IncrementalAggregateTests {
    /// A small deterministic generator (SplitMix64), so a failure replays.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let actors = [Fixture.hamza, Fixture.sna, Fixture.turkey, Fixture.sdf]
    static let dates: [String?] = [nil, "2024-01-05", "2024-02-10", "2024-03-01", "2024-06-30"]

    /// One version of document `index`: a random date and, for a random few edges, a random
    /// number of pieces of evidence, each hedged or former at random.
    static func version(_ index: Int, revision: Int, random: inout Seeded) -> (Document, [Relation]) {
        let document = Document(id: "doc-\(index).txt", text: "Document \(index), revision \(revision).",
                                date: dates.randomElement(using: &random) ?? nil)
        var relations: [Relation] = []
        for (source, target, kind) in [(0, 1, RelationKind.memberOf), (2, 1, .backs), (1, 3, .fights)]
        where Int.random(in: 0..<3, using: &random) > 0 {
            let evidence = (0..<Int.random(in: 1...3, using: &random)).map { piece in
                Evidence(document: document.id, sentence: "Sentence \(piece) of \(index).", start: piece, end: piece + 1,
                         hedged: Int.random(in: 0..<4, using: &random) == 0, former: Int.random(in: 0..<4, using: &random) == 0)
            }
            relations.append(Relation(source: actors[source].id, target: actors[target].id, kind: kind, evidence: evidence))
        }
        return (document, relations)
    }

    /// Each edge's stored aggregates, and the same computed from its evidence.
    static func aggregates(_ store: ProjectStore) throws -> (stored: [String], recomputed: [String]) {
        try store.read { db in
            let stored = try String.fetchAll(db, sql: """
                SELECT id || ' ' || evidence_count || ' ' || hedged || ' ' || former || ' '
                       || coalesce(first_date, '-') || ' ' || coalesce(last_date, '-')
                FROM relation ORDER BY id
                """)
            let recomputed = try String.fetchAll(db, sql: """
                SELECT e.relation_id || ' ' || count(*) || ' ' || min(e.hedged) || ' ' || min(e.former) || ' '
                       || coalesce(min(d.date), '-') || ' ' || coalesce(max(d.date), '-')
                FROM evidence e JOIN document d ON d.id = e.document_id GROUP BY e.relation_id ORDER BY e.relation_id
                """)
            return (stored, recomputed)
        }
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func changedDocumentsLeaveTheAggregatesOfAFullRecount(seed: UInt64) throws {
        let store = try ProjectStore.inMemory()
        var random = Seeded(state: seed)
        var revisions = [Int](repeating: 0, count: 12)
        for step in 0..<240 {
            let index = Int.random(in: 0..<revisions.count, using: &random)
            revisions[index] += 1
            let (document, relations) = Self.version(index, revision: revisions[index], random: &random)
            _ = try store.ingest(document, actors: Self.actors, relations: relations)
            let (stored, recomputed) = try Self.aggregates(store)
            #expect(stored == recomputed, "step \(step): document \(index) revision \(revisions[index])")
            if stored != recomputed { return }
        }
    }

    @Test func anEdgeLosingItsOnlyPlainPieceBecomesHedgedAndItsSpanShrinks() throws {
        let store = try ProjectStore.inMemory()
        let (sna, turkey) = (Fixture.sna, Fixture.turkey)
        func ingest(_ id: String, date: String, hedged: Bool) throws {
            let document = Document(id: id, text: "\(id) \(hedged)", date: date)
            _ = try store.ingest(document, actors: [turkey, sna], relations: [
                Relation(source: turkey.id, target: sna.id, kind: .backs, evidence: [
                    Evidence(document: id, sentence: "Turkey backs the SNA.", start: 0, end: 21, hedged: hedged),
                ]),
            ])
        }
        try ingest("a.txt", date: "2024-01-01", hedged: false)
        try ingest("b.txt", date: "2024-05-01", hedged: true)
        try ingest("c.txt", date: "2024-09-01", hedged: true)
        // a.txt is rewritten without the relation: the plain piece and the first date go with it.
        _ = try store.ingest(Document(id: "a.txt", text: "Nothing here.", date: "2024-01-01"), actors: [], relations: [])
        let row = try store.read { db in
            try String.fetchOne(db, sql: """
                SELECT evidence_count || ' ' || hedged || ' ' || first_date || ' ' || last_date FROM relation
                """)
        }
        #expect(row == "2 1 2024-05-01 2024-09-01")
    }
}
