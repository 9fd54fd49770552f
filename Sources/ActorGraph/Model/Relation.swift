/// A typed, directed edge `source -kind-> target` with the evidence that supports it.
public struct Relation: Codable, Hashable, Sendable {
    public var source: Actor.ID
    public var target: Actor.ID
    public var kind: RelationKind
    /// Every sentence that states the relation, in document order.
    public var evidence: [Evidence]

    public init(source: Actor.ID, target: Actor.ID, kind: RelationKind, evidence: [Evidence] = []) {
        // Symmetric relations are stored once, endpoints in a canonical order.
        if kind.isSymmetric, target < source {
            self.source = target
            self.target = source
        } else {
            self.source = source
            self.target = target
        }
        self.kind = kind
        self.evidence = evidence
    }

    /// Hedged when no piece of evidence states it plainly.
    public var hedged: Bool { !evidence.isEmpty && evidence.allSatisfy(\.hedged) }
    /// Former when every piece of evidence speaks of a past tie.
    public var former: Bool { !evidence.isEmpty && evidence.allSatisfy(\.former) }
    /// A person asserted it: such an edge outranks extraction.
    public var isAsserted: Bool { evidence.contains { $0.assertedBy != nil } }
    /// The evidence that extraction found, without what people asserted.
    public var extractedEvidence: [Evidence] { evidence.filter { $0.assertedBy == nil } }

    /// What identifies the edge: two evidence sets for the same key are one edge.
    public struct Key: Hashable, Sendable, Comparable {
        public var source: Actor.ID
        public var kind: RelationKind
        public var target: Actor.ID

        public static func < (a: Key, b: Key) -> Bool {
            (a.source, a.kind.rawValue, a.target) < (b.source, b.kind.rawValue, b.target)
        }
    }

    public var key: Key { Key(source: source, kind: kind, target: target) }

    /// The other end of the edge, seen from `actor`.
    public func otherEnd(from actor: Actor.ID) -> Actor.ID { actor == source ? target : source }

    enum CodingKeys: String, CodingKey {
        case source, target, kind = "type", hedged, former, evidence, count, confidence
    }

    /// The highest confidence of its evidence: one sure sentence makes a sure edge. `nil`
    /// when no evidence carries one (asserted by a person, or stored before it was kept).
    public var confidence: Double? { evidence.compactMap(\.confidence).max() }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let source = try c.decode(String.self, forKey: .source)
        let target = try c.decode(String.self, forKey: .target)
        let kind = try c.decode(RelationKind.self, forKey: .kind)
        var evidence = try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
        if evidence.isEmpty {
            // A hand-written graph may carry the flags without evidence: keep them.
            let hedged = try c.decodeIfPresent(Bool.self, forKey: .hedged) ?? false
            let former = try c.decodeIfPresent(Bool.self, forKey: .former) ?? false
            if hedged || former {
                evidence = [Evidence(document: "", sentence: "", start: 0, end: 0, hedged: hedged, former: former)]
            }
        }
        self.init(source: source, target: target, kind: kind, evidence: evidence)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(source, forKey: .source)
        try c.encode(target, forKey: .target)
        try c.encode(kind, forKey: .kind)
        try c.encode(hedged, forKey: .hedged)
        try c.encode(former, forKey: .former)
        try c.encode(evidence.count, forKey: .count)
        try c.encodeIfPresent(confidence, forKey: .confidence)
        try c.encode(evidence, forKey: .evidence)
    }
}
