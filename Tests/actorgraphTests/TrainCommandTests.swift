import Foundation
import Testing

/// `actorgraph train` end to end: a model from annotations, used by `extract --model`, and
/// bad annotations refused with the file and entry named and no model written.
@Suite struct TrainCommandTests {
    /// A set written for this test: "X is the paymaster of Y" states backing.
    static func writeSet(relationType: String = "backs", evidenceSuffix: String = "") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ag-train-cli-\(UUID().uuidString)")
        let texts = folder.appendingPathComponent("texts")
        try FileManager.default.createDirectory(at: texts, withIntermediateDirectories: true)
        let pairs = [("Turkey", "Hamas"), ("Iran", "Hezbollah"), ("Qatar", "Houthis"), ("Russia", "Wagner Group"),
                     ("Iran", "Houthis"), ("Turkey", "Hezbollah")]
        var relations: [[String: Any]] = []
        for (number, (state, group)) in pairs.enumerated() {
            let stating = "Diplomats agree that \(state) is the paymaster of \(group)."
            let name = "\(number).txt"
            try Data("\(stating) Officials from Egypt met reporters in Geneva on Monday.".utf8).write(to: texts.appendingPathComponent(name))
            relations.append(["source": state, "type": relationType, "target": group, "document": name,
                              "evidence": stating + evidenceSuffix])
        }
        let actors = ["Turkey", "Iran", "Qatar", "Russia", "Egypt"].map { ["name": $0, "type": "state"] }
            + ["Hamas", "Hezbollah", "Houthis", "Wagner Group"].map { ["name": $0, "type": "armed-group"] }
        let gold = folder.appendingPathComponent("gold.json")
        try JSONSerialization.data(withJSONObject: ["actors": actors, "relations": relations]).write(to: gold)
        return gold
    }

    @Test func aTrainedModelIsUsedByExtract() throws {
        let gold = try Self.writeSet()
        let model = gold.deletingLastPathComponent().appendingPathComponent("model.json")
        let trained = try PathCommandTests.run(["train", gold.path, "-o", model.path])
        #expect(trained.status == 0, "\(trained.stderr)")
        #expect(trained.stderr.contains("wrote \(model.path)"))
        let article = gold.deletingLastPathComponent().appendingPathComponent("new.txt")
        try Data("Analysts say that Saudi Arabia is the paymaster of Hamas.".utf8).write(to: article)
        let learned = try PathCommandTests.run(["extract", "--compact", "--model", model.path, article.path])
        #expect(learned.status == 0)
        #expect(learned.stdout.contains("\"type\":\"backs\""))
        #expect(learned.stdout.contains("\"confidence\":"))
        let rules = try PathCommandTests.run(["extract", "--compact", "--rules-only", article.path])
        #expect(!rules.stdout.contains("\"type\":\"backs\""))
        // Nothing is sure enough at 1.0.
        let strict = try PathCommandTests.run(["extract", "--compact", "--model", model.path, "--min-confidence", "1", article.path])
        #expect(!strict.stdout.contains("\"type\":\"backs\""))
    }

    @Test func anUnknownTypeIsRefusedAndNoModelIsWritten() throws {
        let gold = try Self.writeSet(relationType: "finances")
        let model = gold.deletingLastPathComponent().appendingPathComponent("model.json")
        let result = try PathCommandTests.run(["train", gold.path, "-o", model.path])
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("Error: \(gold.path): relations[0]"))
        #expect(result.stderr.contains("unknown relation type 'finances'"))
        #expect(!FileManager.default.fileExists(atPath: model.path))
    }

    @Test func evidenceNotInItsDocumentIsRefused() throws {
        let gold = try Self.writeSet(evidenceSuffix: " And more.")
        let model = gold.deletingLastPathComponent().appendingPathComponent("model.json")
        let result = try PathCommandTests.run(["train", gold.path, "-o", model.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("its evidence sentence is not in 0.txt"))
        #expect(!FileManager.default.fileExists(atPath: model.path))
    }

    @Test func noGoldFilesIsAUsageMistake() throws {
        let result = try PathCommandTests.run(["train", "-o", "/tmp/never-written-model.json"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("no gold files given"))
    }

    @Test func aModelThatIsNotOneIsRefusedByExtract() throws {
        let bogus = FileManager.default.temporaryDirectory.appendingPathComponent("bogus-\(UUID().uuidString).json")
        try Data("{\"hello\": 1}".utf8).write(to: bogus)
        let article = FileManager.default.temporaryDirectory.appendingPathComponent("a-\(UUID().uuidString).txt")
        try Data("Iran backs Hezbollah.".utf8).write(to: article)
        let result = try PathCommandTests.run(["extract", "--model", bogus.path, article.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains(bogus.path))
        #expect(result.stderr.contains("actorgraph train"))
    }
}
