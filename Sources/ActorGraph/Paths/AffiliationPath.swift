/// One path between two actors: its hops in walking order, and what it costs.
///
/// `hops[0].from` is where the path starts and `hops.last!.to` where it ends; each hop's
/// `to` is the next hop's `from`.
public struct AffiliationPath: Hashable, Sendable, Encodable {
    public var hops: [PathHop]
    /// The sum of the hops' costs: 1 per confirmed hop, ``PathQuery/hedgedCost`` per hedged one.
    public var cost: Double

    public init(hops: [PathHop], cost: Double) {
        self.hops = hops
        self.cost = cost
    }

    /// The actors along the path, in walking order, both ends included.
    public var actors: [Actor] { hops.first.map { [$0.from] + hops.map(\.to) } ?? [] }

    enum CodingKeys: String, CodingKey { case cost, length, hops }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(cost, forKey: .cost)
        try c.encode(hops.count, forKey: .length)
        try c.encode(hops, forKey: .hops)
    }
}

/// One hop of a path: the edge walked, the way it was walked, and the sentence that best supports it.
public struct PathHop: Hashable, Sendable, Encodable {
    /// The actor the hop leaves.
    public var from: Actor
    /// The actor the hop reaches.
    public var to: Actor
    /// The edge as stored (`source -kind-> target`).
    public var relation: Relation.Key
    /// The hop goes from the edge's source to its target. False when walked backwards:
    /// `from <-commands- to`. Symmetric types (allied-with, fights) always count as forward.
    public var walkedForward: Bool
    /// Every piece of the edge's evidence hedges the claim.
    public var hedged: Bool
    /// Every piece of the edge's evidence speaks of a past tie.
    public var former: Bool
    /// What the hop added to the path's cost.
    public var cost: Double
    /// How many sentences support the edge.
    public var evidenceCount: Int
    /// The best of them: asserted, then plain, then current, then dated, then earliest.
    public var evidence: Evidence?

    public init(from: Actor, to: Actor, relation: Relation.Key, walkedForward: Bool, hedged: Bool, former: Bool,
                cost: Double, evidenceCount: Int, evidence: Evidence?) {
        self.from = from
        self.to = to
        self.relation = relation
        self.walkedForward = walkedForward
        self.hedged = hedged
        self.former = former
        self.cost = cost
        self.evidenceCount = evidenceCount
        self.evidence = evidence
    }

    /// The hop as one line: `Abu Amsha  -pledged-allegiance-to->  Devlet Bahçeli`,
    /// `A  <-commands-  B` when walked backwards, `A  <-allied-with->  B` for symmetric types.
    public var arrowLine: String {
        let kind = relation.kind.rawValue
        let arrow = relation.kind.isSymmetric ? "<-\(kind)->" : walkedForward ? "-\(kind)->" : "<-\(kind)-"
        return "\(from.name)  \(arrow)  \(to.name)"
    }

    /// Picks the evidence to show for a hop from all of an edge's evidence.
    public static func bestEvidence(_ evidence: [Evidence]) -> Evidence? {
        evidence.enumerated().min { a, b in
            func rank(_ e: Evidence) -> (Int, Int, Int, Int) {
                (e.assertedBy != nil ? 0 : 1, e.hedged ? 1 : 0, e.former ? 1 : 0, e.sentence.isEmpty ? 1 : 0)
            }
            let ra = rank(a.element), rb = rank(b.element)
            if ra != rb { return ra < rb }
            switch (a.element.date, b.element.date) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.offset < b.offset
            }
        }?.element
    }

    enum CodingKeys: String, CodingKey {
        case from, to, relation, walkedForward, hedged, former, cost, evidenceCount, evidence
    }

    struct ActorRef: Encodable { var id: String; var name: String; var type: String }
    struct RelationRef: Encodable { var source: String; var type: String; var target: String }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(ActorRef(id: from.id, name: from.name, type: from.kind.rawValue), forKey: .from)
        try c.encode(ActorRef(id: to.id, name: to.name, type: to.kind.rawValue), forKey: .to)
        try c.encode(RelationRef(source: relation.source, type: relation.kind.rawValue, target: relation.target), forKey: .relation)
        try c.encode(walkedForward, forKey: .walkedForward)
        try c.encode(hedged, forKey: .hedged)
        try c.encode(former, forKey: .former)
        try c.encode(cost, forKey: .cost)
        try c.encode(evidenceCount, forKey: .evidenceCount)
        try c.encodeIfPresent(evidence, forKey: .evidence)
    }
}
