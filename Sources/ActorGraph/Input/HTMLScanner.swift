import Foundation

/// One forward pass over an HTML page's bytes: the text outside tags (script, style,
/// noscript and template contents, comments and the head left out; `<br>` and the ends of
/// block elements turned into line breaks), and the title, meta tags, `<time datetime>` and
/// canonical link the article's metadata comes from.
///
/// Regular expressions did this before (`<!--.*?-->`, `<meta[^>]*name=...`), and each opener
/// with no closer made them scan to the end of the page again: 200 KB of unclosed `<!--` took
/// close to a minute. Here every closer is found through a ``ForwardSearch``, and a tag runs
/// from its `<` to the first `>` after it, after which the scan goes on, so the pass is linear.
struct HTMLScanner {
    private let bytes: [UInt8]
    /// The page's text with the markup taken out, entities not yet decoded.
    private(set) var body: [UInt8] = []
    /// What the first `<title>` with a closing tag holds, markup and entities as written.
    private(set) var title: String?
    /// The first `<time datetime="...">` value.
    private(set) var timeDate: String?
    /// The first `<link rel="canonical" href="...">` target.
    private(set) var canonical: String?
    /// Each `<meta>` tag's names (`name`, `property`, `itemprop`, lowercased) and content.
    private var metas: [(names: [String], content: String)] = []

    private var greater: ForwardSearch
    private var commentEnd: ForwardSearch
    private var closers: [String: ForwardSearch] = [:]

