import ActorGraph
import Foundation
@testable import GraphvizRendering
import Testing

/// Diagrams of real output (issue 13): loose actors in a grid, never a long column; coalition
/// boxes only around armed groups of a named coalition; a caption that counts the articles
/// behind the drawn edges.
@Suite struct RealOutputDiagramTests {
    static func relation(_ source: String, _ kind: RelationKind, _ target: String, document: String = "a1",
                         former: Bool = false) -> Relation {
        Relation(source: source, target: target, kind: kind, evidence: [
            Fixtures.evidence(document, "\(source) \(kind.rawValue) \(target).", date: "2024-01-02", former: former),
        ])
    }

    /// One article's worth: a few relations, and a dozen actors named but tied to nothing,
    /// as extraction of an encyclopedia article gives.
    static let mostlyLoose: Graph = {
        var actors = [
            Actor(name: "Turkey", kind: .state, documents: ["a1"]),
            Actor(name: "Syrian National Army", kind: .armedGroup, documents: ["a1"]),
            Actor(name: "Hamza Division", kind: .armedGroup, documents: ["a1"]),
        ]
        for index in 1...12 {
            actors.append(Actor(name: "Loose Actor \(index)", kind: index % 2 == 0 ? .organization : .person,
                                documents: ["a\(index)"]))
        }
        return Graph(actors: actors, relations: [
            relation("turkey", .backs, "syrian-national-army"),
            relation("hamza-division", .memberOf, "syrian-national-army"),
        ])
    }()

    @Test func looseActorsGoInAGridUnderTheDiagramNotAColumn() throws {
        for layout in [Layout.dot, .neato] {
            let dot = DOTWriter(layout: layout).write(Self.mostlyLoose)
            // Not nodes: cells of one grid, six to a row, each with the actor's id.
            #expect(!dot.contains("\"loose-actor-1\" ["))
            #expect(dot.contains("ID=\"isolates\"") && dot.contains("ID=\"actor-loose-actor-12\""))
            // The grid's own table, up to its end (it holds no table of its own).
            let grid = try #require(dot.range(of: "ID=\"isolates\"").map { dot[$0.lowerBound...].components(separatedBy: "</TABLE>")[0] })
            #expect(grid.components(separatedBy: "<TR>").count - 1 == 1 + 2, "a heading and two rows of six")
            #expect(dot.contains("labelloc=\"b\""))
            let data = try Renderer.render(Self.mostlyLoose, options: RenderOptions(format: .svg, layout: layout))
            let svg = String(decoding: data, as: UTF8.self)
            let box = try #require(svg.firstMatch(of: /viewBox="0\.00 0\.00 ([0-9.]+) ([0-9.]+)"/))
            let width = try #require(Double(box.1)), height = try #require(Double(box.2))
            #expect(height < width * 1.5, "\(layout): \(width)×\(height), a grid and not a strip")
            #expect(try SVGInspection(data).document.nodes(forXPath: "//*[@id='a_actor-loose-actor-7']").count == 1)
        }
        // Without a relation there is no diagram to go under: the actors are nodes as before.
        let alone = DOTWriter(layout: .dot).write(Graph(actors: Array(Self.mostlyLoose.actors.suffix(3)), relations: []))
        #expect(!alone.contains("ID=\"isolates\"") && alone.contains("\"loose-actor-12\" ["))
    }

    @Test func theCaptionCountsTheArticlesBehindTheDrawnEdges() {
        let writer = DOTWriter()
        // Twelve articles name the loose actors; the two edges come from one.
        #expect(writer.captionText(Self.mostlyLoose) == "15 actors · 2 relations · 1 article, 2024-01-02")
        var leftOut = writer
        leftOut.isolatesLeftOut = 12
        #expect(leftOut.captionText(Self.mostlyLoose).hasSuffix("12 actors with no relation left out (--isolates draws them)"))
        let unrelated = Graph(actors: Array(Self.mostlyLoose.actors.suffix(3)), relations: [])
        #expect(writer.captionText(unrelated) == "3 actors · 0 relations · 3 articles")
    }

    @Test func aStateIsNeverACoalitionBox() {
        let graph = Graph(actors: [
            Actor(name: "Syria", kind: .state),
            Actor(name: "Syrian Army", kind: .armedGroup),
            Actor(name: "National Defence Forces", kind: .armedGroup),
        ], relations: [
            Self.relation("syrian-army", .memberOf, "syria"),
            Self.relation("national-defence-forces", .memberOf, "syria"),
        ])
        #expect(CoalitionBoxes.boxes(in: graph).isEmpty)
        #expect(!DOTWriter(layout: .dot).write(graph).contains("cluster_"))
    }

    @Test func actorsThatFightEachOtherAreNeverBoxedTogether() {
        let graph = Graph(actors: [
            Actor(name: "Coalition", kind: .armedGroup),
            Actor(name: "Alpha Brigade", kind: .armedGroup),
            Actor(name: "Beta Brigade", kind: .armedGroup),
            Actor(name: "Gamma Brigade", kind: .armedGroup),
        ], relations: [
            Self.relation("alpha-brigade", .memberOf, "coalition"),
            Self.relation("beta-brigade", .memberOf, "coalition"),
            Self.relation("gamma-brigade", .memberOf, "coalition"),
            Self.relation("alpha-brigade", .fights, "beta-brigade"),
            Self.relation("alpha-brigade", .fights, "gamma-brigade"),
        ])
        // Alpha fights both others: it leaves, and Beta and Gamma stay boxed.
        #expect(CoalitionBoxes.boxes(in: graph) == [CoalitionBoxes.Box(coalition: "coalition", members: ["beta-brigade", "gamma-brigade"])])
        var rivals = graph
        rivals.relations.append(Self.relation("beta-brigade", .fights, "gamma-brigade"))
        #expect(CoalitionBoxes.boxes(in: rivals).isEmpty, "every pair fights: no box at all")
        // A fight of the past is no conflict: the fixture's two once-clashing factions stay in.
        #expect(CoalitionBoxes.boxes(in: Fixtures.coalition).first?.members.count == 3)
    }

    @Test func onlyArmedGroupsOfAStandingMembershipAreBoxed() {
        let graph = Graph(actors: [
            Actor(name: "Front", kind: .armedGroup),
            Actor(name: "Alpha Brigade", kind: .armedGroup),
            Actor(name: "Beta Brigade", kind: .armedGroup),
            Actor(name: "A Commander", kind: .person),
            Actor(name: "A Party", kind: .party),
        ], relations: [
            Self.relation("alpha-brigade", .memberOf, "front"),
            Self.relation("beta-brigade", .memberOf, "front", former: true),
            Self.relation("a-commander", .memberOf, "front"),
            Self.relation("a-party", .memberOf, "front"),
        ])
        #expect(CoalitionBoxes.boxes(in: graph).isEmpty, "one standing armed-group member is no coalition")
    }
}
