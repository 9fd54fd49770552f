import Foundation
import Testing

/// `merge` and `unmerge` through the built binary (issue 14, item 12): the chain from the
/// issue, and two processes racing opposite merges. Skipped when the binary is not built.
@Suite struct MergeCLITests {
    struct Run: Sendable {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    private static func start(_ arguments: [String], in folder: CLITests.Folder) throws -> (Process, Pipe, Pipe) {
        guard let binary = CLITests.binary else { throw CLITests.CLIMissing() }
        return try CLIProcess.start(binary, arguments, in: folder.url)
    }

    private static func finish(_ started: (Process, Pipe, Pipe)) -> Run {
        let output = CLIProcess.finish(started)
        return Run(status: output.status, stdout: output.stdout, stderr: output.stderr)
    }

    private func run(_ arguments: [String], in folder: CLITests.Folder) throws -> Run {
        Self.finish(try Self.start(arguments, in: folder))
    }

    private func seeded() throws -> CLITests.Folder {
        let folder = try CLITests.Folder()
        try folder.write("states.txt", "Russia backs Turkey. Iran backs Hezbollah. Turkey fights the SDF.")
        let ingest = try run(["ingest", "states.txt"], in: folder)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return folder
    }

    private func actors(_ folder: CLITests.Folder) throws -> [String] {
        try run(["actors"], in: folder).stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
    }

    @Test(.enabled(if: CLITests.binary != nil, "build the actorgraph product first"))
    func theIssueChainUndoesWhatMergeSaid() throws {
        let folder = try seeded()
        #expect(try run(["merge", "Turkey", "Iran"], in: folder).status == 0)
        let merge = try run(["merge", "Russia", "Turkey"], in: folder)
        #expect(merge.stdout == "merged Turkey (turkey) into Russia (russia); undo with `actorgraph unmerge turkey`\n")
        let unmerge = try run(["unmerge", "turkey"], in: folder)
        #expect(unmerge.status == 0)
        #expect(unmerge.stdout == "Turkey (turkey) is no longer part of Russia (russia); still merged into it: Iran (iran) "
            + "(part with `actorgraph unmerge iran`)\n")
        #expect(try actors(folder).sorted() == ["hezbollah", "russia", "syrian-democratic-forces", "turkey"])
        let inner = try run(["unmerge", "iran"], in: folder)
        #expect(inner.stdout == "Iran (iran) stands alone again, no longer part of Turkey (turkey)\n")
        #expect(try actors(folder).contains("iran"))

        let never = try run(["unmerge", "Russia"], in: folder)
        #expect(never.status == 64)
        #expect(never.stderr.contains("'Russia' is not merged into another actor"))
        let same = try run(["merge", "Iran", "Iran"], in: folder)
        #expect(same.status == 64)
        #expect(same.stderr.contains("already one actor (iran)"))
    }

    @Test(.enabled(if: CLITests.binary != nil, "build the actorgraph product first"))
    func racingOppositeMergeProcessesLeaveOneActor() throws {
        let folder = try seeded()
        for round in 0..<12 {
            let first = try Self.start(["merge", "Turkey", "Iran"], in: folder)
            let second = try Self.start(["merge", "Iran", "Turkey"], in: folder)
            let runs = [Self.finish(first), Self.finish(second)]
            let passed = runs.filter { $0.status == 0 }
            #expect(passed.count == 1, "round \(round): \(runs)")
            #expect(runs.contains { $0.status == 64 && $0.stderr.contains("already one actor") }, "round \(round): \(runs)")
            let listed = try actors(folder).filter { $0 == "turkey" || $0 == "iran" }
            #expect(listed.count == 1, "round \(round): \(listed)")
            guard let kept = listed.first else { return }
            let undo = try run(["unmerge", kept == "turkey" ? "iran" : "turkey"], in: folder)
            #expect(undo.status == 0, "round \(round): \(undo.stderr)")
        }
    }
}
