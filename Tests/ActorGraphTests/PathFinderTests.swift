import Testing
@testable import ActorGraph

/// Path search on the named fixtures of `PathFixtures`.
@Suite struct PathFinderTests {
    let index = GraphIndex(PathFixtures.northSyria)

    func id(_ name: String) -> Actor.ID { Actor.identifier(for: name) }

    func names(_ path: AffiliationPath?) -> [String] { path?.actors.map(\.name) ?? [] }

    func shortest(_ from: String, _ to: String, _ configure: (inout PathQuery) -> Void = { _ in }) throws -> AffiliationPath? {
        var query = PathQuery()
        configure(&query)
        return try PathFinder(source: index).shortestPath(from: id(from), to: id(to), query: query)
    }

    @Test("northSyria: the cheapest path is the hedged pledge through Bahçeli, cost 2.5")
    func shortestPath() throws {
        let path = try #require(try shortest("Abu Amsha", "Nationalist Movement Party"))
        #expect(names(path) == ["Abu Amsha", "Devlet Bahçeli", "Nationalist Movement Party"])
        #expect(path.cost == 2.5)
        #expect(path.hops.map(\.relation.kind) == [.pledgedAllegianceTo, .commands])
        #expect(path.hops[0].hedged && !path.hops[1].hedged)
        #expect(path.hops[0].evidence?.document == "fixture-1.txt")
        #expect(path.hops[0].evidence?.date == "2023-06-01")
    }

