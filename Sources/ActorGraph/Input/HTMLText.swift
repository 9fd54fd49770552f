import Foundation

/// The readable text of an HTML page: scripts, styles, comments and tags removed, block
/// ends turned into line breaks, entities decoded. Also the page's title, published date
/// and canonical URL, which the evidence shows beside each sentence.
enum HTMLText {
    static func extract(_ html: String) -> ArticleText {
        // One kind of line end, so that the paragraph breaks below are seen in CRLF pages too.
        var page = HTMLScanner(Array(LineEndings.normalized(html).utf8))
        page.scan()
        let title = page.title.map { clean(decode(stripTags($0))) }
        let date = page.metaContent(names: ["article:published_time", "date", "pubdate", "publishdate",
                                            "dc.date", "og:published_time"]) ?? page.timeDate
        let url = page.canonical ?? page.metaContent(names: ["og:url"])
        let body = decode(String(decoding: page.body, as: UTF8.self))
        // Collapse the runs of spaces the markup leaves, keeping paragraph breaks.
        let paragraphs = body.components(separatedBy: "\n")
            .map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{00A0}" }).joined(separator: " ") }
        var lines: [String] = []
        for line in paragraphs {
            if line.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return ArticleText(text: lines.joined(separator: "\n"), title: title.flatMap { $0.isEmpty ? nil : $0 },
                    date: date, url: url.map(decode))
    }

    /// The text with every `<...>` taken out; a `<` with no `>` after it stays as written.
    /// - Complexity: O(n): each tag ends at the first `>` after it, found by a forward search.
    static func stripTags(_ html: String) -> String {
        let bytes = Array(html.utf8)
        var greater = ForwardSearch(count: bytes.count) { bytes[$0] == UInt8(ascii: ">") }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), let end = greater.next(from: index + 1) {
                index = end + 1
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func clean(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "rsquo": "’", "lsquo": "‘",
        "rdquo": "”", "ldquo": "“", "mdash": "—", "ndash": "–", "hellip": "…", "laquo": "«", "raquo": "»",
        "eacute": "é", "egrave": "è", "uuml": "ü", "ouml": "ö", "auml": "ä", "ccedil": "ç", "iuml": "ï",
    ]

    /// Decodes `&name;`, `&#NNN;` and `&#xHH;`; unknown entities stay as written.
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(10).firstIndex(of: ";") {
                let entity = after[..<semicolon]
                var replacement: String?
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    replacement = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
                } else if entity.hasPrefix("#") {
                    replacement = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
                } else {
                    replacement = named[String(entity)]
                }
                if let replacement {
                    out += replacement
                    rest = after[after.index(after: semicolon)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        out += rest
        return out
    }

    /// Every match of `pattern` replaced by `template`; only for expressions that cannot
    /// backtrack across the text (the Markdown heading marks), since cleaning must stay linear.
    static func replace(_ pattern: String, in text: String, with template: String) -> String {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return text }
        return regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }
}
