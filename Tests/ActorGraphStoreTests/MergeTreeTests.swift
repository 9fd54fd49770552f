import ActorGraph
@testable import ActorGraphStore
import Foundation
import GRDB
import Testing

/// Merges kept as a tree, made under the write lock (issue 14, item 12): racing opposite
/// merges never leave a self-merge, and `unmerge X` undoes exactly the merge of X.
@Suite struct MergeTreeTests {
    static let iran = Actor(name: "Iran", kind: .state)
    static let russia = Actor(name: "Russia", kind: .state)
    static let turkey = Fixture.turkey
    static let sdf = Fixture.sdf

    /// Russia backs Turkey, Iran backs the SDF, Turkey fights the SDF.
    static func seed(_ store: ProjectStore) throws {
        let document = Document(id: "states.txt", text: "Russia backs Turkey. Iran backs the SDF. Turkey fights the SDF.")
        _ = try store.ingest(document, actors: [iran, russia, turkey, sdf], relations: [
            Articles.relation(russia, .backs, turkey, in: document, "Russia backs Turkey."),
            Articles.relation(iran, .backs, sdf, in: document, "Iran backs the SDF."),
            Articles.relation(turkey, .fights, sdf, in: document, "Turkey fights the SDF."),
        ])
    }

    private func seeded() throws -> ProjectStore {
        let store = try ProjectStore.inMemory()
        try Self.seed(store)
        return store
    }

    private func listed(_ store: ProjectStore) throws -> Set<String> { Set(try store.listActors().map(\.id)) }

    @Test func unmergeUndoesTheMergeItsActorWasFoldedInBy() throws {
        let store = try seeded()
        try store.merge(keep: "Turkey", absorb: "Iran")
        let (kept, absorbed) = try store.merge(keep: "Russia", absorb: "Turkey")
        #expect((kept.id, absorbed.id) == (Self.russia.id, Self.turkey.id))
        #expect(try store.resolveActor("Iran").id == Self.russia.id)
        #expect(try listed(store) == [Self.russia.id, Self.sdf.id])

        // `merge` said "undo with `actorgraph unmerge turkey`": Turkey leaves Russia with Iran,
        // which was merged into Turkey, not into Russia.
        let report = try store.unmergeReport(absorbed.id)
        #expect(report.restored.id == Self.turkey.id)
        #expect(report.restored.aliases.contains("Iran"))
        #expect((report.from.id, report.formerRoot.id) == (Self.russia.id, Self.russia.id))
        #expect(report.stillMerged.map(\.id) == [Self.iran.id])
        #expect(try store.resolveActor("Iran").id == Self.turkey.id)
        #expect(try store.resolveActor("Russia").aliases == [])
        #expect(try listed(store) == [Self.russia.id, Self.turkey.id, Self.sdf.id])
        // Turkey's group has Iran's edge to the SDF again, and Russia's edge to it.
        #expect(Set(try store.adjacencies(of: Self.turkey.id).map(\.neighbor)) == [Self.russia.id, Self.sdf.id])
        #expect(try store.adjacencies(of: Self.russia.id).map(\.neighbor) == [Self.turkey.id])

        let second = try store.unmergeReport("Iran")
        #expect((second.restored.id, second.from.id, second.stillMerged) == (Self.iran.id, Self.turkey.id, []))
        #expect(try listed(store) == [Self.iran.id, Self.russia.id, Self.turkey.id, Self.sdf.id])
        #expect(throws: StoreError.notMerged(name: "Turkey")) { try store.unmerge("Turkey") }
    }

    @Test func unmergingTheInnerActorLeavesTheOuterMerge() throws {
        let store = try seeded()
        try store.merge(keep: "Turkey", absorb: "Iran")
        try store.merge(keep: "Russia", absorb: "Turkey")
        let report = try store.unmergeReport("Iran")
        #expect((report.restored.id, report.from.id, report.formerRoot.id) == (Self.iran.id, Self.turkey.id, Self.russia.id))
        #expect(report.stillMerged.isEmpty)
        #expect(try store.resolveActor("Turkey").id == Self.russia.id)
        #expect(try store.resolveActor("Iran").id == Self.iran.id)
        #expect(try listed(store) == [Self.iran.id, Self.russia.id, Self.sdf.id])
    }

    @Test func unmergeOfAnActorNeverMergedIsRefused() throws {
        let store = try seeded()
        #expect(throws: StoreError.notMerged(name: "Iran")) { try store.unmerge("Iran") }
        try store.merge(keep: "Turkey", absorb: "Iran")
        // Turkey kept Iran; it was never merged into anything.
        #expect(throws: StoreError.notMerged(name: "Turkey")) { try store.unmerge("Turkey") }
        #expect(throws: StoreError.unknownActor(name: "Atlantis", suggestions: [])) { try store.unmerge("Atlantis") }
        #expect(try store.resolveActor("Iran").id == Self.turkey.id)
    }

    @Test func mergeOfOneActorWithItselfOrBackwardsIsRefused() throws {
        let store = try seeded()
        try store.merge(keep: "Turkey", absorb: "Iran")
        try store.merge(keep: "Russia", absorb: "Turkey")
        for (keep, absorb) in [("Iran", "Turkey"), ("Turkey", "Russia"), ("Iran", "Russia"), ("Russia", "Iran")] {
            #expect(throws: StoreError.self) { try store.merge(keep: keep, absorb: absorb) }
        }
        do {
            try store.merge(keep: "Iran", absorb: "Turkey")
            Issue.record("merge of one actor with itself passed")
        } catch let error as StoreError {
            #expect("\(error)" == "cannot merge: 'Iran' and 'Turkey' are already one actor (russia); nothing to merge")
        }
        let rows = try store.read { db in try Row.fetchAll(db, sql: "SELECT absorbed_id, into_id FROM merge") }
        #expect(rows.count == 2)
        #expect(try listed(store) == [Self.russia.id, Self.sdf.id])
    }

