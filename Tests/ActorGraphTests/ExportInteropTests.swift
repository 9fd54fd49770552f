import Foundation
import Testing
@testable import ActorGraph

/// The exports read back by the tools analysts use (issue 13): networkx and igraph read the
/// GraphML and GEXF with every attribute and evidence sentence, and followthemoney accepts
/// the FtM lines. `Scripts/check_exports.py` does the reading, in the project's `.venv`;
/// these tests skip, saying so, where `bash Scripts/setup` has not made it.
@Suite struct ExportInteropTests {
    /// Names and sentences that break naive XML, JSON and CSV writers, evidence with every
    /// field (dates, titles, URLs, rule, model, an assertion), both symmetric types, a
    /// non-ASCII id and an actor without relations.
    static let awkward: Graph = {
        let names = ["A & B \"<Brigade>\"", "Tab\tand\u{1}control", "Ḥizb al-Ṭaḥrīr", "Line\r\nbreak 'quoted'", "Lone",
                     "Acme Holdings Ltd", "Jane Doe"]
        let kinds: [ActorKind] = [.armedGroup, .party, .party, .state, .organization, .organization, .person]
        let actors = zip(names, kinds).map { Actor(name: $0, kind: $1, aliases: ["alias of " + $0, "x;y|z"], mentionCount: 2) }
        let id = actors.map(\.id)
        func evidence(_ n: Int, hedged: Bool = false, former: Bool = false, model: Bool = false) -> Evidence {
            Evidence(document: "doc-\(n).jsonl#\(n)", sentence: "Sentence \(n) with <tags>, \"quotes\", & a tab\there.",
                     start: n, end: n + 40, hedged: hedged, former: former, date: "2024-0\(n % 9 + 1)-1\(n % 9)",
                     title: n % 2 == 0 ? "Title \(n) & more" : nil, rule: model ? "model+backs-active" : "X backs Y|Z",
                     confidence: model ? 0.8125 : nil, url: n % 3 == 0 ? nil : "https://example.org/a?n=\(n)&x=1")
        }
        return Graph(actors: actors, relations: [
            Relation(source: id[0], target: id[1], kind: .backs, evidence: [evidence(1), evidence(2, model: true)]),
            Relation(source: id[1], target: id[0], kind: .fights, evidence: [evidence(3, hedged: true)]),
            Relation(source: id[2], target: id[3], kind: .alliedWith, evidence: [evidence(4, former: true)]),
            Relation(source: id[6], target: id[5], kind: .commands, evidence: [evidence(5)]),
            Relation(source: id[6], target: id[2], kind: .memberOf, evidence: [evidence(6)]),
            Relation(source: id[2], target: id[6], kind: .memberOf, evidence: [evidence(7)]),
            Relation(source: id[3], target: id[0], kind: .sanctionedBy, evidence: [evidence(8)]),
            Relation(source: id[0], target: id[3], kind: .designatedBy,
                     evidence: [Evidence(document: "", sentence: "analyst note", start: 0, end: 0, assertedBy: "analyst note")]),
        ])
    }()

    /// A reproducible graph of `count` actors, three relations each to earlier actors.
    static func synthetic(_ count: Int) -> Graph {
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let kinds = ActorKind.allCases, relationKinds = RelationKind.allCases
        let actors = (0..<count).map { Actor(id: "a\($0)", name: "Actor \($0)", kind: kinds[$0 % kinds.count], mentionCount: 1 + $0 % 7) }
        var relations: [Relation] = []
        for n in 1..<count {
            for k in 0..<3 {
                let other = next(n)
                relations.append(Relation(source: "a\(n)", target: "a\(other)", kind: relationKinds[(n + k) % relationKinds.count],
                                          evidence: [Evidence(document: "d\(n % 50)", sentence: "Actor \(n) and Actor \(other), \(k).",
                                                              start: 0, end: 30, hedged: k == 2, date: "2020-01-0\(1 + k)")]))
            }
        }
        return Graph(actors: actors, relations: relations)
    }