    @Test("northSyria: walked from the MHP, both hops go against their edges and print so")
    func directionPrinting() throws {
        let path = try #require(try shortest("Nationalist Movement Party", "Abu Amsha"))
        #expect(path.hops.map(\.walkedForward) == [false, false])
        #expect(path.hops.map(\.arrowLine) == [
            "Nationalist Movement Party  <-commands-  Devlet Bahçeli",
            "Devlet Bahçeli  <-pledged-allegiance-to-  Abu Amsha",
        ])
        // The stored edge keeps its true direction whichever way it was walked.
        #expect(path.hops[0].relation.source == id("Devlet Bahçeli"))
    }

    @Test("northSyria: a symmetric edge prints both ways")
    func symmetricArrow() throws {
        let path = try #require(try shortest("Justice and Development Party", "Nationalist Movement Party"))
        #expect(path.hops.map(\.arrowLine) == ["Justice and Development Party  <-allied-with->  Nationalist Movement Party"])
    }

    @Test("northSyria: --directed follows edges source to target only")
    func directed() throws {
        let forward = try shortest("Abu Amsha", "Nationalist Movement Party") { $0.directed = true }
        #expect(names(forward) == ["Abu Amsha", "Devlet Bahçeli", "Nationalist Movement Party"])
        #expect(try shortest("Nationalist Movement Party", "Abu Amsha") { $0.directed = true } == nil)
        // Undirected, Abu Amsha reaches Turkey against Turkey's `backs` (cost 3); directed, only
        // through the hedged Bahçeli–Erdoğan alliance and Erdoğan's command of Turkey (cost 4).
        #expect(names(try shortest("Abu Amsha", "Turkey")) == ["Abu Amsha", "Sultan Suleiman Shah Division",
                                                               "Syrian National Army", "Turkey"])
        let directed = try shortest("Abu Amsha", "Turkey") { $0.directed = true }
        #expect(names(directed) == ["Abu Amsha", "Devlet Bahçeli", "Recep Tayyip Erdoğan", "Turkey"])
        #expect(directed?.cost == 4)
        // Directed still walks a symmetric alliance either way: Erdoğan -> AKP <-> MHP.
        let symmetric = try shortest("Recep Tayyip Erdoğan", "Nationalist Movement Party") {
            $0.directed = true
            $0.avoid = [id("Devlet Bahçeli")]
        }
        #expect(names(symmetric) == ["Recep Tayyip Erdoğan", "Justice and Development Party", "Nationalist Movement Party"])
    }

    @Test("northSyria: fights, sanctions and designations are not affiliations unless --via asks")
    func affiliationDefaultAndVia() throws {
        #expect(try shortest("Kurdistan Workers' Party", "Nationalist Movement Party") == nil)
        #expect(try shortest("Abu Amsha", "United States") == nil)
        #expect(try shortest("Hayat Tahrir al-Sham", "Syrian National Army") == nil)
        let fought = try shortest("Hayat Tahrir al-Sham", "Syrian National Army") { $0.kinds = [.fights] }
        #expect(fought?.hops.map(\.relation.kind) == [.fights])
        let viaSanction = try shortest("Abu Amsha", "Syrian Democratic Forces") {
            $0.kinds = PathQuery.affiliationKinds.union([.sanctionedBy])
        }
        #expect(names(viaSanction) == ["Abu Amsha", "United States", "Syrian Democratic Forces"])
        // --exclude: without `pledged-allegiance-to` the pledge is gone, the 4.5... route remains.
        let excluded = try shortest("Abu Amsha", "Nationalist Movement Party") { $0.kinds.remove(.pledgedAllegianceTo) }
        #expect(excluded?.hops.contains { $0.relation.kind == .pledgedAllegianceTo } == false)
        #expect(excluded?.cost == 6)
    }

    @Test("parsing --via: names as users write them; an unknown one lists the valid names")
    func relationKindParsing() throws {
        #expect(try PathQuery.relationKinds(parsing: "backs, member_of,Allied-With") == [.backs, .memberOf, .alliedWith])
        #expect(throws: PathError.unknownRelationType("friends")) { try PathQuery.relationKinds(parsing: "backs,friends") }
        #expect(PathError.unknownRelationType("friends").description.contains("pledged-allegiance-to"))
        #expect(throws: PathError.noRelationTypes) { try PathQuery.relationKinds(parsing: " , ") }
    }

    @Test("northSyria: --avoid routes around Bahçeli")
    func avoid() throws {
        let path = try #require(try shortest("Abu Amsha", "Nationalist Movement Party") { $0.avoid = [id("Devlet Bahçeli")] })
        #expect(!names(path).contains("Devlet Bahçeli"))
        #expect(path.hops.count == 6)
        #expect(path.cost == 6)
        #expect(throws: PathError.avoidsEndpoint("Abu Amsha")) {
            try shortest("Abu Amsha", "Nationalist Movement Party") { $0.avoid = [id("Abu Amsha")] }
        }
    }

    @Test("northSyria and hedgeLadder: --max-hops drops longer paths, and finds a dearer shorter one")
    func maxHops() throws {
        #expect(try shortest("Abu Amsha", "Nationalist Movement Party") { $0.maxHops = 1 } == nil)
        #expect(try shortest("Abu Amsha", "Nationalist Movement Party") { $0.maxHops = 2 }?.cost == 2.5)
        let ladder = PathFinder(source: GraphIndex(PathFixtures.hedgeLadder))
        let free = try #require(try ladder.shortestPath(from: "a", to: "d"))
        #expect(free.actors.map(\.name) == ["A", "C1", "C2", "C3", "D"])
        var bounded = PathQuery()
        bounded.maxHops = 3
        let short = try #require(try ladder.shortestPath(from: "a", to: "d", query: bounded))
        #expect(short.actors.map(\.name) == ["A", "H1", "H2", "D"])
        #expect(short.cost == 4.5)
        bounded.maxHops = 2
        #expect(try ladder.shortestPath(from: "a", to: "d", query: bounded) == nil)
        #expect(throws: PathError.maxHopsOutOfRange(0)) {
            var q = PathQuery()
            q.maxHops = 0
            try q.validate()
        }
    }

    @Test("hedgeLadder: hedged hops cost more, by the factor asked")
    func hedgedCost() throws {
        let ladder = PathFinder(source: GraphIndex(PathFixtures.hedgeLadder))
        var query = PathQuery()
        query.hedgedCost = 1.0   // hedging ignored: three hops beat four
        #expect(try ladder.shortestPath(from: "a", to: "d", query: query)?.cost == 3)
        query.hedgedCost = 1.5
        #expect(try ladder.shortestPath(from: "a", to: "d", query: query)?.hops.count == 4)
        query.hedgedCost = 0.5
        #expect(throws: PathError.invalidHedgedCost(0.5)) { try ladder.shortestPath(from: "a", to: "d", query: query) }
    }

    @Test("northSyria: Yen's three best paths are distinct and in cost order")
    func yenNorthSyria() throws {
        var query = PathQuery()
        query.count = 3
        let paths = try PathFinder(source: index).paths(from: id("Abu Amsha"), to: id("Nationalist Movement Party"), query: query)
        #expect(paths.map(\.cost) == [2.5, 5, 6])
        #expect(names(paths[1]) == ["Abu Amsha", "Devlet Bahçeli", "Recep Tayyip Erdoğan", "Justice and Development Party",
                                    "Nationalist Movement Party"])
        #expect(Set(paths.map { names($0) }).count == 3)
        // Asking for more than exist gives all that exist: the fourth costs 6.5, then none.
        query.count = 10
        let all = try PathFinder(source: index).paths(from: id("Abu Amsha"), to: id("Nationalist Movement Party"), query: query)
        #expect(all.map(\.cost) == [2.5, 5, 6, 6.5])
    }

    @Test("fan(6): k paths over many ties are distinct, sorted by cost then names")
    func yenFan() throws {
        var query = PathQuery()
        query.count = 5
        let paths = try PathFinder(source: GraphIndex(PathFixtures.fan(6))).paths(from: "s", to: "t", query: query)
        #expect(paths.count == 5)
        #expect(paths.map(\.cost) == [2, 2, 2, 2.5, 2.5])
        #expect(paths.map { $0.actors[1].name } == ["M0", "M2", "M4", "M1", "M3"])
        #expect(Set(paths.map { $0.actors.map(\.id) }).count == 5)
        for path in paths { #expect(path.cost == path.hops.map(\.cost).reduce(0, +)) }
    }

    @Test("northSyria: --as-of drops edges first reported later")
    func asOf() throws {
        let before = try #require(try shortest("Abu Amsha", "Nationalist Movement Party") { $0.asOf = "2022-12-31" })
        #expect(!before.hops.contains { $0.relation.kind == .pledgedAllegianceTo })
        #expect(before.cost == 6)
        let after = try shortest("Abu Amsha", "Nationalist Movement Party") { $0.asOf = "2023-06" }
        #expect(after?.cost == 2.5)
        #expect(try shortest("Abu Amsha", "Nationalist Movement Party") { $0.asOf = "2010" } == nil)
        #expect(throws: PathError.invalidDate("June 2023")) {
            try shortest("Abu Amsha", "Nationalist Movement Party") { $0.asOf = "June 2023" }
        }
        #expect(throws: PathError.invalidDate("2023-13-01")) {
            try shortest("Abu Amsha", "Nationalist Movement Party") { $0.asOf = "2023-13-01" }
        }
    }

    @Test("FROM equal to TO, and k out of 1...100, are refused before any search")
    func badQueries() throws {
        #expect(throws: PathError.sameActor("Turkey")) { try shortest("Turkey", "Turkey") }
        for k in [0, -1, 101, 10_000] {
            #expect(throws: PathError.countOutOfRange(k)) {
                var query = PathQuery()
                query.count = k
                _ = try PathFinder(source: index).paths(from: id("Turkey"), to: id("Abu Amsha"), query: query)
            }
        }
    }

    @Test("the work bound stops a search instead of letting it run")
    func workBound() throws {
        #expect(throws: PathError.self) {
            try shortest("Abu Amsha", "Nationalist Movement Party") {
                $0.avoid = [id("Devlet Bahçeli")]
                $0.maxActorsRead = 3
            }
        }
    }

    @Test("an empty graph and unknown ids answer nothing rather than fail")
    func emptyGraph() throws {
        let empty = PathFinder(source: GraphIndex(Graph()))
        #expect(try empty.shortestPath(from: "a", to: "b") == nil)
    }

    @Test("the best evidence is asserted, then plain, then current, then dated, then earliest")
    func bestEvidence() {
        let hedged = Evidence(document: "h", sentence: "h", start: 0, end: 1, hedged: true, date: "2001-01-01")
        let late = Evidence(document: "late", sentence: "l", start: 0, end: 1, date: "2024-01-01")
        let early = Evidence(document: "early", sentence: "e", start: 0, end: 1, date: "2020-01-01")
        let undated = Evidence(document: "u", sentence: "u", start: 0, end: 1)
        #expect(PathHop.bestEvidence([hedged, late, undated, early])?.document == "early")
        #expect(PathHop.bestEvidence([hedged, undated])?.document == "u")
        let asserted = Evidence(document: "", sentence: "note", start: 0, end: 0, assertedBy: "note")
        #expect(PathHop.bestEvidence([early, asserted])?.assertedBy == "note")
        #expect(PathHop.bestEvidence([]) == nil)
    }
}

