import ActorGraph
@testable import ActorGraphStore
import Testing

/// The numbered form path search walks must say what ``GraphSource/adjacencies(of:)`` says,
/// corrections included.
@Suite struct NumberedAdjacencyTests {
    private func named(_ store: ProjectStore, _ actor: Actor.ID) throws -> [String] {
        let number = try #require(try store.number(of: actor))
        let edges = try store.numberedAdjacencies(of: [number])[number] ?? []
        return try edges.map { edge in
            let neighbor = try #require(try store.actorID(number: edge.neighbor))
            return "\(edge.kind.rawValue) \(neighbor) \(edge.evidenceCount) \(edge.hedged)"
        }.sorted()
    }

    private func expected(_ store: ProjectStore, _ actor: Actor.ID) throws -> [String] {
        try store.adjacencies(of: actor).map { "\($0.key.kind.rawValue) \($0.neighbor) \($0.evidenceCount) \($0.hedged)" }.sorted()
    }

    @Test func agreesWithNamedAdjacenciesThroughCorrections() throws {
        let store = try ProjectStore.inMemory()
        _ = try Articles.ingestFirst(store)
        _ = try Articles.ingestSecond(store)
        let everyone = [Articles.hamza.id, Articles.sna.id, Articles.turkey.id, Articles.sdf.id]
        for actor in everyone { #expect(try named(store, actor) == expected(store, actor)) }
        #expect(try named(store, Articles.sna.id).count == 3)

        try store.merge(keep: "Turkey", absorb: "Hamza")
        try store.retract(source: "Turkey", kind: .backs, target: "SNA")
        try store.assert(source: "SDF", kind: .fights, target: "SNA", note: "video")
        try store.assert(source: "Turkey", kind: .backs, target: "SDF", note: "report")
        for actor in everyone { #expect(try named(store, actor) == expected(store, actor)) }
        // Hamza's member-of edge is now Turkey's; the retracted backs edge is gone.
        #expect(try named(store, Articles.turkey.id) == [
            "backs syrian-democratic-forces 1 false", "member-of syrian-national-army 1 false",
        ])
        #expect(try store.number(of: Articles.hamza.id) == store.number(of: Articles.turkey.id))
        #expect(try store.number(of: "nobody") == nil)
    }
}
