import Foundation
import Testing
@testable import ActorGraph

/// Extracting a folder on every core must give the graph a document-by-document run gives,
/// and merging hot edges and actors must keep the first-seen order (issue 14, item 7).
@Suite struct ParallelExtractionTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../examples/corpus").standardizedFileURL

    /// The example articles copied `copies` times under distinct ids.
    static func documents(copies: Int) throws -> [Document] {
        let loader = DocumentLoader()
        let originals = try loader.articleFiles(in: [corpus.path]).flatMap { try loader.read(file: $0).documents }
        return (0..<copies).flatMap { copy in
            originals.map { original in
                var document = original
                document.id = "copy\(copy)/\(original.id)"
                return document
            }
        }
    }

    @Test func parallelGraphIsTheSerialGraph() throws {
        // More documents than one batch, so a merge overlaps the next batch's extraction.
        let documents = try Self.documents(copies: Extractor.parallelBatch / 5 + 2)
        #expect(documents.count > Extractor.parallelBatch)
        for extractor in [Extractor(gazetteer: try Gazetteer.bundled()),
                          Extractor(gazetteer: try Gazetteer.bundled(), model: try ExtractionModel.bundled())] {
            var builder = GraphBuilder()
            for document in documents { builder.add(extractor.extract(document)) }
            let serial = builder.graph()
            let parallel = extractor.graph(from: documents)
            #expect(!serial.relations.isEmpty)
            #expect(parallel == serial)
            let some = Array(documents.prefix(12))
            #expect(extractor.extractAll(some).map(\.document) == some.map(\.id))
        }
    }

    @Test func anActorInEveryDocumentListsEachDocumentOnceInOrder() {
        var builder = GraphBuilder()
        for index in 0..<3 {
            for id in ["b\(index)", "a\(index)", "b\(index)"] {
                let actor = Actor(name: "Iran", kind: .state, documents: [id], mentionCount: 1)
                builder.add(DocumentExtraction(document: id, actors: [actor], relations: []))
            }
        }
        let actors = builder.graph().actors
        #expect(actors.count == 1)
        #expect(actors.first?.documents == ["b0", "a0", "b1", "a1", "b2", "a2"])
        #expect(actors.first?.mentionCount == 9)
    }

    @Test func normalizedMergesEvidenceOnceKeepingOrder() {
        func evidence(_ n: Int) -> Evidence { Evidence(document: "d\(n)", sentence: "s\(n)", start: n, end: n + 1) }
        // The first relation's evidence stands as given, repeats included; later ones add
        // only what is new, in their order.
        let relations = [
            Relation(source: "a", target: "b", kind: .backs, evidence: [evidence(1), evidence(1), evidence(2)]),
            Relation(source: "a", target: "b", kind: .backs, evidence: [evidence(3), evidence(2), evidence(3), evidence(4)]),
            Relation(source: "a", target: "b", kind: .backs, evidence: [evidence(4), evidence(5)]),
        ]
        let merged = Graph(relations: relations).normalized().relations
        #expect(merged.count == 1)
        #expect(merged.first?.evidence.map(\.start) == [1, 1, 2, 3, 4, 5])
    }
}
