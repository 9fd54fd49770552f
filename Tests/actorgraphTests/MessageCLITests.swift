import Foundation
import Testing

/// Messages that say what is wrong and what to do (issue 14, item 15), from the built binary.
@Suite struct MessageCLITests {
    final class Folder {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("agmsg-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        func write(_ name: String, _ text: String) throws {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    static func run(_ arguments: String...) throws -> PathCommandTests.Result { try PathCommandTests.run(arguments) }

    /// A store with Turkey, the Syrian National Army, Iran and Hezbollah.
    static func store(in folder: Folder) throws -> String {
        try folder.write("a.txt", "Turkey backs the Syrian National Army. Iran backs Hezbollah.")
        let store = folder.path("store.sqlite")
        let ingest = try PathCommandTests.run(["ingest", "--quiet", "--db", store, folder.path("a.txt")])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return store
    }

    @Test func aFileNameStartingWithADashIsAnErrorWithTheFix() throws {
        let result = try Self.run("extract", "-leading-dash.txt")
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("Error: '-leading-dash.txt' starts with '-'"))
        #expect(result.stderr.contains("'./-leading-dash.txt'") && result.stderr.contains("'--'"))
    }

    @Test func aFolderAsOutputIsNamedAsAFolder() throws {
        let folder = try Folder()
        let result = try Self.run("render", "--input", PathCommandTests.fixtureFile.path, "-o", folder.url.path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("is a folder, not a file"), "\(result.stderr)")
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
        let export = try Self.run("export", "--input", PathCommandTests.fixtureFile.path, "-o", folder.url.path)
        #expect(export.status == 1)
        #expect(export.stderr.contains("is a folder, not a file"), "\(export.stderr)")
    }

    @Test func brokenGraphJSONGivesItsLineAndColumn() throws {
        let folder = try Folder()
        try folder.write("bad.json", "{\"actors\": [\n  {\"id\": \"a\", \"name\": \"A\", \"type\": \"state\"},\n  x\n]}")
        let result = try Self.run("render", "--input", folder.path("bad.json"), "--format", "dot")
        #expect(result.status == 1)
        #expect(result.stderr.contains("not valid JSON at 3:3"), "\(result.stderr)")
    }

    @Test func aDeviceIsNotAPermissionProblem() throws {
        let result = try Self.run("render", "--input", "/dev/zero", "--format", "dot")
        #expect(result.status == 1)
        #expect(result.stderr.contains("/dev/zero: a device"), "\(result.stderr)")
        #expect(!result.stderr.contains("permission"))
    }

    @Test func anEmptyFileInAFolderIsSkippedWithAWarning() throws {
        let folder = try Folder()
        try folder.write("news/a.txt", "Iran backs Hezbollah.")
        try folder.write("news/empty.txt", "")
        let result = try Self.run("extract", folder.path("news"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Hezbollah"))
        #expect(result.stderr.contains("warning: \(folder.path("news/empty.txt")): file is empty"), "\(result.stderr)")
    }

    @Test func anEmptyDrawingIsWrittenWithAWarning() throws {
        let folder = try Folder()
        try folder.write("empty.json", #"{"actors": [], "relations": []}"#)
        let result = try Self.run("render", "--input", folder.path("empty.json"), "--format", "dot", "-o", folder.path("e.dot"))
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("warning: the input has no actors, so the drawing is empty"), "\(result.stderr)")
    }

    @Test func aDayOffTheCalendarIsRefused() throws {
        let result = try Self.run("render", "--input", PathCommandTests.fixtureFile.path, "--since", "2024-02-30", "--format", "dot")
        #expect(result.status == 64)
        #expect(result.stderr.contains("'--since 2024-02-30': not a date"), "\(result.stderr)")
    }

    @Test func removingANameTheActorDoesNotHaveSaysSo() throws {
        let folder = try Folder()
        let store = try Self.store(in: folder)
        let result = try Self.run("alias", "remove", "Turkey", "Ankara", "--db", store)
        #expect(result.status == 64)
        #expect(result.stderr.contains("'Ankara' is not a name of Turkey"), "\(result.stderr)")
        #expect(!result.stderr.contains("no actor named"))
    }

    @Test func aSecondRetractSaysItWasAlreadyDone() throws {
        let folder = try Folder()
        let store = try Self.store(in: folder)
        let first = try Self.run("retract", "Turkey", "backs", "Syrian National Army", "--db", store)
        #expect(first.stdout == "retracted turkey backs syrian-national-army\n", "\(first.stderr)")
        let second = try Self.run("retract", "Turkey", "backs", "Syrian National Army", "--db", store)
        #expect(second.status == 0)
        #expect(second.stdout == "turkey backs syrian-national-army was already retracted; nothing changed\n")
    }
}
