import ActorGraph
import Foundation
@testable import GraphvizRendering
import Testing

/// Issue 14, item 14: any article text gives well-formed SVG, and every actor a distinct id.
@Suite struct SVGSafetyTests {
    /// Names and sentences with the two characters XML 1.0 forbids outright.
    static let noncharacters: Graph = {
        let name = "Front\u{FFFE} of\u{FFFF} Victory"
        return Graph(actors: [Actor(name: name, kind: .armedGroup), Actor(name: "Iran", kind: .state)],
                     relations: [Relation(source: "iran", target: Actor.identifier(for: name), kind: .backs, evidence: [
                        Fixtures.evidence("d\u{FFFF}1", "Iran backs the Front\u{FFFE} of Victory\u{FFFF}.")])])
    }()

    @Test func noncharactersInTextStillGiveWellFormedSVG() throws {
        let svg = try Renderer.render(Self.noncharacters, options: RenderOptions())
        #expect(!String(decoding: svg, as: UTF8.self).unicodeScalars.contains { $0.value == 0xFFFE || $0.value == 0xFFFF })
        let inspection = try SVGInspection(svg)
        #expect(try inspection.groups(withClass: "actor").count == 2)
    }

    @Test func nonLatinNamesGetDistinctStableIds() throws {
        let names = ["جبهة النصرة", "حزب الله", "Хезболла", "Front_Victory", "Front Victory"]
        let graph = Graph(actors: names.map { Actor(id: $0, name: $0, kind: .armedGroup) })
        let first = try SVGInspection(try Renderer.render(graph, options: RenderOptions()))
        let ids = try first.groups(withClass: "actor").compactMap(SVGInspection.id)
        #expect(ids.count == names.count)
        #expect(Set(ids).count == names.count, "\(ids)")
        #expect(ids.allSatisfy { $0.unicodeScalars.allSatisfy { $0.isASCII } })
        #expect(ids.contains("actor-Front_Victory"), "an id with nothing replaced is kept as it is")
        let second = try SVGInspection(try Renderer.render(graph, options: RenderOptions(layout: .neato)))
        #expect(Set(try second.groups(withClass: "actor").compactMap(SVGInspection.id)) == Set(ids))
    }
}
