/// Finds the cheapest affiliation paths between two actors of any ``GraphSource``.
///
/// One path is a bidirectional Dijkstra search: both ends grow a frontier, the smaller one
/// first, a whole layer of equal cost at a time (one ``GraphSource/adjacencies(ofAll:)``
/// call per layer), until the two meet and no cheaper meeting is possible. Only the
/// neighbourhoods it touches are read, so it answers on a store of a million actors without
/// loading it. Several paths are Yen's algorithm over that search; a hop limit that the
/// cheapest path breaks falls back to a hop-bounded label search.
///
/// ```swift
/// let finder = PathFinder(source: GraphIndex(graph))
/// let paths = try finder.paths(from: "abu-amsha", to: "mhp", query: PathQuery())
/// for hop in paths.first?.hops ?? [] { print(hop.arrowLine) }
/// ```
///
/// - Complexity: bounded by ``PathQuery/maxExpandedActors`` actors expanded per search.
public struct PathFinder {
    public let source: any GraphSource

    public init(source: any GraphSource) {
        self.source = source
    }

    /// The cheapest paths from `from` to `to` (actor ids), best first: at most
    /// ``PathQuery/count``, fewer when fewer exist, none when the two are not connected.
    /// Paths differ in the actors they pass through; ties go to fewer hops, then names.
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
        let raw = try search.kShortest(from: from, to: to, count: query.count)
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
        var hops: [PathHop] = []
        for (index, edge) in path.edges.enumerated() {
            let from = path.nodes[index], to = path.nodes[index + 1]
            let all = try source.evidence(for: edge.key)
            let known = all.filter { search.query.admits($0) }
            hops.append(PathHop(
                from: try actor(from), to: try actor(to), relation: edge.key,
                walkedForward: edge.key.kind.isSymmetric || edge.key.source == from,
                hedged: edge.hedged, former: edge.former,
                cost: Double(search.weight(edge)) / Double(PathSearch.unit),
                evidenceCount: edge.evidenceCount,
                evidence: PathHop.bestEvidence(known.isEmpty ? all : known)))
        }
        return AffiliationPath(hops: hops, cost: Double(path.cost) / Double(PathSearch.unit))
    }
}

/// A path as the search sees it: actor ids, the edges between them, an integer cost.
struct RawPath: Hashable {
    var nodes: [Actor.ID]
    var edges: [Adjacency]
    var cost: Int
}

/// One walk from actor to actor, for banning in Yen's spur searches.
struct Step: Hashable {
    var from: Actor.ID
    var to: Actor.ID
}

/// The state of one query: the source, an adjacency cache shared by Yen's searches, the work done.
final class PathSearch {
    /// Costs are integers in tenths of a confirmed hop, so sums are exact.
    static let unit = 10

    let source: any GraphSource
    let query: PathQuery
    private let hedgedUnits: Int
    private var cache: [Actor.ID: [Adjacency]] = [:]
    private(set) var statistics = PathSearchStatistics()

    init(source: any GraphSource, query: PathQuery) {
        self.source = source
        self.query = query
        self.hedgedUnits = max(PathSearch.unit, Int((query.hedgedCost * Double(PathSearch.unit)).rounded()))
    }

    func weight(_ edge: Adjacency) -> Int { edge.hedged ? hedgedUnits : PathSearch.unit }

    /// The edges of these actors, read once per query.
    private func adjacencies(_ ids: [Actor.ID]) throws -> [Actor.ID: [Adjacency]] {
        statistics.actorsExpanded += ids.count
        if statistics.actorsExpanded > query.maxExpandedActors {
            throw PathError.searchLimitReached(expanded: statistics.actorsExpanded)
        }
        let missing = ids.filter { cache[$0] == nil }
        if !missing.isEmpty {
            let fetched = try source.adjacencies(ofAll: missing)
            statistics.sourceReads += 1
            for id in missing {
                let all = fetched[id] ?? []
                statistics.adjacenciesRead += all.count
                cache[id] = all.filter(admits)
            }
        }
        var result: [Actor.ID: [Adjacency]] = [:]
        for id in ids { result[id] = cache[id] }
        return result
    }

    /// Type and date filters, which do not depend on the way the edge is walked.
    private func admits(_ edge: Adjacency) -> Bool {
        edge.key.source != edge.key.target && query.kinds.contains(edge.key.kind) && query.admits(firstDate: edge.firstDate)
    }

