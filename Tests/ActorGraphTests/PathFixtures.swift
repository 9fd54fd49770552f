@testable import ActorGraph

/// Small named graphs for path search, built in code. The sentences are written for these
/// tests (none is quoted from an article); the shape of `northSyria` follows public reporting
/// on the Syrian National Army and Turkey's People's Alliance.
enum PathFixtures {
    typealias Edge = (source: String, kind: RelationKind, target: String, hedged: Bool, date: String?)

    /// Builds a graph: actors by name (ids derived from names), edges by actor name.
    static func graph(_ actors: [(String, ActorKind, [String])], _ edges: [Edge]) -> Graph {
        let list = actors.map { Actor(name: $0.0, kind: $0.1, aliases: $0.2) }
        let id = Dictionary(list.map { ($0.name, $0.id) }, uniquingKeysWith: { a, _ in a })
        let relations = edges.enumerated().map { index, edge in
            let sentence = "\(edge.source) \(edge.hedged ? "reportedly " : "")\(edge.kind.rawValue) \(edge.target)."
            return Relation(source: id[edge.source] ?? edge.source, target: id[edge.target] ?? edge.target, kind: edge.kind,
                            evidence: [Evidence(document: "fixture-\(index + 1).txt", sentence: sentence, start: 0,
                                                end: sentence.unicodeScalars.count, hedged: edge.hedged, date: edge.date)])
        }
        return Graph(actors: list, relations: relations)
    }

    /// Fourteen actors, sixteen edges. Abu Amsha reaches the MHP by a hedged pledge to Bahçeli
    /// (cost 2.5), by Bahçeli's hedged alliance with Erdoğan and the AKP (5), or through the SNA,
    /// Turkey, Erdoğan and the AKP (6 hops, 6). Fights, a sanction and a designation connect
    /// actors that no affiliation does. Dates put the pledge last (2023).
    static let northSyria = graph([
        ("Abu Amsha", .person, ["Mohammad al-Jasim"]),
        ("Sultan Suleiman Shah Division", .armedGroup, ["Amshat"]),
        ("Syrian National Army", .armedGroup, ["SNA"]),
        ("Turkey", .state, []),
        ("Recep Tayyip Erdoğan", .person, []),
        ("Justice and Development Party", .party, ["AKP"]),
        ("Devlet Bahçeli", .person, []),
        ("Nationalist Movement Party", .party, ["MHP"]),
        ("Hayat Tahrir al-Sham", .armedGroup, ["HTS", "Hay’at Tahrir al-Sham"]),
        ("Ahmed al-Sharaa", .person, ["Abu Mohammad al-Jolani"]),
        ("Jabhat al-Nusra", .armedGroup, ["Nusra Front"]),
        ("Syrian Democratic Forces", .armedGroup, ["SDF"]),
        ("United States", .state, ["US"]),
        ("Kurdistan Workers' Party", .armedGroup, ["PKK"]),
    ], [
        ("Abu Amsha", .pledgedAllegianceTo, "Devlet Bahçeli", true, "2023-06-01"),
        ("Devlet Bahçeli", .commands, "Nationalist Movement Party", false, "2016-03-01"),
        ("Abu Amsha", .commands, "Sultan Suleiman Shah Division", false, "2020-05-01"),
        ("Sultan Suleiman Shah Division", .memberOf, "Syrian National Army", false, "2020-05-01"),
        ("Turkey", .backs, "Syrian National Army", false, "2019-10-09"),
        ("Recep Tayyip Erdoğan", .commands, "Turkey", false, "2015-01-01"),
        ("Recep Tayyip Erdoğan", .commands, "Justice and Development Party", false, "2015-01-01"),
        ("Justice and Development Party", .alliedWith, "Nationalist Movement Party", false, "2018-02-20"),
        ("Devlet Bahçeli", .alliedWith, "Recep Tayyip Erdoğan", true, "2018-02-20"),
        ("Ahmed al-Sharaa", .commands, "Hayat Tahrir al-Sham", false, "2017-01-28"),
        ("Hayat Tahrir al-Sham", .successorOf, "Jabhat al-Nusra", false, "2017-01-28"),
        ("Hayat Tahrir al-Sham", .fights, "Syrian National Army", false, "2022-10-12"),
        ("Syrian National Army", .fights, "Syrian Democratic Forces", false, "2019-10-10"),
        ("United States", .backs, "Syrian Democratic Forces", false, "2015-10-01"),
        ("Abu Amsha", .sanctionedBy, "United States", false, "2023-08-17"),
        ("Kurdistan Workers' Party", .designatedBy, "Turkey", false, "1997-10-08"),
    ])

    /// Hedged against confirmed: A reaches D in three hedged hops (cost 4.5) or four confirmed
    /// ones (cost 4). Cheapest is the longer path; `--max-hops 3` must find the shorter one.
    static let hedgeLadder = graph(
        ["A", "H1", "H2", "C1", "C2", "C3", "D"].map { ($0, ActorKind.organization, [String]()) },
        [
            ("A", .backs, "H1", true, nil), ("H1", .backs, "H2", true, nil), ("H2", .backs, "D", true, nil),
            ("A", .backs, "C1", false, nil), ("C1", .backs, "C2", false, nil), ("C2", .backs, "C3", false, nil),
            ("C3", .backs, "D", false, nil),
        ])

    /// Two people named al-Sharaa and a group whose loose name is also "sharaa": a surname
    /// that two people share must not pick one of them.
    static let sharedSurname = graph([
        ("Ahmed al-Sharaa", .person, []),
        ("Hussein al-Sharaa", .person, []),
        ("Farouk Sharaa Brigade", .armedGroup, []),
    ], [("Ahmed al-Sharaa", .memberOf, "Farouk Sharaa Brigade", false, nil)])

    /// S backs n middlemen, each of whom backs T; every odd one's tie to S is hedged. n
    /// two-hop routes, half cost 2 and half 2.5: Yen must list them distinct and in cost order.
    static func fan(_ n: Int) -> Graph {
        let names = ["S", "T"] + (0..<n).map { "M\($0)" }
        var edges: [Edge] = []
        for i in 0..<n {
            edges.append(("S", .backs, "M\(i)", i % 2 == 1, nil))
            edges.append(("M\(i)", .backs, "T", false, nil))
        }
        return graph(names.map { ($0, .organization, []) }, edges)
    }
}
