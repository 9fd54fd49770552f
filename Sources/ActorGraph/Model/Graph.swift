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
        for relation in relations {
            if var existing = merged[relation.key] {
                for item in relation.evidence where !existing.evidence.contains(item) {
                    existing.evidence.append(item)
                }
                merged[relation.key] = existing
            } else {
                merged[relation.key] = relation
            }
        }
        return Graph(
            actors: actors.sorted { ($0.kind, $0.name) < ($1.kind, $1.name) },
            relations: merged.values.sorted { $0.key < $1.key }
        )
    }
}