    /// Whether the walk `from -> edge.neighbor` may use the edge, given `--directed`.
    private func walkable(_ edge: Adjacency, from: Actor.ID, reversed: Bool) -> Bool {
        guard query.directed, !edge.key.kind.isSymmetric else { return true }
        // Walking forward from `from`, `from` must be the source; in the backward search the
        // real walk is neighbor -> from, so the neighbor must be the source.
        return reversed ? edge.key.source == edge.neighbor : edge.key.source == from
    }

    // MARK: Yen

    func kShortest(from: Actor.ID, to: Actor.ID, count: Int) throws -> [RawPath] {
        let limit = query.maxHops
        guard let first = try shortest(from: from, to: to, bannedNodes: query.avoid, bannedSteps: [], hopLimit: limit) else {
            return []
        }
        var accepted = [first]
        var candidates: [RawPath] = []
        var seen: Set<[Actor.ID]> = [first.nodes]
        while accepted.count < count {
            let previous = accepted[accepted.count - 1]
            var rootCost = 0
            for i in 0..<(previous.nodes.count - 1) {
                defer { rootCost += weight(previous.edges[i]) }
                let root = Array(previous.nodes[0...i])
                var bannedSteps = Set<Step>()
                for path in accepted where path.nodes.count > i + 1 && Array(path.nodes[0...i]) == root {
                    bannedSteps.insert(Step(from: path.nodes[i], to: path.nodes[i + 1]))
                }
                let bannedNodes = query.avoid.union(root.dropLast())
                let remaining = limit.map { $0 - i }
                if let remaining, remaining <= 0 { continue }
                guard let spur = try shortest(from: previous.nodes[i], to: to, bannedNodes: bannedNodes,
                                              bannedSteps: bannedSteps, hopLimit: remaining) else { continue }
                let total = RawPath(nodes: root.dropLast() + spur.nodes, edges: Array(previous.edges[0..<i]) + spur.edges,
                                    cost: rootCost + spur.cost)
                if seen.insert(total.nodes).inserted { candidates.append(total) }
            }
            guard let best = candidates.indices.min(by: { PathSearch.ranks(candidates[$0], before: candidates[$1]) }) else { break }
            accepted.append(candidates.remove(at: best))
        }
        return accepted
    }

    static func ranks(_ a: RawPath, before b: RawPath) -> Bool {
        if a.cost != b.cost { return a.cost < b.cost }
        if a.nodes.count != b.nodes.count { return a.nodes.count < b.nodes.count }
        return a.nodes.lexicographicallyPrecedes(b.nodes)
    }

    /// The cheapest path within the hop limit, avoiding some actors and some walks.
    func shortest(from: Actor.ID, to: Actor.ID, bannedNodes: Set<Actor.ID>, bannedSteps: Set<Step>,
                  hopLimit: Int?) throws -> RawPath? {
        guard let path = try bidirectional(from: from, to: to, bannedNodes: bannedNodes, bannedSteps: bannedSteps) else {
            return nil
        }
        guard let hopLimit, path.edges.count > hopLimit else { return path }
        return try hopBounded(from: from, to: to, bannedNodes: bannedNodes, bannedSteps: bannedSteps, hopLimit: hopLimit)
    }

    // MARK: Bidirectional Dijkstra

    private struct Side {
        var distance: [Actor.ID: Int] = [:]
        var parent: [Actor.ID: (Actor.ID, Adjacency)] = [:]
        var settled: Set<Actor.ID> = []
        var heap = CostHeap()

        init(start: Actor.ID) {
            distance[start] = 0
            heap.push(cost: 0, start)
        }

        /// The cost of the cheapest unsettled entry, after dropping stale ones.
        mutating func top() -> Int? {
            while let (cost, id) = heap.peek() {
                if settled.contains(id) || distance[id].map({ $0 < cost }) == true { _ = heap.pop(); continue }
                return cost
            }
            return nil
        }

        /// Every unsettled actor at exactly this cost.
        mutating func popLayer(_ cost: Int) -> [Actor.ID] {
            var layer: [Actor.ID] = []
            while let (c, id) = heap.peek(), c == cost {
                _ = heap.pop()
                if settled.contains(id) || distance[id] != c { continue }
                settled.insert(id)
                layer.append(id)
            }
            return layer
        }
    }

