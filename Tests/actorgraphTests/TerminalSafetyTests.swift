import Foundation
import Testing

/// `path` and `show` print no terminal control sequence from articles or file names
/// (issue 14, item 17): an article could otherwise retitle, clear or hide the terminal.
@Suite struct TerminalSafetyTests {
    static let escape = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{1B}[8m"

    static func hasControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) }
    }

    @Test func pathPrintsNoEscapeSequences() throws {
        let folder = try MessageCLITests.Folder()
        let sentence = "Turkey\(Self.escape) backs the SNA.\u{9B}31m"
        try folder.write("graph.json", """
            {"actors": [{"id": "turkey", "name": "Turkey", "type": "state", "aliases": []},
                        {"id": "sna", "name": "SNA", "type": "armed-group", "aliases": []}],
             "relations": [{"source": "turkey", "type": "backs", "target": "sna", "evidence": [
                {"document": "a\\u001b[31m.txt", "sentence": \(String(decoding: try JSONEncoder().encode(sentence), as: UTF8.self)),
                 "start": 0, "end": 10, "hedged": false}]}]}
            """)
        let result = try PathCommandTests.run(["path", "Turkey", "SNA", "--via", "backs", "--input", folder.path("graph.json")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("backs the SNA."), "\(result.stdout)")
        #expect(!Self.hasControls(result.stdout), "\(result.stdout.debugDescription)")
        #expect(!result.stdout.contains("pwned"), "an OSC title goes whole")
    }

    @Test func showPrintsNoEscapeSequences() throws {
        let folder = try MessageCLITests.Folder()
        let name = "news\u{1B}[31m.txt"
        try folder.write(name, "Turkey backs the Syrian National Army.\(Self.escape) Iran backs Hezbollah.")
        let store = folder.path("store.sqlite")
        let ingest = try PathCommandTests.run(["ingest", "--quiet", "--db", store, folder.path(name)])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let result = try PathCommandTests.run(["show", "Turkey", "--db", store])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Syrian National Army"))
        #expect(!Self.hasControls(result.stdout), "\(result.stdout.debugDescription)")
    }
}
