import ActorGraph
import GraphvizRendering

/// Small graphs built in code, so that the renderer's tests do not depend on extraction.
enum Fixtures {
    static func evidence(_ document: String, _ sentence: String, date: String? = nil,
                         hedged: Bool = false, former: Bool = false) -> Evidence {
        Evidence(document: document, sentence: sentence, start: 0, end: sentence.unicodeScalars.count,
                 hedged: hedged, former: former, date: date)
    }

    /// A coalition with three member factions, a backer, a commander and a sanction; one
    /// hedged and one former edge. Loosely after public reporting on the Syrian National
    /// Army (Wikipedia, "Syrian National Army"); the sentences are written for the test.
    static let coalition: Graph = {
        let actors = [
            Actor(name: "Turkey", kind: .state, aliases: ["Türkiye", "Ankara"], documents: ["a1", "a2"], mentionCount: 4),
            Actor(name: "Syrian National Army", kind: .armedGroup, aliases: ["SNA"]),
            Actor(name: "Sultan Murad Division", kind: .armedGroup),
            Actor(name: "Hamza Division", kind: .armedGroup),
            Actor(name: "Suleiman Shah Brigade", kind: .armedGroup, aliases: ["Amshat"]),
            Actor(name: "Mohammed al-Jasim", kind: .person, aliases: ["Abu Amsha"]),
            Actor(name: "European Union", kind: .organization, aliases: ["EU"]),
            Actor(name: "MHP", kind: .party),
        ]
        let relations = [
            Relation(source: "turkey", target: "syrian-national-army", kind: .backs, evidence: [
                evidence("a1", "Turkey trains and pays the Syrian National Army.", date: "2024-01-02"),
                evidence("a2", "Ankara funds the SNA's factions.", date: "2024-03-05"),
            ]),
            Relation(source: "sultan-murad-division", target: "syrian-national-army", kind: .memberOf,
                     evidence: [evidence("a1", "The Sultan Murad Division is part of the SNA.", date: "2024-01-02")]),
            Relation(source: "hamza-division", target: "syrian-national-army", kind: .memberOf,
                     evidence: [evidence("a1", "The Hamza Division belongs to the SNA.", date: "2024-01-02")]),
            Relation(source: "suleiman-shah-brigade", target: "syrian-national-army", kind: .memberOf,
                     evidence: [evidence("a2", "The Suleiman Shah Brigade fights within the SNA.", date: "2024-03-05")]),
            Relation(source: "mohammed-al-jasim", target: "suleiman-shah-brigade", kind: .commands,
                     evidence: [evidence("a2", "Mohammed al-Jasim, known as Abu Amsha, leads the brigade.", date: "2024-03-05")]),
            Relation(source: "mohammed-al-jasim", target: "european-union", kind: .sanctionedBy,
                     evidence: [evidence("a2", "The EU sanctioned Abu Amsha.", date: "2024-03-05")]),
            Relation(source: "mhp", target: "turkey", kind: .backs,
                     evidence: [evidence("a3", "The MHP reportedly backs the policy.", hedged: true)]),
            Relation(source: "hamza-division", target: "sultan-murad-division", kind: .fights,
                     evidence: [evidence("a3", "The two factions once clashed.", former: true)]),
        ]
        return Graph(actors: actors, relations: relations)
    }()

    /// Names and sentences that would break DOT or inject markup if not escaped.
    static let hostile: Graph = {
        let actors = [
            Actor(id: "quote", name: "The \"Quoted\" Front", kind: .armedGroup),
            Actor(id: "backslash", name: "Back\\slash \\N \\G \\n", kind: .person, aliases: ["a\\Nb"]),
            Actor(id: "script", name: "<script>alert('x')</script>", kind: .organization),
            Actor(id: "amp", name: "Smith & Sons &amp; &nbsp; &#38;", kind: .organization),
            Actor(id: "weird\"id\\", name: "Weird Id", kind: .state),
        ]
        let relations = [
            Relation(source: "quote", target: "backslash", kind: .backs, evidence: [
                evidence("doc\"1", "He said \"yes\" \\N <b>bold</b> & left.\nNext line.", date: "2024-02-02"),
            ]),
            Relation(source: "script", target: "amp", kind: .alliedWith, evidence: [
                evidence("doc<2>", "<img src=x onerror=alert(1)> &lt;tag&gt; ]]> -->"),
            ]),
            Relation(source: "weird\"id\\", target: "quote", kind: .fights, evidence: [
                evidence("d3", "Plain."),
            ]),
        ]
        return Graph(actors: actors, relations: relations)
    }()

    /// A seeded random graph: `count` actors of every type, about two typed relations each.
    static func synthetic(actors count: Int) -> Graph { RandomGraph.make(actors: count) }
}
