import ActorGraph

/// Which coalitions a diagram draws as a box around their members.
///
/// A box says "these groups are one coalition", more strongly than an edge does, so it is drawn
/// only where the text says exactly that: armed groups that are members of a named coalition
/// (an armed group or an organization such as the Syrian National Army). Never around a state
/// or a government (its "members" are ministries, parties or proxies, not a coalition), never
/// around a person or a party, never around members the text has fighting each other (or the
/// coalition): civil-war rivals that both "belong" to a state were drawn as one coalition.
/// Former memberships do not count; a former fight is not a conflict.
public enum CoalitionBoxes {
    /// One box: the coalition and the members drawn inside it.
    public struct Box: Equatable, Sendable {
        public var coalition: Actor.ID
        public var members: [Actor.ID]
    }

    /// The kinds of actor that can head a box.
    static let coalitionKinds: Set<ActorKind> = [.armedGroup, .organization]

    /// The boxes of `graph`, larger coalitions first. An actor sits in one box at most, and a
    /// coalition that is itself boxed as a member is not also a box of its own.
    ///
    /// - Complexity: O(E + B·m²) for B boxes of up to m members.
    public static func boxes(in graph: Graph, minimumMembers: Int = 2) -> [Box] {
        let kinds = Dictionary(graph.actors.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
        var members: [Actor.ID: Set<Actor.ID>] = [:]
        var enemies: [Actor.ID: Set<Actor.ID>] = [:]
        for relation in graph.relations where relation.source != relation.target {
            switch relation.kind {
            // Only a membership the text states: a reported or claimed one ("reportedly
            // part of") is no ground for drawing the actors as one body.
            case .memberOf where !relation.former && !relation.hedged:
                guard let head = kinds[relation.target], coalitionKinds.contains(head),
                      kinds[relation.source] == .armedGroup else { continue }
                members[relation.target, default: []].insert(relation.source)
            case .fights where !relation.former:
                enemies[relation.source, default: []].insert(relation.target)
                enemies[relation.target, default: []].insert(relation.source)
            default:
                continue
            }
        }
        var candidates: [Actor.ID: [Actor.ID]] = [:]
        for (head, group) in members {
            // Members fighting the coalition are not in it; of members fighting each other,
            // the one with the most enemies inside goes first, until none fight.
            var inside = group.filter { !(enemies[$0]?.contains(head) ?? false) }
            while true {
                let conflicts = inside.map { member in (member, enemies[member]?.intersection(inside).count ?? 0) }
                guard let worst = conflicts.filter({ $0.1 > 0 }).max(by: { ($0.1, $1.0) < ($1.1, $0.0) }) else { break }
                inside.remove(worst.0)
            }
            if inside.count >= minimumMembers { candidates[head] = inside.sorted() }
        }
        var boxed: Set<Actor.ID> = []
        var boxes: [Box] = []
        let order = candidates.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }
        for (head, group) in order where !boxed.contains(head) {
            let inside = group.filter { !boxed.contains($0) && candidates[$0] == nil }
            guard inside.count >= minimumMembers else { continue }
            boxed.insert(head)
            boxed.formUnion(inside)
            boxes.append(Box(coalition: head, members: inside))
        }
        return boxes
    }
}
