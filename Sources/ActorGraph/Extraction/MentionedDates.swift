/// When an article has no date of its own (a plain text file), the latest date it mentions
/// stands in for it: a report is written after what it reports. Names whose meaning changed
/// with time (``DatedAlias``) are read by that date.
///
/// One pass over the UTF-8 bytes: extraction asks this for most Syrian articles, and a
/// regular expression over every article cost a fifth of extraction time.
enum MentionedDates {
    private static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                                 "september", "october", "november", "december"]

    /// The latest date the text mentions, as `YYYY-MM-DD`: a day as written ("3 March 2021",
    /// "March 3, 2021"), a month as its last day ("December 2024"), a bare year as its first
    /// day; `nil` when it mentions none. Years from 1900 to 2099.
    static func latest(in text: String) -> String? {
        var text = text
        return text.withUTF8 { latest(in: $0) }
    }

    private static func latest(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var latest: String?
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < bytes.count && bytes[i] >= 48 && bytes[i] <= 57 }
        func isLetter(_ i: Int) -> Bool {
            i >= 0 && i < bytes.count && (bytes[i] | 0x20) >= 97 && (bytes[i] | 0x20) <= 122
        }
        var i = 0
        while i + 3 < bytes.count {
            defer { i += 1 }
            // A year starts with 1 or 2: most bytes are turned away by this one compare.
            guard bytes[i] == 49 || bytes[i] == 50 else { continue }
            // A year: four digits, 19xx or 20xx, standing alone.
            guard isDigit(i), isDigit(i + 1), isDigit(i + 2), isDigit(i + 3), !isDigit(i - 1), !isDigit(i + 4),
                  !isLetter(i - 1), !isLetter(i + 4),
                  (bytes[i] == 49 && bytes[i + 1] == 57) || (bytes[i] == 50 && bytes[i + 1] == 48) else { continue }
            let year = String(decoding: bytes[i..<(i + 4)], as: UTF8.self)
            var date = "\(year)-01-01"
            // Before it: "Month ", "Month D, ", or "D Month ".
            var k = i - 1
            while k >= 0, bytes[k] == 32 || bytes[k] == 44 { k -= 1 }
            var day: Int?
            var end = k + 1
            if isDigit(k) {
                var start = k
                while isDigit(start - 1) { start -= 1 }
                day = Int(String(decoding: bytes[start...k], as: UTF8.self))
                k = start - 1
                while k >= 0, bytes[k] == 32 { k -= 1 }
                end = k + 1
            }
            var start = end
            while isLetter(start - 1) { start -= 1 }
            let word = String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
            if let month = months.firstIndex(of: word) {
                if day == nil {
                    // "3 March 2021": the day stands before the month.
                    var d = start - 1
                    while d >= 0, bytes[d] == 32 { d -= 1 }
                    if isDigit(d) {
                        var s = d
                        while isDigit(s - 1) { s -= 1 }
                        day = Int(String(decoding: bytes[s...d], as: UTF8.self))
                    }
                }
                let dayOfMonth = day.map { min(max($0, 1), 31) } ?? 31
                date = year + "-" + (month < 9 ? "0" : "") + String(month + 1) + "-" + (dayOfMonth < 10 ? "0" : "") + String(dayOfMonth)
            }
            if date > (latest ?? "") { latest = date }
        }
        return latest
    }
}
