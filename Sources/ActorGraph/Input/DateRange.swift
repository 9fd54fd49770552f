import Foundation

/// A span of article dates, both ends inclusive, for `--since`, `--until` and `--as-of`.
///
/// Dates are ISO 8601 days (`YYYY-MM-DD`); a longer timestamp is compared by its day. A bound
/// may also be a year or a month (`2024`, `2024-03`), as every date option accepts: `--since`
/// takes its first day, `--until` and `--as-of` its last, so `--since 2024 --until 2024` is
/// the whole year. When
/// a bound is set, evidence from an undated article falls outside: nothing says when it was
/// written. A person's assertion has no article and is always inside.
public struct DateRange: Hashable, Sendable {
    /// The first day included, if any.
    public var since: String?
    /// The last day included, if any.
    public var until: String?

    /// - Throws: ``DateRangeError`` when a bound is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or
    ///   `since` is after `until`.
    public init(since: String? = nil, until: String? = nil) throws {
        self.since = try since.map { try Self.day($0, flag: "--since", atEnd: false) }
        self.until = try until.map { try Self.day($0, flag: "--until", atEnd: true) }
        if let start = self.since, let end = self.until, start > end {
            throw DateRangeError.reversed(since: start, until: end)
        }
    }

    /// What was known on `date`: everything dated up to and including that day.
    public init(asOf date: String) throws {
        self.since = nil
        self.until = try Self.day(date, flag: "--as-of", atEnd: true)
    }

    /// No bound at all: every piece of evidence, dated or not.
    public var isUnbounded: Bool { since == nil && until == nil }

    /// Whether an article of this date falls inside.
    public func contains(_ date: String?) -> Bool {
        if isUnbounded { return true }
        // An article dated only by its year or month counts from its first day.
        guard let date, let day = Self.normalizedDay(date) ?? Self.boundDay(date, atEnd: false) else { return false }
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

    private static func day(_ value: String, flag: String, atEnd: Bool) throws -> String {
        guard let day = boundDay(value, atEnd: atEnd) else { throw DateRangeError.invalid(flag: flag, value: value) }
        return day
    }

    /// The day a date bound stands for: a `YYYY-MM-DD` day as it is (see ``normalizedDay(_:)``),
    /// a year or a month by its first day, or with `atEnd` its last. Nil for anything else.
    public static func boundDay(_ value: String, atEnd: Bool) -> String? {
        if let day = normalizedDay(value) { return day }
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts[0].count == 4, parts.count == 1 || parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]) else { return nil }
        let yearText = String(parts[0])
        guard parts.count == 2 else { return atEnd ? "\(yearText)-12-31" : "\(yearText)-01-01" }
        guard let month = Int(parts[1]), (1...12).contains(month) else { return nil }
        let monthText = String(parts[1])
        return atEnd ? "\(yearText)-\(monthText)-\(daysIn(month: month, year: year))" : "\(yearText)-\(monthText)-01"
    }

    /// The day an article date option (`--date`) stands for: a day as it is, a year or a
    /// month as written (an article dated `2024` is not dated January 1st), nil for anything else.
    public static func articleDate(_ value: String) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let day = normalizedDay(trimmed) { return day }
        return boundDay(trimmed, atEnd: false) != nil ? trimmed : nil
    }
}

/// Why a date bound given on the command line was refused.
public enum DateRangeError: Error, CustomStringConvertible, Equatable {
    case invalid(flag: String, value: String)
    case reversed(since: String, until: String)

    public var description: String {
        switch self {
        case .invalid(let flag, let value):
            return "'\(flag) \(value)': not a date; write it as YYYY-MM-DD, YYYY-MM or YYYY, for example 2024-12-08"
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
