/// What a path may follow and how many paths to find: the options of `actorgraph path`.
///
/// The defaults answer "how is A affiliated with B": affiliation types only
/// (``RelationKind/isAffiliation``), edges walked either way, one path, confirmed edges
/// preferred over hedged ones.
///
/// ```swift
/// var query = PathQuery()
/// query.count = 3                 // three best alternatives (Yen)
/// query.avoid = ["turkey"]        // route around a hub
/// let paths = try PathFinder(source: index).paths(from: "abu-amsha", to: "mhp", query: query)
/// ```
public struct PathQuery: Hashable, Sendable {
    /// The relation types a path may follow.
    public var kinds: Set<RelationKind> = PathQuery.affiliationKinds
    /// Follow edges from source to target only (symmetric types still go either way).
    public var directed = false
    /// The longest path, in hops, worth reporting; `nil` for no limit.
    public var maxHops: Int?
    /// Actors a path must not pass through (ids).
    public var avoid: Set<Actor.ID> = []
    /// How many paths to find, best first (``countRange``).
    public var count = 1
    /// Leave out edges whose first evidence is dated after this day (`YYYY`, `YYYY-MM` or
    /// `YYYY-MM-DD`). Undated edges stay: nothing says they are later.
    public var asOf: String?
    /// What a hop over a hedged-only edge costs; a confirmed hop costs 1.
    public var hedgedCost = 1.5
    /// A bound on the work of one query, in actors whose edges are read from the source (Yen's
    /// spur searches reuse what was read): a query that would read more stops with
    /// ``PathError/searchLimitReached(expanded:)`` instead of running on. A search between two
    /// actors of a million-actor store reads a few thousand.
    public var maxActorsRead = 100_000

    public init() {}

    /// Every affiliation type: the default of ``kinds``.
    public static let affiliationKinds = Set(RelationKind.allCases.filter(\.isAffiliation))
    /// The counts `count` accepts: enough for any reading, few enough to stay fast.
    public static let countRange = 1...100
    /// The hop limits `maxHops` accepts.
    public static let maxHopsRange = 1...100

    /// Parses a comma-separated list of relation types (`backs,member-of`).
    /// - Throws: ``PathError/unknownRelationType(_:)`` naming the bad entry and the valid names.
    public static func relationKinds(parsing list: String) throws -> Set<RelationKind> {
        let kinds = try RelationKind.parseList(list) { PathError.unknownRelationType($0) }
        if kinds.isEmpty { throw PathError.noRelationTypes }
        return kinds
    }

    /// Checks the options before a search.
    public func validate() throws {
        guard PathQuery.countRange.contains(count) else { throw PathError.countOutOfRange(count) }
        if let maxHops, !PathQuery.maxHopsRange.contains(maxHops) { throw PathError.maxHopsOutOfRange(maxHops) }
        if kinds.isEmpty { throw PathError.noRelationTypes }
        if let asOf, !PathQuery.isDate(asOf) { throw PathError.invalidDate(asOf) }
        guard hedgedCost >= 1, hedgedCost <= 100, hedgedCost.isFinite else { throw PathError.invalidHedgedCost(hedgedCost) }
        guard maxActorsRead > 0 else { throw PathError.searchLimitReached(expanded: 0) }
    }

    /// Whether an edge first seen on `firstDate` existed as of ``asOf``.
    public func admits(firstDate: String?) -> Bool {
        guard let asOf, let firstDate, !firstDate.isEmpty else { return true }
        return firstDate.prefix(asOf.count) <= asOf
    }

    /// Whether a piece of evidence was known as of ``asOf`` (undated evidence counts).
    public func admits(_ evidence: Evidence) -> Bool { admits(firstDate: evidence.date) }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a plausible month and day.
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
            return false
        }
        if parts.count >= 2 { guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return false } }
        // A full day must be on the calendar (not 2024-02-30), as for `--since` and `--until`.
        if parts.count == 3 { return DateRange.normalizedDay(text) == text }
        return true
    }
}

import Foundation
