@testable import ActorGraph
import Testing

/// Views: focus, type filters, evidence threshold, path highlight, name resolution.
@Suite struct ViewsTests {
    static func evidence(_ n: Int) -> [Evidence] {
        (0..<n).map { Evidence(document: "d\($0)", sentence: "s\($0)", start: 0, end: 2) }
    }

    /// A chain a–b–c–d–e with a side branch b–x; relation types vary. Invented for the test.
    static let chain: Graph = Graph(
        actors: [
            Actor(name: "Alpha Front", kind: .armedGroup, aliases: ["AF"]),
            Actor(name: "Bahçeli", kind: .person),
            Actor(name: "Gamma", kind: .party),
            Actor(name: "Delta", kind: .state),
            Actor(name: "Epsilon", kind: .organization),
            Actor(name: "Xeno", kind: .agency),
            Actor(name: "Loner", kind: .person),
        ],
        relations: [
            Relation(source: "alpha-front", target: "bahceli", kind: .backs, evidence: evidence(3)),
            Relation(source: "bahceli", target: "gamma", kind: .memberOf, evidence: evidence(1)),
            Relation(source: "gamma", target: "delta", kind: .fights, evidence: evidence(2)),
            Relation(source: "delta", target: "epsilon", kind: .sanctionedBy, evidence: evidence(1)),
            Relation(source: "xeno", target: "bahceli", kind: .backs, evidence: evidence(1)),
        ]
    )

    @Test func focusKeepsActorsWithinDepth() {
        let ids = { (graph: Graph) in Set(graph.actors.map(\.id)) }
        #expect(ids(Self.chain.focused(on: "bahceli", depth: 0)) == ["bahceli"])
        #expect(ids(Self.chain.focused(on: "bahceli", depth: 1)) == ["alpha-front", "bahceli", "gamma", "xeno"])
        #expect(ids(Self.chain.focused(on: "bahceli", depth: 2)) == ["alpha-front", "bahceli", "gamma", "xeno", "delta"])
        let depthOne = Self.chain.focused(on: "bahceli", depth: 1)
        #expect(depthOne.relations.count == 3)
        #expect(depthOne.relations.allSatisfy { $0.source != "delta" && $0.target != "delta" })
    }

    @Test func focusResolvesNamesWhateverTheCaseAndDiacritics() throws {
        let resolver = NameResolver(source: GraphIndex(Self.chain))
        let center = try resolver.resolve("BAHCELI")
        #expect(center.id == "bahceli")
        #expect(Self.chain.focused(on: center.id, depth: 1).actors.count == 4)
        #expect(try resolver.resolve("af").id == "alpha-front")
        #expect(throws: NameResolutionError.self) { try resolver.resolve("Zzzzzz") }
    }

    @Test func typeFiltersKeepOrDropRelationsAndTheirLoneActors() throws {
        let backs = Self.chain.keepingRelations(of: [.backs])
        #expect(Set(backs.relations.map(\.kind)) == [.backs])
        #expect(Set(backs.actors.map(\.id)) == ["alpha-front", "bahceli", "xeno"], "a filtered view shows only connected actors")
        let noBacks = Self.chain.excludingRelations(of: [.backs])
        #expect(!noBacks.relations.contains { $0.kind == .backs })
        #expect(!noBacks.actors.contains { $0.id == "xeno" })
        #expect(!noBacks.actors.contains { $0.id == "loner" })
        #expect(try Graph.relationKinds(from: ["backs,member_of", "Fights"]) == [.backs, .memberOf, .fights])
    }

    @Test func unknownRelationTypeListsTheValidOnes() {
        #expect(throws: ViewError.unknownRelationType("friends")) { try Graph.relationKinds(from: ["backs,friends"]) }
        #expect(ViewError.unknownRelationType("friends").description
            == "unknown relation type 'friends'; valid types: \(RelationKind.validNames)")
    }

    @Test func minimumEvidenceDropsThinEdges() {
        let two = Self.chain.withMinimumEvidence(2)
        // fights is symmetric: stored once, endpoints in id order (delta before gamma).
        #expect(Set(two.relations.map(\.source)) == ["alpha-front", "delta"])
        #expect(Self.chain.withMinimumEvidence(1).relations.count == Self.chain.relations.count)
        #expect(Self.chain.withMinimumEvidence(4).relations.isEmpty)
    }

    @Test func pathHighlightChecksHopsAndRestricts() throws {
        let hops = [Relation.Key(source: "alpha-front", kind: .backs, target: "bahceli"),
                    Relation.Key(source: "bahceli", kind: .memberOf, target: "gamma")]
        let highlight = try Self.chain.highlight(path: hops)
        #expect(highlight.actors == ["alpha-front", "bahceli", "gamma"])
        let only = Self.chain.restricted(to: highlight)
        #expect(Set(only.actors.map(\.id)) == ["alpha-front", "bahceli", "gamma"])
        #expect(only.relations.map(\.key) == hops)
        let missing = Relation.Key(source: "gamma", kind: .backs, target: "delta")
        #expect(throws: ViewError.missingHop(missing)) { try Self.chain.highlight(path: [missing]) }
    }

    @Test func coalitionsNeedTwoMembers() {
        var graph = Self.chain
        #expect(graph.coalitions().isEmpty)
        graph.relations.append(Relation(source: "delta", target: "gamma", kind: .memberOf))
        #expect(graph.coalitions() == ["gamma": ["bahceli", "delta"]])
    }
}
