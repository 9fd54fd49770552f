import ActorGraph
@testable import ActorGraphStore
import Foundation
import GRDB
import Testing

/// What found each piece of evidence (`rule`) and how sure it was (`confidence`) survive the
/// store, and stores from before they were kept still open, migrated or only read.
@Suite struct ProvenanceTests {
    typealias Folder = StoreFileTests.Folder

    static let document = Document(id: "found.txt", text: "Turkey backs the SNA. The Hamza Division is part of the SNA.",
                                   date: "2024-02-01")

    /// Two relations, one found by the model with a rule's help, one by a rule alone.
    static func ingest(_ store: ProjectStore) throws -> IngestResult {
        let backs = Relation(source: Fixture.turkey.id, target: Fixture.sna.id, kind: .backs, evidence: [
            Evidence(document: document.id, sentence: "Turkey backs the SNA.", start: 0, end: 21,
                     rule: "model+backs-active", confidence: 0.87),
        ])
        let member = Relation(source: Fixture.hamza.id, target: Fixture.sna.id, kind: .memberOf, evidence: [
            Evidence(document: document.id, sentence: "The Hamza Division is part of the SNA.", start: 22, end: 60,
                     rule: "member-of-part", confidence: 0.6),
        ])
        return try store.ingest(document, actors: [Fixture.turkey, Fixture.sna, Fixture.hamza], relations: [backs, member])
    }

    static let backsKey = Relation(source: Fixture.turkey.id, target: Fixture.sna.id, kind: .backs).key

    @Test func ruleAndConfidenceComeBackFromEveryReader() throws {
        let store = try ProjectStore.inMemory()
        #expect(try Self.ingest(store).evidenceAdded == 2)

        let direct = try store.evidence(for: Self.backsKey)
        #expect(direct.map(\.rule) == ["model+backs-active"])
        #expect(direct.map(\.confidence) == [0.87])

        let graph = try store.graph()
        let backs = try #require(graph.relations.first { $0.key == Self.backsKey })
        #expect(backs.evidence.first?.rule == "model+backs-active")
        #expect(backs.confidence == 0.87)
        let member = try #require(graph.relations.first { $0.kind == .memberOf })
        #expect(member.evidence.first?.rule == "member-of-part")
        #expect(member.evidence.first?.confidence == 0.6)

        // Export writes the graph as JSON: both fields are in it and read back.
        let exported = try JSONEncoder().encode(graph)
        let reread = try JSONDecoder().decode(Graph.self, from: exported)
        #expect(reread.relations.first { $0.key == Self.backsKey }?.evidence.first?.confidence == 0.87)
    }

    @Test func aPersonsAssertionHasNoRuleOrConfidence() throws {
        let store = try ProjectStore.inMemory()
        _ = try Self.ingest(store)
        let (key, _) = try store.assert(source: Fixture.sna.id, kind: .alliedWith, target: Fixture.turkey.id, note: "seen in the field")
        let evidence = try store.evidence(for: key)
        #expect(evidence.count == 1)
        #expect(evidence.first?.rule == nil && evidence.first?.confidence == nil)
    }

    @Test func aBulkImportKeepsThemToo() throws {
        let store = try ProjectStore.inMemory()
        let graph = Graph(actors: [Fixture.turkey, Fixture.sna], relations: [
            Relation(source: Fixture.turkey.id, target: Fixture.sna.id, kind: .backs, evidence: [
                Evidence(document: "a.txt", sentence: "Turkey backs the SNA.", start: 0, end: 21, rule: "model", confidence: 0.5),
            ]),
        ])
        try store.importGraph(graph)
        let evidence = try store.evidence(for: Self.backsKey)
        #expect(evidence.map(\.rule) == ["model"])
        #expect(evidence.map(\.confidence) == [0.5])
    }

    /// A store as actorgraph wrote it before migration v3: the schema up to v2 and one
    /// relation with its evidence, in raw SQL.
    static func makeOldStore(at path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v2-document-content-index")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO actor(id, slug, name, kind) VALUES (1, 'turkey', 'Turkey', 'state'),
                    (2, 'syrian-national-army', 'Syrian National Army', 'armed-group');
                INSERT INTO name(folded, actor_id, name, loose) VALUES ('turkey', 1, 'Turkey', 'turkey'),
                    ('syrian national army', 2, 'Syrian National Army', 'syrian national army');
                INSERT INTO document(id, key, hash, date, ingested_at) VALUES (1, 'old.txt', 'h', '2023-05-01', '2023-05-01T00:00:00Z');
                INSERT INTO mention(actor_id, document_id, count) VALUES (1, 1, 1), (2, 1, 1);
                INSERT INTO relation(source_id, kind, target_id, id, hedged, former, evidence_count, first_date, last_date)
                    VALUES (1, 'backs', 2, 1, 0, 0, 1, '2023-05-01', '2023-05-01');
                INSERT INTO evidence(relation_id, document_id, sentence, start, "end", hedged, former)
                    VALUES (1, 1, 'Turkey backs the SNA.', 0, 21, 0, 0);
                """)
            // As WAL-mode stores are left (so that a read-only reader can open them).
            try db.execute(sql: "PRAGMA journal_mode = DELETE")
        }
    }

    static func evidenceColumns(_ path: String) throws -> Set<String> {
        try DatabaseQueue(path: path).read { db in Set(try db.columns(in: "evidence").map(\.name)) }
    }

    @Test func anOldStoreIsMigratedWhenOpenedForWriting() throws {
        let folder = try Folder()
        let path = folder.path("old.sqlite")
        try Self.makeOldStore(at: path)
        #expect(try !Self.evidenceColumns(path).contains("rule"))

        let store = try ProjectStore.open(path: path)
        #expect(try Self.evidenceColumns(path).isSuperset(of: ["rule", "confidence"]))
        let old = try store.evidence(for: Self.backsKey)
        #expect(old.map(\.sentence) == ["Turkey backs the SNA."])
        #expect(old.first?.rule == nil && old.first?.confidence == nil, "unknown, not invented")

        _ = try Self.ingest(store)
        let both = try store.evidence(for: Self.backsKey)
        #expect(both.map(\.rule) == [nil, "model+backs-active"])
        #expect(both.map(\.confidence) == [nil, 0.87])
    }

    /// A reader who may not write the store cannot migrate it: it is read as it is, without
    /// the columns, and left untouched.
    @Test func anOldStoreThatCannotBeWrittenIsStillRead() throws {
        let folder = try Folder()
        let path = folder.path("old-readonly.sqlite")
        try Self.makeOldStore(at: path)
        var configuration = Configuration()
        configuration.readonly = true
        let store = try ProjectStore(writer: try DatabaseQueue(path: path, configuration: configuration), path: path, migrate: false)
        let graph = try store.graph()
        #expect(graph.relations.count == 1)
        #expect(graph.relations.first?.evidence.first?.rule == nil)
        #expect(try store.evidence(for: Self.backsKey).map(\.sentence) == ["Turkey backs the SNA."])
        #expect(try store.adjacencies(of: Fixture.turkey.id).count == 1)
        #expect(try !Self.evidenceColumns(path).contains("rule"), "a reader never changes the file")
    }
}
