@testable import ActorGraphStore
import Foundation
import Testing

/// The data-loss defects of issue 14, end to end through the built `actorgraph` binary.
/// Skipped, with a message, when the binary is not built.
@Suite struct DataLossCLITests {
    typealias Folder = CLITests.Folder

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the binary in `folder`; `shell` wraps it in `/bin/sh -c` (for limits and
    /// redirections), the binary's path standing in for `$0`.
    static func run(_ arguments: [String], in folder: Folder, shell: String? = nil) throws -> Run {
        try run(arguments, in: folder.url, shell: shell)
    }

    static func run(_ arguments: [String], in directory: URL, shell: String? = nil) throws -> Run {
        guard let binary = CLITests.binary else { throw CLITests.CLIMissing() }
        let output = try CLIProcess.finish(shell.map {
            try CLIProcess.start(URL(fileURLWithPath: "/bin/sh"), ["-c", $0, binary.path] + arguments, in: directory)
        } ?? CLIProcess.start(binary, arguments, in: directory))
        return Run(status: output.status, stdout: output.stdout, stderr: output.stderr)
    }

    // MARK: 1. JSON Lines ids are unique only within their archive

    @Test(.enabled(if: CLITests.binary != nil, "build the actorgraph binary first (swift build --product actorgraph)"))
    func twoArchivesWithClashingIdsAreBothKept() throws {
        let folder = try Folder()
        try folder.write("jan.jsonl", "{\"id\":1,\"text\":\"Turkey backs the Syrian National Army.\"}\n")
        try folder.write("feb.jsonl", "{\"id\":1,\"text\":\"Qatar backs Hamas.\"}\n")
        #expect(try Self.run(["ingest", "jan.jsonl"], in: folder).status == 0)
        let second = try Self.run(["ingest", "feb.jsonl"], in: folder)
        #expect(second.stdout.hasPrefix("read 1 documents: 1 new, 0 changed"), "\(second.stdout)\(second.stderr)")
        #expect(second.stdout.contains("actorgraph.sqlite: 2 documents"))
        #expect(try Self.run(["show", "Turkey"], in: folder).stdout.contains("Syrian National Army"))
        // An edited record of one archive replaces that record only.
        try folder.write("feb.jsonl", "{\"id\":1,\"text\":\"Qatar backs Hamas and hosts its leaders.\"}\n")
        let edited = try Self.run(["ingest", "jan.jsonl", "feb.jsonl"], in: folder)
        #expect(edited.stdout.hasPrefix("read 2 documents: 0 new, 1 changed, 1 unchanged"), "\(edited.stdout)")
        #expect(edited.stdout.contains("actorgraph.sqlite: 2 documents"))
    }

    // MARK: 2. Concurrent ingests of same-named folders

    /// Two processes ingesting two folders of the same 200 file names into one store (as the
    /// issue's reproduction: 200 to 295 of 400 were kept). Three rounds, each into a fresh store
    /// that exists before they start, so that both processes run side by side.
    @Test(.enabled(if: CLITests.binary != nil, "build the actorgraph binary first (swift build --product actorgraph)"))
    func concurrentIngestsOfSameNamedFoldersLoseNothing() async throws {
        let folder = try Folder()
        let count = 200
        for side in ["left", "right"] {
            try FileManager.default.createDirectory(at: folder.url.appendingPathComponent(side), withIntermediateDirectories: true)
            for index in 1...count {
                try folder.write("\(side)/article-\(index).txt", "Turkey backs the Syrian National Army (\(side) report \(index)).")
            }
        }
        try folder.write("seed.txt", "Iran backs Hezbollah.")
        let directory = folder.url
        for round in 1...3 {
            let store = "round-\(round).sqlite"
            #expect(try Self.run(["ingest", "--quiet", "--db", store, "seed.txt"], in: folder).status == 0)
            let results = try await withThrowingTaskGroup(of: Run.self) { group in
                for side in ["left", "right"] {
                    group.addTask { try Self.run(["ingest", "--quiet", "--db", store, side], in: directory) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            for result in results { #expect(result.status == 0, "\(result.stderr)") }
            let documents = try ProjectStore.open(path: folder.path(store), create: false).counts().documents
            try #require(documents == 2 * count + 1, "round \(round): \(results.map(\.stdout))")
        }
        let again = try Self.run(["ingest", "--quiet", "--db", "round-1.sqlite", "left", "right"], in: folder)
        #expect(again.stdout.hasPrefix("read \(2 * count) documents: 0 new, 0 changed, \(2 * count) unchanged"), "\(again.stdout)")
    }

    // MARK: 4. Output that cannot be written is an error, and never costs the previous file

    static let news = """
        {"id": "a", "text": "Turkey backs the Syrian National Army."}
        {"id": "b", "text": "The Hamza Division is part of the Syrian National Army."}

        """

    /// A disk that fills up while the drawing is written, made with a file-size limit (the
    /// signal it raises ignored, so the write fails with EFBIG as on a full disk).
    @Test(.enabled(if: CLITests.binary != nil, "build the actorgraph binary first (swift build --product actorgraph)"))
    func renderOnAFullDiskKeepsThePreviousDrawing() throws {
        let folder = try Folder()
        try folder.write("news.jsonl", Self.news)
        try folder.write("graph.dot", "the previous good drawing\n")
        let result = try Self.run(["render", "news.jsonl", "--format", "dot", "-o", "graph.dot"], in: folder,
                                  shell: "trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\"")
        #expect(result.status == 1)
        #expect(result.stderr.contains("Error: graph.dot: cannot write the drawing"), "\(result.stderr)")
        #expect(try String(contentsOfFile: folder.path("graph.dot"), encoding: .utf8) == "the previous good drawing\n")
        // No half-written temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["graph.dot", "news.jsonl"])
        // With room, the drawing replaces it.
        #expect(try Self.run(["render", "news.jsonl", "--format", "dot", "-o", "graph.dot"], in: folder).status == 0)
        #expect(try String(contentsOfFile: folder.path("graph.dot"), encoding: .utf8).hasPrefix("digraph"))
    }

    @Test(.enabled(if: CLITests.binary != nil && FileManager.default.fileExists(atPath: "/dev/full"),
                   "needs the built actorgraph binary and /dev/full"))
    func commandsWhoseOutputCannotBeWrittenFail() throws {
        let folder = try Folder()
        try folder.write("news.jsonl", Self.news)
        #expect(try Self.run(["ingest", "--quiet", "news.jsonl"], in: folder).status == 0)
        let commands = [["actors"], ["actors", "--json"], ["show", "Turkey"], ["path", "Turkey", "Hamza Division"],
                        ["ingest", "--quiet", "news.jsonl"], ["export", "--format", "graphml"]]
        for arguments in commands {
            // The same command with room to write succeeds and prints something.
            let fine = try Self.run(arguments, in: folder)
            #expect(fine.status == 0 && !fine.stdout.isEmpty, "\(arguments): \(fine.stderr)")
            let full = try Self.run(arguments, in: folder, shell: "exec \"$0\" \"$@\" > /dev/full")
            #expect(full.status == 1, "\(arguments) exited \(full.status)")
            #expect(full.stderr.hasPrefix("Error: cannot write to standard output ("), "\(arguments): \(full.stderr)")
        }
    }
}
