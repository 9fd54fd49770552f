import Foundation
@testable import ActorGraph

/// Annotated sets written for these tests, laid out as the contract asks: a `gold.json`
/// beside a `texts/` folder. Every sentence is invented here.
enum TrainingFixtures {
    struct Relation {
        var source: String, type: String, target: String, document: String, evidence: String
    }

    /// Writes a set to a fresh temporary folder and returns its gold file.
    static func write(actors: [(String, String)], relations: [Relation], texts: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-train-\(UUID().uuidString)")
        let textFolder = folder.appendingPathComponent("texts")
        try FileManager.default.createDirectory(at: textFolder, withIntermediateDirectories: true)
        for (name, text) in texts { try Data(text.utf8).write(to: textFolder.appendingPathComponent(name)) }
        let gold: [String: Any] = [
            "actors": actors.map { ["name": $0.0, "type": $0.1, "aliases": [String]()] },
            "relations": relations.map {
                ["source": $0.source, "type": $0.type, "target": $0.target, "document": $0.document, "evidence": $0.evidence,
                 "hedged": false, "former": false]
            },
        ]
        let file = folder.appendingPathComponent("gold.json")
        try JSONSerialization.data(withJSONObject: gold, options: [.sortedKeys]).write(to: file)
        return file
    }

    static let states = [("Turkey", "state"), ("Iran", "state"), ("Qatar", "state"), ("Russia", "state"),
                         ("Saudi Arabia", "state"), ("United Arab Emirates", "state")]
    static let groups = [("Hamas", "armed-group"), ("Hezbollah", "armed-group"), ("Houthis", "armed-group"),
                         ("Wagner Group", "armed-group"), ("Syrian National Army", "armed-group"), ("Kata'ib Hezbollah", "armed-group")]

    /// A set that teaches one phrasing the hand rules do not know, "X is the paymaster of Y"
    /// (backs), beside sentences that name two actors without relating them.
    static func paymasterSet() throws -> URL {
        var texts: [String: String] = [:]
        var relations: [Relation] = []
        let pairs = [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (0, 1), (1, 2), (3, 0), (4, 2)]
        for (number, (s, g)) in pairs.enumerated() {
            let state = states[s].0, group = groups[g].0
            let other = states[(s + 1) % states.count].0
            let stating = "Diplomats agree that \(state) is the paymaster of \(group)."
            let text = "\(stating) Officials from \(other) met reporters in \(group == "Hamas" ? "Doha" : "Geneva") on Monday. "
                + "The envoy of \(other) spoke about \(group) at length."
            let name = String(format: "%02d_fixture.txt", number)
            texts[name] = text
            relations.append(Relation(source: state, type: "backs", target: group, document: name, evidence: stating))
        }
        return try write(actors: states + groups, relations: relations, texts: texts)
    }
}
