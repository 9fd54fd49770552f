/// Turns Graphviz's SVG document into an element that can sit inside an HTML page.
enum SVGInlining {
    /// The `<svg>` element alone, lightened for a page that shows the same facts in its panel:
    ///
    /// - the XML declaration, DOCTYPE and Graphviz's comments go (an HTML parser has no use
    ///   for them);
    /// - `<title>` elements and `xlink:title` tooltips go: a tooltip repeats an edge's evidence,
    ///   which the side panel shows on click, and on a 2,000-actor graph they were half the
    ///   file and most of the browser's parse time;
    /// - the root's fixed `width`/`height` in points go so that the page sizes it; the
    ///   `viewBox` stays and is what pan and zoom move.
    ///
    /// One pass over the bytes: Graphviz escapes `<`, `&` and `"` in text and attribute values,
    /// so `<!--`, `<title>` and ` xlink:title="` only ever start what they look like, and a
    /// comment cannot hold `-->` (Graphviz writes `-` in it as `&#45;`).
    /// - Complexity: O(n) in the SVG's length.
    static func inlined(_ svg: String) -> String {
        let bytes = Array(svg.utf8)
        guard let start = find(Array("<svg".utf8), in: bytes, from: 0) else { return "" }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count - start)
        let comment = Array("<!--".utf8), commentEnd = Array("-->".utf8)
        let title = Array("<title>".utf8), titleEnd = Array("</title>".utf8)
        let tooltip = Array(" xlink:title=\"".utf8)
        var i = start
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "<") {
                if matches(comment, in: bytes, at: i), let end = find(commentEnd, in: bytes, from: i + comment.count) {
                    i = skipNewline(bytes, end + commentEnd.count)
                    continue
                }
                if matches(title, in: bytes, at: i), let end = find(titleEnd, in: bytes, from: i + title.count) {
                    i = skipNewline(bytes, end + titleEnd.count)
                    continue
                }
            } else if byte == UInt8(ascii: " "), matches(tooltip, in: bytes, at: i),
                      let quote = bytes[(i + tooltip.count)...].firstIndex(of: UInt8(ascii: "\"")) {
                i = quote + 1
                continue
            }
            out.append(byte)
            i += 1
        }
        let body = String(decoding: out, as: UTF8.self)
        guard let tagEnd = body.firstIndex(of: ">") else { return body }
        var tag = String(body[body.startIndex..<tagEnd])
        for attribute in ["width", "height"] {
            if let range = tag.range(of: " \(attribute)=\""),
               let quote = tag[range.upperBound...].firstIndex(of: "\"") {
                tag.removeSubrange(range.lowerBound...quote)
            }
        }
        tag = tag.replacingOccurrences(of: "\n", with: " ")
        tag += " id=\"diagram\" role=\"img\" aria-label=\"Actor network diagram\" preserveAspectRatio=\"xMidYMid meet\""
        return tag + body[tagEnd...]
    }

    private static func matches(_ needle: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
        guard index + needle.count <= bytes.count else { return false }
        for k in 0..<needle.count where bytes[index + k] != needle[k] { return false }
        return true
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from index: Int) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var i = index
        while i <= bytes.count - needle.count {
            if bytes[i] == first, matches(needle, in: bytes, at: i) { return i }
            i += 1
        }
        return nil
    }

    private static func skipNewline(_ bytes: [UInt8], _ index: Int) -> Int {
        index < bytes.count && bytes[index] == UInt8(ascii: "\n") ? index + 1 : index
    }
}
