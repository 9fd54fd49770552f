import Foundation
import Testing

/// The review of issue 13's inputs and corrections: piped archives that reuse ids, Word files
/// whose names look like wildcards, year bounds for `export --as-of`, every kind of file left
/// out counted in the summary, and names printed safely. Runs the built binary.
@Suite struct InputReviewTests {
    typealias Folder = MessageCLITests.Folder

    static func run(_ arguments: [String], input: String? = nil) throws -> PathCommandTests.Result {
        try InputCLITests.run(arguments, input: input)
    }

    static var hasUnzip: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/unzip") }

    /// Two piped JSON Lines streams numbering their records alike (or not at all) are two
    /// sets of documents: every piped document was recorded as coming from `/dev/stdin`, so
    /// the second stream's records replaced the first's.
    @Test func pipedStreamsThatReuseIdsAreAllKept() throws {
        let folder = try Folder()
        let store = folder.path("s.sqlite")
        let first = try Self.run(["ingest", "--quiet", "--db", store, "-"], input: """
            {"id": "1", "text": "Turkey backs the Syrian National Army."}
            {"text": "Iran backs Hezbollah."}

            """)
        #expect(first.status == 0 && first.stdout.contains("2 new"), "\(first.stdout)\(first.stderr)")
        let second = try Self.run(["ingest", "--quiet", "--db", store, "-"], input: """
            {"id": "1", "text": "Russia backs the Assad regime."}
            {"text": "Qatar backs Hamas."}

            """)
        #expect(second.status == 0 && second.stdout.contains("2 new"), "\(second.stdout)\(second.stderr)")
        #expect(second.stdout.contains("4 documents"), "\(second.stdout)")
        for actor in ["Turkey", "Iran", "Russia", "Qatar"] {
            let show = try Self.run(["show", actor, "--db", store])
            #expect(show.status == 0, "\(actor) kept: \(show.stderr)")
        }
        // The same stream again is the same documents.
        let again = try Self.run(["ingest", "--quiet", "--db", store, "-"], input: """
            {"id": "1", "text": "Russia backs the Assad regime."}
            {"text": "Qatar backs Hamas."}

            """)
        #expect(again.stdout.contains("0 new") && again.stdout.contains("4 documents"), "\(again.stdout)")
    }
}
