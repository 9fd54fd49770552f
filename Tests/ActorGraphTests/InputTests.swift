import ActorGraph
import Foundation
import Testing

/// Reading articles: plain text, Markdown, HTML and JSON Lines archives.
@Suite struct InputTests {
    /// A fresh folder per test, removed afterwards.
    final class Folder {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("aginput-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        @discardableResult
        func write(_ name: String, _ text: String) throws -> URL {
            let file = url.appendingPathComponent(name)
            try Data(text.utf8).write(to: file)
            return file
        }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    @Test func htmlLosesTagsScriptsAndStylesAndKeepsItsMetadata() throws {
        let folder = try Folder()
        let file = try folder.write("page.html", """
            <!doctype html><html><head><title>Turkey &amp; the SNA</title>
            <meta property="article:published_time" content="2024-12-10T08:00:00Z">
            <link rel="canonical" href="https://example.org/a?x=1&amp;y=2">
            <style>p { color: red; }</style><script>var backs = "not text";</script></head>
            <body><p>Turkey <b>backs</b> the&nbsp;SNA.</p><!-- hidden --><p>It is &#8220;reportedly&#8221; so.</p>
            <script type="text/javascript">document.write("<p>injected</p>")</script></body></html>
            """)
        let document = try #require(try DocumentLoader().load(file: file).first)
        #expect(document.id == "page.html")
        #expect(document.title == "Turkey & the SNA")
        #expect(document.date == "2024-12-10")
        #expect(document.url == "https://example.org/a?x=1&y=2")
        #expect(document.text == "Turkey backs the SNA.\n\nIt is “reportedly” so.")
        #expect(!document.text.contains("color") && !document.text.contains("injected") && !document.text.contains("hidden"))
    }

    @Test func markdownFrontMatterGivesTitleDateAndURL() throws {
        let folder = try Folder()
        let file = try folder.write("note.md", """
            ---
            title: "Factions of the SNA"
            date: December 8, 2024
            url: https://example.org/sna
            ---
            # Heading
            The [Hamza Division](https://example.org/hamza) is part of the SNA.
            """)
        let document = try #require(try DocumentLoader().load(file: file).first)
        #expect(document.title == "Factions of the SNA")
        #expect(document.date == "2024-12-08")
        #expect(document.url == "https://example.org/sna")
        #expect(document.text == "Heading\nThe Hamza Division is part of the SNA.", "heading marks are typography")
    }

    @Test func jsonLinesReadsEveryGoodLineAndReportsTheBrokenOnes() throws {
        let folder = try Folder()
        let file = try folder.write("archive.jsonl", """
            {"id": "a1", "title": "One", "date": "2024-01-02", "url": "https://example.org/1", "text": "Turkey backs the SNA."}
            {"id": "a2", "title": "Two", "text": "The SNA fights the SDF."
            not json at all

            {"id": 3, "date": "Tue, 10 Dec 2024 09:00:00 +0000", "text": "The SDF is backed by the US."}
            {"id": "a4", "title": "No text"}
            {"id": "a1", "text": "A repeated id."}
            """)
        let loaded = try DocumentLoader().read(file: file)
        #expect(loaded.documents.map(\.id) == ["a1", "3"])
        #expect(loaded.documents[0].title == "One" && loaded.documents[0].url == "https://example.org/1")
        #expect(loaded.documents[1].date == "2024-12-10")
        #expect(loaded.problems.count == 4)
        let lines = loaded.problems.compactMap { problem -> Int? in
            if case .malformedLine(let path, let line, _) = problem, path == file.path { return line }
            return nil
        }
        #expect(lines == [2, 3, 6, 7])
        #expect(loaded.problems.first?.description.hasPrefix("\(file.path):2: ") == true)
        // The strict form, which `extract` uses, stops at the first bad line.
        #expect(throws: DocumentError.self) { try DocumentLoader().load(file: file) }
    }

    @Test func streamingAnArchiveGivesWhatReadingItWholeGives() throws {
        let folder = try Folder()
        var lines: [String] = []
        for index in 1...3000 {
            // Long enough lines that the file spans several read chunks; every 500th is broken.
            let text = String(repeating: "Turkey backs the SNA. ", count: 20)
            lines.append(index % 500 == 0 ? "{\"id\": \"n\(index)\", \"text\": \"cut" : "{\"id\": \"n\(index)\", \"text\": \"\(text)\(index)\"}")
        }
        let file = try folder.write("big.jsonl", lines.joined(separator: "\n"))
        var streamed: [Document] = []
        var offsets: [Int] = []
        var problems: [DocumentError] = []
        try DocumentLoader().forEachDocument(in: file, { document, bytesRead in
            streamed.append(document)
            offsets.append(bytesRead)
        }, problem: { problems.append($0) })
        let whole = try DocumentLoader().read(file: file)
        #expect(streamed == whole.documents)
        #expect(streamed.count == 2994)
        #expect(problems == whole.problems && problems.count == 6)
        #expect(offsets == offsets.sorted())
        let size = try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? NSNumber).intValue
        // The last good line is the one before the (broken) last line.
        #expect(offsets.last == size - (lines.last?.utf8.count ?? 0))
    }

    @Test func wholeFileProblemsNameTheFile() throws {
        let folder = try Folder()
        let empty = try folder.write("empty.txt", "  \n")
        #expect(throws: DocumentError.empty(path: empty.path)) { try DocumentLoader().read(file: empty) }
        let binary = folder.url.appendingPathComponent("latin1.txt")
        try Data([0x43, 0x61, 0x66, 0xE9, 0xFF]).write(to: binary)
        #expect(throws: DocumentError.notUTF8(path: binary.path)) { try DocumentLoader().read(file: binary) }
        let other = try folder.write("table.csv", "a,b\n")
        #expect(throws: DocumentError.unsupported(path: other.path)) { try DocumentLoader().read(file: other) }
    }

    @Test func dateRangesParseAndFilterAGraph() throws {
        #expect(throws: DateRangeError.invalid(flag: "--since", value: "2024-13-01")) { try DateRange(since: "2024-13-01") }
        #expect(throws: DateRangeError.reversed(since: "2024-05-01", until: "2024-01-01")) {
            try DateRange(since: "2024-05-01", until: "2024-01-01")
        }
        let range = try DateRange(since: "2024-02-01", until: "2024-03-31")
        #expect(range.contains("2024-02-01T10:00:00Z") && range.contains("2024-03-31"))
        #expect(!range.contains("2024-04-01") && !range.contains(nil))
        #expect(try DateRange().contains(nil))

        let a = Actor(name: "Turkey", kind: .state), b = Actor(name: "SNA", kind: .armedGroup)
        let graph = Graph(actors: [a, b], relations: [
            Relation(source: a.id, target: b.id, kind: .backs, evidence: [
                Evidence(document: "jan", sentence: "s1", start: 0, end: 2, date: "2024-01-10"),
                Evidence(document: "feb", sentence: "s2", start: 0, end: 2, date: "2024-02-10"),
            ]),
            Relation(source: b.id, target: a.id, kind: .pledgedAllegianceTo, evidence: [
                Evidence(document: "undated", sentence: "s3", start: 0, end: 2),
            ]),
        ])
        let filtered = graph.filtered(by: range)
        #expect(filtered.relations.count == 1)
        #expect(filtered.relations.first?.evidence.map(\.document) == ["feb"])
        #expect(graph.filtered(by: try DateRange(asOf: "2023-12-31")).isEmpty)
    }
}
