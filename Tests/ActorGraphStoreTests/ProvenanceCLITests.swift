import ActorGraph
@testable import ActorGraphStore
import Foundation
import Testing

/// What found each piece of evidence, through the built `actorgraph` binary. Skipped, with a
/// message, when the binary is not built.
@Suite struct ProvenanceCLITests {
    typealias Folder = CLITests.Folder

    @Test(.enabled(if: CLITests.binary != nil, "build the actorgraph binary first (swift build --product actorgraph)"))
    func showSaysWhatFoundEachSentenceAndHowSure() throws {
        let folder = try Folder()
        do {
            // Stored through the library, so the rules and confidences do not move with the extractor.
            let store = try ProjectStore.open(path: folder.path("actorgraph.sqlite"))
            _ = try ProvenanceTests.ingest(store)
            _ = try store.assert(source: Fixture.turkey.id, kind: .alliedWith, target: Fixture.hamza.id, note: "seen in the field")
        }
        let shown = try DataLossCLITests.run(["show", "Turkey"], in: folder)
        #expect(shown.status == 0, "\(shown.stderr)")
        let lines = shown.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("—backs→ Syrian National Army  (1 sentence, confidence 0.87)"), "\(shown.stdout)")
        #expect(lines.contains("    2024-02-01  found.txt  [rule: model+backs-active, confidence 0.87]"), "\(shown.stdout)")
        // An assertion has neither, and says nothing about them.
        #expect(lines.contains("—allied-with— Hamza Division  (0 sentences)  [asserted]"), "\(shown.stdout)")

        let json = try DataLossCLITests.run(["show", "Turkey", "--json"], in: folder)
        struct Output: Decodable { var relations: [Relation] }
        let output = try JSONDecoder().decode(Output.self, from: Data(json.stdout.utf8))
        let backs = try #require(output.relations.first { $0.kind == .backs })
        #expect(backs.evidence.first?.rule == "model+backs-active")
        #expect(backs.evidence.first?.confidence == 0.87)
    }
}
