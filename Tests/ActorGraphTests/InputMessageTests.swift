import ActorGraph
import Foundation
import Testing

/// Messages that say what is wrong with the input (issue 14, item 15): a pipe, a device or a
/// folder is named as one, not as a permission problem; UTF-16 is called UTF-16; a JSON Lines
/// field of the wrong type is not "not valid JSON"; a day off the calendar is no date.
@Suite struct InputMessageTests {
    typealias Folder = FolderWalkTests.Folder

    @Test func pipesFoldersAndUTF16FilesAreNamedForWhatTheyAre() throws {
        let folder = try Folder()
        try FileManager.default.createDirectory(atPath: folder.path("x.txt"), withIntermediateDirectories: true)
        #expect(throws: DocumentError.notAFile(path: folder.path("x.txt"), kind: "a folder")) {
            try DocumentLoader().read(file: URL(fileURLWithPath: folder.path("x.txt")))
        }
        #expect(mkfifo(folder.path("pipe.txt"), 0o600) == 0)
        #expect(throws: DocumentError.notAFile(path: folder.path("pipe.txt"), kind: "a named pipe (FIFO)")) {
            try DocumentLoader().read(file: URL(fileURLWithPath: folder.path("pipe.txt")))
        }
        #expect(throws: DocumentError.notAFile(path: "/dev/zero", kind: "a device")) {
            try DocumentLoader.requireFile(atPath: "/dev/zero")
        }
        let utf16 = URL(fileURLWithPath: folder.path("windows.txt"))
        try #require("Iran backs Hezbollah.".data(using: .utf16)).write(to: utf16)
        #expect(throws: DocumentError.utf16(path: utf16.path)) { try DocumentLoader().read(file: utf16) }
        #expect(DocumentError.utf16(path: "w.txt").description.contains("iconv -f utf-16 -t utf-8"))
    }

    @Test func aWronglyTypedJSONLinesFieldIsNotCalledBrokenJSON() throws {
        let folder = try Folder()
        try folder.write("news.jsonl", "{\"id\": \"a\", \"text\": 42}\n{\"text\": \"Iran backs Hezbollah.\"\n")
        let loaded = try DocumentLoader().read(file: URL(fileURLWithPath: folder.path("news.jsonl")))
        let messages = loaded.problems.map(\.description)
        #expect(messages.count == 2)
        #expect(messages[0].contains(":1: \"text\" is not text"), "\(messages[0])")
        #expect(!messages[0].contains("not valid JSON"))
        #expect(messages[1].contains(":2: not valid JSON"))
    }

    @Test(arguments: ["2024-02-30", "2023-02-29", "2024-04-31", "1900-02-29", "2024-13-01", "2024-00-10"])
    func daysOffTheCalendarAreRefused(day: String) {
        #expect(DateRange.normalizedDay(day) == nil)
        #expect(throws: DateRangeError.invalid(flag: "--since", value: day)) { try DateRange(since: day) }
    }

    @Test(arguments: ["2024-02-29", "2000-02-29", "2023-12-31", "2024-04-30T10:00:00Z"])
    func realDaysAreKept(day: String) {
        #expect(DateRange.normalizedDay(day) == String(day.prefix(10)))
    }
}
