import ActorGraph
@testable import ActorGraphStore
import Foundation
import GRDB
import Testing

/// The file on disk: refused when it is not ours or not readable, never changed by a refusal.
@Suite struct StoreFileTests {
    /// A fresh folder per test, removed afterwards.
    final class Folder {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("agstore-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        deinit {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
            try? FileManager.default.removeItem(at: url)
        }
    }

    /// A reader who cannot write the folder can open a WAL-mode file only when its `-wal` and
    /// `-shm` files are there, so a writer leaves them behind. (Tests run as a user whom
    /// permissions do not stop, so the read-only reader is played by a read-only connection.)
    @Test func theWriteAheadLogStaysForReadersWhoCannotWriteTheFolder() throws {
        let folder = try Folder()
        let path = folder.path("kept.sqlite")
        do {
            let store = try ProjectStore.open(path: path)
            _ = try Articles.ingestFirst(store)
        }
        #expect(FileManager.default.fileExists(atPath: path + "-shm"))
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        var configuration = Configuration()
        configuration.readonly = true
        let store = try ProjectStore(writer: try DatabaseQueue(path: path, configuration: configuration), path: path, migrate: false)
        #expect(try store.counts().documents == 1)
    }

    @Test func aReadOnlyStoreWithoutItsIndexGetsAnErrorThatSaysWhatToDo() throws {
        let folder = try Folder()
        let path = folder.path("copied.sqlite")
        do {
            let store = try ProjectStore.open(path: path)
            _ = try Articles.ingestFirst(store)
        }
        try FileManager.default.removeItem(atPath: path + "-shm")
        let problem = try #require(ProjectStore.readOnlyProblem(path: path, writable: false))
        #expect(problem == .readOnlyWithoutIndex(path: path))
        #expect(problem.description.contains("-shm"))
        #expect(ProjectStore.readOnlyProblem(path: path, writable: true) == nil)
    }

    @Test func readCommandsDoNotCreateAFile() throws {
        let folder = try Folder()
        let path = folder.path("none.sqlite")
        #expect(throws: StoreError.missing(path: path)) { try ProjectStore.open(path: path, create: false) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aFileThatIsNotSQLiteIsRefusedUntouched() throws {
        let folder = try Folder()
        let path = folder.path("notes.sqlite")
        let text = Data("These are my notes, not a database.\n".utf8)
        try text.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) { try ProjectStore.open(path: path) }
        do {
            _ = try ProjectStore.open(path: path)
        } catch let error as StoreError {
            guard case .corrupt = error else { Issue.record("expected .corrupt, got \(error)"); return }
            #expect(error.description.hasPrefix(path))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == text)
    }

    @Test func aDamagedDatabaseIsReportedNotCrashed() throws {
        let folder = try Folder()
        let path = folder.path("damaged.sqlite")
        do {
            let store = try ProjectStore.open(path: path)
            _ = try Articles.ingestFirst(store)
        }
        // Keep the header, scribble over the schema page and the rest.
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        for index in 100..<data.count { data[index] = UInt8(truncatingIfNeeded: index &* 31) }
        try data.write(to: URL(fileURLWithPath: path))
        try? FileManager.default.removeItem(atPath: path + "-wal")
        try? FileManager.default.removeItem(atPath: path + "-shm")
        #expect(throws: StoreError.self) {
            let store = try ProjectStore.open(path: path)
            _ = try store.graph()
        }
    }

    @Test func aForeignSQLiteDatabaseIsRefusedUntouched() throws {
        let folder = try Folder()
        let path = folder.path("other.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE invoice(id INTEGER PRIMARY KEY, amount REAL); INSERT INTO invoice(amount) VALUES (9.5)")
            }
        }
        #expect(throws: StoreError.foreign(path: path)) { try ProjectStore.open(path: path) }
        let queue = try DatabaseQueue(path: path)
        let tables = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        #expect(tables == ["invoice"])
    }

    @Test func aDatabaseFromANewerVersionIsRefusedUntouched() throws {
        let folder = try Folder()
        let path = folder.path("newer.sqlite")
        do {
            let store = try ProjectStore.open(path: path)
            _ = try Articles.ingestFirst(store)
        }
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v9-from-the-future')") }
        }
        #expect(throws: StoreError.newerVersion(path: path, unknown: ["v9-from-the-future"])) {
            try ProjectStore.open(path: path)
        }
        #expect(throws: StoreError.newerVersion(path: path, unknown: ["v9-from-the-future"])) {
            try ProjectStore.open(path: path, create: false)
        }
        let queue = try DatabaseQueue(path: path)
        #expect(try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM evidence") } == 2)
    }

    @Test func aReadOnlyFolderIsAClearError() throws {
        let folder = try Folder()
        let path: String
        if getuid() == 0 {
            // Root ignores permission bits; /proc refuses new files even to root.
            path = "/proc/actorgraph-test.sqlite"
        } else {
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.url.path)
            path = folder.path("store.sqlite")
        }
        #expect(throws: StoreError.readOnly(path: path)) { try ProjectStore.open(path: path) }
    }

    @Test func bulkImportRebuildsItsIndexesAndOpeningRepairsAKilledOne() throws {
        let folder = try Folder()
        let path = folder.path("bulk.sqlite")
        func indexes() throws -> Set<String> {
            try DatabaseQueue(path: path).read { db in
                Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'"))
            }
        }
        do {
            let store = try ProjectStore.open(path: path)
            try store.importGraph(Fixture.graph, batchSize: 2)
            #expect(try store.adjacencies(of: Fixture.sna.id).count == 3)
        }
        #expect(try indexes().isSuperset(of: ["relation_by_target", "evidence_by_relation", "evidence_by_document"]))
        // As if an import had been killed after dropping them.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "DROP INDEX relation_by_target; DROP INDEX evidence_by_relation")
        }
        let store = try ProjectStore.open(path: path)
        #expect(try indexes().isSuperset(of: ["relation_by_target", "evidence_by_relation"]))
        #expect(try store.adjacencies(of: Fixture.sna.id).count == 3)
    }

    @Test func twoWritersOnOneFileLoseNothing() async throws {
        let folder = try Folder()
        let path = folder.path("shared.sqlite")
        let perWriter = 40
        // Two connections pools, as two processes would have, each storing its own documents
        // that share actors and edges.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<2 {
                group.addTask {
                    let store = try ProjectStore.open(path: path)
                    for index in 0..<perWriter {
                        let document = Document(id: "w\(writer)-\(index).txt", text: "Turkey backs the SNA (\(writer), \(index)).",
                                                date: "2024-02-\(String(format: "%02d", index % 28 + 1))")
                        _ = try store.ingest(document, actors: [Articles.turkey, Articles.sna], relations: [
                            Articles.relation(Articles.turkey, .backs, Articles.sna, in: document, document.text),
                        ])
                    }
                }
            }
            try await group.waitForAll()
        }
        let store = try ProjectStore.open(path: path, create: false)
        let counts = try store.counts()
        #expect(counts == (documents: 2 * perWriter, actors: 2, relations: 1, evidence: 2 * perWriter))
        #expect(try store.adjacencies(of: Articles.turkey.id).first?.evidenceCount == 2 * perWriter)
    }
}