    static func exportAll(_ graph: Graph, to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var positions: [Actor.ID: NodePosition] = [:]
        for (index, actor) in graph.actors.enumerated() { positions[actor.id] = NodePosition(x: Double(index * 40), y: Double(index % 5) * 30) }
        // Measured once for the five files, as the CLI measures once for its one.
        let measures = NetworkMeasures.of(graph)
        let plain = ExportOptions(measures: measures), laidOut = ExportOptions(positions: positions, yed: true, measures: measures)
        let files: [(ExportFormat, ExportOptions, String)] = [
            (.json, plain, "graph.json"), (.graphml, plain, "graph.graphml"), (.gexf, laidOut, "graph.gexf"),
            (.graphml, laidOut, "yed.graphml"), (.ftm, plain, "graph.ftm.json"),
        ]
        for (format, options, name) in files {
            let text = try GraphExport.files(graph, format: format, options: options).map(\.contents).joined()
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
    }

    static func check(_ graph: Graph, _ label: String) throws -> VenvPython.Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exports-\(label)-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try exportAll(graph, to: folder)
        let consistent = graph.normalized()
        return try VenvPython.run(try String(contentsOf: VenvPython.root.appendingPathComponent("Scripts/check_exports.py"), encoding: .utf8),
                                  arguments: [folder.path, "--counts", String(consistent.actors.count), String(consistent.relations.count)])
    }

    @Test("networkx, igraph and followthemoney read every export of awkward names, the example corpus and 1,000 actors",
          .enabled(if: VenvPython.has("networkx", "igraph", "followthemoney"),
                   "no .venv with networkx, igraph and followthemoney; run `bash Scripts/setup` to read the exports back with them"),
          arguments: ["awkward", "examples/corpus", "synthetic-1000", "chain-30"])
    func toolsReadTheExports(_ name: String) throws {
        let graph: Graph
        switch name {
        case "awkward": graph = Self.awkward
        case "examples/corpus": graph = try NetworkMeasuresTests.exampleGraph()
        case "chain-30":
            // No two edges share their ends: networkx reads a DiGraph, not a MultiDiGraph.
            graph = NetworkMeasuresTests.graph((0..<30).map { "c\($0)" }, (1..<30).map { ("c\($0 - 1)", "c\($0)") })
        default: graph = Self.synthetic(1_000)
        }
        #expect(!graph.relations.isEmpty)
        let result = try Self.check(graph, name.replacingOccurrences(of: "/", with: "-"))
        #expect(result.status == 0, "\(name): \(result.stderr)")
        #expect(result.stdout.contains("graph.graphml, yed.graphml, graph.gexf, graph.ftm.json read back"), "\(result.stdout)")
    }

    @Test("the checker fails on an export that lost a sentence",
          .enabled(if: VenvPython.has("networkx", "igraph", "followthemoney"),
                   "no .venv with networkx, igraph and followthemoney; run `bash Scripts/setup`"))
    func checkerCanFail() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exports-broken-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.exportAll(Self.awkward, to: folder)
        let graphml = folder.appendingPathComponent("graph.graphml")
        let text = try String(contentsOf: graphml, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "Sentence 3 with", with: "Sentence three with").utf8).write(to: graphml)
        let result = try VenvPython.run(try String(contentsOf: VenvPython.root.appendingPathComponent("Scripts/check_exports.py"), encoding: .utf8),
                                        arguments: [folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("graph.graphml (networkx): edge"), "\(result.stderr)")
    }

    @Test("FtM: schemata by type, relations as Membership, Directorship, Sanction, UnknownLink with sentences and URLs")
    func ftmMapping() throws {
        let text = try #require(GraphExport.files(Self.awkward, format: .ftm).first).contents
        let entities = try text.split(separator: "\n").map { line in
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
        }
        let schemata = entities.compactMap { $0["schema"] as? String }
        #expect(schemata.filter { $0 == "Company" }.count == 1, "Acme Holdings Ltd")
        #expect(schemata.filter { $0 == "Person" }.count == 1)
        #expect(schemata.filter { $0 == "PublicBody" }.count == 1)
        #expect(schemata.filter { $0 == "Membership" }.count == 1, "person member-of party; party member-of person is no Membership")
        #expect(schemata.filter { $0 == "Directorship" }.count == 1)
        #expect(schemata.filter { $0 == "Sanction" }.count == 2)
        #expect(schemata.filter { $0 == "UnknownLink" }.count == 4)
        #expect(schemata.filter { $0 == "Article" }.count == 8)
        let backs = try #require(entities.first { (($0["properties"] as? [String: [String]])?["role"]) == ["backs"] })
        let properties = try #require(backs["properties"] as? [String: [String]])
        #expect(properties["summary"]?.count == 2)
        #expect(properties["sourceUrl"] == ["https://example.org/a?n=1&x=1", "https://example.org/a?n=2&x=1"])
        #expect(properties["description"]?.contains { $0.contains("found by model") && $0.contains("confidence 0.81") } == true)
        let ids = entities.compactMap { $0["id"] as? String }
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.range(of: #"^[0-9a-zA-Z]([0-9a-zA-Z.\-]*[0-9a-zA-Z])?$"#, options: .regularExpression) != nil })
    }
}
