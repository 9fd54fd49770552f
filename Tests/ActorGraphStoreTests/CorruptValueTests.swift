import ActorGraph
@testable import ActorGraphStore
import Foundation
import GRDB
import Testing

/// A value of the wrong type in a store (another program's `UPDATE`) is an error naming the
/// column, never a trap (issue 14, item 11). SQLite keeps text in an INTEGER column as text.
@Suite struct CorruptValueTests {
    typealias Folder = StoreFileTests.Folder

    /// A store with two articles, then `sql` run on it as another program would.
    static func tampered(_ sql: String, in folder: Folder) throws -> ProjectStore {
        let path = folder.path("tampered-\(UUID().uuidString).sqlite")
        do {
            let store = try ProjectStore.open(path: path)
            _ = try Articles.ingestFirst(store)
            _ = try Articles.ingestSecond(store)
        }
        try DatabaseQueue(path: path).write { db in try db.execute(sql: sql) }
        return try ProjectStore.open(path: path, create: false)
    }

    /// Runs `body` and returns the column its ``StoreError/corruptValue`` names.
    static func corruptColumn(_ body: () throws -> Void) -> String? {
        do {
            try body()
        } catch let StoreError.corruptValue(_, column, _, _) {
            return column
        } catch {
            Issue.record("expected a corrupt value error, got \(error)")
        }
        return nil
    }

    @Test func textInAnIntegerColumnOfEvidence() throws {
        let folder = try Folder()
        let store = try Self.tampered("UPDATE evidence SET start = 'abc'", in: folder)
        let key = Relation(source: Articles.turkey.id, target: Articles.sna.id, kind: .backs).key
        #expect(Self.corruptColumn { _ = try store.evidence(for: key) } == "evidence.start")
        #expect(Self.corruptColumn { _ = try store.graph() } == "evidence.start")
        do {
            _ = try store.graph()
        } catch let error as StoreError {
            #expect(error.description.contains("corrupt value in evidence.start ('abc' where an integer belongs)"))
            #expect(error.description.hasPrefix(store.path))
            #expect(error.description.contains("restore it from a backup"))
        }
        // What does not read the evidence still works.
        #expect(try store.adjacencies(of: Articles.turkey.id).count == 1)
    }

    @Test func badValuesInRelationsActorsAndDocuments() throws {
        let folder = try Folder()
        let relations = try Self.tampered("UPDATE relation SET hedged = 'maybe'", in: folder)
        #expect(Self.corruptColumn { _ = try relations.adjacencies(of: Articles.sna.id) } == "relation.hedged")
        let number = try #require(try relations.number(of: Articles.sna.id))
        #expect(Self.corruptColumn { _ = try relations.numberedAdjacencies(of: [number]) } == "relation.hedged")

        let actors = try Self.tampered("UPDATE actor SET name = x'00ff' WHERE slug = 'turkey'", in: folder)
        #expect(Self.corruptColumn { _ = try actors.actor(id: Articles.turkey.id) } == "actor.name")

        let mentions = try Self.tampered("UPDATE mention SET count = 'many'", in: folder)
        #expect(Self.corruptColumn { _ = try mentions.graph() } == "mention.count")

        let confidence = try Self.tampered("UPDATE evidence SET confidence = 7", in: folder)
        #expect(Self.corruptColumn { _ = try confidence.graph() } == "evidence.confidence")
    }

    @Test func theMessageDescribesTheValue() {
        #expect(Row.describe("abc".databaseValue) == "'abc'")
        #expect(Row.describe(DatabaseValue.null) == "NULL")
        #expect(Row.describe(String(repeating: "x", count: 100).databaseValue).count == 42)
        #expect(Row.expectation(Int.self) == "an integer")
        #expect(Row.expectation(String?.self) == "text or NULL")
    }
}
