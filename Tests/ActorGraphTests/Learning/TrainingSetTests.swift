import Foundation
import Testing
@testable import ActorGraph

/// The project's own annotated sets (`Training/<set>/`): passages written for actorgraph about
/// conflicts the shared development data barely touches, trained on by `Scripts/train-model`.
/// Each must be a valid gold set, and none may quote the shared sets (their sentences stay
/// out of the repository).
@Suite struct TrainingSetTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../Training").standardizedFileURL
    static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../../shared").standardizedFileURL

    static var goldFiles: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0).appendingPathComponent("gold.json") }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
    }

    @Test func everySetIsAValidGoldSetThatTeachesEveryType() throws {
        let files = Self.goldFiles
        #expect(files.count >= 3, "Training/ holds \(files.count) sets")
        var kinds: Set<RelationKind> = []
        for file in files {
            let set = try GoldSet(contentsOf: file)
            #expect(set.relations.count >= 50, "\(set.name): \(set.relations.count) relations")
            #expect(set.documents.count >= 8, "\(set.name): \(set.documents.count) documents")
            kinds.formUnion(set.relations.compactMap { RelationKind(rawValue: $0.type) })
        }
        #expect(kinds == Set(RelationKind.allCases), "missing: \(Set(RelationKind.allCases).subtracting(kinds))")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: shared.appendingPathComponent("dev").path),
                   "../shared is absent (it exists beside the checkout in CI only)"))
    func noWrittenSentenceQuotesTheSharedSets() throws {
        var sharedText = ""
        let enumerator = FileManager.default.enumerator(at: Self.shared, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "txt" || url.pathExtension == "md" else { continue }
            sharedText += ((try? String(contentsOf: url, encoding: .utf8)) ?? "") + "\n"
        }
        #expect(!sharedText.isEmpty)
        // Sixteen words in a row said the same way are a quotation, not a common phrase.
        func runs(_ text: String) -> [String] {
            let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            guard words.count >= 16 else { return [] }
            return (0...(words.count - 16)).map { words[$0..<($0 + 16)].joined(separator: " ") }
        }
        let quoted = Set(runs(sharedText))
        for file in Self.goldFiles {
            let set = try GoldSet(contentsOf: file)
            for document in set.documents {
                for run in runs(document.text) where quoted.contains(run) {
                    Issue.record("\(set.name)/\(document.id) quotes ../shared: \(run)")
                    break
                }
            }
        }
    }
}
