import ActorGraph
@testable import ActorGraphStore
import Testing

/// A small named fixture: the Hamza Division in the SNA, the SNA backed by Turkey, the SNA
/// fighting the SDF (symmetric), one undated hedged claim.
enum Fixture {
    static let hamza = Actor(name: "Hamza Division", kind: .armedGroup, aliases: ["al-Hamza Division", "Hamza"])
    static let sna = Actor(name: "Syrian National Army", kind: .armedGroup, aliases: ["SNA"])
    static let turkey = Actor(name: "Turkey", kind: .state, aliases: ["Türkiye"])
    static let sdf = Actor(name: "Syrian Democratic Forces", kind: .armedGroup, aliases: ["SDF"])

    static func evidence(_ document: String, _ sentence: String, date: String?, hedged: Bool = false) -> Evidence {
        Evidence(document: document, sentence: sentence, start: 0, end: sentence.unicodeScalars.count,
                 hedged: hedged, date: date, title: "Title of \(document)")
    }

    static var graph: Graph {
        Graph(actors: [hamza, sna, turkey, sdf], relations: [
            Relation(source: hamza.id, target: sna.id, kind: .memberOf, evidence: [
                evidence("a.txt", "The Hamza Division is part of the SNA.", date: "2024-01-05"),
                evidence("b.txt", "Hamza, an SNA faction, advanced.", date: "2024-03-01"),
            ]),
            Relation(source: turkey.id, target: sna.id, kind: .backs, evidence: [
                evidence("a.txt", "Turkey backs the SNA.", date: "2024-01-05"),
            ]),
            Relation(source: sna.id, target: sdf.id, kind: .fights, evidence: [
                evidence("c.txt", "The SNA reportedly fought the SDF.", date: nil, hedged: true),
            ]),
        ])
    }
}

@Suite struct GraphSourceTests {
    @Test func adjacenciesReadBothDirectionsWithAggregates() throws {
        let store = try ProjectStore.inMemory()
        try store.importGraph(Fixture.graph)
        let edges = try store.adjacencies(of: Fixture.sna.id).sorted { $0.neighbor < $1.neighbor }
        #expect(edges.map(\.neighbor) == [Fixture.hamza.id, Fixture.sdf.id, Fixture.turkey.id])
        let member = try #require(edges.first { $0.neighbor == Fixture.hamza.id })
        #expect(member.key == Relation(source: Fixture.hamza.id, target: Fixture.sna.id, kind: .memberOf).key)
        #expect(member.evidenceCount == 2)
        #expect(member.firstDate == "2024-01-05" && member.lastDate == "2024-03-01")
        #expect(!member.isOutgoing)
        let fight = try #require(edges.first { $0.neighbor == Fixture.sdf.id })
        #expect(fight.hedged)
        #expect(try store.adjacencies(of: "nobody").isEmpty)
    }

    @Test func namesResolveThroughTheFoldedIndex() throws {
        let store = try ProjectStore.inMemory()
        try store.importGraph(Fixture.graph)
        #expect(try store.actors(named: "turkiye").map(\.id) == [Fixture.turkey.id])
        #expect(try store.actors(named: "THE hamza-division").map(\.id) == [Fixture.hamza.id])
        #expect(try store.actors(named: "Hezbollah").isEmpty)
        let actor = try #require(try store.actor(id: Fixture.sna.id))
        #expect(actor.name == "Syrian National Army" && actor.kind == .armedGroup && actor.aliases == ["SNA"])
    }

    @Test func suggestionsFindPrefixesAndTypos() throws {
        let store = try ProjectStore.inMemory()
        try store.importGraph(Fixture.graph)
        #expect(try store.suggestions(for: "Syrian", limit: 5).contains("Syrian National Army"))
        #expect(try store.suggestions(for: "Hamza Divison", limit: 3).first == "Hamza Division")
        #expect(try store.suggestions(for: "Hamza Divison", limit: 3).contains("al-Hamza Division"))
        #expect(try store.suggestions(for: "Qwxyz", limit: 3).isEmpty)
    }

    @Test func evidenceOfAnEdgeComesByDate() throws {
        let store = try ProjectStore.inMemory()
        try store.importGraph(Fixture.graph)
        let key = Relation(source: Fixture.hamza.id, target: Fixture.sna.id, kind: .memberOf).key
        let evidence = try store.evidence(for: key)
        #expect(evidence.map(\.document) == ["a.txt", "b.txt"])
        #expect(evidence.first?.title == "Title of a.txt")
        // A symmetric edge is found whichever way round it is asked for.
        let fight = Relation(source: Fixture.sdf.id, target: Fixture.sna.id, kind: .fights).key
        #expect(try store.evidence(for: fight).count == 1)
    }

    @Test func wholeGraphRoundTripsAndFiltersByDate() throws {
        let store = try ProjectStore.inMemory()
        try store.importGraph(Fixture.graph)
        let graph = try store.graph()
        #expect(graph.relations.count == 3)
        #expect(Set(graph.actors.map(\.id)) == Set(Fixture.graph.actors.map(\.id)))
        #expect(graph.relations.map(\.key) == Fixture.graph.normalized().relations.map(\.key))
        let early = try store.graph(since: nil, until: "2024-02-01")
        #expect(early.relations.map(\.kind).sorted() == [.backs, .memberOf])
        #expect(early.relations.first { $0.kind == .memberOf }?.evidence.count == 1)
        let late = try store.graph(since: "2024-02-01")
        #expect(late.relations.map(\.kind) == [.memberOf])
        #expect(!late.actors.contains { $0.id == Fixture.turkey.id })
    }

    @Test func bulkImporterCommitsInBatchesAndAddsRepeatedKeys() throws {
        let store = try ProjectStore.inMemory()
        try store.bulkImport(batchSize: 7) { importer in
            var ids: [Int64] = []
            for index in 0..<50 {
                ids.append(try importer.addActor(Actor(name: "Actor \(index)", kind: .organization)))
            }
            for index in 0..<49 {
                try importer.addRelation(source: ids[index], kind: .backs, target: ids[index + 1], firstDate: "2020-01-01",
                                         lastDate: "2020-01-01")
            }
            try importer.addRelation(source: ids[0], kind: .backs, target: ids[1], hedged: true, evidenceCount: 2,
                                     firstDate: "2019-05-01", lastDate: "2021-01-01")
        }
        let edges = try store.adjacencies(of: "actor-0")
        #expect(edges.count == 1)
        #expect(edges.first?.evidenceCount == 3)
        #expect(edges.first?.hedged == false)
        #expect(edges.first?.firstDate == "2019-05-01" && edges.first?.lastDate == "2021-01-01")
        #expect(try store.adjacencies(of: "actor-25").count == 2)
    }
}