/// A source that numbers its actors, as a store does: `northSyria` behind numbers, so the
/// search walks numbered adjacencies and names only the actors of its answers.
struct NumberedFixtureSource: GraphSource {
    let index: GraphIndex
    let numbers: [Actor.ID: Int64]
    let ids: [Int64: Actor.ID]

    init(_ graph: Graph) {
        index = GraphIndex(graph)
        // Numbers in reverse order of the actors, so no accident of order can make them agree.
        let list = graph.actors.map(\.id).reversed().enumerated().map { (Int64($0.offset + 100), $0.element) }
        numbers = Dictionary(uniqueKeysWithValues: list.map { ($0.1, $0.0) })
        ids = Dictionary(uniqueKeysWithValues: list)
    }

    func adjacencies(of actor: Actor.ID) -> [Adjacency] { [] }   // never used: numbers are
    func actor(id: Actor.ID) -> Actor? { index.actor(id: id) }
    func actors(named name: String) -> [Actor] { index.actors(named: name) }
    func suggestions(for name: String, limit: Int) -> [String] { index.suggestions(for: name, limit: limit) }
    func evidence(for key: Relation.Key) -> [Evidence] { index.evidence(for: key) }
    func number(of actor: Actor.ID) -> Int64? { numbers[actor] }
    func actorID(number: Int64) -> Actor.ID? { ids[number] }
    func numberedAdjacencies(of actors: [Int64]) -> [Int64: [NumberedAdjacency]] {
        var result: [Int64: [NumberedAdjacency]] = [:]
        for number in actors {
            guard let id = ids[number] else { continue }
            result[number] = index.adjacencies(of: id).compactMap { edge in
                numbers[edge.neighbor].map {
                    NumberedAdjacency(neighbor: $0, kind: edge.key.kind, isOutgoing: edge.key.source == id, hedged: edge.hedged,
                                      former: edge.former, evidenceCount: edge.evidenceCount, firstDate: edge.firstDate)
                }
            }
        }
        return result
    }
}

