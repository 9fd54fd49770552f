/// An actor-relationship graph: actors, typed relations and their evidence. A value:
/// views (focus, filters, paths) take a graph and give back a smaller one.
///
/// Its JSON form (`{"actors": [...], "relations": [...]}`) is the contract that
/// `extract` prints and `render --input` and the evaluation script read.
public struct Graph: Codable, Hashable, Sendable {
    public var actors: [Actor]
    public var relations: [Relation]

    public init(actors: [Actor] = [], relations: [Relation] = []) {
        self.actors = actors
        self.relations = relations
    }

    /// The actor with this id, if the graph has it. O(n): build an index for loops.
    public func actor(id: Actor.ID) -> Actor? { actors.first { $0.id == id } }

    /// Actors by id.
    public var actorsByID: [Actor.ID: Actor] {
        Dictionary(actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public var isEmpty: Bool { actors.isEmpty }

    /// The graph with only the evidence whose confidence reaches `minimum` (evidence with
    /// none, such as a person's assertion, is kept); relations left without evidence go,
    /// and so do actors left with no relation that were drawn only as a relation's end.
    public func keeping(minimumConfidence minimum: Double) -> Graph {
        var kept = self
        kept.relations = relations.compactMap { relation in
            var relation = relation
            relation.evidence = relation.evidence.filter { ($0.confidence ?? 1) >= minimum }
            return relation.evidence.isEmpty ? nil : relation
        }
        return kept
    }

    /// The sorted, deduplicated form: actors by name, relations by key. Two graphs with the
    /// same content print the same JSON.
    public func normalized() -> Graph {
        var merged: [Relation.Key: Relation] = [:]
        // The evidence already on each merged edge, hashed: a hot edge gathers thousands of
        // sentences, and a linear `contains` per append made merging it quadratic.
        var seen: [Relation.Key: Set<Evidence>] = [:]
        for relation in relations {
            let key = relation.key
            if var existing = merged[key] {
                var known = seen[key] ?? Set(existing.evidence)
                for item in relation.evidence where known.insert(item).inserted {
                    existing.evidence.append(item)
                }
                seen[key] = known
                merged[key] = existing
            } else {
                merged[key] = relation
            }
        }
        return Graph(
            actors: actors.sorted { ($0.kind, $0.name) < ($1.kind, $1.name) },
            relations: merged.values.sorted { $0.key < $1.key }
        )
    }
}
