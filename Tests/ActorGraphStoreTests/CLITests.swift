import Foundation
import Testing

/// End to end: the built `actorgraph` binary against a store in a fresh folder, pinning
/// stdout, stderr and the exit code. Skipped, with a message, when the binary is not built.
@Suite struct CLITests {
    struct CLIMissing: Error, CustomStringConvertible {
        var description: String { ".build/debug/actorgraph is not built; run `swift build --product actorgraph`" }
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let binary: URL? = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        let candidate = url.appendingPathComponent(".build/debug/actorgraph")
        return FileManager.default.isExecutableFile(atPath: candidate.path) ? candidate : nil
    }()

    final class Folder {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("agcli-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        func write(_ name: String, _ text: String) throws { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    private func run(_ arguments: [String], in folder: Folder, environment: [String: String] = [:]) throws -> Run {
        guard let binary = Self.binary else { throw CLIMissing() }
        let output = CLIProcess.finish(try CLIProcess.start(binary, arguments, in: folder.url, environment: environment))
        return Run(status: output.status, stdout: output.stdout, stderr: output.stderr)
    }

    private static let archive = """
        {"id": "n1", "title": "Backers", "date": "2024-01-10", "url": "https://example.org/n1", "text": "Turkey backs the Syrian National Army."}
        {"id": "n2", "text": "truncated
        {"id": "n3", "title": "Iran", "date": "2024-06-01", "text": "Iran backs Hezbollah."}

        """

    @Test(.enabled(if: binary != nil, "build the actorgraph binary first (swift build --product actorgraph)"))
    func ingestIsIdempotentAndReportsBrokenLines() throws {
        let folder = try Folder()
        try folder.write("news.jsonl", Self.archive)
        let first = try run(["ingest", "news.jsonl"], in: folder)
        #expect(first.status == 0)
        #expect(first.stderr.contains("news.jsonl:2: warning: "))
        #expect(first.stdout.hasPrefix("read 2 documents: 2 new, 0 changed, 0 unchanged (skipped); 1 bad JSON Lines lines skipped"))
        #expect(FileManager.default.fileExists(atPath: folder.path("actorgraph.sqlite")))
        #expect(!first.stderr.contains("\r"))  // no progress bar when stderr is not a terminal
        let second = try run(["ingest", "news.jsonl"], in: folder)
        #expect(second.stdout.hasPrefix("read 2 documents: 0 new, 0 changed, 2 unchanged (skipped)"))
        #expect(second.stdout.contains("+0 actors, +0 relations, +0 evidence"))
    }

    @Test(.enabled(if: binary != nil, "build the actorgraph binary first (swift build --product actorgraph)"))
    func correctionsShowAndExportThroughTheCommandLine() throws {
        let folder = try Folder()
        try folder.write("news.jsonl", Self.archive)
        let environment = ["ACTORGRAPH_DB": folder.path("case.sqlite")]
        #expect(try run(["ingest", "--quiet", "news.jsonl"], in: folder, environment: environment).status == 0)
        let listed = try run(["actors", "--json"], in: folder, environment: environment)
        #expect(listed.status == 0)
        let actors = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]] ?? []
        // Turkey, Iran, Hezbollah and the SNA are all in the bundled gazetteer.
        try #require(actors.count >= 2, "the extractor found \(actors.count) actors in two plain sentences")
        let first = try #require(actors.first?["name"] as? String), last = try #require(actors.last?["name"] as? String)
        let asserted = try run(["assert", first, "backs", last, "--note", "field report 7"], in: folder, environment: environment)
        #expect(asserted.status == 0, "\(asserted.stderr)")
        let shown = try run(["show", first], in: folder, environment: environment)
        #expect(shown.stdout.contains("[asserted] field report 7"))
        // Re-ingesting a changed archive keeps the person's assertion.
        try folder.write("news.jsonl", Self.archive.replacingOccurrences(of: "Iran backs Hezbollah.", with: "Iran backs Hezbollah again."))
        #expect(try run(["ingest", "--quiet", "news.jsonl"], in: folder, environment: environment).stdout.contains("1 changed"))
        #expect(try run(["show", first], in: folder, environment: environment).stdout.contains("[asserted] field report 7"))
        let exported = try run(["export", "--format", "csv", "-o", "csv"], in: folder, environment: environment)
        #expect(exported.status == 0, "\(exported.stderr)")
        let edges = try String(contentsOfFile: folder.path("csv/edges.csv"), encoding: .utf8)
        #expect(edges.hasPrefix(":START_ID,:END_ID,:TYPE"))
        #expect(edges.contains(",BACKS,backs,false,false,false,true,"))
    }

    @Test(.enabled(if: binary != nil, "build the actorgraph binary first (swift build --product actorgraph)"))
    func filesWithTheSameNameInTwoFoldersAreTwoDocuments() throws {
        let folder = try Folder()
        for month in ["01", "02"] {
            try FileManager.default.createDirectory(at: folder.url.appendingPathComponent(month), withIntermediateDirectories: true)
            try folder.write("\(month)/index.txt", "Article of month \(month): Turkey backs the Syrian National Army.")
        }
        let first = try run(["ingest", "01", "02"], in: folder)
        #expect(first.stdout.hasPrefix("read 2 documents: 2 new, 0 changed"), "\(first.stdout)\(first.stderr)")
        // Each run, and each folder on its own, finds its document where it left it.
        #expect(try run(["ingest", "02"], in: folder).stdout.hasPrefix("read 1 documents: 0 new, 0 changed, 1 unchanged"))
        #expect(try run(["ingest", "01", "02"], in: folder).stdout.hasPrefix("read 2 documents: 0 new, 0 changed, 2 unchanged"))
    }

    @Test(.enabled(if: binary != nil, "build the actorgraph binary first (swift build --product actorgraph)"))
    func badDatabasesGiveOneLineErrors() throws {
        let folder = try Folder()
        try folder.write("notes.sqlite", "not a database\n")
        for arguments in [["actors", "--db", "notes.sqlite"], ["ingest", "--db", "notes.sqlite", "notes.sqlite"],
                          ["export", "--db", "notes.sqlite"], ["show", "--db", "notes.sqlite", "Turkey"]] {
            let result = try run(arguments, in: folder)
            #expect(result.status != 0)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("notes.sqlite"), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Stack dump"))
        }
        let missing = try run(["actors"], in: folder)
        #expect(missing.status != 0 && missing.stderr.contains("actorgraph.sqlite: no project database"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("actorgraph.sqlite")))
        #expect(try String(contentsOfFile: folder.path("notes.sqlite"), encoding: .utf8) == "not a database\n")
    }
}
