/// Finds the cheapest affiliation paths between two actors of any ``GraphSource``.
///
/// One path is a bidirectional Dijkstra search: both ends grow a frontier, the smaller one
/// first, a whole layer of equal cost at a time (one read of the source per layer), until the
/// two meet and no cheaper meeting is possible. Only the neighbourhoods it touches are read,
/// and on a source that numbers its actors (``GraphSource/number(of:)``) only the actors of the
/// answer are named, so it answers on a store of a million actors without loading it.
/// Several paths are Yen's algorithm over that search. A hop limit that the cheapest path
/// breaks is checked with a fewest-hops search, then met by a hop-bounded label search.
///
/// ```swift
/// let finder = PathFinder(source: GraphIndex(graph))
/// let paths = try finder.paths(from: "abu-amsha", to: "mhp", query: PathQuery())
/// for hop in paths.first?.hops ?? [] { print(hop.arrowLine) }
/// ```
///
/// - Complexity: bounded by ``PathQuery/maxActorsRead`` actors read per query.
public struct PathFinder {
    public let source: any GraphSource

    public init(source: any GraphSource) {
        self.source = source
    }

    /// The cheapest paths from `from` to `to` (actor ids), best first: at most
    /// ``PathQuery/count``, fewer when fewer exist, none when the two are not connected.
    /// Paths differ in the actors they pass through; ties go to fewer hops, then to the order
    /// the search met the actors in (the same for the same graph and query).
    /// - Throws: ``PathError`` for a bad query or a search over its work bound; the
    ///   source's own errors as they come.
    public func paths(from: Actor.ID, to: Actor.ID, query: PathQuery = PathQuery()) throws -> [AffiliationPath] {
        var statistics = PathSearchStatistics()
        return try paths(from: from, to: to, query: query, statistics: &statistics)
    }

    /// ``paths(from:to:query:)``, also telling how much of the graph the search read: for
    /// benchmarks and for `--stats`.
    public func paths(from: Actor.ID, to: Actor.ID, query: PathQuery,
                      statistics: inout PathSearchStatistics) throws -> [AffiliationPath] {
        try query.validate()
        if from == to { throw PathError.sameActor(try source.actor(id: from)?.name ?? from) }
        for end in [from, to] where query.avoid.contains(end) {
            throw PathError.avoidsEndpoint(try source.actor(id: end)?.name ?? end)
        }
        let search = PathSearch(source: source, query: query)
        defer { statistics = search.statistics }
        // An actor a numbering store does not have is connected to nothing.
        guard let start = try search.handle(of: from), let end = try search.handle(of: to) else { return [] }
        var avoid = Set<Handle>()
        for id in query.avoid { if let handle = try search.handle(of: id) { avoid.insert(handle) } }
        let raw = try search.kShortest(from: start, to: end, avoid: avoid, count: query.count)
        return try raw.map { try materialize($0, search: search) }
    }

    /// The cheapest path, or nil when there is none. See ``paths(from:to:query:)``.
    public func shortestPath(from: Actor.ID, to: Actor.ID, query: PathQuery = PathQuery()) throws -> AffiliationPath? {
        var one = query
        one.count = 1
        return try paths(from: from, to: to, query: one).first
    }

    private func materialize(_ path: RawPath, search: PathSearch) throws -> AffiliationPath {
        var actors: [Actor.ID: Actor] = [:]
        func actor(_ id: Actor.ID) throws -> Actor {
            if let known = actors[id] { return known }
            // An edge to an actor the source does not list still prints, under its id.
            let found = try source.actor(id: id) ?? Actor(id: id, name: id, kind: .organization)
            actors[id] = found
            return found
        }
        let ids = try path.nodes.map { try search.actorID($0) }
        var hops: [PathHop] = []
        for (index, hop) in path.hops.enumerated() {
            let from = ids[index], to = ids[index + 1]
            // The edge as stored: its source is the end its owner's list says.
            let ownerIsFrom = hop.owner == path.nodes[index]
            let sourceIsFrom = ownerIsFrom == hop.edge.isOutgoing
            let key = Relation(source: sourceIsFrom ? from : to, target: sourceIsFrom ? to : from, kind: hop.edge.kind).key
            let all = try source.evidence(for: key)
            let known = all.filter { search.query.admits($0) }
            hops.append(PathHop(
                from: try actor(from), to: try actor(to), relation: key,
                walkedForward: key.kind.isSymmetric || sourceIsFrom,
                hedged: hop.edge.hedged, former: hop.edge.former,
                cost: Double(search.weight(hop.edge)) / Double(PathSearch.unit),
                evidenceCount: Int(hop.edge.evidenceCount),
                evidence: PathHop.bestEvidence(known.isEmpty ? all : known)))
        }
        return AffiliationPath(hops: hops, cost: Double(path.cost) / Double(PathSearch.unit))
    }
}

/// How much of the graph one query read: what makes it fast or slow on a large store.
public struct PathSearchStatistics: Hashable, Sendable {
    /// Actors expanded, counting a re-expansion in Yen's spur searches again.
    public var actorsExpanded = 0
    /// Actors whose edges were read from the source (each once per query).
    public var actorsRead = 0
    /// Edge rows read from the source.
    public var adjacenciesRead = 0
    /// Reads of the source: one per layer of the search.
    public var sourceReads = 0

    public init() {}
}
