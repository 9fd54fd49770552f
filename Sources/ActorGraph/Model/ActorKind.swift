/// What sort of party an actor is, as `ANNOTATION.md` defines the types.
///
/// The raw values are the strings of the JSON contract and the gazetteer.
public enum ActorKind: String, Codable, CaseIterable, Sendable, Comparable {
    case person
    case armedGroup = "armed-group"
    case state
    case government
    case agency
    case party
    case organization

    /// Parses a type name as users write it (`armed-group`, `armed group`, `Armed_Group`).
    public init?(userValue: String) {
        let normalized = userValue.lowercased()
            .replacingOccurrences(of: "_", with: "-")
            .replacingOccurrences(of: " ", with: "-")
        self.init(rawValue: normalized)
    }

    public static func < (lhs: ActorKind, rhs: ActorKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Every valid name, for error messages that list the choices.
    public static var validNames: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
