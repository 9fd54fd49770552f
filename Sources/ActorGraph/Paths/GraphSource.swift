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
    /// The edges of several actors at once (a default asks one actor at a time).
    func adjacencies(ofAll actors: [Actor.ID]) throws -> [Actor.ID: [Adjacency]]
    /// The actors a name loosely means (a default looks among the suggestions).
    func actors(looselyNamed name: String) throws -> [Actor]
    /// The source's own number for an actor (a store's row id), or nil when it does not number
    /// actors (the default) or has no such actor. See ``NumberedAdjacency``.
    func number(of actor: Actor.ID) throws -> Int64?
    /// The actor id of a number ``number(of:)`` gave.
    func actorID(number: Int64) throws -> Actor.ID?
    /// The edges of numbered actors, neighbours by number (only called when ``number(of:)`` answers).
    func numberedAdjacencies(of actors: [Int64]) throws -> [Int64: [NumberedAdjacency]]
}

/// One edge seen from a numbered actor, the neighbour by number: the form path search walks on
/// a large store. Naming every neighbour (`Adjacency.neighbor`) costs a store one look-up per
/// edge read, which is most of a search's time on a million actors; numbers come straight from
/// the relation indexes, and only the actors of the answer are named.
public struct NumberedAdjacency: Hashable, Sendable {
    /// The actor at the other end, by number.
    public var neighbor: Int64
    public var kind: RelationKind
    /// The actor it was seen from is the edge's source.
    public var isOutgoing: Bool
    /// Every piece of evidence hedges the claim.
    public var hedged: Bool
    /// Every piece of evidence speaks of a past tie.
    public var former: Bool
    public var evidenceCount: Int
    /// The earliest date of its evidence (`YYYY-MM-DD`), when known.
    public var firstDate: String?

    public init(neighbor: Int64, kind: RelationKind, isOutgoing: Bool, hedged: Bool, former: Bool,
                evidenceCount: Int, firstDate: String? = nil) {
        self.neighbor = neighbor
        self.kind = kind
        self.isOutgoing = isOutgoing
        self.hedged = hedged
        self.former = former
        self.evidenceCount = evidenceCount
        self.firstDate = firstDate
    }
}

extension GraphSource {
    /// Sources that do not number their actors: path search numbers them itself, per query.
    public func number(of actor: Actor.ID) throws -> Int64? { nil }
    public func actorID(number: Int64) throws -> Actor.ID? { nil }
    public func numberedAdjacencies(of actors: [Int64]) throws -> [Int64: [NumberedAdjacency]] { [:] }

    /// The edges of several actors at once. A store answers this with one indexed query
    /// instead of one per actor; path search asks for a whole frontier layer at a time.
    ///
    /// The default asks ``adjacencies(of:)`` once per actor.
    public func adjacencies(ofAll actors: [Actor.ID]) throws -> [Actor.ID: [Adjacency]] {
        var result: [Actor.ID: [Adjacency]] = [:]
        result.reserveCapacity(actors.count)
        for actor in actors where result[actor] == nil {
            result[actor] = try adjacencies(of: actor)
        }
        return result
    }

    /// The actors a name can mean when it does not fold to any actor's name exactly: its
    /// loose key (``NameFolding/looseKey(_:)``, so `Sharaa` finds `al-Sharaa`) equals one of
    /// their names' loose keys, or, for a one-word name, it is a person's surname (the last
    /// word of one of their names).
    ///
    /// The default looks among ``suggestions(for:limit:)``; a source with its own index of
    /// loose keys may answer directly.
    public func actors(looselyNamed name: String) throws -> [Actor] {
        let key = NameFolding.looseKey(name)
        guard !key.isEmpty else { return [] }
        var seen = Set<Actor.ID>()
        var found: [Actor] = []
        for suggestion in try suggestions(for: name, limit: 25) {
            for actor in try actors(named: suggestion) where !seen.contains(actor.id) {
                seen.insert(actor.id)
                if NameLooseness.matches(actor, looseKey: key) { found.append(actor) }
            }
        }
        return found
    }
}

/// When a name loosely means an actor: shared by ``GraphSource/actors(looselyNamed:)``
/// implementations so that every source agrees.
public enum NameLooseness {
    /// One of the actor's names has this loose key, or the key is one word and the actor is a
    /// person one of whose names ends with that word.
    public static func matches(_ actor: Actor, looseKey key: String) -> Bool {
        let isOneWord = !key.contains(" ")
        for name in actor.allNames {
            let loose = NameFolding.looseKey(name)
            if loose == key { return true }
            if isOneWord, actor.kind == .person, loose.split(separator: " ").count > 1,
               loose.split(separator: " ").last.map(String.init) == key {
                return true
            }
        }
        return false
    }
}
