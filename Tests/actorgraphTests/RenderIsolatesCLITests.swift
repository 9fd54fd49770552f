import Foundation
import Testing

/// `render` leaves out actors with no drawn relation unless `--isolates` asks for them, and
/// says so in the caption (issue 13, "Diagrams of real output"). Runs the built binary.
@Suite struct RenderIsolatesCLITests {
    /// Two related actors and three loose ones, each loose one named in its own article.
    static let graph = """
        {"actors": [
          {"id": "turkey", "name": "Turkey", "type": "state", "documents": ["a1"]},
          {"id": "syrian-national-army", "name": "Syrian National Army", "type": "armed-group", "documents": ["a1"]},
          {"id": "reuters", "name": "Reuters", "type": "organization", "documents": ["a2"]},
          {"id": "united-nations", "name": "United Nations", "type": "organization", "documents": ["a3"]},
          {"id": "saudi-arabia", "name": "Saudi Arabia", "type": "state", "documents": ["a4"]}
        ],
        "relations": [
          {"source": "turkey", "target": "syrian-national-army", "type": "backs",
           "evidence": [{"document": "a1", "sentence": "Turkey backs the Syrian National Army.", "start": 0, "end": 38,
                         "hedged": false, "former": false}]}
        ]}
        """

    @Test func looseActorsAreLeftOutUnlessAskedFor() throws {
        let folder = try MessageCLITests.Folder()
        try folder.write("graph.json", Self.graph)
        let input = folder.path("graph.json")
        let plain = try PathCommandTests.run(["render", "--input", input, "--format", "dot"])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(!plain.stdout.contains("Reuters") && plain.stdout.contains("\"turkey\" ["))
        #expect(plain.stdout.contains("2 actors · 1 relation · 1 article · 3 actors with no relation left out"), "\(plain.stdout)")

        let kept = try PathCommandTests.run(["render", "--input", input, "--format", "dot", "--isolates"])
        #expect(kept.status == 0)
        #expect(kept.stdout.contains("ID=\"isolates\"") && kept.stdout.contains("Reuters") && kept.stdout.contains("Saudi Arabia"))
        #expect(kept.stdout.contains("5 actors · 1 relation · 1 article"), "the articles behind the one edge: \(kept.stdout)")

        // A focus keeps its centre even when it has no relation.
        let focus = try PathCommandTests.run(["render", "--input", input, "--format", "dot", "--focus", "Reuters", "--depth", "0"])
        #expect(focus.status == 0 && focus.stdout.contains("\"reuters\" ["), "\(focus.stderr)")
    }
}
