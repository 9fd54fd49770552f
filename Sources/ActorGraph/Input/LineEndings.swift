/// Line ends as Windows (CR LF) and classic Mac OS (lone CR) files write them.
///
/// Swift reads `"\r\n"` as one `Character`, so splitting a `String` on `"\n"` does not see
/// those line ends at all: a CRLF archive would read as one long line and CRLF front matter
/// would never end. The readers of marked-up and line-based files normalize line ends, or
/// split bytes, through this type rather than each in its own way.
enum LineEndings {
    /// The text with every CR LF and lone CR turned into LF. Only for text whose offsets no
    /// one reads against the file (Markdown and HTML, whose text is derived anyway): a plain
    /// `.txt` article is kept as written, so that evidence offsets index the file itself.
    static func normalized(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var afterCR = false
        for byte in text.utf8 {
            if byte == 0x0A, afterCR {
                afterCR = false
                continue
            }
            afterCR = byte == 0x0D
            bytes.append(afterCR ? 0x0A : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Calls `body` with each line of `piece`, a stretch of a file ending before an LF (or at
    /// the end of the file): a CR just before that LF is part of the line end, and a lone CR
    /// inside it ends a line of its own. JSON never holds a raw CR inside a string, so
    /// splitting a JSON Lines file this way cannot cut a record in two.
    static func forEachLine<Bytes: BidirectionalCollection>(in piece: Bytes, _ body: (Bytes.SubSequence) throws -> Void) rethrows
        where Bytes.Element == UInt8 {
        var end = piece.endIndex
        if end > piece.startIndex, piece[piece.index(before: end)] == 0x0D { end = piece.index(before: end) }
        var start = piece.startIndex
        while let cr = piece[start..<end].firstIndex(of: 0x0D) {
            try body(piece[start..<cr])
            start = piece.index(after: cr)
        }
        try body(piece[start..<end])
    }
}
