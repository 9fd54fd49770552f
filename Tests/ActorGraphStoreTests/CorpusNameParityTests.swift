import ActorGraph
import ActorGraphStore
import Foundation
import Testing

/// The example corpus, extracted into a graph and ingested into a store: every name, alias,
/// folded form, loose form and surname of every actor must find the same actor (or fail
/// alike) on both, as `path --input graph.json` and `path --db` must agree.
@Suite struct CorpusNameParityTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/corpus")

    @Test func everyNameResolvesAlikeOnTheGraphAndTheStore() throws {
        let documents = try DocumentLoader().load([Self.corpus.path])
        let extractor = Extractor(gazetteer: try Gazetteer.bundled(), model: try ExtractionModel.bundled())
        let graph = extractor.graph(from: documents)
        let store = try ProjectStore.inMemory()
        for document in documents {
            _ = try store.ingest(document, extraction: extractor.extract(document))
        }
        var names: Set<String> = []
        for actor in graph.actors {
            names.insert(actor.id)
            for name in actor.allNames {
                names.formUnion([name, name.uppercased(), NameFolding.fold(name), NameFolding.looseKey(name)])
                if let last = name.split(separator: " ").last { names.insert(String(last)) }
            }
        }
        #expect(names.count > 100)
        let index = GraphIndex(graph)
        #expect(Self.answer(index, "Nobody At All") == "error" && Self.answer(store, "Nobody At All") == "error")
        var differences: [String] = []
        for name in names.sorted() {
            let inMemory = Self.answer(index, name), onStore = Self.answer(store, name)
            if inMemory != onStore { differences.append("'\(name)': graph \(inMemory), store \(onStore)") }
        }
        #expect(differences.isEmpty, "\(differences.count) names differ: \(differences.prefix(20).joined(separator: "; "))")
    }

    /// The id a name resolves to, or "error".
    static func answer(_ source: any GraphSource, _ name: String) -> String {
        (try? NameResolver(source: source).resolve(name).id) ?? "error"
    }
}
