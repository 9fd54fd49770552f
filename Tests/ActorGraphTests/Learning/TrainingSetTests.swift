import Foundation
import Testing
@testable import ActorGraph

/// The project's own annotated sets (`Training/<set>/`): passages written for actorgraph about
/// conflicts the shared development data barely touches, trained on by `Scripts/train-model`;
/// and the held-out ones (`Evaluation/<set>/`), written the same way and never trained on.
/// Each must be a valid gold set, and none may quote the shared sets (their sentences stay
/// out of the repository).
@Suite struct TrainingSetTests {
    static let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../..").standardizedFileURL
    static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../../shared").standardizedFileURL

    static func goldFiles(in folderName: String) -> [URL] {
        let folder = checkout.appendingPathComponent(folderName)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0).appendingPathComponent("gold.json") }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
    }

    static var goldFiles: [URL] { goldFiles(in: "Training") }

    @Test func everyHeldOutSetIsAValidGoldSet() throws {
        let files = Self.goldFiles(in: "Evaluation")
        #expect(!files.isEmpty, "Evaluation/ holds no set")
        for file in files {
            let set = try GoldSet(contentsOf: file)
            #expect(set.relations.count >= 50, "\(set.name): \(set.relations.count) relations")
        }
    }

    @Test func everySetIsAValidGoldSetThatTeachesEveryType() throws {
        let files = Self.goldFiles
        #expect(files.count >= 3, "Training/ holds \(files.count) sets")
        var kinds: Set<RelationKind> = []
        for file in files {
            let set = try GoldSet(contentsOf: file)
            // A set is several articles, not one long one: its relations come from more than
            // a handful of writers' phrasings.
            #expect(set.relations.count >= 50, "\(set.name): \(set.relations.count) relations")
            #expect(set.documents.count >= 6, "\(set.name): \(set.documents.count) documents")
            kinds.formUnion(set.relations.compactMap { RelationKind(rawValue: $0.type) })
        }
        #expect(kinds == Set(RelationKind.allCases), "missing: \(Set(RelationKind.allCases).subtracting(kinds))")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: shared.appendingPathComponent("dev").path),
                   "../shared is absent (it exists beside the checkout in CI only)"))
    func noWrittenSentenceQuotesTheSharedSets() throws {
        // The articles: the seeds and every development set's texts.
        var sharedText = ""
        var folders = [Self.shared.appendingPathComponent("seeds")]
        let sets = (try? FileManager.default.contentsOfDirectory(atPath: Self.shared.appendingPathComponent("dev").path)) ?? []
        folders += sets.map { Self.shared.appendingPathComponent("dev").appendingPathComponent($0).appendingPathComponent("texts") }
        for folder in folders {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
                sharedText += ((try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? "") + "\n"
            }
        }
        #expect(!sharedText.isEmpty)
        // Sixteen words in a row said the same way are a quotation, not a common phrase. Each
        // run is kept as a hash of its words' numbers: cheap enough for every shared article.
        var numbers: [Substring: Int] = [:]
        func runs(_ text: String) -> [Int] {
            let lowered = text.lowercased()
            let words = lowered.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { word -> Int in
                if let known = numbers[word] { return known }
                numbers[word] = numbers.count
                return numbers.count - 1
            }
            guard words.count >= 16 else { return [] }
            return (0...(words.count - 16)).map { start in
                var hasher = Hasher()
                for k in start..<(start + 16) { hasher.combine(words[k]) }
                return hasher.finalize()
            }
        }
        let quoted = Set(runs(sharedText))
        for file in Self.goldFiles + Self.goldFiles(in: "Evaluation") {
            let set = try GoldSet(contentsOf: file)
            for document in set.documents {
                if runs(document.text).contains(where: quoted.contains) {
                    Issue.record("\(set.name)/\(document.id) repeats sixteen words in a row of ../shared; reword it")
                }
            }
        }
    }
}