@Suite struct NumberedSourceTests {
    let numbered = PathFinder(source: NumberedFixtureSource(PathFixtures.northSyria))
    let plain = PathFinder(source: GraphIndex(PathFixtures.northSyria))

    func id(_ name: String) -> Actor.ID { Actor.identifier(for: name) }

    @Test("northSyria behind numbers: the same paths, directions, keys and evidence as in memory")
    func sameAnswers() throws {
        let pairs = [("Abu Amsha", "Nationalist Movement Party"), ("Nationalist Movement Party", "Abu Amsha"),
                     ("Ahmed al-Sharaa", "Jabhat al-Nusra"), ("Turkey", "Justice and Development Party")]
        for (from, to) in pairs {
            for directed in [false, true] {
                var query = PathQuery()
                query.count = 3
                query.directed = directed
                let a = try numbered.paths(from: id(from), to: id(to), query: query)
                let b = try plain.paths(from: id(from), to: id(to), query: query)
                #expect(a == b, "\(from) -> \(to), directed \(directed)")
            }
        }
        let path = try #require(try numbered.shortestPath(from: id("Nationalist Movement Party"), to: id("Abu Amsha")))
        #expect(path.hops.map(\.arrowLine) == ["Nationalist Movement Party  <-commands-  Devlet Bahçeli",
                                               "Devlet Bahçeli  <-pledged-allegiance-to-  Abu Amsha"])
        #expect(path.hops[1].evidence?.document == "fixture-1.txt")
    }

    @Test("an id the numbering source does not know is connected to nothing")
    func unknownID() throws {
        #expect(try numbered.shortestPath(from: "no-such-actor", to: id("Turkey")) == nil)
    }
}
