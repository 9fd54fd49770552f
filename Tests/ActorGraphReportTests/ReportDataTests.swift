@testable import ActorGraphReport
import ActorGraph
import Foundation
import Testing

/// The data the page embeds: numbering, links, measures, and what is drawn.
@Suite struct ReportDataTests {
    /// A small graph: two people commanding one group, a state backing it, one isolate.
    static let graph = Graph(
        actors: [
            Actor(name: "Devlet Bahçeli", kind: .person, aliases: ["Bahceli"], mentionCount: 3),
            Actor(name: "Abu Amsha", kind: .person, aliases: ["Mohammed al-Jasim"], mentionCount: 2),
            Actor(name: "Hamza Division", kind: .armedGroup, mentionCount: 4),
            Actor(name: "Turkey", kind: .state, mentionCount: 5),
            Actor(name: "Lonely Council", kind: .organization, mentionCount: 1),
        ],
        relations: [
            Relation(source: "turkey", target: "hamza-division", kind: .backs, evidence: [
                Evidence(document: "b.txt", sentence: "Turkey backs the Hamza Division.", start: 0, end: 31, date: "2024-02-01"),
                Evidence(document: "a.txt", sentence: "Turkey reportedly funds it.", start: 0, end: 27, hedged: true, date: "2023-05-01"),
            ]),
            Relation(source: "abu-amsha", target: "hamza-division", kind: .commands, evidence: [
                Evidence(document: "a.txt", sentence: "Abu Amsha leads the Hamza Division.", start: 0, end: 35, rule: "r1", confidence: 0.8),
            ]),
            Relation(source: "abu-amsha", target: "devlet-bahceli", kind: .pledgedAllegianceTo, evidence: [
                Evidence(document: "c.txt", sentence: "Abu Amsha pledged allegiance to Bahçeli.", start: 0, end: 40, former: true),
            ]),
        ])

    static let documents = [
        "a.txt": ReportDocument(id: "a.txt", title: "Article A", url: "https://example.org/a"),
        "b.txt": ReportDocument(id: "b.txt", title: "Article B", url: "javascript:alert(1)"),
    ]

    @Test func evidenceIsNumberedInTheNormalizedOrder() {
        let normalized = Self.graph.normalized()
        let data = HTMLReport.data(for: normalized, documents: Self.documents, options: ReportOptions())
        #expect(data.relations.flatMap(\.evidence) == Array(1...4))
        // Relation order is the normalized order; each entry's evidence is its own sentences.
        for (entry, relation) in zip(data.relations, normalized.relations) {
            #expect(entry.type == relation.kind.rawValue)
            #expect(entry.evidence.map { data.evidence[$0 - 1].sentence } == relation.evidence.map(\.sentence))
            #expect(data.actors[entry.source].id == relation.source)
            #expect(data.actors[entry.target].id == relation.target)
        }
        let backs = data.relations.first { $0.type == "backs" }
        #expect(backs?.first == "2023-05-01")
        #expect(backs?.last == "2024-02-01")
    }

    @Test func onlyWebLinksAndTitlesReachTheDocuments() {
        let data = HTMLReport.data(for: Self.graph.normalized(), documents: Self.documents, options: ReportOptions())
        let byID = Dictionary(uniqueKeysWithValues: data.documents.map { ($0.id, $0) })
        #expect(byID["a.txt"]?.url == "https://example.org/a")
        #expect(byID["a.txt"]?.title == "Article A")
        #expect(byID["b.txt"]?.url == nil)
        #expect(byID["b.txt"]?.title == "Article B")
        #expect(byID["c.txt"]?.url == nil)
    }

    @Test func searchKeysAreTheToolsFoldedNames() {
        let data = HTMLReport.data(for: Self.graph.normalized(), documents: [:], options: ReportOptions())
        let bahceli = data.actors.first { $0.id == "devlet-bahceli" }
        #expect(bahceli?.folded == ["devlet bahceli", "bahceli"])
        #expect(data.actors.allSatisfy { $0.folded.count == 1 + $0.aliases.count })
    }

    @Test func measuresComeFromNetworkMeasures() {
        let normalized = Self.graph.normalized()
        let measures = NetworkMeasures.of(normalized)
        let data = HTMLReport.data(for: normalized, documents: [:], options: ReportOptions())
        for actor in data.actors {
            #expect(actor.degree == measures.degree[actor.id] ?? 0)
            #expect(abs(actor.betweenness - (measures.betweenness[actor.id] ?? 0)) < 1e-9)
            #expect(actor.community == measures.community[actor.id] ?? 0)
        }
        #expect(data.actors.first { $0.id == "hamza-division" }?.degree == 2)
    }

    @Test func theDrawingLeavesIsolatesOutAndKeepsIDsTheDataNames() throws {
        let normalized = Self.graph.normalized()
        let svg = try HTMLReport.drawing(of: normalized, options: ReportOptions())
        let data = HTMLReport.data(for: normalized, documents: [:], options: ReportOptions())
        #expect(svg.hasPrefix("<svg"))
        #expect(!svg.contains("<!--") && !svg.contains("<title>") && !svg.contains("xlink:title"))
        #expect(!svg.contains(" width=\"") || !svg.prefix(200).contains(" width=\""))
        // Graphviz writes `-` in ids as `&#45;`; the browser reads them back as the data's ids.
        func drawn(_ id: String) -> Bool { svg.contains("id=\"" + id.replacingOccurrences(of: "-", with: "&#45;") + "\"") }
        for actor in data.actors { #expect(drawn(actor.svg) == (actor.id != "lonely-council"), "\(actor.id)") }
        for relation in data.relations { #expect(drawn(relation.svg)) }
    }

    /// Actor order does not matter; relation order does, but only to the path finder's edge
    /// lists (the order `actorgraph path` would read that file in), never to the rest.
    @Test func theSameGraphGivesTheSameBytes() throws {
        let first = try HTMLReport.html(for: Self.graph, documents: Self.documents)
        #expect(try HTMLReport.html(for: Self.graph, documents: Self.documents) == first)
        let reordered = Graph(actors: Self.graph.actors.reversed(), relations: Self.graph.relations)
        #expect(try HTMLReport.html(for: reordered, documents: Self.documents) == first)
        let reversed = Graph(actors: Self.graph.actors, relations: Self.graph.relations.reversed())
        let data = HTMLReport.data(for: reversed.normalized(), documents: Self.documents, options: ReportOptions())
        #expect(data.relations.map(\.svg) == HTMLReport.data(for: Self.graph.normalized(), documents: Self.documents, options: ReportOptions()).relations.map(\.svg))
    }

    @Test func pathOrderFollowsTheSource() throws {
        let normalized = Self.graph.normalized()
        let keys = normalized.relations.map(\.key)
        let ids = normalized.actors.map(\.id)
        // Hamza Division has two edges; a graph listing them the other way round lists them so.
        let given = try PathOrder.adjacency(actors: ids, relations: keys, source: GraphIndex(Self.graph))
        let flipped = try PathOrder.adjacency(actors: ids, relations: keys, source: GraphIndex(Graph(actors: Self.graph.actors, relations: Self.graph.relations.reversed())))
        let hamza = try #require(ids.firstIndex(of: "hamza-division"))
        #expect(given[hamza].count == 2)
        #expect(given[hamza] == flipped[hamza].reversed())
        #expect(given[hamza].map { keys[$0].source } == ["turkey", "abu-amsha"])
    }
}
