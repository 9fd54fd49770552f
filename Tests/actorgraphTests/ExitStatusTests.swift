import Foundation
import Testing

/// One exit-status scheme for every command (issue 14, item 16; README, "Exit status"):
/// 0 done, 1 a failure while running, 2 no answer, 64 a usage mistake. Each command's main
/// failure runs through the built binary.
@Suite struct ExitStatusTests {
    @Test func everyCommandUsesTheSameCodes() throws {
        let folder = try MessageCLITests.Folder()
        let store = try MessageCLITests.store(in: folder)
        let graph = PathCommandTests.fixtureFile.path
        let missing = folder.path("missing.txt")
        let cases: [(arguments: [String], status: Int32)] = [
            (["extract", missing], 1),
            (["extract", "--min-confidence", "2", folder.path("a.txt")], 64),
            (["render", "--input", graph, "--focus", "Nobody At All", "--format", "dot"], 64),
            (["render", "--input", graph, "--path", "PKK", "MHP", "--format", "dot"], 2),
            (["path", "Nobody At All", "MHP", "--input", graph], 64),
            (["path", "PKK", "MHP", "--input", graph], 2),
            (["path", "Turkey", "Iran", "--db", folder.path("none.sqlite")], 1),
            (["ingest", "--db", store, missing], 1),
            (["actors", "--db", folder.path("none.sqlite")], 1),
            (["actors", "--db", store, "--type", "planet"], 64),
            (["show", "Nobody At All", "--db", store], 64),
            (["show", "Turkey", "--db", folder.path("none.sqlite")], 1),
            (["export", "--input", graph, "--format", "xlsx"], 64),
            (["export", "--input", missing], 1),
            (["merge", "Turkey", "Nobody At All", "--db", store], 64),
            (["unmerge", "Turkey", "--db", store], 64),
            (["alias", "add", "Nobody At All", "Ankara", "--db", store], 64),
            (["retract", "Turkey", "backs", "Nobody At All", "--db", store], 64),
            (["assert", "Turkey", "backs", "Iran", "--note", " ", "--db", store], 64),
            (["train", "-o", folder.path("model.json"), missing], 1),
            (["frobnicate"], 64),
        ]
        for (arguments, status) in cases {
            let result = try PathCommandTests.run(arguments)
            #expect(result.status == status, "\(arguments): exit \(result.status), \(result.stderr)")
            // Every failure says why on stderr; `path` finding no path is a note, not an error.
            #expect(status == 2 ? !result.stderr.isEmpty : result.stderr.contains("Error: "), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("Fatal error"), "\(arguments) crashed")
        }
    }
}