    private func bidirectional(from: Actor.ID, to: Actor.ID, bannedNodes: Set<Actor.ID>,
                               bannedSteps: Set<Step>) throws -> RawPath? {
        var sides = [Side(start: from), Side(start: to)]
        var best = Int.max
        var meeting: Actor.ID?
        while true {
            guard let forwardTop = sides[0].top(), let backwardTop = sides[1].top() else { break }
            if best != Int.max, forwardTop + backwardTop >= best { break }
            // Expand the side with the smaller frontier.
            let s = sides[0].heap.count <= sides[1].heap.count ? 0 : 1
            let o = 1 - s
            let cost = s == 0 ? forwardTop : backwardTop
            let layer = sides[s].popLayer(cost)
            let edges = try adjacencies(layer)
            for u in layer {
                for edge in edges[u] ?? [] {
                    let v = edge.neighbor
                    if bannedNodes.contains(v) || !walkable(edge, from: u, reversed: s == 1) { continue }
                    let step = s == 0 ? Step(from: u, to: v) : Step(from: v, to: u)
                    if !bannedSteps.isEmpty, bannedSteps.contains(step) { continue }
                    let candidate = cost + weight(edge)
                    if candidate < sides[s].distance[v] ?? Int.max, !sides[s].settled.contains(v) {
                        sides[s].distance[v] = candidate
                        sides[s].parent[v] = (u, edge)
                        sides[s].heap.push(cost: candidate, v)
                    }
                    if let other = sides[o].distance[v], let mine = sides[s].distance[v], mine + other < best {
                        best = mine + other
                        meeting = v
                    }
                }
            }
        }
        guard let meeting else { return nil }
        var nodes = [meeting]
        var edges: [Adjacency] = []
        var current = meeting
        while let (previous, edge) = sides[0].parent[current] {
            nodes.insert(previous, at: 0)
            edges.insert(edge, at: 0)
            current = previous
        }
        current = meeting
        while let (next, edge) = sides[1].parent[current] {
            nodes.append(next)
            edges.append(edge)
            current = next
        }
        return RawPath(nodes: nodes, edges: edges, cost: best)
    }

    // MARK: Hop-bounded search

    private struct Label {
        var node: Actor.ID
        var cost: Int
        var hops: Int
        var parent: Int
        var edge: Adjacency?
    }

    /// Dijkstra over (actor, hops) labels: a label is dropped when the same actor was already
    /// reached no dearer in no more hops, so each actor keeps at most `hopLimit` labels.
    private func hopBounded(from: Actor.ID, to: Actor.ID, bannedNodes: Set<Actor.ID>, bannedSteps: Set<Step>,
                            hopLimit: Int) throws -> RawPath? {
        var labels = [Label(node: from, cost: 0, hops: 0, parent: -1, edge: nil)]
        var heap = CostHeap()
        heap.push(cost: 0, secondary: 0, "0")
        var fewestHops: [Actor.ID: Int] = [:]
        while let (_, _, tag) = heap.popFull() {
            guard let index = Int(tag) else { continue }
            let label = labels[index]
            if label.hops >= fewestHops[label.node] ?? Int.max { continue }
            fewestHops[label.node] = label.hops
            if label.node == to {
                var nodes: [Actor.ID] = []
                var edges: [Adjacency] = []
                var i = index
                while i >= 0 {
                    nodes.insert(labels[i].node, at: 0)
                    if let edge = labels[i].edge { edges.insert(edge, at: 0) }
                    i = labels[i].parent
                }
                return RawPath(nodes: nodes, edges: edges, cost: label.cost)
            }
            if label.hops == hopLimit { continue }
            for edge in try adjacencies([label.node])[label.node] ?? [] {
                let v = edge.neighbor
                if bannedNodes.contains(v) || !walkable(edge, from: label.node, reversed: false) { continue }
                if bannedSteps.contains(Step(from: label.node, to: v)) { continue }
                if label.hops + 1 >= fewestHops[v] ?? Int.max { continue }
                labels.append(Label(node: v, cost: label.cost + weight(edge), hops: label.hops + 1, parent: index, edge: edge))
                heap.push(cost: label.cost + weight(edge), secondary: label.hops + 1, String(labels.count - 1))
            }
        }
        return nil
    }
}

/// How much of the graph one query read: what makes it fast or slow on a large store.
public struct PathSearchStatistics: Hashable, Sendable {
    /// Actors whose edges were read (counting a re-expansion in Yen's spur searches again).
    public var actorsExpanded = 0
    /// Edge rows read from the source.
    public var adjacenciesRead = 0
    /// Calls to ``GraphSource/adjacencies(ofAll:)``.
    public var sourceReads = 0

    public init() {}
}
