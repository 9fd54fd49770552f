/// An actor as one query knows it: a small dense number, so that distances and marks live in
/// arrays rather than in dictionaries keyed by strings.
typealias Handle = Int32

/// An edge as the search keeps it, from the actor whose list it is in.
struct SearchEdge: Hashable {
    var neighbor: Handle
    var kind: RelationKind
    /// The owner of the list is the edge's source.
    var isOutgoing: Bool
    var hedged: Bool
    var former: Bool
    var evidenceCount: Int32
}

/// One hop of a found path: the edge, and whose list it came from (which fixes its direction).
struct SearchHop: Hashable {
    var owner: Handle
    var edge: SearchEdge
}

/// A path as the search sees it: handles, the hops between them, an integer cost.
struct RawPath: Hashable {
    var nodes: [Handle]
    var hops: [SearchHop]
    var cost: Int
}

/// One walk from actor to actor, for banning in Yen's spur searches.
struct Step: Hashable {
    var from: Handle
    var to: Handle
}

/// The state of one query: the source, the actors met so far and their edges (shared by Yen's
/// searches), and the work done.
final class PathSearch {
    /// Costs are integers in tenths of a confirmed hop, so sums are exact.
    static let unit = 10

    let source: any GraphSource
    let query: PathQuery
    private let hedgedUnits: Int
    private(set) var statistics = PathSearchStatistics()

    /// Whether the source numbers its actors; decided by the first look-up.
    private var numbered = false
    private var ids: [Actor.ID?] = []
    private var numbers: [Int64] = []
    private var handleByID: [Actor.ID: Handle] = [:]
    private var handleByNumber: [Int64: Handle] = [:]
    /// Admitted edges by handle, once read.
    private var edges: [[SearchEdge]?] = []

    init(source: any GraphSource, query: PathQuery) {
        self.source = source
        self.query = query
        self.hedgedUnits = max(PathSearch.unit, Int((query.hedgedCost * Double(PathSearch.unit)).rounded()))
    }

    func weight(_ edge: SearchEdge) -> Int { edge.hedged ? hedgedUnits : PathSearch.unit }

    var handleCount: Int { edges.count }

    // MARK: Handles

    /// The handle of an actor id, or nil when a numbering source does not know the actor.
    func handle(of id: Actor.ID) throws -> Handle? {
        if let known = handleByID[id] { return known }
        if handleByID.isEmpty, handleByNumber.isEmpty, let number = try source.number(of: id) {
            numbered = true
            return intern(number: number, id: id)
        }
        if numbered {
            guard let number = try source.number(of: id) else { return nil }
            return intern(number: number, id: id)
        }
        let handle = Handle(edges.count)
        handleByID[id] = handle
        ids.append(id)
        numbers.append(0)
        edges.append(nil)
        return handle
    }

    private func intern(number: Int64, id: Actor.ID?) -> Handle {
        if let known = handleByNumber[number] {
            if let id, ids[Int(known)] == nil { ids[Int(known)] = id; handleByID[id] = known }
            return known
        }
        let handle = Handle(edges.count)
        handleByNumber[number] = handle
        if let id { handleByID[id] = handle }
        ids.append(id)
        numbers.append(number)
        edges.append(nil)
        return handle
    }

    /// The actor id of a handle, asking a numbering source only for actors of an answer.
    func actorID(_ handle: Handle) throws -> Actor.ID {
        if let id = ids[Int(handle)] { return id }
        let number = numbers[Int(handle)]
        guard let id = try source.actorID(number: number) else { return "#\(number)" }
        ids[Int(handle)] = id
        handleByID[id] = handle
        return id
    }

    // MARK: Reading

    /// The admitted edges of these actors, read once per query, counted against the work bound.
    func adjacencies(_ handles: [Handle]) throws {
        statistics.actorsExpanded += handles.count
        let missing = handles.filter { edges[Int($0)] == nil }
        guard !missing.isEmpty else { return }
        statistics.actorsRead += missing.count
        if statistics.actorsRead > query.maxActorsRead {
            throw PathError.searchLimitReached(expanded: statistics.actorsRead)
        }
        statistics.sourceReads += 1
        if numbered {
            let fetched = try source.numberedAdjacencies(of: missing.map { numbers[Int($0)] })
            for owner in missing {
                var list: [SearchEdge] = []
                for item in fetched[numbers[Int(owner)]] ?? [] {
                    statistics.adjacenciesRead += 1
                    guard query.kinds.contains(item.kind), query.admits(firstDate: item.firstDate) else { continue }
                    let neighbor = intern(number: item.neighbor, id: nil)
                    if neighbor == owner { continue }
                    list.append(SearchEdge(neighbor: neighbor, kind: item.kind, isOutgoing: item.isOutgoing, hedged: item.hedged,
                                           former: item.former, evidenceCount: Int32(clamping: item.evidenceCount)))
                }
                edges[Int(owner)] = list
            }
        } else {
            let ownerIDs = try missing.map { try actorID($0) }
            let fetched = try source.adjacencies(ofAll: ownerIDs)
            for (owner, ownerID) in zip(missing, ownerIDs) {
                var list: [SearchEdge] = []
                for item in fetched[ownerID] ?? [] {
                    statistics.adjacenciesRead += 1
                    guard query.kinds.contains(item.key.kind), query.admits(firstDate: item.firstDate),
                          item.key.source != item.key.target, let neighbor = try handle(of: item.neighbor) else { continue }
                    list.append(SearchEdge(neighbor: neighbor, kind: item.key.kind, isOutgoing: item.key.source == ownerID,
                                           hedged: item.hedged, former: item.former,
                                           evidenceCount: Int32(clamping: item.evidenceCount)))
                }
                edges[Int(owner)] = list
            }
        }
    }

