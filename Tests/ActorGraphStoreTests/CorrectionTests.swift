import ActorGraph
@testable import ActorGraphStore
import Testing

@Suite struct CorrectionTests {
    private func seeded() throws -> ProjectStore {
        let store = try ProjectStore.inMemory()
        _ = try Articles.ingestFirst(store)
        _ = try Articles.ingestSecond(store)
        return store
    }

    /// Re-extraction of a changed article must not erase what a person did.
    private func reIngestChangedFirst(_ store: ProjectStore) throws {
        var edited = Articles.first
        edited.text += " (updated)"
        #expect(try Articles.ingestFirst(store, edited).status == .replaced)
    }

    @Test func mergeJoinsNamesAndEdgesAndUnmergeRestores() throws {
        let store = try seeded()
        try store.merge(keep: "Syrian National Army", absorb: "Hamza Division")
        let merged = try #require(try store.actors(named: "Hamza").first)
        #expect(merged.id == Articles.sna.id)
        #expect(merged.aliases.contains("Hamza Division"))
        // The member-of edge became a self-loop and went; Turkey and SDF stay.
        #expect(Set(try store.adjacencies(of: Articles.sna.id).map(\.neighbor)) == [Articles.turkey.id, Articles.sdf.id])
        #expect(try store.adjacencies(of: Articles.hamza.id).map(\.neighbor).count == 2)
        #expect(!(try store.graph().actors.contains { $0.id == Articles.hamza.id }))
        try reIngestChangedFirst(store)
        #expect(try store.actors(named: "Hamza").first?.id == Articles.sna.id)

        #expect(throws: StoreError.self) { try store.merge(keep: "SNA", absorb: "Hamza") }
        try store.unmerge("Hamza Division")
        #expect(try store.actors(named: "Hamza").first?.id == Articles.hamza.id)
        #expect(try store.adjacencies(of: Articles.hamza.id).map(\.neighbor) == [Articles.sna.id])
        #expect(throws: StoreError.notMerged(name: "Hamza")) { try store.unmerge("Hamza") }
    }

    @Test func mergeFollowsEarlierMerges() throws {
        let store = try seeded()
        try store.merge(keep: "SNA", absorb: "Hamza")
        try store.merge(keep: "Turkey", absorb: "SNA")
        // Hamza stays under the SNA, and with it inside Turkey: one group.
        #expect(try store.actors(named: "Hamza").map(\.id) == [Articles.turkey.id])
        #expect(try store.adjacencies(of: Articles.turkey.id).map(\.neighbor) == [Articles.sdf.id])
    }

    @Test func retractionSurvivesReIngest() throws {
        let store = try seeded()
        let (key, existed) = try store.retract(source: "Turkey", kind: .backs, target: "SNA", note: "misread")
        #expect(existed)
        #expect(try store.evidence(for: key).isEmpty)
        try reIngestChangedFirst(store)
        #expect(!(try store.adjacencies(of: Articles.turkey.id).contains { $0.key == key }))
        #expect(!(try store.graph().relations.contains { $0.key == key }))
    }

    @Test func assertionIsMarkedAndOutranksExtraction() throws {
        let store = try seeded()
        let (key, existed) = try store.assert(source: "Turkey", kind: .backs, target: "SDF", note: "analyst report 12")
        #expect(!existed)
        let evidence = try store.evidence(for: key)
        #expect(evidence.count == 1 && evidence.first?.assertedBy == "analyst report 12")
        try reIngestChangedFirst(store)
        let relation = try #require(try store.graph().relations.first { $0.key == key })
        #expect(relation.isAsserted)
        let adjacency = try #require(try store.adjacencies(of: Articles.sdf.id).first { $0.key == key })
        #expect(!adjacency.hedged && adjacency.evidenceCount == 1)
        // An assertion on a hedged extracted edge makes it a plain claim, evidence kept.
        let fights = Relation(source: Articles.sna.id, target: Articles.sdf.id, kind: .fights).key
        try store.assert(source: "SDF", kind: .fights, target: "SNA", note: "seen on video")
        let fight = try #require(try store.graph().relations.first { $0.key == fights })
        #expect(fight.evidence.count == 2 && !fight.hedged && fight.evidence.first?.assertedBy == "seen on video")
    }

    @Test func aliasResolvesNowAndInLaterArticles() throws {
        let store = try seeded()
        _ = try store.addAlias("National Army", to: "SNA")
        #expect(try store.actors(named: "national army").map(\.id) == [Articles.sna.id])
        #expect(throws: StoreError.self) { try store.addAlias("Turkey", to: "SNA") }
        // A later article whose extraction met only the new name lands on the same actor.
        let stranger = Actor(name: "National Army", kind: .organization)
        let document = Document(id: "third.txt", text: "Turkey backs the National Army.", date: "2024-05-01")
        let result = try store.ingest(document, actors: [Articles.turkey, stranger], relations: [
            Articles.relation(Articles.turkey, .backs, stranger, in: document, "Turkey backs the National Army."),
        ])
        #expect(result.actorsAdded == 0)
        let backs = try #require(try store.adjacencies(of: Articles.turkey.id).first { $0.key.kind == .backs })
        #expect(backs.neighbor == Articles.sna.id && backs.evidenceCount == 2)
        _ = try store.removeAlias("National Army", from: "SNA")
        #expect(try store.actors(named: "national army").isEmpty)
        #expect(throws: StoreError.self) { try store.removeAlias("National Army", from: "SNA") }
    }

    @Test func unknownNamesSuggestCloseOnes() throws {
        let store = try seeded()
        do {
            try store.merge(keep: "Hamza Divison", absorb: "SNA")
            Issue.record("a misspelt name was accepted")
        } catch let StoreError.unknownActor(name, suggestions) {
            #expect(name == "Hamza Divison" && suggestions.first == "Hamza Division")
        }
        #expect(try store.resolveActor("Turkiye").id == Articles.turkey.id)
        #expect(try store.resolveActor("syrian-democratic-forces").id == Articles.sdf.id)
    }
}
