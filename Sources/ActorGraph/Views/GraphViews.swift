import Foundation

/// Views: pure functions from a graph to a smaller graph. None knows about Graphviz.
extension Graph {
    /// The graph without the actors no relation touches, and how many were left out: a
    /// diagram of relations leaves them out (`render`, the report's drawing) and its caption
    /// counts them. A graph with no relation at all is kept whole: its actors are all there is.
    public func withoutIsolates() -> (graph: Graph, leftOut: Int) {
        guard !relations.isEmpty else { return (self, 0) }
        let touched = Set(relations.flatMap { [$0.source, $0.target] })
        var kept = self
        kept.actors = actors.filter { touched.contains($0.id) }
        return (kept, actors.count - kept.actors.count)
    }

    /// The ego network of `center`: every actor within `depth` hops of it (edges followed
    /// in either direction), and every relation between two of those actors.
    ///
    /// Depth 0 is the actor alone. - Complexity: O(V + E).
    public func focused(on center: Actor.ID, depth: Int) -> Graph {
        var distance: [Actor.ID: Int] = [center: 0]
        var neighbours: [Actor.ID: [Actor.ID]] = [:]
        for relation in relations {
            neighbours[relation.source, default: []].append(relation.target)
            neighbours[relation.target, default: []].append(relation.source)
        }
        var frontier = [center]
        var level = 0
        while level < depth, !frontier.isEmpty {
            level += 1
            var next: [Actor.ID] = []
            for actor in frontier {
                for other in neighbours[actor] ?? [] where distance[other] == nil {
                    distance[other] = level
                    next.append(other)
                }
            }
            frontier = next
        }
        return Graph(
            actors: actors.filter { distance[$0.id] != nil },
            relations: relations.filter { distance[$0.source] != nil && distance[$0.target] != nil }
        )
    }

    /// Only the relations for which `keep` is true, and the actors they connect: a filtered
    /// view shows those relations, so actors without one (dropped by the filter, or without
    /// any to begin with) would only crowd it.
    public func keepingRelations(where keep: (Relation) -> Bool) -> Graph {
        let kept = relations.filter(keep)
        var after = Set<Actor.ID>()
        for relation in kept { after.insert(relation.source); after.insert(relation.target) }
        return Graph(actors: actors.filter { after.contains($0.id) }, relations: kept)
    }

    /// Only relations of these types (`--types`).
    public func keepingRelations(of kinds: Set<RelationKind>) -> Graph {
        keepingRelations { kinds.contains($0.kind) }
    }

    /// Without relations of these types (`--exclude-types`).
    public func excludingRelations(of kinds: Set<RelationKind>) -> Graph {
        keepingRelations { !kinds.contains($0.kind) }
    }

    /// Only relations stated by at least `count` sentences (`--min-evidence`).
    public func withMinimumEvidence(_ count: Int) -> Graph {
        keepingRelations { $0.evidence.count >= count }
    }

    /// Marks a path's hops for drawing: the hops must be edges of this graph.
    ///
    /// - Throws: ``ViewError/missingHop(_:)`` for a hop that is not an edge.
    public func highlight(path hops: [Relation.Key]) throws -> PathHighlight {
        let keys = Set(relations.map(\.key))
        for hop in hops where !keys.contains(hop) { throw ViewError.missingHop(hop) }
        return PathHighlight(hops: hops)
    }

    /// Only the actors and relations of a highlighted path (`--path-only`).
    public func restricted(to highlight: PathHighlight) -> Graph {
        Graph(
            actors: actors.filter { highlight.actors.contains($0.id) },
            relations: relations.filter { highlight.relations.contains($0.key) }
        )
    }

    /// Coalitions to draw as boxes around their members: every actor that at least two
    /// others are `member-of`, mapped to those members (sorted by id). An actor that is a
    /// member of several coalitions is listed under each; the drawing picks one.
    public func coalitions(minimumMembers: Int = 2) -> [Actor.ID: [Actor.ID]] {
        var members: [Actor.ID: Set<Actor.ID>] = [:]
        for relation in relations where relation.kind == .memberOf && relation.source != relation.target {
            members[relation.target, default: []].insert(relation.source)
        }
        return members.filter { $0.value.count >= minimumMembers }.mapValues { $0.sorted() }
    }

    /// Parses relation type names as users give them, comma-separated or repeated
    /// (`--types backs,member-of --types fights`).
    ///
    /// - Throws: ``ViewError/unknownRelationType(_:)`` listing the valid types.
    public static func relationKinds(from values: [String]) throws -> Set<RelationKind> {
        try values.reduce(into: Set<RelationKind>()) { kinds, value in
            kinds.formUnion(try RelationKind.parseList(value) { ViewError.unknownRelationType($0) })
        }
    }
}
