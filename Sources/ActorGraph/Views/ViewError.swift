/// Why a view of the graph could not be taken. One-line messages that name the value at
/// fault and list the choices.
public enum ViewError: Error, CustomStringConvertible, Equatable {
    /// Not one of the ten relation types.
    case unknownRelationType(String)
    /// A depth or evidence count below zero.
    case negativeValue(option: String, value: Int)
    /// `--path FROM TO` found no path (names as the user gave them).
    case noPath(from: String, to: String)
    /// A path hop that is not an edge of the graph.
    case missingHop(Relation.Key)

    public var description: String {
        switch self {
        case .noPath(let from, let to):
            return "no affiliation path between '\(from)' and '\(to)' in the graph; try `actorgraph path` with --via to follow other relation types"
        case .unknownRelationType(let name):
            return "unknown relation type '\(name)'; valid types: \(RelationKind.validNames)"
        case .negativeValue(let option, let value):
            return "\(option) must be 0 or more, not \(value)"
        case .missingHop(let key):
            return "the path hop '\(key.source) \(key.kind.rawValue) \(key.target)' is not an edge of the graph"
        }
    }
}
