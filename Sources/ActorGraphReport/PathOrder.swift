import ActorGraph

/// The order in which `actorgraph path` reads each actor's edges, for the page's path finder.
///
/// Path search breaks ties between equally cheap paths by the order it met actors in, which
/// follows the order its ``GraphSource`` lists each actor's edges: a graph file's relation
/// order for ``GraphIndex``, index order (outgoing, then incoming) for the project store. The
/// report sorts its relations, so without this the page's answer could differ from the
/// command line's among paths of equal cost. The page walks these lists instead.
enum PathOrder {
    /// For each actor of `actors` (report order), the positions in `relations` of its edges,
    /// in the order `source` lists them; edges the source does not list follow in report
    /// order, so that every edge stays walkable.
    static func adjacency(actors: [Actor.ID], relations: [Relation.Key], source: any GraphSource) throws -> [[Int]] {
        var position: [Relation.Key: Int] = [:]
        var own: [Actor.ID: [Int]] = [:]
        for (index, key) in relations.enumerated() {
            position[key] = index
            own[key.source, default: []].append(index)
            if key.target != key.source { own[key.target, default: []].append(index) }
        }
        var names: [Int64: Actor.ID] = [:]
        func name(_ number: Int64) throws -> Actor.ID? {
            if let known = names[number] { return known }
            let id = try source.actorID(number: number)
            names[number] = id
            return id
        }
        return try actors.map { actor in
            var keys: [Relation.Key] = []
            if let number = try source.number(of: actor) {
                names[number] = actor
                for item in try source.numberedAdjacencies(of: [number])[number] ?? [] {
                    guard let neighbor = try name(item.neighbor) else { continue }
                    let (from, to) = item.isOutgoing ? (actor, neighbor) : (neighbor, actor)
                    keys.append(Relation(source: from, target: to, kind: item.kind).key)
                }
            } else {
                keys = try source.adjacencies(of: actor).map(\.key)
            }
            var order: [Int] = []
            var seen = Set<Int>()
            for key in keys {
                if let index = position[key], seen.insert(index).inserted { order.append(index) }
            }
            for index in own[actor] ?? [] where seen.insert(index).inserted { order.append(index) }
            return order
        }
    }
}
