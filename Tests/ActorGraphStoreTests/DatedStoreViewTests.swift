import ActorGraph
@testable import ActorGraphStore
import Testing

/// `path --since/--until` searches the store through ``DatedStoreView`` instead of loading the
/// windowed graph (issue 14, item 10): the answers must be the in-memory ones.
@Suite struct DatedStoreViewTests {
    static let names = ["Alpha Front", "Bravo Brigade", "Charlie Council", "Delta Division", "Echo Army", "Foxtrot Forces"]
    static let actors = names.map { Actor(name: $0, kind: .organization) }

    /// Six actors, eight dated (and one undated) articles, each with a few edges, some hedged
    /// or former; then a merge, a retraction and an assertion.
    static func store() throws -> ProjectStore {
        let store = try ProjectStore.inMemory()
        let dates: [String?] = ["2023-11-02", "2024-01-05", "2024-01-20", "2024-02-14", "2024-03-01", "2024-04-09",
                                "2024-06-30", "2024-09-12", nil]
        let kinds: [RelationKind] = [.backs, .memberOf, .fights, .alliedWith]
        for (index, date) in dates.enumerated() {
            let document = Document(id: "article-\(index).txt", text: "Article \(index).", date: date)
            var relations: [Relation] = []
            for step in 0..<3 {
                let source = actors[(index + step) % actors.count], target = actors[(index * 2 + step + 1) % actors.count]
                guard source.id != target.id else { continue }
                relations.append(Relation(source: source.id, target: target.id, kind: kinds[(index + step) % kinds.count], evidence: [
                    Evidence(document: document.id, sentence: "\(source.name) and \(target.name).", start: step, end: step + 1,
                             hedged: (index + step) % 3 == 0, former: (index + step) % 4 == 0),
                ]))
            }
            let named = Set(relations.flatMap { [$0.source, $0.target] })
            _ = try store.ingest(document, actors: actors.filter { named.contains($0.id) }, relations: relations)
        }
        _ = try store.merge(keep: actors[4].id, absorb: actors[5].id)
        _ = try store.retract(source: actors[0].id, kind: .backs, target: actors[1].id)
        _ = try store.assert(source: actors[2].id, kind: .alliedWith, target: actors[3].id, note: "seen in a report")
        return store
    }

    static let ranges: [(String?, String?)] = [("2024-01-01", nil), (nil, "2024-03-01"), ("2024-01-20", "2024-06-30"),
                                               ("2024-02-01", "2024-02-28"), ("2030-01-01", nil)]

    @Test func pathsInAWindowAreTheInMemoryOnes() throws {
        let store = try Self.store()
        for (since, until) in Self.ranges {
            let range = try DateRange(since: since, until: until)
            let view = store.within(range)
            let memory = GraphIndex(try store.graph(range: range))
            var query = PathQuery()
            query.count = 3
            // Not the merged-away Foxtrot Forces (see below).
            for from in Self.actors.prefix(5) {
                for to in Self.actors.prefix(5) where to.id != from.id {
                    let inMemory = Result { try PathFinder(source: memory).paths(from: from.id, to: to.id, query: query) }
                    let viewed = Result { try PathFinder(source: view).paths(from: from.id, to: to.id, query: query) }
                    switch (inMemory, viewed) {
                    case (.success(let expected), .success(let found)):
                        // Equal-cost paths may tie-break on other edges, and the view's actors list
                        // all their articles: the costs and their order are the answer.
                        #expect(found.map(\.cost) == expected.map(\.cost), "\(from.name) → \(to.name), since \(since ?? "-") until \(until ?? "-")")
                    case (.failure, .failure):
                        break
                    default:
                        Issue.record("\(from.name) → \(to.name), since \(since ?? "-") until \(until ?? "-"): in memory \(inMemory), view \(viewed)")
                    }
                }
            }
        }
    }

    @Test func theViewKnowsTheActorsAndEdgesOfTheWindowedGraph() throws {
        let store = try Self.store()
        for (since, until) in Self.ranges {
            let range = try DateRange(since: since, until: until)
            let view = store.within(range)
            let graph = try store.graph(range: range)
            let memory = GraphIndex(graph)
            // Not the merged-away Foxtrot Forces: the store answers for it with the actor it
            // was merged into, windowed or not.
            for actor in Self.actors.prefix(5) {
                let inView = try view.actor(id: actor.id) != nil, inMemory = memory.actor(id: actor.id) != nil
                #expect(inView == inMemory,
                        "\(actor.name), since \(since ?? "-") until \(until ?? "-")")
                let viewed = try view.adjacencies(of: actor.id).map { "\($0.key) \($0.hedged) \($0.former) \($0.evidenceCount) \($0.firstDate ?? "-")" }
                let expected = memory.adjacencies(of: actor.id).map { "\($0.key) \($0.hedged) \($0.former) \($0.evidenceCount) \($0.firstDate ?? "-")" }
                #expect(viewed.sorted() == expected.sorted(), "\(actor.name), since \(since ?? "-") until \(until ?? "-")")
            }
            let empty = try view.isEmpty()
            #expect(empty == graph.actors.isEmpty)
        }
    }
}
