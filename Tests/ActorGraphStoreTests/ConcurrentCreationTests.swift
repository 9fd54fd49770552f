import ActorGraph
@testable import ActorGraphStore
import Foundation
import GRDB
import Testing

/// Several ingests creating one new store at once all succeed (issue 14, item 8: 3 of 120
/// processes died with "database is locked"). Scripts/check-concurrent-create runs the same
/// race between processes, 120 at a time.
@Suite struct ConcurrentCreationTests {
    final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var messages: [String] = []
        func add(_ message: String) { lock.withLock { messages.append(message) } }
        var all: [String] { lock.withLock { messages } }
    }

    @Test func fourCreatorsOfOneNewStoreAllSucceed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agcreate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for round in 0..<5 {
            let path = folder.appendingPathComponent("round-\(round).sqlite").path
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: 4) { creator in
                do {
                    let store = try ProjectStore.open(path: path, create: true)
                    let document = Document(id: "creator-\(creator).txt", text: "Report \(creator) of round \(round).")
                    _ = try store.ingest(document, actors: [Fixture.turkey, Fixture.sna], relations: [
                        Relation(source: Fixture.turkey.id, target: Fixture.sna.id, kind: .backs, evidence: [
                            Evidence(document: document.id, sentence: "Turkey backs the SNA.", start: 0, end: 21),
                        ]),
                    ])
                } catch {
                    failures.add("creator \(creator): \(error)")
                }
            }
            #expect(failures.all == [], "round \(round)")
            let counts = try ProjectStore.open(path: path, create: false).counts()
            #expect(counts.documents == 4 && counts.evidence == 4, "round \(round)")
        }
    }

    @Test func onlyLockErrorsAreRetried() {
        #expect(ProjectStore.isBusy(DatabaseError(resultCode: .SQLITE_BUSY)))
        #expect(ProjectStore.isBusy(DatabaseError(resultCode: .SQLITE_BUSY_SNAPSHOT)))
        #expect(!ProjectStore.isBusy(DatabaseError(resultCode: .SQLITE_CORRUPT)))
        #expect(!ProjectStore.isBusy(StoreError.missing(path: "x.sqlite")))
    }
}
