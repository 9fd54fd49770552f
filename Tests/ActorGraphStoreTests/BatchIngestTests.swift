import ActorGraph
@testable import ActorGraphStore
import Foundation
import GRDB
import Testing

/// `ingest` stores a batch of documents in one transaction, looking actors, names and edges up
/// once and updating each edge's aggregates once (issue 14, item 7). The store it leaves must
/// be the one that storing each document in its own transaction leaves, row for row: same
/// ids, same aggregates, same skips and replacements.
@Suite struct BatchIngestTests {
    typealias Seeded = IncrementalAggregateTests.Seeded

    static let actors = [Fixture.hamza, Fixture.sna, Fixture.turkey, Fixture.sdf,
                         Actor(name: "Hay'at Tahrir al-Sham", kind: .armedGroup, aliases: ["HTS", "Hayat Tahrir al-Sham"])]
    static let dates: [String?] = [nil, "2024-01-05", "2024-02-10", "2024-03-01", "2024-06-30", "March 2024"]
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/corpus")

    /// Every row of every table ingest writes, but the time of ingest.
    static func dump(_ store: ProjectStore) throws -> [String: [String]] {
        try store.read { db in
            var tables: [String: [String]] = [:]
            for (table, columns) in [("actor", "*"), ("name", "*"), ("mention", "*"), ("relation", "*"), ("evidence", "*"),
                                     ("document", "id, key, hash, title, date, url, path, extractor")] {
                tables[table] = try Row.fetchAll(db, sql: "SELECT \(columns) FROM \(table) ORDER BY 1, 2, 3").map(\.description)
            }
            return tables
        }
    }

    /// The first row where two dumps differ, or `nil`: short enough to read in a failure.
    static func difference(_ got: [String: [String]], _ want: [String: [String]]) -> String? {
        for table in want.keys.sorted() {
            let (a, b) = (got[table] ?? [], want[table] ?? [])
            if let row = a.indices.first(where: { $0 < b.count && a[$0] != b[$0] }) {
                return "\(table) row \(row): \(a[row]), one by one \(b[row])"
            }
            if a.count != b.count { return "\(table): \(a.count) rows, one by one \(b.count)" }
        }
        return nil
    }