    /// Two connections (two pools, as two processes would have) race `merge A B` and
    /// `merge B A`: exactly one succeeds, the other is told the two are already one actor.
    @Test func racingOppositeMergesNeverLeaveASelfMerge() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agmerge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("race.sqlite").path
        try Self.seed(try ProjectStore.open(path: path, create: true))
        let stores = [try ProjectStore.open(path: path, create: false), try ProjectStore.open(path: path, create: false)]
        let pairs = [("Turkey", "Iran"), ("Iran", "Turkey")]
        for round in 0..<40 {
            let outcomes = Outcomes()
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                do {
                    let (kept, _) = try stores[index].merge(keep: pairs[index].0, absorb: pairs[index].1)
                    outcomes.add(.success(kept.id))
                } catch {
                    outcomes.add(.failure("\(error)"))
                }
            }
            let results = outcomes.all
            let kept = results.compactMap { if case .success(let id) = $0 { id } else { nil } }
            let refused = results.compactMap { if case .failure(let message) = $0 { message } else { nil } }
            #expect(kept.count == 1 && refused.count == 1, "round \(round): \(results)")
            #expect(refused.allSatisfy { $0.contains("already one actor") }, "round \(round): \(refused)")
            let rows = try stores[0].read { db in try Row.fetchAll(db, sql: "SELECT absorbed_id, into_id FROM merge") }
            #expect(rows.count == 1, "round \(round)")
            #expect(rows.allSatisfy { ($0[0] as Int64) != ($0[1] as Int64) }, "round \(round): self-merge")
            let both = try listed(stores[0]).intersection([Self.turkey.id, Self.iran.id])
            #expect(both == Set(kept), "round \(round)")
            // Back to two actors for the next round.
            let absorbed = kept.first == Self.turkey.id ? "Iran" : "Turkey"
            try stores[0].unmerge(absorbed)
        }
    }

    /// A store that has read the merges once still sees another process's merge, unmerge
    /// and retraction: the corrections it keeps in memory are checked against the file.
    @Test func anotherStoresCorrectionsAreSeenAtOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agmerge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("two.sqlite").path
        try Self.seed(try ProjectStore.open(path: path, create: true))
        let reader = try ProjectStore.open(path: path, create: false)
        let writer = try ProjectStore.open(path: path, create: false)
        #expect(try listed(reader) == [Self.iran.id, Self.russia.id, Self.turkey.id, Self.sdf.id])

        try writer.merge(keep: "Turkey", absorb: "Iran")
        #expect(try listed(reader) == [Self.russia.id, Self.turkey.id, Self.sdf.id])
        #expect(try reader.resolveActor("Iran").id == Self.turkey.id)

        try writer.unmerge("Iran")
        #expect(try listed(reader) == [Self.iran.id, Self.russia.id, Self.turkey.id, Self.sdf.id])
        #expect(try reader.resolveActor("Iran").id == Self.iran.id)
    }

    /// An empty alias is a usage mistake named as such, not "no actor named ''".
    @Test func anEmptyAliasIsRefusedAsEmpty() throws {
        let store = try seeded()
        do {
            _ = try store.addAlias("  ", to: "Turkey")
            Issue.record("an empty alias was added")
        } catch let error as StoreError {
            #expect("\(error)".contains("empty alias"), "got \(error)")
        }
    }

    enum Outcome: Sendable, CustomStringConvertible {
        case success(String), failure(String)
        var description: String {
            switch self {
            case .success(let id): "kept \(id)"
            case .failure(let message): "refused: \(message)"
            }
        }
    }

    final class Outcomes: @unchecked Sendable {
        private let lock = NSLock()
        private var outcomes: [Outcome] = []
        func add(_ outcome: Outcome) { lock.withLock { outcomes.append(outcome) } }
        var all: [Outcome] { lock.withLock { outcomes } }
    }

    /// Older versions could race into `B → B` beside `A → B` (both actors gone): such a store
    /// shows one of them again, and `unmerge` takes the cycle apart.
    @Test func aSelfMergeLeftByAnOlderVersionCanBeUndone() throws {
        let store = try seeded()
        try store.write { db in
            guard let turkey = try ProjectStore.rowID(db, slug: Self.turkey.id),
                  let iran = try ProjectStore.rowID(db, slug: Self.iran.id) else { return }
            try db.execute(sql: "INSERT INTO merge(absorbed_id, into_id, created_at) VALUES (?, ?, 'x'), (?, ?, 'x')",
                           arguments: [turkey, turkey, iran, turkey])
        }
        store.invalidateCorrections()
        #expect(try listed(store) == [Self.russia.id, Self.turkey.id, Self.sdf.id])
        #expect(try store.counts().actors == 3)
        #expect(try store.resolveActor("Iran").id == Self.turkey.id)
        try store.unmerge("Turkey")
        try store.unmerge("Iran")
        #expect(try listed(store) == [Self.iran.id, Self.russia.id, Self.turkey.id, Self.sdf.id])
    }

    @Test func flatteningFollowsChainsAndBreaksCycles() {
        let chain = Corrections.flatten([1: 2, 2: 3])
        #expect(chain.roots == [1: 3, 2: 3])
        #expect(chain.members == [3: [1, 2]])
        let cycle = Corrections.flatten([1: 2, 2: 1, 3: 2])
        #expect(cycle.roots == [2: 1, 3: 1])
        #expect(cycle.members == [1: [2, 3]])
        #expect(Corrections.flatten([4: 4]).roots.isEmpty)
    }
}
