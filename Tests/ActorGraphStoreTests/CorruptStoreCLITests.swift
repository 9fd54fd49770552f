@testable import ActorGraphStore
import Foundation
import GRDB
import Testing

/// A tampered or planted `actorgraph.sqlite` is an `Error:` line and exit 1 from every read
/// command, never a crash (issue 14, item 11). Through the built binary; skipped, with a
/// message, when it is not built.
@Suite struct CorruptStoreCLITests {
    typealias Folder = CLITests.Folder

    static let readCommands: [[String]] = [
        ["show", "Turkey"],
        ["path", "Turkey", "Syrian National Army"],
        ["export", "-o", "graph.json"],
        ["actors"],
    ]

    /// The documented exit status of a failed command: `path` keeps 1 for "no path" and
    /// answers bad input with 64; the others exit 1.
    /// A store that cannot be read is a failure while running: 1 for every command (README, "Exit status").
    static func failureStatus(_ command: [String]) -> Int32 { 1 }

    /// Every read command on the store in `folder` fails cleanly, its message containing `expected`.
    static func expectCleanFailures(in folder: Folder, _ expected: String, commands: [[String]] = readCommands,
                                    sourceLocation: SourceLocation = #_sourceLocation) throws {
        for command in commands {
            let run = try DataLossCLITests.run(command, in: folder)
            #expect(run.status == Self.failureStatus(command), "\(command): exit \(run.status), \(run.stderr)",
                    sourceLocation: sourceLocation)
            #expect(run.stderr.hasPrefix("Error: "), "\(command): \(run.stderr)", sourceLocation: sourceLocation)
            #expect(run.stderr.contains(expected), "\(command): \(run.stderr)", sourceLocation: sourceLocation)
            #expect(!run.stderr.contains("Fatal error"), "\(command) crashed", sourceLocation: sourceLocation)
        }
    }

    @Test(.enabled(if: CLITests.binary != nil, "build the actorgraph binary first (swift build --product actorgraph)"))
    func textInAnIntegerColumnIsReportedByName() throws {
        let folder = try Folder()
        try folder.write("a.txt", "Turkey backs the Syrian National Army.")
        #expect(try DataLossCLITests.run(["ingest", "a.txt"], in: folder).status == 0)
        try DatabaseQueue(path: folder.path("actorgraph.sqlite")).write { db in
            try db.execute(sql: "UPDATE evidence SET start = 'abc'")
        }
        try Self.expectCleanFailures(in: folder, "corrupt value in evidence.start ('abc' where an integer belongs)",
                                     commands: [["show", "Turkey"], ["path", "Turkey", "Syrian National Army"], ["export", "-o", "graph.json"]])
        #expect(!FileManager.default.fileExists(atPath: folder.path("graph.json")), "no half-written export")
    }

    @Test(.enabled(if: CLITests.binary != nil, "build the actorgraph binary first (swift build --product actorgraph)"))
    func aPlantedFileThatIsNotAStoreIsRefused() throws {
        let folder = try Folder()
        // Not SQLite at all.
        try folder.write("actorgraph.sqlite", "PK\u{3}\u{4} not a database, whatever its name says")
        try Self.expectCleanFailures(in: folder, "not a readable SQLite database")
        let ingest = try DataLossCLITests.run(["ingest", "a.txt"], in: folder)
        #expect(ingest.status != 0 && !ingest.stderr.contains("Fatal error"), "\(ingest.stderr)")

        // SQLite, with our application id, but tables of its own shape.
        try FileManager.default.removeItem(atPath: folder.path("actorgraph.sqlite"))
        try DatabaseQueue(path: folder.path("actorgraph.sqlite")).write { db in
            try db.execute(sql: """
                PRAGMA application_id = \(Schema.applicationID);
                CREATE TABLE grdb_migrations(identifier TEXT NOT NULL PRIMARY KEY);
                INSERT INTO grdb_migrations VALUES ('\(Schema.coreIdentifier)');
                CREATE TABLE actor(id TEXT, slug BLOB);
                INSERT INTO actor VALUES ('x', x'ff');
                """)
        }
        for command in Self.readCommands {
            let run = try DataLossCLITests.run(command, in: folder)
            #expect(run.status == Self.failureStatus(command), "\(command): exit \(run.status), \(run.stderr)")
            #expect(run.stderr.hasPrefix("Error: "), "\(command): \(run.stderr)")
            #expect(run.stderr.contains("actorgraph tables missing: name, document"), "\(command): \(run.stderr)")
        }
    }
}
