import Foundation

/// When an article has no date of its own (a plain text file), the latest date it mentions
/// stands in for it: a report is written after what it reports. Names whose meaning changed
/// with time (``DatedAlias``) are read by that date.
enum MentionedDates {
    private static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                                 "september", "october", "november", "december"]
    private static let pattern = try? NSRegularExpression(
        pattern: #"(?:\b(\d{1,2})\s+)?\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:(\d{1,2}),?\s+)?((?:19|20)\d{2})\b|\b((?:19|20)\d{2})\b"#,
        options: [.caseInsensitive])

    /// The latest date the text mentions, as `YYYY-MM-DD`: a day as written, a month as its
    /// last day, a bare year as its first day; `nil` when it mentions none.
    static func latest(in text: String) -> String? {
        guard let pattern else { return nil }
        let ns = text as NSString
        var latest: String?
        pattern.enumerateMatches(in: text, range: NSRange(location: 0, length: ns.length)) { match, _, _ in
            guard let match else { return }
            func group(_ i: Int) -> String? {
                let range = match.range(at: i)
                return range.location == NSNotFound ? nil : ns.substring(with: range)
            }
            var date: String
            if let year = group(4), let monthName = group(2),
               let month = months.firstIndex(of: monthName.lowercased()) {
                let day = (group(1) ?? group(3)).flatMap { Int($0) }.map { min(max($0, 1), 31) } ?? 31
                date = String(format: "%@-%02d-%02d", year, month + 1, day)
            } else if let year = group(5) {
                date = "\(year)-01-01"
            } else {
                return
            }
            if date > (latest ?? "") { latest = date }
        }
        return latest
    }
}
