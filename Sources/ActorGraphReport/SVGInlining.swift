/// Turns Graphviz's SVG document into an element that can sit inside an HTML page.
enum SVGInlining {
    /// The `<svg>` element alone: the XML declaration, DOCTYPE and Graphviz's comments go (an
    /// HTML parser has no use for them, and a comment is one more place text could escape
    /// from), and the root's fixed `width`/`height` in points go so that the page sizes it;
    /// the `viewBox` stays and is what pan and zoom move.
    static func inlined(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        // Comments: Graphviz writes `-` inside them as `&#45;`, so `-->` only ever ends one.
        // One pass, appending what lies between them (a large drawing has thousands).
        var body = ""
        body.reserveCapacity(svg.utf8.count)
        var rest = svg[start.lowerBound...]
        while let open = rest.range(of: "<!--") {
            body += rest[..<open.lowerBound]
            guard let close = rest.range(of: "-->", range: open.upperBound..<rest.endIndex) else { rest = rest[rest.endIndex...]; break }
            var end = close.upperBound
            if end < rest.endIndex, rest[end] == "\n" { end = rest.index(after: end) }
            rest = rest[end...]
        }
        body += rest
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
}
