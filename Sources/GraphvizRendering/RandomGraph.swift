import ActorGraph

/// Seeded random graphs of a given size, for benchmarks and size tests: the same seed
/// always gives the same graph, on every platform.
public enum RandomGraph {
    /// `count` actors cycling through every type, each with `relationsPerActor` typed
    /// relations to random others, each relation with one sentence of evidence.
    public static func make(actors count: Int, relationsPerActor: Int = 2, seed: UInt64 = 42) -> Graph {
        var state = seed
        func next() -> UInt64 {
            // 64-bit linear congruential generator (Knuth's MMIX constants).
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        let kinds = ActorKind.allCases
        let actors = (0..<count).map { Actor(id: "a\($0)", name: "Actor \($0)", kind: kinds[$0 % kinds.count]) }
        var relations: [Relation] = []
        guard count > 1 else { return Graph(actors: actors) }
        for index in 0..<count {
            for _ in 0..<relationsPerActor {
                let target = Int(next() % UInt64(count))
                let kind = RelationKind.allCases[Int(next() % UInt64(RelationKind.allCases.count))]
                if target == index { continue }
                let sentence = "Actor \(index) \(kind.rawValue) Actor \(target)."
                relations.append(Relation(source: "a\(index)", target: "a\(target)", kind: kind, evidence: [
                    Evidence(document: "d\(index % 97)", sentence: sentence, start: 0, end: sentence.unicodeScalars.count),
                ]))
            }
        }
        return Graph(actors: actors, relations: relations).normalized()
    }
}
