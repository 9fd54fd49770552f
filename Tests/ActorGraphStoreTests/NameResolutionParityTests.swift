import ActorGraph
@testable import ActorGraphStore
import Testing

/// `path --input graph.json` and `path --db` (and every correction command) must find the same
/// actor for the same name: one table of names, resolved on the in-memory graph and on a
/// store holding the same actors.
@Suite struct NameResolutionParityTests {
    static let mazloum = Actor(name: "Mazloum Abdi", kind: .person, aliases: ["Mazloum Kobani Abdi"])
    static let sharaa = Actor(name: "Ahmed al-Sharaa", kind: .person, aliases: ["Abu Mohammad al-Jolani"])
    static let hts = Actor(name: "Hay'at Tahrir al-Sham", kind: .armedGroup, aliases: ["HTS"])
    static let bahceli = Actor(name: "Devlet Bahçeli", kind: .person)
    static let ahmedA = Actor(name: "Ahmed Hassan", kind: .person)
    static let ahmedB = Actor(name: "Omar Hassan", kind: .person)
    static let actors = [Fixture.hamza, Fixture.sna, Fixture.turkey, Fixture.sdf, mazloum, sharaa, hts, bahceli, ahmedA, ahmedB]

    /// Each name, and the actor id it must give (nil: no single actor, on both).
    static let table: [(String, String?)] = [
        ("hamza-division", Fixture.hamza.id),           // id
        ("HAMZA DIVISION", Fixture.hamza.id),           // case
        ("al-Hamza Division", Fixture.hamza.id),        // alias
        ("Hamza Division", Fixture.hamza.id),
        ("the Syrian National Army", Fixture.sna.id),   // leading "the"
        ("sna", Fixture.sna.id),
        ("Turkiye", Fixture.turkey.id),                 // diacritics
        ("Türkiye", Fixture.turkey.id),
        ("Abdi", mazloum.id),                           // a person's surname
        ("mazloum-abdi", mazloum.id),
        ("Mazloum Kobani Abdi", mazloum.id),
        ("Sharaa", sharaa.id),                          // surname without the Arabic article
        ("al Sharaa", sharaa.id),
        ("Jolani", sharaa.id),
        ("Hayat Tahrir al Sham", hts.id),               // apostrophe and hyphen folded
        ("Hay’at Tahrir al-Sham", hts.id),
        ("Tahrir al-Sham", nil),
        ("bahceli", bahceli.id),
        ("Hassan", nil),                                // two people have it
        ("Nobody At All", nil),
        ("", nil),
    ]

    private func store() throws -> ProjectStore {
        let store = try ProjectStore.inMemory()
        let document = Document(id: "a.txt", text: "Names.", date: "2024-01-01")
        _ = try store.ingest(document, actors: Self.actors, relations: [])
        return store
    }

    @Test func theStoreResolvesEveryNameTheGraphResolves() throws {
        let graph = GraphIndex(Graph(actors: Self.actors, relations: []))
        let store = try store()
        for (name, expected) in Self.table {
            let inMemory = try? NameResolver(source: graph).resolve(name).id
            let onStore = try? NameResolver(source: store).resolve(name).id
            let corrections = try? store.resolveActor(name).id
            #expect(inMemory == expected, "graph: '\(name)'")
            #expect(onStore == expected, "store: '\(name)'")
            #expect(corrections == expected, "store corrections: '\(name)'")
        }
    }

    @Test func merged_and_added_names_resolve_alike_for_path_and_corrections() throws {
        let store = try store()
        try store.merge(keep: "SNA", absorb: "Hamza")
        try store.addActor("Mohamed Mire", kind: .person)
        for name in ["Hamza", "Mire", "mohamed mire"] {
            #expect(try NameResolver(source: store).resolve(name).id == store.resolveActor(name).id, "'\(name)'")
        }
        #expect(try store.resolveActor("Hamza").id == Fixture.sna.id)
        #expect(try store.resolveActor("Mire").id == "mohamed-mire")
    }
}
