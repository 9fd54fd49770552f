import Foundation
import Testing

/// `actorgraph export` options of issue 13 and `actors --rank`, end to end through the built
/// binary: positions from a Graphviz layout, yEd graphics, article URLs from the store on
/// every sentence, usage mistakes exiting 64 with the flag named.
@Suite struct ExportCLITests {
    static func run(_ arguments: String...) throws -> PathCommandTests.Result { try PathCommandTests.run(arguments) }

    static let input = PathCommandTests.fixtureFile.path

    /// A scratch folder removed when the test ends.
    final class Scratch {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("export-cli-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        func read(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }
    }

    /// How many times `needle` occurs in `text`.
    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test("--layout puts a viz:position on every GEXF node; --yed --layout a ShapeNode with geometry on every GraphML node")
    func layoutAndYed() throws {
        let scratch = try Scratch()
        let gexf = try Self.run("export", "--input", Self.input, "--format", "gexf", "--layout", "dot", "-o", scratch.path("g.gexf"))
        #expect(gexf.status == 0, "\(gexf.stderr)")
        let text = try scratch.read("g.gexf")
        #expect(Self.count("<node id=", in: text) == 14)
        #expect(Self.count("<viz:position x=", in: text) == 14)
        #expect(Self.count("<viz:color r=", in: text) == 14 + 16)
        let plain = try Self.run("export", "--input", Self.input, "--format", "gexf")
        #expect(plain.status == 0 && !plain.stdout.contains("viz:position"), "no layout, no positions")

        let yed = try Self.run("export", "--input", Self.input, "--format", "graphml", "--yed", "--layout", "neato", "-o", scratch.path("y.graphml"))
        #expect(yed.status == 0, "\(yed.stderr)")
        let graphml = try scratch.read("y.graphml")
        #expect(Self.count("<y:ShapeNode>", in: graphml) == 14)
        #expect(Self.count("<y:PolyLineEdge>", in: graphml) == 16)
        #expect(graphml.contains("<y:Shape type=\"octagon\"/>") && graphml.contains("<y:Shape type=\"rectangle3d\"/>"))
        let geometries = graphml.components(separatedBy: "<y:Geometry ").dropFirst()
        let xs = Set(geometries.compactMap { $0.components(separatedBy: "x=\"").dropFirst().first?.prefix { $0 != "\"" } })
        #expect(xs.count > 3, "the layout spreads the nodes out")
    }

    @Test("usage mistakes exit 64 and name the flag")
    func usageMistakes() throws {
        let yedGexf = try Self.run("export", "--input", Self.input, "--format", "gexf", "--yed")
        #expect(yedGexf.status == 64)
        #expect(yedGexf.stderr.contains("'--yed' is for '--format graphml'"))
        let badLayout = try Self.run("export", "--input", Self.input, "--format", "gexf", "--layout", "spring")
        #expect(badLayout.status == 64)
        #expect(badLayout.stderr.contains("'--layout spring' is not a Graphviz layout"))
        let layoutCSV = try Self.run("export", "--input", Self.input, "--format", "csv", "--layout", "dot", "-o", "/tmp")
        #expect(layoutCSV.status == 64)
        let tables = try Self.run("export", "--input", Self.input, "--format", "tables")
        #expect(tables.status == 64)
        #expect(tables.stderr.contains("writes nodes.csv, relations.csv and evidence.csv; name a folder with '-o DIR'"))
    }

    @Test("a store's article URLs reach every export's evidence; actors --rank orders by the measure")
    func storeURLsAndRanking() throws {
        let scratch = try Scratch()
        let archive = """
            {"id": "a1", "title": "Backing & fighting", "date": "2024-02-03", "url": "https://news.example/a1?x=1&y=2", "text": "Turkey backs the Syrian National Army. Iran backs Hezbollah. Hezbollah fights the Syrian National Army."}
            {"id": "a2", "date": "2024-03-04", "url": "https://news.example/a2", "text": "Iran backs the Syrian National Army, officials said."}

            """
        try Data(archive.utf8).write(to: URL(fileURLWithPath: scratch.path("news.jsonl")))
        let store = scratch.path("store.sqlite")
        let ingested = try Self.run("ingest", "--quiet", "--db", store, scratch.path("news.jsonl"))
        #expect(ingested.status == 0, "\(ingested.stderr)")
        let graphml = try Self.run("export", "--db", store, "--format", "graphml")
        #expect(graphml.status == 0, "\(graphml.stderr)")
        #expect(graphml.stdout.contains("https://news.example/a1?x=1&amp;y=2"), "\(graphml.stdout.prefix(3000))")
        let tables = try Self.run("export", "--db", store, "--format", "tables", "-o", scratch.path("tables"))
        #expect(tables.status == 0, "\(tables.stderr)")
        let evidence = try scratch.read("tables/evidence.csv")
        #expect(evidence.contains("https://news.example/a2"))
        #expect(evidence.contains("Backing & fighting"))
        let ftm = try Self.run("export", "--db", store, "--format", "ftm")
        #expect(ftm.stdout.contains("\"sourceUrl\":[\"https://news.example/a1?x=1&y=2\"]"))

        let ranked = try Self.run("actors", "--db", store, "--rank", "degree")
        #expect(ranked.status == 0, "\(ranked.stderr)")
        let lines = ranked.stdout.split(separator: "\n")
        // The SNA is tied to Turkey, Iran and Hezbollah: three neighbours, the most.
        #expect(lines.first?.hasPrefix("3  syrian-national-army") == true, "\(ranked.stdout)")
        let values = lines.compactMap { Int($0.split(separator: " ").first ?? "") }
        #expect(values == values.sorted(by: >) && values.count == lines.count)
        let betweenness = try Self.run("actors", "--db", store, "--rank", "betweenness", "--json", "--limit", "1")
        let top = try JSONSerialization.jsonObject(with: Data(betweenness.stdout.utf8)) as? [[String: Any]]
        #expect(top?.count == 1)
        #expect(top?.first?["measure"] as? String == "betweenness")
        #expect((top?.first?["value"] as? Double ?? 0) > 0)
    }
}
