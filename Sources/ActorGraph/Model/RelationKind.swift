/// The ten typed relations between actors, each with a direction from source to target.
public enum RelationKind: String, Codable, CaseIterable, Sendable, Comparable {
    /// supporter → supported
    case backs
    /// person → organization led
    case commands
    /// part → whole
    case memberOf = "member-of"
    /// symmetric
    case alliedWith = "allied-with"
    /// subordinate → patron
    case pledgedAllegianceTo = "pledged-allegiance-to"
    /// sanctioned → sanctioning body
    case sanctionedBy = "sanctioned-by"
    /// designated → designating body
    case designatedBy = "designated-by"
    /// symmetric
    case fights
    /// new → old
    case successorOf = "successor-of"
    /// splinter → parent
    case splitFrom = "split-from"

    /// Symmetric relations are stored once, with the endpoints in a canonical order.
    public var isSymmetric: Bool { self == .alliedWith || self == .fights }

    /// Affiliation relations are the ones an affiliation path may follow by default:
    /// fighting, sanctioning and designating someone is not being affiliated with them.
    public var isAffiliation: Bool {
        switch self {
        case .fights, .sanctionedBy, .designatedBy: return false
        default: return true
        }
    }

    /// Parses a relation name as users write it (`member-of`, `member_of`, `memberof`).
    public init?(userValue: String) {
        let folded = userValue.lowercased().filter { $0.isLetter }
        guard let kind = RelationKind.allCases.first(where: { $0.rawValue.filter(\.isLetter) == folded }) else {
            return nil
        }
        self = kind
    }

    /// The relation types named in a comma-separated list (`backs, member-of`), blanks
    /// skipped; `unknown` makes the error for a name that is not a type.
    static func parseList(_ list: some StringProtocol, unknown: (String) -> any Error) throws -> Set<RelationKind> {
        var kinds = Set<RelationKind>()
        for part in list.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces)
            if name.isEmpty { continue }
            guard let kind = RelationKind(userValue: name) else { throw unknown(name) }
            kinds.insert(kind)
        }
        return kinds
    }

    public static func < (lhs: RelationKind, rhs: RelationKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Every valid name, for error messages that list the choices.
    public static var validNames: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