    func edges(of handle: Handle) -> [SearchEdge] { edges[Int(handle)] ?? [] }

    /// Whether the walk `owner -> edge.neighbor` may use the edge, given `--directed`.
    private func walkable(_ edge: SearchEdge, reversed: Bool) -> Bool {
        guard query.directed, !edge.kind.isSymmetric else { return true }
        // Walking forward the owner must be the source; in the backward search the real walk
        // is neighbor -> owner, so the owner must be the target.
        return reversed ? !edge.isOutgoing : edge.isOutgoing
    }

    // MARK: Yen

    func kShortest(from: Handle, to: Handle, avoid: Set<Handle>, count: Int) throws -> [RawPath] {
        let limit = query.maxHops
        guard let first = try shortest(from: from, to: to, bannedNodes: avoid, bannedSteps: [], hopLimit: limit) else {
            return []
        }
        var accepted = [first]
        var candidates: [RawPath] = []
        var seen: Set<[Handle]> = [first.nodes]
        while accepted.count < count {
            let previous = accepted[accepted.count - 1]
            var rootCost = 0
            for i in 0..<(previous.nodes.count - 1) {
                defer { rootCost += weight(previous.hops[i].edge) }
                let root = Array(previous.nodes[0...i])
                var bannedSteps = Set<Step>()
                for path in accepted where path.nodes.count > i + 1 && Array(path.nodes[0...i]) == root {
                    bannedSteps.insert(Step(from: path.nodes[i], to: path.nodes[i + 1]))
                }
                let bannedNodes = avoid.union(root.dropLast())
                let remaining = limit.map { $0 - i }
                if let remaining, remaining <= 0 { continue }
                guard let spur = try shortest(from: previous.nodes[i], to: to, bannedNodes: bannedNodes,
                                              bannedSteps: bannedSteps, hopLimit: remaining) else { continue }
                let total = RawPath(nodes: root.dropLast() + spur.nodes, hops: Array(previous.hops[0..<i]) + spur.hops,
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
    func shortest(from: Handle, to: Handle, bannedNodes: Set<Handle>, bannedSteps: Set<Step>,
                  hopLimit: Int?) throws -> RawPath? {
        guard let path = try bidirectional(from: from, to: to, bannedNodes: bannedNodes, bannedSteps: bannedSteps) else {
            return nil
        }
        guard let hopLimit, path.hops.count > hopLimit else { return path }
        // The fewest hops, hedging ignored: when even that breaks the limit nothing fits, and
        // the answer comes at the price of one more bidirectional search.
        guard let fewest = try bidirectional(from: from, to: to, bannedNodes: bannedNodes, bannedSteps: bannedSteps,
                                             countingHops: true),
              fewest.hops.count <= hopLimit else { return nil }
        return try hopBounded(from: from, to: to, bannedNodes: bannedNodes, bannedSteps: bannedSteps, hopLimit: hopLimit)
    }

    // MARK: Bidirectional Dijkstra

    private struct Side {
        var distance: [Int] = []
        var parent: [SearchHop?] = []
        var settled: [Bool] = []
        var heap = CostHeap()

        init(start: Handle, count: Int) {
            grow(to: count)
            distance[Int(start)] = 0
            heap.push(cost: 0, start)
        }

        /// Room for every handle met so far: handles are dense and only grow.
        mutating func grow(to count: Int) {
            if distance.count < count {
                let extra = max(count - distance.count, distance.count)
                distance += repeatElement(Int.max, count: extra)
                parent += repeatElement(nil, count: extra)
                settled += repeatElement(false, count: extra)
            }
        }

        /// The cost of the cheapest unsettled entry, after dropping stale ones.
        mutating func top() -> Int? {
            while let (cost, id) = heap.peek() {
                if settled[Int(id)] || distance[Int(id)] < cost { _ = heap.pop(); continue }
                return cost
            }
            return nil
        }

        /// Every unsettled actor at exactly this cost.
        mutating func popLayer(_ cost: Int) -> [Handle] {
            var layer: [Handle] = []
            while let (c, id) = heap.peek(), c == cost {
                _ = heap.pop()
                if settled[Int(id)] || distance[Int(id)] != c { continue }
                settled[Int(id)] = true
                layer.append(id)
            }
            return layer
        }
    }

    /// - Parameter countingHops: weigh every hop 1, for the fewest hops rather than the cheapest path.
    private func bidirectional(from: Handle, to: Handle, bannedNodes: Set<Handle>,
                               bannedSteps: Set<Step>, countingHops: Bool = false) throws -> RawPath? {
        var sides = [Side(start: from, count: handleCount), Side(start: to, count: handleCount)]
        var best = Int.max
        var meeting: Handle?
        while true {
            guard let forwardTop = sides[0].top(), let backwardTop = sides[1].top() else { break }
            if best != Int.max, forwardTop + backwardTop >= best { break }
            // Expand the side with the smaller frontier.
            let s = sides[0].heap.count <= sides[1].heap.count ? 0 : 1
            let o = 1 - s
            let cost = s == 0 ? forwardTop : backwardTop
            let layer = sides[s].popLayer(cost)
            try adjacencies(layer)
            sides[0].grow(to: handleCount)
            sides[1].grow(to: handleCount)
            for u in layer {
                for edge in edges(of: u) {
                    let v = edge.neighbor
                    if !bannedNodes.isEmpty, bannedNodes.contains(v) { continue }
                    if !walkable(edge, reversed: s == 1) { continue }
                    if !bannedSteps.isEmpty, bannedSteps.contains(s == 0 ? Step(from: u, to: v) : Step(from: v, to: u)) {
                        continue
                    }
                    let candidate = cost + (countingHops ? 1 : weight(edge))
                    let index = Int(v)
                    if candidate < sides[s].distance[index], !sides[s].settled[index] {
                        sides[s].distance[index] = candidate
                        sides[s].parent[index] = SearchHop(owner: u, edge: edge)
                        sides[s].heap.push(cost: candidate, v)
                    }
                    let other = sides[o].distance[index]
                    if other != Int.max, sides[s].distance[index] + other < best {
                        best = sides[s].distance[index] + other
                        meeting = v
                    }
                }
            }
        }
        guard let meeting else { return nil }
        var nodes = [meeting]
        var hops: [SearchHop] = []
        var current = meeting
        while let hop = sides[0].parent[Int(current)] {
            nodes.append(hop.owner)
            hops.append(hop)
            current = hop.owner
        }
        nodes.reverse()
        hops.reverse()
        current = meeting
        while let hop = sides[1].parent[Int(current)] {
            nodes.append(hop.owner)
            hops.append(hop)
            current = hop.owner
        }
        return RawPath(nodes: nodes, hops: hops, cost: best)
    }

    // MARK: Hop-bounded search

    private struct Label {
        var node: Handle
        var cost: Int
        var hops: Int
        var parent: Int
        var hop: SearchHop?
    }

    /// Dijkstra over (actor, hops) labels: a label is dropped when the same actor was already
    /// reached no dearer in no more hops, so each actor keeps at most `hopLimit` labels.
    private func hopBounded(from: Handle, to: Handle, bannedNodes: Set<Handle>, bannedSteps: Set<Step>,
                            hopLimit: Int) throws -> RawPath? {
        var labels = [Label(node: from, cost: 0, hops: 0, parent: -1, hop: nil)]
        var heap = CostHeap()
        heap.push(cost: 0, secondary: 0, 0)
        var fewestHops: [Handle: Int] = [:]
        while let (_, _, tag) = heap.popFull() {
            let index = Int(tag)
            let label = labels[index]
            if label.hops >= fewestHops[label.node] ?? Int.max { continue }
            fewestHops[label.node] = label.hops
            if label.node == to {
                var nodes: [Handle] = []
                var hops: [SearchHop] = []
                var i = index
                while i >= 0 {
                    nodes.append(labels[i].node)
                    if let hop = labels[i].hop { hops.append(hop) }
                    i = labels[i].parent
                }
                return RawPath(nodes: nodes.reversed(), hops: hops.reversed(), cost: label.cost)
            }
            if label.hops == hopLimit { continue }
            try adjacencies([label.node])
            for edge in edges(of: label.node) {
                let v = edge.neighbor
                if bannedNodes.contains(v) || !walkable(edge, reversed: false) { continue }
                if bannedSteps.contains(Step(from: label.node, to: v)) { continue }
                if label.hops + 1 >= fewestHops[v] ?? Int.max { continue }
                labels.append(Label(node: v, cost: label.cost + weight(edge), hops: label.hops + 1, parent: index,
                                    hop: SearchHop(owner: label.node, edge: edge)))
                heap.push(cost: label.cost + weight(edge), secondary: label.hops + 1, Handle(labels.count - 1))
            }
        }
        return nil
    }
}
