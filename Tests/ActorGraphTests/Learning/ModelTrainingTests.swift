import Foundation
import Testing
@testable import ActorGraph

/// Training from annotated articles: what is learned carries to new names, the same files give
/// the same model, and a model survives its file.
@Suite struct ModelTrainingTests {
    static let gazetteer = (try? Gazetteer.bundled()) ?? Gazetteer()

    func train(_ gold: URL, trainer: ModelTrainer = ModelTrainer()) throws -> ExtractionModel {
        let set = try GoldSet(contentsOf: gold)
        return try Extractor(gazetteer: Self.gazetteer).learn(from: [(set, Set(set.documents.map(\.id)))], trainer: trainer).model
    }

    func relations(_ text: String, model: ExtractionModel?) -> [(String, RelationKind, String, Double?)] {
        let graph = Extractor(gazetteer: Self.gazetteer, model: model).graph(from: [Document(id: "new.txt", text: text)])
        let byID = graph.actorsByID
        // Folded names: the gazetteer spells some names its own way (Kataib Hezbollah).
        return graph.relations.map {
            (NameFolding.fold(byID[$0.source]?.name ?? ""), $0.kind, NameFolding.fold(byID[$0.target]?.name ?? ""), $0.confidence)
        }
    }

    @Test func aPhrasingTheRulesLackIsLearnedAndCarriesToNewNames() throws {
        let model = try train(try TrainingFixtures.paymasterSet())
        // Pairs never seen together in training, in a sentence of its own.
        let text = "Analysts say that Saudi Arabia is the paymaster of Kata'ib Hezbollah."
        #expect(!relations(text, model: nil).contains { $0.1 == .backs })
        let learned = relations(text, model: model)
        let backs = learned.first { $0.0 == "saudi arabia" && $0.1 == .backs && $0.2 == "kataib hezbollah" }
        #expect(backs != nil)
        #expect((backs?.3 ?? 0) > 0.5 && (backs?.3 ?? 2) <= 1)
        // Two actors named together without a cue stay apart.
        #expect(relations("Officials from Qatar met the envoy of Russia in Geneva.", model: model).isEmpty)
    }

    @Test func theSameFilesGiveTheSameModel() throws {
        let gold = try TrainingFixtures.paymasterSet()
        let first = try train(gold).encoded()
        let second = try train(gold).encoded()
        #expect(first == second)
    }

    @Test func aModelSurvivesItsFile() throws {
        let model = try train(try TrainingFixtures.paymasterSet())
        let reread = try ExtractionModel(data: try model.encoded(), name: "model.json")
        #expect(reread.featureCount == model.featureCount)
        #expect(reread.threshold == model.threshold)
        let text = "Analysts say that Qatar is the paymaster of the Houthis."
        #expect(relations(text, model: reread).map(\.1) == relations(text, model: model).map(\.1))
    }

    @Test func evidenceSaysWhatFoundItAndHowSure() throws {
        let model = try train(try TrainingFixtures.paymasterSet())
        let graph = Extractor(gazetteer: Self.gazetteer, model: model)
            .graph(from: [Document(id: "n.txt", text: "Analysts say that Iran is the paymaster of Hamas.")])
        let evidence = graph.relations.flatMap(\.evidence)
        #expect(!evidence.isEmpty)
        for item in evidence {
            #expect(item.rule?.hasPrefix("model") == true)
            #expect(item.confidence.map { (0...1).contains($0) } == true)
        }
        #expect(graph.keeping(minimumConfidence: 1.0).relations.isEmpty || evidence.contains { $0.confidence == 1 })
    }

    @Test func aModelFileFromAnotherVersionOrFormatIsRefusedWithTheFix() throws {
        let model = try train(try TrainingFixtures.paymasterSet())
        var json = try #require(try JSONSerialization.jsonObject(with: model.encoded()) as? [String: Any])
        json["featureVersion"] = 999
        let old = try JSONSerialization.data(withJSONObject: json)
        #expect(throws: ModelError.self) { try ExtractionModel(data: old, name: "old.json") }
        do {
            _ = try ExtractionModel(data: old, name: "old.json")
        } catch {
            #expect("\(error)".contains("old.json"))
            #expect("\(error)".contains("retrain"))
        }
        #expect(throws: ModelError.self) { try ExtractionModel(data: Data("{\"a\": 1}".utf8), name: "x.json") }
    }
}