    /// A random stream of documents: new ones, new versions of earlier ones, copies of one
    /// under another name, the same file from another folder, one read by another extractor;
    /// random actors (some only in one document), dates, hedged and former pieces.
    static func stream(seed: UInt64, count: Int) -> [IngestItem] {
        var random = Seeded(state: seed)
        var revisions: [Int: Int] = [:]
        var items: [IngestItem] = []
        for step in 0..<count {
            let choice = Int.random(in: 0..<10, using: &random)
            // Mostly new documents, as in a folder read for the first time; some new versions.
            let index = choice < 4 ? Int.random(in: 0..<max(1, revisions.count), using: &random) : revisions.count
            if choice == 0, let earlier = items.randomElement(using: &random) {
                // A copy of an earlier article under another name: skipped.
                let copy = Document(id: "copy-\(step).txt", text: earlier.document.text, title: earlier.document.title,
                                    date: earlier.document.date, url: earlier.document.url)
                items.append(IngestItem(copy, actors: earlier.actors, relations: earlier.relations, sourcePath: "/copies/copy-\(step).txt"))
                continue
            }
            if choice == 1, let earlier = items.randomElement(using: &random) {
                // The same content again, read by another extractor: re-extracted.
                items.append(IngestItem(earlier.document, actors: earlier.actors, relations: earlier.relations,
                                        sourcePath: earlier.sourcePath, extractor: "other-\(step % 2)"))
                continue
            }
            revisions[index, default: 0] += 1
            let id = "doc-\(index).txt"
            let document = Document(id: id, text: "Document \(index), revision \(revisions[index] ?? 0).",
                                    date: dates.randomElement(using: &random) ?? nil)
            var actors = actors.filter { _ in Bool.random(using: &random) }
            // An actor only this document names: it goes when the document changes.
            let passing = Actor(name: "Brigade \(index)-\(revisions[index] ?? 0)", kind: .armedGroup)
            if Bool.random(using: &random) { actors.append(passing) }
            actors = actors.map { actor in
                var counted = actor
                counted.mentionCount = Int.random(in: 0...3, using: &random)
                return counted
            }
            var relations: [Relation] = []
            for source in actors.indices {
                for target in actors.indices where source != target && Int.random(in: 0..<5, using: &random) == 0 {
                    let evidence = (0..<Int.random(in: 1...3, using: &random)).map { piece in
                        Evidence(document: id, sentence: "Sentence \(piece) of \(index).", start: piece, end: piece + 1,
                                 hedged: Int.random(in: 0..<4, using: &random) == 0,
                                 former: Int.random(in: 0..<4, using: &random) == 0,
                                 rule: "rule-\(piece)", confidence: 0.5)
                    }
                    let kind = RelationKind.allCases.randomElement(using: &random) ?? .backs
                    relations.append(Relation(source: actors[source].id, target: actors[target].id, kind: kind, evidence: evidence))
                }
            }
            // Two folders hold a doc-N.txt each: they are two documents.
            let folder = Int.random(in: 0..<4, using: &random) == 0 ? "/b" : "/a"
            items.append(IngestItem(document, actors: actors, relations: relations, sourcePath: "\(folder)/\(id)",
                                    extractor: "rules"))
        }
        return items
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func aBatchLeavesTheStoreThatOneTransactionPerDocumentLeaves(seed: UInt64) throws {
        let items = Self.stream(seed: seed, count: 300)
        let oneByOne = try ProjectStore.inMemory()
        let expected = try items.map { try oneByOne.ingest([$0])[0] }
        // Replacements, re-extractions and skips all happen, or the test shows little.
        for status in [IngestResult.Status.stored, .replaced, .skipped, .reextracted] {
            #expect(expected.contains { $0.status == status }, "no \(status) document in the stream")
        }
        let batched = try ProjectStore.inMemory()
        var random = Seeded(state: seed &* 31)
        var results: [IngestResult] = []
        var start = 0
        while start < items.count {
            let end = min(items.count, start + Int.random(in: 1...60, using: &random))
            results += try batched.ingest(Array(items[start..<end]))
            start = end
        }
        #expect(results == expected)
        let difference = try Self.difference(Self.dump(batched), Self.dump(oneByOne))
        #expect(difference == nil, "\(difference ?? "")")
        let (stored, recomputed) = try IncrementalAggregateTests.aggregates(batched)
        #expect(stored == recomputed)
    }

    @Test func theExampleCorpusInOneBatchIsStoredAsDocumentByDocument() throws {
        let documents = try DocumentLoader().load([Self.corpus.path])
        #expect(documents.count >= 3)
        let extractor = Extractor(gazetteer: try Gazetteer.bundled(), model: try ExtractionModel.bundled())
        // Each article twice, under its own and another folder's path, and once more as a copy.
        var items: [IngestItem] = []
        for document in documents {
            let extraction = extractor.extract(document)
            for folder in ["/a", "/b"] {
                items.append(IngestItem(document, extraction: extraction, sourcePath: "\(folder)/\(document.id)", extractor: "x"))
            }
        }
        let oneByOne = try ProjectStore.inMemory()
        let expected = try items.map { try oneByOne.ingest([$0])[0] }
        let batched = try ProjectStore.inMemory()
        #expect(try batched.ingest(items) == expected)
        let difference = try Self.difference(Self.dump(batched), Self.dump(oneByOne))
        #expect(difference == nil, "\(difference ?? "")")
        #expect(try batched.counts().evidence > 20)
    }

    @Test func storedContentAnswersForAWholeBatch() throws {
        let store = try ProjectStore.inMemory()
        let a = Document(id: "a.txt", text: "Turkey backs the SNA."), b = Document(id: "b.txt", text: "Qatar backs Hamas.")
        _ = try store.ingest([IngestItem(a, actors: [], relations: [], extractor: "one")])
        #expect(try store.storedContent([a, b], extractor: "one") == [true, false])
        #expect(try store.storedContent([a, b], extractor: "two") == [false, false])
        #expect(try store.storedContent([b, a]) == [false, true])
        #expect(try store.storedContent([], extractor: "one") == [])
    }

    /// Stores made before keep matching: the hash is the one earlier versions computed.
    @Test func theContentHashIsTheOneEarlierVersionsStored() {
        let document = Document(id: "a.txt", text: "Turkey backs the Syrian National Army. Türkiye’s drones struck.",
                                title: "Border report", date: "2024-03-01", url: "https://example.org/a")
        #expect(ProjectStore.contentHash(of: document) == "9e0b52f5159b26760c6f9e447ee53ecc-76")
        #expect(ProjectStore.contentHash(of: Document(id: "b", text: "Qatar backs Hamas.")) == "8547d980a0b456ae667f9e7c866556fb-1a")
    }

    @Test func anEmptyBatchWritesNothing() throws {
        let store = try ProjectStore.inMemory()
        #expect(try store.ingest([IngestItem]()).isEmpty)
        #expect(try store.counts().documents == 0)
    }
}
