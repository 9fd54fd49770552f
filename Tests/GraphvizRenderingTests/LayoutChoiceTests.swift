import ActorGraph
import GraphvizRendering
import Testing

/// `auto` weighs relations as well as actors, so that no graph it is given hangs a layout
/// engine (issue 14, item 9: 60 actors and 1,857 relations took `dot` 178 s).
@Suite struct LayoutChoiceTests {
    @Test func fewActorsWithManyRelationsNeverGoToDot() {
        let dense = RandomGraph.make(actors: 60, relationsPerActor: 31)
        #expect(dense.relations.count > Layout.forceRelationLimit)
        #expect(Layout.auto.resolved(for: dense) == .sfdp)

        let middling = RandomGraph.make(actors: 60, relationsPerActor: 4)
        #expect(middling.relations.count > Layout.dotRelationLimit)
        #expect(middling.relations.count <= Layout.forceRelationLimit)
        #expect([.neato, .fdp].contains(Layout.auto.resolved(for: middling)))

        let sparse = RandomGraph.make(actors: 60, relationsPerActor: 2)
        #expect(sparse.relations.count <= Layout.dotRelationLimit)
        #expect(Layout.auto.resolved(for: sparse) == .dot)
    }

    @Test func aDenseAcyclicGraphIsNotDots() {
        let actors = (0..<100).map { Actor(id: "n\($0)", name: "N\($0)", kind: .person) }
        // Every earlier actor backs every later one: acyclic, 4,950 relations.
        let relations = (0..<100).flatMap { i in ((i + 1)..<100).map { j in Relation(source: "n\(i)", target: "n\(j)", kind: .backs) } }
        let graph = Graph(actors: actors, relations: relations)
        #expect(Layout.auto.resolved(for: graph) == .sfdp)
        let sparse = Graph(actors: actors, relations: Array(relations.prefix(Layout.dotRelationLimitAcyclic)))
        #expect(Layout.auto.resolved(for: sparse) == .dot)
    }

    /// Coalition boxes of a middling graph are drawn by dot where it is quick: fdp moves the
    /// actors inside a box from run to run, and reports must repeat byte for byte.
    @Test func coalitionBoxesGoToDotWhereRelationsAreFew() {
        let coalition = Actor(id: "coalition", name: "Northern Alliance", kind: .armedGroup)
        let actors = (0..<80).map { Actor(id: "n\($0)", name: "N\($0)", kind: .armedGroup) } + [coalition]
        var relations = (0..<80).map { Relation(source: "n\($0)", target: "n\(($0 + 1) % 80)", kind: .backs) }
        relations += (0..<3).map { Relation(source: "n\($0 * 10)", target: "coalition", kind: .memberOf) }
        let graph = Graph(actors: actors, relations: relations)
        #expect(!CoalitionBoxes.boxes(in: graph).isEmpty)
        #expect(Layout.auto.resolved(for: graph) == .dot)
        let denser = Graph(actors: actors, relations: relations + (0..<80).map {
            Relation(source: "n\($0)", target: "n\(($0 + 7) % 80)", kind: .backs)
        })
        #expect(Layout.auto.resolved(for: denser) == .fdp)
    }

    @Test func explicitLayoutsAreKept() {
        #expect(Layout.dot.resolved(for: RandomGraph.make(actors: 60, relationsPerActor: 31)) == .dot)
    }

    @Test func denseGraphsAreDrawnWithStraightEdges() {
        let dense = RandomGraph.make(actors: 60, relationsPerActor: 31)
        let sparse = RandomGraph.make(actors: 60, relationsPerActor: 2)
        #expect(!Renderer.dot(for: dense, options: RenderOptions(format: .dot, layout: .neato)).contains("splines=\"true\""))
        #expect(Renderer.dot(for: sparse, options: RenderOptions(format: .dot, layout: .neato)).contains("splines=\"true\""))
    }

    @Test func drawingSizeGrowsWithActorsOrRelations() {
        #expect(DrawingSize(actors: 150, relations: 400) == .small)
        #expect(DrawingSize(actors: DrawingSize.largeActors + 1, relations: 0) == .large)
        #expect(DrawingSize(actors: 100, relations: DrawingSize.largeRelations + 1) == .large)
        #expect(DrawingSize(actors: DrawingSize.tooLargeActors + 1, relations: 0) == .tooLarge)
        #expect(DrawingSize(actors: 100, relations: DrawingSize.tooLargeRelations + 1) == .tooLarge)
        #expect(DrawingSize(RandomGraph.make(actors: 100_001, relationsPerActor: 0)) == .tooLarge)
    }
}
