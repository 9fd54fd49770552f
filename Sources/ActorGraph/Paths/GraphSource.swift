/// One edge as a path search sees it from one of its ends: enough to walk and to weigh
/// it, without loading its evidence. Evidence is fetched only for the hops of an answer.
public struct Adjacency: Hashable, Sendable {
    /// The edge: its source, type and target as stored.
    public var key: Relation.Key
    /// The actor at the other end.
    public var neighbor: Actor.ID
    /// Every piece of evidence hedges the claim.
    public var hedged: Bool
    /// Every piece of evidence speaks of a past tie.
    public var former: Bool
    /// How many sentences support the edge.
    public var evidenceCount: Int
    /// The earliest and latest dates of its evidence (`YYYY-MM-DD`), when known.
    public var firstDate: String?
    public var lastDate: String?

    public init(key: Relation.Key, neighbor: Actor.ID, hedged: Bool, former: Bool, evidenceCount: Int,
                firstDate: String? = nil, lastDate: String? = nil) {
        self.key = key
        self.neighbor = neighbor
        self.hedged = hedged
        self.former = former
        self.evidenceCount = evidenceCount
        self.firstDate = firstDate
        self.lastDate = lastDate
    }

    /// The edge leaves the actor it was seen from (the actor is its source).
    public var isOutgoing: Bool { key.target == neighbor }
}

/// Where queries read a graph from: an in-memory ``Graph`` or the project database.
///
/// Path search, name resolution and `show` are written against this, so that the same
/// code answers on a JSON file of fifty actors and on a store of a million, where only
/// the neighbourhoods a search touches are ever read.
public protocol GraphSource {
    /// Every edge touching the actor, in either direction.
    func adjacencies(of actor: Actor.ID) throws -> [Adjacency]
    /// The actor with this id.
    func actor(id: Actor.ID) throws -> Actor?
    /// The actors one of whose names folds (``NameFolding/fold(_:)``) to the same key as `name`.
    func actors(named name: String) throws -> [Actor]
    /// Known names close to `name`, best first, for "did you mean" messages.
    func suggestions(for name: String, limit: Int) throws -> [String]
    /// The evidence of one edge.
    func evidence(for key: Relation.Key) throws -> [Evidence]
}
