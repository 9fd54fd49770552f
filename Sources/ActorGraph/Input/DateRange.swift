import Foundation

/// A span of article dates, both ends inclusive, for `--since`, `--until` and `--as-of`.
///
/// Dates are ISO 8601 days (`YYYY-MM-DD`); a longer timestamp is compared by its day. When
/// a bound is set, evidence from an undated article falls outside: nothing says when it was
/// written. A person's assertion has no article and is always inside.
public struct DateRange: Hashable, Sendable {
    /// The first day included, if any.
    public var since: String?
    /// The last day included, if any.
    public var until: String?

    /// - Throws: ``DateRangeError`` when a bound is not `YYYY-MM-DD` or `since` is after `until`.
    public init(since: String? = nil, until: String? = nil) throws {
        self.since = try since.map { try Self.day($0, flag: "--since") }
        self.until = try until.map { try Self.day($0, flag: "--until") }
        if let start = self.since, let end = self.until, start > end {
            throw DateRangeError.reversed(since: start, until: end)
        }
    }

    /// What was known on `date`: everything dated up to and including that day.
    public init(asOf date: String) throws {
        self.since = nil
        self.until = try Self.day(date, flag: "--as-of")
    }

    /// No bound at all: every piece of evidence, dated or not.
    public var isUnbounded: Bool { since == nil && until == nil }

    /// Whether an article of this date falls inside.
    public func contains(_ date: String?) -> Bool {
        if isUnbounded { return true }
        guard let date, let day = Self.normalizedDay(date) else { return false }
        if let since, day < since { return false }
        if let until, day > until { return false }
        return true
    }

    /// The `YYYY-MM-DD` day of an ISO 8601 date or timestamp, or nil when it is not one or
    /// names no day of the calendar (`2024-02-30`, `2023-02-29`, `2024-04-31`): such a bound
    /// used to be taken as written and silently compared as text.
    public static func normalizedDay(_ value: String) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        let day = String(trimmed.prefix(10))
        let parts = day.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let dayOfMonth = Int(parts[2]),
              (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(dayOfMonth) else { return nil }
        return day
    }

    /// Days in a month of the proleptic Gregorian calendar.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func day(_ value: String, flag: String) throws -> String {
        guard let day = normalizedDay(value) else { throw DateRangeError.invalid(flag: flag, value: value) }
        return day
    }
}

/// Why a date bound given on the command line was refused.
public enum DateRangeError: Error, CustomStringConvertible, Equatable {
    case invalid(flag: String, value: String)
    case reversed(since: String, until: String)

    public var description: String {
        switch self {
        case .invalid(let flag, let value):
            return "'\(flag) \(value)': not a date; write it as YYYY-MM-DD, for example 2024-12-08"
        case .reversed(let since, let until):
            return "'--since \(since)' is after '--until \(until)'; swap them"
        }
    }
}

extension Graph {
    /// The graph as the articles of `range` tell it: each relation keeps the evidence dated
    /// inside the range (and any person's assertion); relations left without evidence go,
    /// and so do actors that no remaining relation touches. (A graph value knows the dates
    /// of evidence only; the store's `graph(range:)` also keeps actors merely mentioned.)
    ///
    /// - Complexity: O(A + E) where E counts pieces of evidence.
    public func filtered(by range: DateRange) -> Graph {
        if range.isUnbounded { return self }
        var relations: [Relation] = []
        var touched: Set<Actor.ID> = []
        var documentsInRange: Set<String> = []
        for relation in self.relations {
            var kept = relation
            kept.evidence = relation.evidence.filter { $0.assertedBy != nil || range.contains($0.date) }
            if kept.evidence.isEmpty { continue }
            documentsInRange.formUnion(kept.extractedEvidence.map(\.document))
            touched.insert(kept.source)
            touched.insert(kept.target)
            relations.append(kept)
        }
        let actors = self.actors.compactMap { actor -> Actor? in
            var kept = actor
            kept.documents = actor.documents.filter(documentsInRange.contains)
            return touched.contains(actor.id) ? kept : nil
        }
        return Graph(actors: actors, relations: relations)
    }
}
