import Foundation
import Testing
@testable import ActorGraph

/// Degree, betweenness and Louvain communities on graphs whose values are known by hand, and
/// against networkx where the project's `.venv` has it.
@Suite struct NetworkMeasuresTests {
    /// A graph of actors named by `ids` joined by `edges` (any relation type: measures ignore it).
    static func graph(_ ids: [String], _ edges: [(String, String)], kind: RelationKind = .backs) -> Graph {
        Graph(actors: ids.map { Actor(id: $0, name: $0.uppercased(), kind: .armedGroup) },
              relations: edges.map { Relation(source: $0.0, target: $0.1, kind: kind) })
    }

    @Test("path a-b-c-d-e: betweenness 0, 1/2, 2/3, 1/2, 0 (pairs through / 6 pairs)")
    func pathGraph() {
        let measures = NetworkMeasures.of(Self.graph(["a", "b", "c", "d", "e"], [("a", "b"), ("b", "c"), ("c", "d"), ("d", "e")]))
        #expect(measures.degree == ["a": 1, "b": 2, "c": 2, "d": 2, "e": 1])
        let expected = ["a": 0, "b": 0.5, "c": 2.0 / 3, "d": 0.5, "e": 0]
        for (id, value) in expected { #expect(abs(measures.betweenness[id, default: -1] - value) < 1e-12, "\(id)") }
    }

    @Test("star: the centre lies on every path between leaves (1.0), leaves on none")
    func star() {
        let measures = NetworkMeasures.of(Self.graph(["hub", "l1", "l2", "l3", "l4"],
                                                     [("hub", "l1"), ("l2", "hub"), ("hub", "l3"), ("l4", "hub")]))
        #expect(measures.degree["hub"] == 4)
        #expect(measures.betweenness["hub"] == 1.0)
        for leaf in ["l1", "l2", "l3", "l4"] {
            #expect(measures.degree[leaf] == 1)
            #expect(measures.betweenness[leaf] == 0)
        }
    }

    @Test("parallel relations, both directions and a self-relation count one neighbour")
    func simpleGraph() {
        var graph = Self.graph(["a", "b", "c"], [("a", "b"), ("b", "a"), ("a", "a"), ("b", "c")])
        graph.relations.append(Relation(source: "a", target: "b", kind: .fights))
        graph.relations.append(Relation(source: "a", target: "ghost", kind: .fights))
        let measures = NetworkMeasures.of(graph)
        #expect(measures.degree == ["a": 1, "b": 2, "c": 1])
        #expect(measures.betweenness["b"] == 1.0)
        #expect(measures.betweenness["ghost"] == nil)
    }

    @Test("two triangles joined by one edge: two communities, modularity 6/7 - 1/2")
    func twoTriangles() {
        let graph = Self.graph(["a", "b", "c", "x", "y", "z"],
                               [("a", "b"), ("b", "c"), ("a", "c"), ("x", "y"), ("y", "z"), ("x", "z"), ("c", "x")])
        let measures = NetworkMeasures.of(graph)
        #expect(measures.community == ["a": 0, "b": 0, "c": 0, "x": 1, "y": 1, "z": 1])
        #expect(abs(measures.modularity - (6.0 / 7 - 0.5)) < 1e-12)
        // The bridge ends carry every path between the triangles: 9 pairs of 10 through each.
        #expect(abs(measures.betweenness["c", default: 0] - 0.6) < 1e-12)
    }

    @Test("an actor with no relation is its own community, numbered after bigger ones")
    func isolatesAndNumbering() {
        let graph = Self.graph(["a", "b", "c", "lone"], [("b", "c"), ("c", "a")])
        let measures = NetworkMeasures.of(graph)
        #expect(measures.community["lone"] == 1)
        #expect(measures.community["a"] == 0 && measures.community["b"] == 0)
        #expect(measures.degree["lone"] == 0)
        let empty = NetworkMeasures.of(Self.graph(["a", "b"], []))
        #expect(empty.modularity == 0)
        #expect(empty.community == ["a": 0, "b": 1])
    }

    @Test("the same graph in any order gives the same numbers")
    func deterministic() {
        let graph = Self.randomGraph(nodes: 120, edges: 300, seed: 7)
        var shuffled = graph
        var generator = SplitMix(seed: 99)
        shuffled.actors.shuffle(using: &generator)
        shuffled.relations.shuffle(using: &generator)
        let first = NetworkMeasures.of(graph), second = NetworkMeasures.of(shuffled)
        #expect(first.community == second.community)
        #expect(first.modularity == second.modularity)
        #expect(first.degree == second.degree)
        for (id, value) in first.betweenness { #expect(abs(value - second.betweenness[id, default: -1]) < 1e-12) }
        #expect(first.modularity > 0.3, "a sparse random graph splits into communities")
    }

    /// A reproducible random graph (SplitMix64, so no platform generator is involved).
    static func randomGraph(nodes: Int, edges: Int, seed: UInt64) -> Graph {
        var generator = SplitMix(seed: seed)
        let ids = (0..<nodes).map { String(format: "n%03d", $0) }
        var pairs: [(String, String)] = []
        // A ring keeps most of it connected; random chords make shortcuts and ties.
        for i in 0..<nodes where i % 10 != 9 { pairs.append((ids[i], ids[(i + 1) % nodes])) }
        while pairs.count < edges {
            let a = Int.random(in: 0..<nodes, using: &generator), b = Int.random(in: 0..<nodes, using: &generator)
            if a != b { pairs.append((ids[a], ids[b])) }
        }
        return graph(ids, pairs)
    }

    // MARK: against networkx

    static let networkxScript = """
        import json, sys
        import networkx as nx
        data = json.load(open(sys.argv[1]))
        G = nx.Graph()
        G.add_nodes_from(data["nodes"])
        G.add_edges_from((a, b) for a, b in data["edges"] if a != b)
        b = nx.betweenness_centrality(G)
        best = max(nx.community.modularity(G, nx.community.louvain_communities(G, seed=s)) for s in range(5)) if G.number_of_edges() else 0
        print(json.dumps({"betweenness": b, "modularity": best, "degree": dict(G.degree())}))
        """

    /// The example corpus's graph as the bundled extractor makes it.
    static func exampleGraph() throws -> Graph {
        let corpus = VenvPython.root.appendingPathComponent("examples/corpus")
        let loader = DocumentLoader()
        let documents = try loader.articleFiles(in: [corpus.path]).flatMap { try loader.read(file: $0).documents }
        return Extractor(gazetteer: try Gazetteer.bundled(), model: try ExtractionModel.bundled()).graph(from: documents)
    }

    // Skips when `bash Scripts/setup` has not made the venv: the hand-made cases above still run.
    @Test("betweenness equals networkx's to 1e-6, modularity within 0.02 of its Louvain",
          .enabled(if: VenvPython.has("networkx"), "no .venv with networkx; run `bash Scripts/setup` to compare with it"),
          arguments: ["examples/corpus", "random-400"])
    func matchesNetworkx(_ name: String) throws {
        let graph = name == "examples/corpus" ? try Self.exampleGraph() : Self.randomGraph(nodes: 400, edges: 900, seed: 13)
        #expect(graph.relations.count > 5, "\(name) has relations to compare")
        let measures = NetworkMeasures.of(graph)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("measures-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        let payload: [String: Any] = ["nodes": graph.actors.map(\.id), "edges": graph.relations.map { [$0.source, $0.target] }]
        try JSONSerialization.data(withJSONObject: payload).write(to: file)
        let result = try VenvPython.run(Self.networkxScript, arguments: [file.path])
        try #require(result.status == 0, "networkx failed: \(result.stderr)")
        struct Reference: Decodable { var betweenness: [String: Double]; var modularity: Double; var degree: [String: Int] }
        let reference = try JSONDecoder().decode(Reference.self, from: Data(result.stdout.utf8))
        #expect(reference.degree == measures.degree)
        #expect(reference.betweenness.count == measures.betweenness.count)
        for (id, value) in reference.betweenness {
            #expect(abs(value - measures.betweenness[id, default: .nan]) < 1e-6, "\(name): betweenness of \(id)")
        }
        #expect(abs(reference.modularity - measures.modularity) < 0.02,
                "\(name): modularity \(measures.modularity), networkx's Louvain \(reference.modularity)")
    }
}

/// SplitMix64: a tiny seeded generator, the same on every platform.
private struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
