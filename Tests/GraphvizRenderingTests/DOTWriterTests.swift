import ActorGraph
import Foundation
@testable import GraphvizRendering
import Testing

/// The DOT text we write: pinned by a golden file, read back by the real `dot` program.
@Suite struct DOTWriterTests {
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    /// Compares `text` with `Snapshots/name`; `RECORD_SNAPSHOTS=1` rewrites the file instead.
    func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = Self.snapshots.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: Self.snapshots, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return
        }
        let expected = try #require(try? String(contentsOf: url, encoding: .utf8),
                                    "missing snapshot \(name); run with RECORD_SNAPSHOTS=1 to record it",
                                    sourceLocation: sourceLocation)
        #expect(text == expected, "DOT differs from Snapshots/\(name); re-record with RECORD_SNAPSHOTS=1 only if the change is meant",
                sourceLocation: sourceLocation)
    }

    @Test func coalitionGraphMatchesGoldenDOT() throws {
        let text = Renderer.dot(for: Fixtures.coalition, options: RenderOptions(format: .dot, layout: .dot, title: "Test: SNA & backers"))
        try assertSnapshot(text, named: "coalition.dot")
    }

    @Test func dotIsDeterministicWhateverTheInputOrder() {
        var shuffled = Fixtures.coalition
        shuffled.actors.reverse()
        shuffled.relations.reverse()
        #expect(Renderer.dot(for: shuffled) == Renderer.dot(for: Fixtures.coalition))
    }

    @Test(arguments: ["coalition", "hostile"])
    func dotProgramAcceptsOurDOT(fixture: String) throws {
        let dotPath = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let dotPath else {
            print("skipped: the `dot` program is not installed")
            return
        }
        let graph = fixture == "coalition" ? Fixtures.coalition : Fixtures.hostile
        let text = Renderer.dot(for: graph, options: RenderOptions(format: .dot, layout: .dot, title: "A <b>\"title\"</b> & \\N"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dotPath)
        process.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let svg = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(message.isEmpty, "dot printed: \(message)")
        _ = try SVGInspection(svg)
    }

    @Test func escapingKeepsArticleTextInsideItsString() {
        #expect(DOTWriter.escapeLabel("a\"b") == "a\\\"b")
        #expect(DOTWriter.escapeLabel("x\\N") == "x\\\\N")
        #expect(DOTWriter.escapeLabel("A & B") == "A &amp; B")
        #expect(DOTWriter.escapeLabel("one\ntwo\r\tthree") == "one two three")
        let writer = DOTWriter()
        #expect(writer.tooltip("x\\N") == "x＼N")
        #expect(writer.tooltip("line\nnext") == "line\\nnext")
        #expect(writer.html("<b>&\"") == "&lt;b&gt;&amp;&quot;")
    }

    @Test func identifiersAreSafeForCSS() {
        #expect(DOTWriter.cssIdentifier("hayat-tahrir-al-sham") == "hayat-tahrir-al-sham")
        // A lossy id carries a hash of the original, so that it names one thing only.
        #expect(DOTWriter.cssIdentifier("we\"ird id<").hasPrefix("we_ird_id_-"))
        #expect(DOTWriter.cssIdentifier("we\"ird id<") != DOTWriter.cssIdentifier("we_ird_id_"))
        #expect(DOTWriter.cssIdentifier("we_ird_id_") == "we_ird_id_")
        let key = Relation(source: "turkey", target: "syrian-national-army", kind: .backs).key
        #expect(DOTWriter.relationIdentifier(key) == "relation-turkey--backs--syrian-national-army")
    }

    @Test func legendListsOnlyTheTypesPresent() {
        let text = Renderer.dot(for: Fixtures.coalition)
        #expect(text.contains(">armed-group <"))
        #expect(text.contains(">sanctioned-by <"))
        #expect(!text.contains(">agency <"))
        #expect(!text.contains(">designated-by <"))
        #expect(text.contains("hedged (reported, alleged)"))
        #expect(text.contains("dotted: former tie"))
        let noLegend = Renderer.dot(for: Fixtures.coalition, options: RenderOptions(legend: false))
        #expect(!noLegend.contains("Relations"))
    }

    @Test func captionCountsArticlesAndDates() {
        let caption = DOTWriter().captionText(Fixtures.coalition)
        #expect(caption == "8 actors · 8 relations · 3 articles, 2024-01-02 to 2024-03-05")
    }

    @Test func coalitionBoxesOnlyWhereTheEngineKeepsThem() {
        #expect(Renderer.dot(for: Fixtures.coalition, options: RenderOptions(layout: .fdp)).contains("subgraph \"cluster_"))
        #expect(!Renderer.dot(for: Fixtures.coalition, options: RenderOptions(layout: .neato)).contains("subgraph"))
        #expect(!Renderer.dot(for: Fixtures.coalition, options: RenderOptions(layout: .sfdp)).contains("coalition and its members"))
    }

    @Test func coalitionMembersAreDrawnInsideItsCluster() throws {
        let text = Renderer.dot(for: Fixtures.coalition, options: RenderOptions(layout: .dot))
        let start = try #require(text.range(of: "subgraph \"cluster_syrian-national-army\" {"))
        let end = try #require(text.range(of: "\n  }\n", range: start.upperBound..<text.endIndex))
        let body = text[start.upperBound..<end.lowerBound]
        for member in ["\"sultan-murad-division\" [", "\"hamza-division\" [", "\"suleiman-shah-brigade\" [", "\"syrian-national-army\" ["] {
            #expect(body.contains(member))
        }
        #expect(!body.contains("\"turkey\" ["))
    }

    @Test func autoLayoutPicksAnEngineThatFinishes() {
        #expect(Layout.auto.resolved(for: Fixtures.coalition) == .dot)
        #expect(Layout.auto.resolved(for: Fixtures.synthetic(actors: 500)) == .sfdp)
        let middling = Fixtures.synthetic(actors: 100)
        #expect(Layout.auto.resolved(for: middling) == (CoalitionBoxes.boxes(in: middling).isEmpty ? .neato : .fdp))
        let noCoalitions = middling.excludingRelations(of: [.memberOf])
        #expect(Layout.auto.resolved(for: noCoalitions) == .neato)
        // An acyclic chain of 200 actors is still dot's.
        let chain = Graph(actors: (0..<200).map { Actor(id: "c\($0)", name: "C\($0)", kind: .person) },
                          relations: (1..<200).map { Relation(source: "c\($0 - 1)", target: "c\($0)", kind: .backs) })
        #expect(Layout.auto.resolved(for: chain) == .dot)
        #expect(Layout.neato.resolved(for: chain) == .neato)
    }
}
