/// Why a path search was refused or stopped. Each message names the value at fault and the fix.
public enum PathError: Error, Equatable, CustomStringConvertible {
    /// FROM and TO are the same actor.
    case sameActor(String)
    /// `-k` outside ``PathQuery/countRange``.
    case countOutOfRange(Int)
    /// `--max-hops` outside ``PathQuery/maxHopsRange``.
    case maxHopsOutOfRange(Int)
    /// A relation type nobody knows.
    case unknownRelationType(String)
    /// `--via`/`--exclude` left no type to follow.
    case noRelationTypes
    /// `--as-of` is not a date.
    case invalidDate(String)
    /// The hedged cost is below a confirmed hop's or not a number.
    case invalidHedgedCost(Double)
    /// An endpoint is also an actor to avoid.
    case avoidsEndpoint(String)
    /// The search read its whole budget of actors without settling the answer.
    case searchLimitReached(expanded: Int)

    public var description: String {
        switch self {
        case .sameActor(let name):
            return "FROM and TO are both '\(name)'; give two different actors"
        case .countOutOfRange(let count):
            return "'-k \(count)' is out of range; give a number of paths from \(PathQuery.countRange.lowerBound) to \(PathQuery.countRange.upperBound)"
        case .maxHopsOutOfRange(let hops):
            return "'--max-hops \(hops)' is out of range; give \(PathQuery.maxHopsRange.lowerBound) to \(PathQuery.maxHopsRange.upperBound)"
        case .unknownRelationType(let name):
            return "unknown relation type '\(name)'; valid types: \(RelationKind.validNames)"
        case .noRelationTypes:
            return "no relation type left to follow; '--via' and '--exclude' must leave at least one of: \(RelationKind.validNames)"
        case .invalidDate(let text):
            return "'--as-of \(text)' is not a date; give YYYY-MM-DD, YYYY-MM or YYYY"
        case .invalidHedgedCost(let cost):
            return "hedged cost \(cost) must be a number from 1 (a confirmed hop) to 100"
        case .avoidsEndpoint(let name):
            return "'--avoid \(name)' names an end of the path; avoid only actors between FROM and TO"
        case .searchLimitReached(let expanded):
            return "search stopped after reading the edges of \(expanded) actors without an answer; narrow it with '--max-hops', '--via' or '--avoid', or ask for fewer paths with '-k'"
        }
    }
}
