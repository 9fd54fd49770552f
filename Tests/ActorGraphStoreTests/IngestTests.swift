import ActorGraph
@testable import ActorGraphStore
import Foundation
import Testing

/// One article at a time, as `ingest` stores it, with a hand-made extraction so the tests
/// do not move when the extractor improves.
enum Articles {
    static let hamza = Fixture.hamza, sna = Fixture.sna, turkey = Fixture.turkey, sdf = Fixture.sdf

    static func relation(_ source: Actor, _ kind: RelationKind, _ target: Actor, in document: Document,
                         _ sentence: String, hedged: Bool = false) -> Relation {
        Relation(source: source.id, target: target.id, kind: kind, evidence: [
            Evidence(document: document.id, sentence: sentence, start: 0, end: sentence.unicodeScalars.count, hedged: hedged),
        ])
    }

    static let first = Document(id: "first.txt", text: "The Hamza Division is part of the SNA. Turkey backs the SNA.",
                                title: "Factions", date: "2024-01-05", url: "https://example.org/factions")
    static let second = Document(id: "second.txt", text: "The SNA reportedly fought the SDF.", date: "2024-03-01")

    static func ingestFirst(_ store: ProjectStore, _ document: Document = first) throws -> IngestResult {
        try store.ingest(document, actors: [hamza, sna, turkey], relations: [
            relation(hamza, .memberOf, sna, in: document, "The Hamza Division is part of the SNA."),
            relation(turkey, .backs, sna, in: document, "Turkey backs the SNA."),
        ])
    }

    static func ingestSecond(_ store: ProjectStore) throws -> IngestResult {
        try store.ingest(second, actors: [sna, sdf], relations: [
            relation(sna, .fights, sdf, in: second, "The SNA reportedly fought the SDF.", hedged: true),
        ])
    }
}

@Suite struct IngestTests {
    @Test func theSameArticleUnderAnotherNameIsSkipped() throws {
        let store = try ProjectStore.inMemory()
        #expect(try Articles.ingestFirst(store).status == .stored)
        var copy = Articles.first
        copy.id = "copy-of-first.txt"
        #expect(try Articles.ingestFirst(store, copy) == IngestResult(status: .skipped))
        let evidence = try store.graph().relations.map(\.evidence.count)
        #expect(evidence.allSatisfy { $0 == 1 }, "no sentence is counted twice: \(evidence)")
    }

    @Test func reIngestingTheSameDocumentsChangesNothing() throws {
        let store = try ProjectStore.inMemory()
        let first = try Articles.ingestFirst(store)
        #expect(first == IngestResult(status: .stored, actorsAdded: 3, relationsAdded: 2, evidenceAdded: 2))
        #expect(try Articles.ingestSecond(store).status == .stored)
        let before = try store.graph()
        let countsBefore = try store.counts()
        #expect(try Articles.ingestFirst(store) == IngestResult(status: .skipped))
        #expect(try Articles.ingestSecond(store).status == .skipped)
        #expect(try store.isStored(Articles.first))
        #expect(try store.graph() == before)
        #expect(try store.counts() == countsBefore)
        #expect(countsBefore == (documents: 2, actors: 4, relations: 3, evidence: 3))
    }

    @Test func aChangedDocumentReplacesItsOldEvidence() throws {
        let store = try ProjectStore.inMemory()
        _ = try Articles.ingestFirst(store)
        _ = try Articles.ingestSecond(store)
        // The article was corrected: Turkey no longer appears, the Hamza claim is now hedged.
        var edited = Articles.first
        edited.text = "The Hamza Division is reportedly part of the SNA."
        let result = try store.ingest(edited, actors: [Articles.hamza, Articles.sna], relations: [
            Articles.relation(Articles.hamza, .memberOf, Articles.sna, in: edited,
                              "The Hamza Division is reportedly part of the SNA.", hedged: true),
        ])
        #expect(result.status == .replaced)
        let graph = try store.graph()
        #expect(!graph.relations.contains { $0.kind == .backs })
        #expect(!graph.actors.contains { $0.id == Articles.turkey.id })
        let member = try #require(graph.relations.first { $0.kind == .memberOf })
        #expect(member.evidence.map(\.sentence) == ["The Hamza Division is reportedly part of the SNA."])
        #expect(member.hedged)
        #expect(try store.adjacencies(of: Articles.hamza.id).first?.hedged == true)
        // The other document is untouched.
        #expect(graph.relations.contains { $0.kind == .fights })
        #expect(try store.counts() == (documents: 2, actors: 3, relations: 2, evidence: 2))
    }

    @Test func titleDateAndURLAreKeptWithTheEvidence() throws {
        let store = try ProjectStore.inMemory()
        _ = try Articles.ingestFirst(store)
        let key = Relation(source: Articles.turkey.id, target: Articles.sna.id, kind: .backs).key
        let evidence = try #require(try store.evidence(for: key).first)
        #expect(evidence.date == "2024-01-05" && evidence.title == "Factions")
        let info = try store.documents(ids: ["first.txt"])["first.txt"]
        #expect(info?.url == "https://example.org/factions")
        #expect(try store.adjacencies(of: Articles.turkey.id).first?.firstDate == "2024-01-05")
    }

    @Test func dateFiltersReadTheStore() throws {
        let store = try ProjectStore.inMemory()
        _ = try Articles.ingestFirst(store)
        _ = try Articles.ingestSecond(store)
        #expect(try store.graph(since: "2024-02-01").relations.map(\.kind) == [.fights])
        #expect(try store.graph(range: DateRange(asOf: "2024-01-31")).relations.count == 2)
        #expect(throws: DateRangeError.self) { try store.graph(since: "last week") }
    }

    @Test func contentHashSeesEveryField() {
        let base = Articles.first
        var retitled = base
        retitled.title = "Other"
        var redated = base
        redated.date = "2024-01-06"
        let hashes = Set([base, retitled, redated].map(ProjectStore.contentHash(of:)))
        #expect(hashes.count == 3)
        #expect(ProjectStore.contentHash(of: base) == ProjectStore.contentHash(of: Articles.first))
    }
}
