import ActorGraph
@testable import GraphvizRendering
import Testing

/// A coalition box says the text makes its members members: a membership the articles only
/// report as claimed ("reportedly", "is said to") does not draw one.
@Suite struct CoalitionHedgeTests {
    static func member(_ source: String, of target: String, hedged: Bool) -> Relation {
        Relation(source: source, target: target, kind: .memberOf, evidence: [
            Fixtures.evidence("a1", "\(source) is said to be part of \(target).", date: "2024-01-02", hedged: hedged),
        ])
    }

    @Test func hedgedMembershipsDrawNoBox() {
        let actors = [
            Actor(name: "Coalition", kind: .armedGroup),
            Actor(name: "Alpha Brigade", kind: .armedGroup),
            Actor(name: "Beta Brigade", kind: .armedGroup),
            Actor(name: "Gamma Brigade", kind: .armedGroup),
        ]
        let hedged = Graph(actors: actors, relations: [
            Self.member("alpha-brigade", of: "coalition", hedged: true),
            Self.member("beta-brigade", of: "coalition", hedged: true),
        ])
        #expect(CoalitionBoxes.boxes(in: hedged).isEmpty)
        let mixed = Graph(actors: actors, relations: [
            Self.member("alpha-brigade", of: "coalition", hedged: true),
            Self.member("beta-brigade", of: "coalition", hedged: false),
            Self.member("gamma-brigade", of: "coalition", hedged: false),
        ])
        #expect(CoalitionBoxes.boxes(in: mixed) == [CoalitionBoxes.Box(coalition: "coalition", members: ["beta-brigade", "gamma-brigade"])])
    }
}
