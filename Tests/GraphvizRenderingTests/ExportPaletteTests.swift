import ActorGraph
@testable import GraphvizRendering
import Testing

/// Exports colour actors and relations as the diagrams do, and take positions from Graphviz.
@Suite struct ExportPaletteTests {
    @Test("GEXF and yEd colours are the diagrams' colours, type by type")
    func paletteMatchesDiagrams() {
        for kind in ActorKind.allCases {
            #expect(ExportPalette.fill(for: kind) == DiagramStyle.look(for: kind).fill, "\(kind)")
        }
        for kind in RelationKind.allCases {
            #expect(ExportPalette.line(for: kind) == DiagramStyle.look(for: kind).color, "\(kind)")
        }
    }

    @Test("every actor gets a position, isolated ones too, and the layout spreads them")
    func positions() throws {
        let graph = Graph(actors: ["a", "b", "c", "lone"].map { Actor(id: $0, name: $0.uppercased(), kind: .state) },
                          relations: [Relation(source: "a", target: "b", kind: .backs), Relation(source: "b", target: "c", kind: .backs)])
        for layout in [Layout.dot, .neato] {
            let positions = try NodePlacement.positions(of: graph, layout: layout)
            #expect(Set(positions.keys) == ["a", "b", "c", "lone"], "\(layout)")
            #expect(Set(positions.values).count == 4, "\(layout): four distinct places")
        }
        // dot ranks a backer above the backed: y grows upwards, as Graphviz gives it.
        let ranked = try NodePlacement.positions(of: graph, layout: .dot)
        #expect(try #require(ranked["a"]).y > (try #require(ranked["c"])).y)
        #expect(try NodePlacement.positions(of: Graph(), layout: .dot).isEmpty)
    }
}