    /// Elements whose content is never article text.
    private static let hidden: Set<String> = ["script", "style", "noscript", "template"]
    /// Elements whose end is a paragraph break.
    private static let blocks: Set<String> = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "blockquote",
                                              "section", "article", "header", "footer", "pre", "table", "ul", "ol"]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        greater = ForwardSearch(count: bytes.count) { bytes[$0] == UInt8(ascii: ">") }
        commentEnd = ForwardSearch(count: bytes.count) { index in
            index + 2 < bytes.count && bytes[index] == UInt8(ascii: "-") && bytes[index + 1] == UInt8(ascii: "-")
                && bytes[index + 2] == UInt8(ascii: ">")
        }
    }

    /// The first non-empty content of a `<meta>` tag carrying one of `names`, tried in order.
    func metaContent(names: [String]) -> String? {
        for name in names {
            if let meta = metas.first(where: { $0.names.contains(name) && !$0.content.isEmpty }) { return meta.content }
        }
        return nil
    }

    mutating func scan() {
        var index = 0
        // Text before this position is inside `<head>` and is not article text.
        var headEnd = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                let start = index
                while index < bytes.count, bytes[index] != UInt8(ascii: "<") { index += 1 }
                if start >= headEnd { body.append(contentsOf: bytes[start..<index]) }
                continue
            }
            if starts(with: "<!--", at: index), let end = commentEnd.next(from: index + 4) {
                if index >= headEnd { body.append(UInt8(ascii: " ")) }
                index = end + 3
                continue
            }
            guard let end = greater.next(from: index + 1) else {
                // A `<` that no `>` follows is text, as it was when tags were stripped by pattern.
                if index >= headEnd { body.append(bytes[index]) }
                index += 1
                continue
            }
            // Everything from this `<` to the `>` goes, as it did when tags were stripped by
            // pattern; a stray `<` before a tag (`<<meta ...>`) does not hide the tag.
            var tagStart = index
            for position in (index + 1)..<end where bytes[position] == UInt8(ascii: "<") { tagStart = position }
            let closing = tagStart + 1 < end && bytes[tagStart + 1] == UInt8(ascii: "/")
            let nameStart = closing ? tagStart + 2 : tagStart + 1
            var nameEnd = nameStart
            while nameEnd < end, !Self.isSpace(bytes[nameEnd]), bytes[nameEnd] != UInt8(ascii: "/") { nameEnd += 1 }
            let name = String(decoding: bytes[nameStart..<nameEnd].map(Self.lowercased), as: UTF8.self)
            let inBody = index >= headEnd
            index = end + 1
            if closing {
                if Self.blocks.contains(name), inBody { body.append(contentsOf: [0x0A, 0x0A]) }
                continue
            }
            switch name {
            case _ where Self.hidden.contains(name):
                if let close = closingTag(name, from: end + 1) {
                    if inBody { body.append(UInt8(ascii: " ")) }
                    index = close.upperBound
                }
            case "head":
                if let close = closingTag(name, from: end + 1) {
                    if inBody { body.append(UInt8(ascii: " ")) }
                    headEnd = max(headEnd, close.upperBound)
                }
            case "title" where title == nil:
                // The title's text stays in the flow, as it was: inside `<head>` it is left out anyway.
                if let close = closingTag(name, from: end + 1) {
                    title = String(decoding: bytes[(end + 1)..<close.lowerBound], as: UTF8.self)
                }
            case "br":
                if inBody { body.append(0x0A) }
            case "meta":
                let attributes = attributes(nameEnd..<end)
                let names = ["name", "property", "itemprop"].compactMap { attributes[$0]?.lowercased() }
                if !names.isEmpty, let content = attributes["content"] { metas.append((names, content)) }
            case "time" where timeDate == nil:
                if let value = attributes(nameEnd..<end)["datetime"], !value.isEmpty { timeDate = value }
            case "link" where canonical == nil:
                let attributes = attributes(nameEnd..<end)
                if let rel = attributes["rel"], rel.lowercased().split(separator: " ").contains("canonical"),
                   let href = attributes["href"], !href.isEmpty {
                    canonical = href
                }
            default:
                break
            }
        }
    }

    /// Where the first `</name>` (spaces allowed before `>`) at or after `from` lies, or nil.
    /// Once none is found, later openers of that element find none either, at no cost.
    private mutating func closingTag(_ name: String, from: Int) -> Range<Int>? {
        let bytes = bytes
        let pattern = Array("</\(name)".utf8)
        var search = closers[name] ?? ForwardSearch(count: bytes.count) { index in
            guard index + pattern.count < bytes.count else { return false }
            for (offset, byte) in pattern.enumerated() where Self.lowercased(bytes[index + offset]) != byte { return false }
            var after = index + pattern.count
            while after < bytes.count, Self.isSpace(bytes[after]) { after += 1 }
            return after < bytes.count && bytes[after] == UInt8(ascii: ">")
        }
        defer { closers[name] = search }
        guard let start = search.next(from: from) else { return nil }
        var after = start + pattern.count
        while bytes[after] != UInt8(ascii: ">") { after += 1 }
        return start..<(after + 1)
    }

    /// A tag's attributes, names lowercased, values trimmed, the first of a repeated name kept.
    private func attributes(_ range: Range<Int>) -> [String: String] {
        var attributes: [String: String] = [:]
        var index = range.lowerBound
        func skipSpaces() { while index < range.upperBound, Self.isSpace(bytes[index]) { index += 1 } }
        while index < range.upperBound {
            while index < range.upperBound, Self.isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") { index += 1 }
            let nameStart = index
            while index < range.upperBound, !Self.isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="),
                  bytes[index] != UInt8(ascii: "/") { index += 1 }
            let name = String(decoding: bytes[nameStart..<index].map(Self.lowercased), as: UTF8.self)
            skipSpaces()
            var value = ""
            if index < range.upperBound, bytes[index] == UInt8(ascii: "=") {
                index += 1
                skipSpaces()
                let quote = index < range.upperBound ? bytes[index] : 0
                let valueStart: Int
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    index += 1
                    valueStart = index
                    while index < range.upperBound, bytes[index] != quote { index += 1 }
                    value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                    if index < range.upperBound { index += 1 }
                } else {
                    valueStart = index
                    while index < range.upperBound, !Self.isSpace(bytes[index]) { index += 1 }
                    value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                }
            }
            if !name.isEmpty, attributes[name] == nil {
                attributes[name] = value.trimmingCharacters(in: .whitespacesAndNewlines)
            }
        }
        return attributes
    }

    private func starts(with prefix: String, at index: Int) -> Bool {
        let prefix = Array(prefix.utf8)
        return index + prefix.count <= bytes.count && Array(bytes[index..<(index + prefix.count)]) == prefix
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }
}
