import ActorGraph
@testable import ActorGraphStore
import Foundation
import GRDB
import Testing

/// The store records what extracted each document, and an unchanged document read by
/// another extractor is extracted again instead of skipped (issue 14, item 13).
@Suite struct ReextractionTests {
    typealias Folder = StoreFileTests.Folder

    static func ingest(_ store: ProjectStore, _ document: Document = Articles.first, extractor: String?,
                       reextract: Bool = false) throws -> IngestResult {
        try store.ingest(document, actors: [Articles.hamza, Articles.sna, Articles.turkey], relations: [
            Articles.relation(Articles.hamza, .memberOf, Articles.sna, in: document, "The Hamza Division is part of the SNA."),
            Articles.relation(Articles.turkey, .backs, Articles.sna, in: document, "Turkey backs the SNA."),
        ], extractor: extractor, reextract: reextract)
    }

    static func storedExtractors(_ store: ProjectStore) throws -> [String?] {
        try store.read { db in try String?.fetchAll(db, sql: "SELECT extractor FROM document ORDER BY key") }
    }

    @Test func anotherExtractorReadsUnchangedDocumentsAgain() throws {
        let store = try ProjectStore.inMemory()
        #expect(try Self.ingest(store, extractor: "actorgraph=1 model=a").status == .stored)
        #expect(try Self.storedExtractors(store) == ["actorgraph=1 model=a"])
        #expect(try Self.ingest(store, extractor: "actorgraph=1 model=a") == IngestResult(status: .skipped))
        #expect(try store.isStored(Articles.first, extractor: "actorgraph=1 model=a"))
        #expect(try !store.isStored(Articles.first, extractor: "actorgraph=1 model=b"))
        #expect(try store.isStored(Articles.first), "without a fingerprint, the content alone decides")

        let again = try Self.ingest(store, extractor: "actorgraph=1 model=b")
        #expect(again.status == .reextracted)
        #expect(again.previousExtractor == "actorgraph=1 model=a")
        #expect(again.evidenceAdded == 2)
        #expect(try Self.storedExtractors(store) == ["actorgraph=1 model=b"])
        // Replaced, not added: one document, each sentence once.
        let counts = try store.counts()
        #expect(counts == (documents: 1, actors: 3, relations: 2, evidence: 2))
        #expect(try Self.ingest(store, extractor: "actorgraph=1 model=b").status == .skipped)
    }

    @Test func reextractReplacesEvenWhatTheSameExtractorRead() throws {
        let store = try ProjectStore.inMemory()
        _ = try Self.ingest(store, extractor: "x")
        let forced = try Self.ingest(store, extractor: "x", reextract: true)
        #expect(forced.status == .reextracted)
        #expect(forced.previousExtractor == "x")
        #expect(try store.counts().evidence == 2)
    }

    @Test func withoutAFingerprintUnchangedContentIsSkippedAsBefore() throws {
        let store = try ProjectStore.inMemory()
        _ = try Self.ingest(store, extractor: "x")
        #expect(try Self.ingest(store, extractor: nil).status == .skipped)
    }

    @Test func aCopyUnderAnotherNameStaysSkippedAfterAnExtractorChange() throws {
        let store = try ProjectStore.inMemory()
        _ = try Self.ingest(store, extractor: "x")
        var copy = Articles.first
        copy.id = "copy-of-first.txt"
        #expect(try Self.ingest(store, copy, extractor: "y").status == .skipped)
        #expect(try Self.ingest(store, copy, extractor: "y", reextract: true).status == .skipped)
        #expect(try store.counts().documents == 1)
    }

    /// Documents stored before the extractor was recorded were read by an extractor nobody
    /// can name: the first ingest that records one reads them again.
    @Test func documentsOfAStoreFromBeforeFingerprintsAreReadAgain() throws {
        let folder = try Folder()
        let path = folder.path("old.sqlite")
        do {
            let queue = try DatabaseQueue(path: path)
            try Schema.migrator.migrate(queue, upTo: Schema.evidenceProvenanceIdentifier)
        }
        do {
            // Stored as a build before migration v4 would: the content, no extractor column.
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO document(key, hash, ingested_at) VALUES ('first.txt', ?, '2024-01-01T00:00:00Z')
                    """, arguments: [ProjectStore.contentHash(of: Articles.first)])
            }
        }
        let store = try ProjectStore.open(path: path)
        #expect(try Self.storedExtractors(store) == [nil])
        #expect(try !store.isStored(Articles.first, extractor: "x"))
        let again = try Self.ingest(store, extractor: "x")
        #expect(again.status == .reextracted)
        #expect(again.previousExtractor == nil)
        #expect(try Self.storedExtractors(store) == ["x"])
    }

    /// A reader of a store from before migration v4 that it may not migrate still gets an answer.
    @Test func aReadOnlyStoreFromBeforeFingerprintsAnswersIsStored() throws {
        let folder = try Folder()
        let path = folder.path("old-readonly.sqlite")
        try ProvenanceTests.makeOldStore(at: path)
        var configuration = Configuration()
        configuration.readonly = true
        let store = try ProjectStore(writer: try DatabaseQueue(path: path, configuration: configuration), path: path, migrate: false)
        #expect(try !store.isStored(Articles.first, extractor: "x"))
        #expect(try !store.isStored(Articles.first))
    }
}
