import ActorGraph
import ActorGraphStore
import Testing

/// `actors --search` (issue 14, item 14): text that folds to nothing matched every actor.
@Suite struct ActorSearchTests {
    @Test(arguments: ["'", "-", " ", "’-_"])
    func aSearchOfNoLettersMatchesNoActor(search: String) throws {
        let store = try ProjectStore.inMemory()
        _ = try Articles.ingestFirst(store)
        #expect(try store.listActors().count == 3)
        #expect(try store.listActors(search: search).isEmpty)
    }

    @Test func aSearchStillFindsByFoldedName() throws {
        let store = try ProjectStore.inMemory()
        _ = try Articles.ingestFirst(store)
        #expect(try store.listActors(search: "TURK").map(\.name) == ["Turkey"])
        #expect(try store.listActors(search: "hamza-div").map(\.name) == ["Hamza Division"])
    }
}
