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

    /// `unzip` reads its archive argument as a wildcard: `Report [draft].docx` matched
    /// `Report d.docx` (and no file at all without it).
    @Test(.enabled(if: hasUnzip, "needs unzip, as Scripts/setup installs"))
    func aWordFileNamedLikeAWildcardIsReadItself() throws {
        let folder = try Folder()
        try InputCLITests.docx("Iran backs the Houthis.").write(to: folder.url.appendingPathComponent("Report [draft].docx"))
        let alone = try Self.run(["extract", "--compact", folder.path("Report [draft].docx")])
        #expect(alone.status == 0 && alone.stdout.contains("Houthis"), "\(alone.stdout)\(alone.stderr)")
        try InputCLITests.docx("Qatar backs Hamas.").write(to: folder.url.appendingPathComponent("Report d.docx"))
        for name in ["Report *.docx", "Report ?.docx"] {
            try InputCLITests.docx("Egypt backs the Libyan National Army.").write(to: folder.url.appendingPathComponent(name))
        }
        for (name, actor) in [("Report [draft].docx", "Houthis"), ("Report *.docx", "Libyan National Army"), ("Report ?.docx", "Libyan National Army")] {
            let result = try Self.run(["extract", "--compact", folder.path(name)])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(result.stdout.contains(actor) && !result.stdout.contains("Hamas"), "\(name): \(result.stdout)")
        }
    }

    /// Every date option takes a year or a month: `export --as-of 2024` was refused.
    @Test func exportAsOfTakesAYearOrAMonth() throws {
        let graph = PathCommandTests.fixtureFile.path
        for value in ["2024", "2024-05", "2024-05-31"] {
            let result = try Self.run(["export", "--input", graph, "--format", "json", "--as-of", value])
            #expect(result.status == 0, "--as-of \(value): \(result.stderr)")
        }
        for value in ["2024-13", "May", "2024-02-30"] {
            let result = try Self.run(["export", "--input", graph, "--format", "json", "--as-of", value])
            #expect(result.status == 64 && result.stderr.contains("'--as-of \(value)'"), "--as-of \(value): \(result.stderr)")
        }
        let help = try Self.run(["export", "--help"])
        #expect(help.stdout.contains("--as-of <date>") && help.stdout.contains("YYYY-MM"), "\(help.stdout)")
    }

    /// A broken link and a folder that cannot be opened are files not read, as an unknown
    /// file type is: all are counted and named in the summary.
    @Test func brokenLinksAndClosedFoldersAreCountedInTheSummary() throws {
        let folder = try Folder()
        try folder.write("a.txt", "Turkey backs the Syrian National Army.")
        try folder.write("photo.png", "not an article")
        try FileManager.default.createSymbolicLink(atPath: folder.path("gone.txt"), withDestinationPath: folder.path("nowhere.txt"))
        try folder.write("closed/b.txt", "Iran backs Hezbollah.")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: folder.path("closed"))
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.path("closed")) }
        let closedIsUnreadable = (try? FileManager.default.contentsOfDirectory(atPath: folder.path("closed"))) == nil
        let result = try Self.run(["ingest", "--quiet", "--db", folder.path("s.sqlite"), folder.url.path])
        let summary = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("could not read") }, "\(result.stdout)")
        var names = ["photo.png", "gone.txt"]
        if closedIsUnreadable { names.append("closed") }  // root opens any folder
        #expect(summary.hasPrefix("could not read \(names.count) files"), "\(summary)")
        for name in names { #expect(summary.contains(name), "\(name): \(summary)") }
    }

    /// Messages: an empty actor name is called that, and names a person typed are printed
    /// with control characters made visible, as `corrections` prints them.
    @Test func anEmptyNameAndControlCharactersInNames() throws {
        let folder = try Folder()
        let store = try MessageCLITests.store(in: folder)
        let empty = try Self.run(["actor", "retype", " ", "person", "--db", store])
        #expect(empty.status == 64 && empty.stderr.contains("empty actor name") && !empty.stderr.contains("no actor named"), "\(empty.stderr)")
        let added = try Self.run(["actor", "add", "Evil\u{1B}[2JName", "--type", "person", "--alias", "Ev\u{7}il", "--db", store])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(!added.stdout.contains("\u{1B}") && !added.stdout.contains("\u{7}"), "\(added.stdout.debugDescription)")
        let renamed = try Self.run(["actor", "rename", "Turkey", "Tur\u{1B}]0;title\u{7}key", "--db", store])
        #expect(renamed.status == 0 && !renamed.stdout.contains("\u{1B}"), "\(renamed.stdout.debugDescription)\(renamed.stderr)")
        let retyped = try Self.run(["actor", "retype", "Turkey", "organization", "--db", store])
        #expect(retyped.status == 0 && !retyped.stdout.contains("\u{1B}"), "\(retyped.stdout.debugDescription)")
        let removed = try Self.run(["actor", "remove", "Turkey", "--db", store])
        #expect(removed.status == 0 && !removed.stdout.contains("\u{1B}"), "\(removed.stdout.debugDescription)")
    }
}
