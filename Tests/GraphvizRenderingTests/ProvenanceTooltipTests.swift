import ActorGraph
import Foundation
@testable import GraphvizRendering
import Testing

/// Edge tooltips say what found each sentence and how sure it was, like `show`.
@Suite struct ProvenanceTooltipTests {
    static let turkey = Actor(name: "Turkey", kind: .state)
    static let sna = Actor(name: "Syrian National Army", kind: .armedGroup)
    static let longRule = "model+commands: <A:p , a|an|the? ~2 leader|commander|head|chief|founder|director|president|chairman of|for B+:o"

    static let graph = Graph(actors: [turkey, sna], relations: [
        Relation(source: turkey.id, target: sna.id, kind: .backs, evidence: [
            Evidence(document: "a1", sentence: "Turkey trains the Syrian National Army.", start: 0, end: 39,
                     date: "2024-01-02", rule: "model+backs-active", confidence: 0.87),
            Evidence(document: "a2", sentence: "Ankara arms the SNA.", start: 0, end: 20,
                     date: "2024-02-02", rule: longRule, confidence: 0.412),
            Evidence(document: "a3", sentence: "Turkey is said to back the SNA.", start: 0, end: 31, date: "2024-03-02"),
        ]),
    ])

    func edgeTooltip() throws -> String {
        let inspection = try SVGInspection(try Renderer.render(Self.graph, options: RenderOptions()))
        let edge = try #require(try inspection.groups(withClass: "relation").first {
            SVGInspection.id($0) == "relation-turkey--backs--syrian-national-army"
        })
        return try #require(try SVGInspection.tooltip(edge))
    }

    @Test func eachSentenceSaysWhatFoundItAndHowSure() throws {
        let tooltip = try edgeTooltip()
        #expect(tooltip.contains("3 sentences, confidence 0.87"), "the edge is as sure as its surest sentence: \(tooltip)")
        #expect(tooltip.contains("• [a1, 2024-01-02; rule: model+backs-active, confidence 0.87] Turkey trains"))
        // A whole pattern as a label is shortened to one readable line.
        #expect(tooltip.contains("• [a2, 2024-02-02; rule: model+commands: <A:p , a|…? ~2 leader|… of|for B+:o, confidence 0.41] Ankara arms"))
        #expect(!tooltip.contains("chairman"))
        // Nothing is invented for evidence that does not say.
        #expect(tooltip.contains("• [a3, 2024-03-02] Turkey is said"))
    }

    @Test func aGraphWithoutProvenanceKeepsItsTooltips() throws {
        var graph = Self.graph
        graph.relations[0].evidence = graph.relations[0].evidence.map {
            var plain = $0
            plain.rule = nil
            plain.confidence = nil
            return plain
        }
        let dot = DOTWriter().write(graph)
        #expect(!dot.contains("confidence"))
        #expect(!dot.contains("rule:"))
        #expect(dot.contains("[a1, 2024-01-02] Turkey trains"))
    }
}
