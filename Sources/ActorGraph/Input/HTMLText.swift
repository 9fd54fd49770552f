import Foundation

/// The readable text of an HTML page: scripts, styles, comments and tags removed, block
/// ends turned into line breaks, entities decoded. Also the page's title, published date
/// and canonical URL, which the evidence shows beside each sentence.
enum HTMLText {
    static func extract(_ html: String) -> ArticleText {
        // One kind of line end, so that the paragraph breaks below are seen in CRLF pages too.
        var source = LineEndings.normalized(html)
        for pattern in ["(?is)<!--.*?-->", "(?is)<script\\b.*?</script\\s*>", "(?is)<style\\b.*?</style\\s*>",
                        "(?is)<noscript\\b.*?</noscript\\s*>", "(?is)<template\\b.*?</template\\s*>"] {
            source = replace(pattern, in: source, with: " ")
        }
        let title = firstMatch("(?is)<title[^>]*>(.*?)</title\\s*>", in: source).map { clean(decode(stripTags($0))) }
        let date = metaContent(source, names: ["article:published_time", "date", "pubdate", "publishdate",
                                               "dc.date", "og:published_time"])
            ?? firstMatch("(?is)<time[^>]*datetime\\s*=\\s*[\"']([^\"']+)[\"']", in: source)
        let url = firstMatch("(?is)<link[^>]*rel\\s*=\\s*[\"']canonical[\"'][^>]*href\\s*=\\s*[\"']([^\"']+)[\"']", in: source)
            ?? metaContent(source, names: ["og:url"])
        var body = replace("(?is)<head\\b.*?</head\\s*>", in: source, with: " ")
        body = replace("(?i)<br\\s*/?>", in: body, with: "\n")
        body = replace("(?i)</(p|div|h[1-6]|li|tr|blockquote|section|article|header|footer|pre|table|ul|ol)\\s*>",
                       in: body, with: "\n\n")
        body = decode(stripTags(body))
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

    private static func metaContent(_ html: String, names: [String]) -> String? {
        for name in names {
            let escaped = NSRegularExpression.escapedPattern(for: name)
            if let value = firstMatch("(?is)<meta[^>]*(?:name|property|itemprop)\\s*=\\s*[\"']\(escaped)[\"'][^>]*content\\s*=\\s*[\"']([^\"']*)[\"']", in: html)
                ?? firstMatch("(?is)<meta[^>]*content\\s*=\\s*[\"']([^\"']*)[\"'][^>]*(?:name|property|itemprop)\\s*=\\s*[\"']\(escaped)[\"']", in: html) {
                return value
            }
        }
        return nil
    }

    static func stripTags(_ html: String) -> String { replace("(?s)<[^>]*>", in: html, with: "") }

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

    static func replace(_ pattern: String, in text: String, with template: String) -> String {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return text }
        return regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }

    static func firstMatch(_ pattern: String, in text: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              match.numberOfRanges > 1, let range = Range(match.range(at: 1), in: text) else { return nil }
        return String(text[range]).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
