/// A ``GraphSource`` over an in-memory ``Graph``: the graph read from a JSON file or just
/// extracted from articles, indexed once so that path search and name look-ups do not scan it.
///
/// - Complexity: building is O(V + E + total evidence); every look-up after is O(1) or
///   O(degree), except ``suggestions(for:limit:)``, which compares the name with every name.
public struct GraphIndex: GraphSource, Sendable {
    /// The graph the index was built from.
    public let graph: Graph
    private let actorsByID: [Actor.ID: Actor]
    private let adjacency: [Actor.ID: [Adjacency]]
    private let idsByFoldedName: [String: [Actor.ID]]
    private let idsByLooseKey: [String: [Actor.ID]]
    private let idsBySurname: [String: [Actor.ID]]
    private let evidenceByKey: [Relation.Key: [Evidence]]

    public init(_ graph: Graph) {
        self.graph = graph
        var actorsByID: [Actor.ID: Actor] = [:]
        var folded: [String: [Actor.ID]] = [:]
        var loose: [String: [Actor.ID]] = [:]
        var surnames: [String: [Actor.ID]] = [:]
        func add(_ id: Actor.ID, to index: inout [String: [Actor.ID]], key: String) {
            guard !key.isEmpty else { return }
            if index[key]?.contains(id) != true { index[key, default: []].append(id) }
        }
        for actor in graph.actors where actorsByID[actor.id] == nil {
            actorsByID[actor.id] = actor
            for name in actor.allNames {
                add(actor.id, to: &folded, key: NameFolding.fold(name))
                let looseKey = NameFolding.looseKey(name)
                add(actor.id, to: &loose, key: looseKey)
                let words = looseKey.split(separator: " ")
                if actor.kind == .person, words.count > 1, let last = words.last {
                    add(actor.id, to: &surnames, key: String(last))
                }
            }
        }
        var adjacency: [Actor.ID: [Adjacency]] = [:]
        var evidence: [Relation.Key: [Evidence]] = [:]
        for relation in graph.relations {
            let key = relation.key
            if evidence[key] == nil {
                let dates = relation.evidence.compactMap(\.date).filter { !$0.isEmpty }
                let first = dates.min(), last = dates.max()
                func edge(to neighbor: Actor.ID) -> Adjacency {
                    Adjacency(key: key, neighbor: neighbor, hedged: relation.hedged, former: relation.former,
                              evidenceCount: relation.evidence.count, firstDate: first, lastDate: last)
                }
                adjacency[relation.source, default: []].append(edge(to: relation.target))
                if relation.target != relation.source {
                    adjacency[relation.target, default: []].append(edge(to: relation.source))
                }
                evidence[key] = relation.evidence
            } else {
                // The same edge twice in an unnormalized graph: one edge, all its evidence.
                evidence[key, default: []] += relation.evidence
            }
        }
        self.actorsByID = actorsByID
        self.adjacency = adjacency
        self.idsByFoldedName = folded
        self.idsByLooseKey = loose
        self.idsBySurname = surnames
        self.evidenceByKey = evidence
    }

    public func adjacencies(of actor: Actor.ID) -> [Adjacency] { adjacency[actor] ?? [] }

    public func actor(id: Actor.ID) -> Actor? { actorsByID[id] }

    public func actors(named name: String) -> [Actor] {
        (idsByFoldedName[NameFolding.fold(name)] ?? []).compactMap { actorsByID[$0] }
    }

    public func actors(looselyNamed name: String) -> [Actor] {
        let key = NameFolding.looseKey(name)
        var ids = idsByLooseKey[key] ?? []
        if !key.contains(" ") {
            for id in idsBySurname[key] ?? [] where !ids.contains(id) { ids.append(id) }
        }
        return ids.compactMap { actorsByID[$0] }
    }

    public func suggestions(for name: String, limit: Int) -> [String] {
        NameSuggestions.closest(to: name, among: graph.actors, limit: limit)
    }

    public func evidence(for key: Relation.Key) -> [Evidence] { evidenceByKey[key] ?? [] }

    /// How many actors the graph has.
    public var actorCount: Int { actorsByID.count }
}
