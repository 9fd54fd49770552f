import ActorGraph
import Foundation
import Testing

/// Files written on Windows (CR LF) or classic Mac OS (lone CR) read like their LF twins
/// (issue 14, item 3): every reader, not only `ingest`'s streaming one.
@Suite struct LineEndingTests {
    typealias Folder = InputTests.Folder

    static let archive = """
        {"id": "a1", "title": "Backers", "date": "2024-01-10", "text": "Turkey backs the Syrian National Army."}
        {"id": "a2", "text": "truncated
        {"id": "a3", "text": "Iran backs Hezbollah.\\r\\nA second line."}

        """

    static func withLineEnd(_ text: String, _ end: String) -> String {
        text.replacingOccurrences(of: "\n", with: end)
    }

    /// What `extract`, `render`, `path` and `export` read (whole file), and what `ingest` reads (streamed).
    static func bothReadings(_ file: URL) throws -> (whole: DocumentLoader.LoadedFile, streamed: [Document], problems: [DocumentError]) {
        var streamed: [Document] = []
        var problems: [DocumentError] = []
        try DocumentLoader().forEachDocument(in: file, { document, _ in streamed.append(document) },
                                             problem: { problems.append($0) })
        return (try DocumentLoader().read(file: file), streamed, problems)
    }

    @Test(arguments: ["\r\n", "\r"])
    func jsonLinesWithOtherLineEndsReadLikeLF(lineEnd: String) throws {
        let folder = try Folder()
        let reference = try Self.bothReadings(try folder.write("lf.jsonl", Self.archive))
        let other = try Self.bothReadings(try folder.write("other.jsonl", Self.withLineEnd(Self.archive, lineEnd)))
        #expect(other.whole.documents.map(\.id) == ["a1", "a3"])
        #expect(other.whole.documents == reference.whole.documents)
        #expect(other.streamed == reference.streamed)
        // The broken record is still reported at its own line, in either reading.
        let lines = (other.whole.problems + other.problems).map { problem -> Int in
            if case .malformedLine(_, let line, _) = problem { return line }
            return -1
        }
        #expect(lines == [2, 2])
        // An escaped CR LF inside a record's text is text, not a line end.
        #expect(other.whole.documents.last?.text == "Iran backs Hezbollah.\r\nA second line.")
    }

    @Test func idLessRecordsOfACRLFArchiveAreNumberedByLine() throws {
        let folder = try Folder()
        let file = try folder.write("news.jsonl", "{\"text\": \"Iran backs Hezbollah.\"}\r\n\r\n{\"text\": \"Qatar backs Hamas.\"}\r\n")
        #expect(try DocumentLoader().load(file: file).map(\.id) == ["news.jsonl:1", "news.jsonl:3"])
    }

    static let markdown = """
        ---
        title: Hamas Politburo Meets
        date: 2024-01-02
        url: https://example.org/hamas
        ---
        # Ignored heading

        Iran backs Hezbollah.

        """

    @Test(arguments: ["\r\n", "\r"])
    func markdownFrontMatterWithOtherLineEndsIsRead(lineEnd: String) throws {
        let folder = try Folder()
        let reference = try #require(try DocumentLoader().load(file: try folder.write("lf.md", Self.markdown)).first)
        let document = try #require(try DocumentLoader().load(file: try folder.write("other.md", Self.withLineEnd(Self.markdown, lineEnd))).first)
        #expect(document.title == "Hamas Politburo Meets")
        #expect(document.date == "2024-01-02")
        #expect(document.url == "https://example.org/hamas")
        #expect(!document.text.contains("title:") && !document.text.contains("Hamas"))
        #expect(document.text == reference.text)
    }

    @Test func aCRLFMarkdownTitleIsNotAnActor() throws {
        let folder = try Folder()
        let file = try folder.write("a.md", Self.withLineEnd(Self.markdown, "\r\n"))
        let graph = Extractor(gazetteer: try Gazetteer.bundled()).graph(from: try DocumentLoader().load(file: file))
        #expect(!graph.actors.contains { $0.name == "Hamas" }, "\(graph.actors.map(\.name))")
        #expect(graph.actors.contains { $0.name == "Hezbollah" })
    }

    @Test func htmlWithCRLFGivesTheSameTextAsLF() throws {
        let folder = try Folder()
        let page = """
            <html><head>
            <title>Backers</title>
            </head><body>
            <p>Iran backs
            Hezbollah.</p>

            <p>Turkey backs the Syrian National Army.</p></body></html>

            """
        let reference = try #require(try DocumentLoader().load(file: try folder.write("lf.html", page)).first)
        let crlf = try #require(try DocumentLoader().load(file: try folder.write("crlf.html", Self.withLineEnd(page, "\r\n"))).first)
        #expect(crlf.text == reference.text)
        #expect(crlf.title == "Backers")
    }
}
