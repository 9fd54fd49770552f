import ActorGraph
@testable import ActorGraphStore
import Foundation
import Testing

/// A document is known by its source and its name in that source (issue 14, items 1 and 2):
/// archives that number their records alike, same-named files in two folders, and a record
/// whose id is another file's name must never replace each other, neither one after the
/// other nor when two `ingest` processes store them at once.
@Suite struct DocumentIdentityTests {
    /// One document whose single sentence links `source` and `target`, as a file or record of `path`.
    static func ingest(_ store: ProjectStore, id: String, from path: String, _ source: Actor, backs target: Actor,
                       note: String = "") throws -> IngestResult {
        let sentence = "\(source.name) backs the \(target.name).\(note)"
        let document = Document(id: id, text: sentence)
        return try store.ingest(document, actors: [source, target],
                                relations: [Articles.relation(source, .backs, target, in: document, sentence)],
                                sourcePath: path)
    }

    static let qatar = Actor(name: "Qatar", kind: .state)
    static let hamas = Actor(name: "Hamas", kind: .armedGroup)

    /// The store's documents as (key, path), sorted by key.
    static func documents(_ store: ProjectStore) throws -> [String] {
        try store.read { db in try String.fetchAll(db, sql: "SELECT key || ' <- ' || coalesce(path, '-') FROM document ORDER BY key") }
    }

    @Test func twoArchivesNumberingTheirRecordsAlikeKeepBoth() throws {
        let store = try ProjectStore.inMemory()
        #expect(try Self.ingest(store, id: "1", from: "/data/jan.jsonl", Fixture.turkey, backs: Fixture.sna).status == .stored)
        #expect(try Self.ingest(store, id: "1", from: "/data/feb.jsonl", Self.qatar, backs: Self.hamas).status == .stored)
        #expect(try Self.documents(store) == ["/data/feb.jsonl#1 <- /data/feb.jsonl", "1 <- /data/jan.jsonl"])
        #expect(try store.counts() == (documents: 2, actors: 4, relations: 2, evidence: 2))

        // A real update of a record replaces that record and only it, whichever archive holds it.
        let edited = try Self.ingest(store, id: "1", from: "/data/feb.jsonl", Self.qatar, backs: Self.hamas, note: " Again.")
        #expect(edited.status == .replaced)
        #expect(try Self.ingest(store, id: "1", from: "/data/jan.jsonl", Fixture.turkey, backs: Fixture.sna, note: " Still.").status == .replaced)
        #expect(try store.counts() == (documents: 2, actors: 4, relations: 2, evidence: 2))
        let sentences = try store.graph().relations.flatMap(\.evidence).map(\.sentence).sorted()
        #expect(sentences == ["Qatar backs the Hamas. Again.", "Turkey backs the Syrian National Army. Still."])
        // And unchanged records are skipped, in either order.
        #expect(try Self.ingest(store, id: "1", from: "/data/feb.jsonl", Self.qatar, backs: Self.hamas, note: " Again.").status == .skipped)
    }

    @Test func idLessRecordsOfSameNamedArchivesInTwoFoldersKeepBoth() throws {
        let store = try ProjectStore.inMemory()
        // The reader names an id-less record `file:line`, the same in both folders.
        #expect(try Self.ingest(store, id: "news.jsonl:1", from: "/a/news.jsonl", Fixture.turkey, backs: Fixture.sna).status == .stored)
        #expect(try Self.ingest(store, id: "news.jsonl:1", from: "/b/news.jsonl", Self.qatar, backs: Self.hamas).status == .stored)
        #expect(try store.counts().documents == 2)
    }

    @Test func aRecordIdEqualToAStoredFileNameIsAnotherDocument() throws {
        let store = try ProjectStore.inMemory()
        #expect(try Self.ingest(store, id: "report.txt", from: "/a/report.txt", Fixture.turkey, backs: Fixture.sna).status == .stored)
        #expect(try Self.ingest(store, id: "report.txt", from: "/b/archive.jsonl", Self.qatar, backs: Self.hamas).status == .stored)
        #expect(try Self.documents(store) == ["/b/archive.jsonl#report.txt <- /b/archive.jsonl", "report.txt <- /a/report.txt"])
        // A record whose id is the key the second file of a name gets: still not that file.
        #expect(try Self.ingest(store, id: "/c/report.txt", from: "/d/odd.jsonl", Fixture.hamza, backs: Fixture.sna).status == .stored)
        #expect(try Self.ingest(store, id: "report.txt", from: "/c/report.txt", Fixture.sdf, backs: Fixture.sna).status == .stored)
        #expect(try store.counts().documents == 4)
        #expect(try Self.ingest(store, id: "report.txt", from: "/c/report.txt", Fixture.sdf, backs: Fixture.sna, note: " New.").status == .replaced)
        #expect(try store.counts().documents == 4)
    }

    /// Stores written before keys knew their source: a file kept its name, the second file of
    /// a name was keyed by its path, and a record by its bare id. Those rows are found again.
    @Test func keysOfOlderStoresAreFoundAgain() throws {
        let store = try ProjectStore.inMemory()
        try store.write { db in
            for (key, path) in [("index.txt", "/a/index.txt"), ("/b/index.txt", "/b/index.txt"), ("7", "/a/old.jsonl")] {
                try db.execute(sql: """
                    INSERT INTO document(key, hash, path, ingested_at) VALUES (?, 'before', ?, '2024-01-01T00:00:00Z')
                    """, arguments: [key, path])
            }
        }
        #expect(try Self.ingest(store, id: "index.txt", from: "/b/index.txt", Fixture.turkey, backs: Fixture.sna).status == .replaced)
        #expect(try Self.ingest(store, id: "index.txt", from: "/a/index.txt", Self.qatar, backs: Self.hamas).status == .replaced)
        #expect(try Self.ingest(store, id: "7", from: "/a/old.jsonl", Fixture.hamza, backs: Fixture.sna).status == .replaced)
        #expect(try store.counts().documents == 3)
    }

    @Test func withoutASourceTheIdIsTheIdentity() throws {
        let store = try ProjectStore.inMemory()
        let document = Document(id: "given", text: "Turkey backs the Syrian National Army.")
        #expect(try store.ingest(document, actors: [], relations: []).status == .stored)
        var edited = document
        edited.text += " Again."
        #expect(try store.ingest(edited, actors: [], relations: []).status == .replaced)
        #expect(try Self.documents(store) == ["given <- -"])
    }

    /// Two writers on one file (two connections, as two `ingest` processes have), storing
    /// same-named documents of two folders at once: each key is chosen in the transaction that
    /// stores the document, so none is lost.
    @Test func concurrentWritersOfSameNamedFoldersLoseNothing() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agkeys-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("shared.sqlite").path
        _ = try ProjectStore.open(path: path)
        let count = 60
        try await withThrowingTaskGroup(of: Void.self) { group in
            for name in ["left", "right"] {
                group.addTask {
                    let store = try ProjectStore.open(path: path)
                    for index in 1...count {
                        let result = try Self.ingest(store, id: "article-\(index).txt", from: "/\(name)/article-\(index).txt",
                                                     Fixture.turkey, backs: Fixture.sna, note: " \(name) \(index).")
                        #expect(result.status == .stored, "\(name)/article-\(index).txt")
                    }
                }
            }
            try await group.waitForAll()
        }
        let store = try ProjectStore.open(path: path, create: false)
        #expect(try store.counts().documents == 2 * count)
        #expect(try store.counts().evidence == 2 * count)
    }
}
