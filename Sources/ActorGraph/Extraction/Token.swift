/// One token of an article: a word, a number, a possessive `’s`, or a punctuation mark.
///
/// Tokens index into the document's Unicode scalars, so offsets agree with Python's
/// `str` indexing, which the evaluation and users' scripts use. Every stage walks the
/// tokens, so they are packed into 16 bytes: offsets as 32-bit numbers (a document of
/// four billion characters would not fit in memory long before it overflowed them).
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        case word, number, possessive, hyphen, comma, open, close, quote, stop, other
    }

    private let startOffset: UInt32
    private let endOffset: UInt32
    /// The folded text, interned: equal words have equal ids.
    let word: Int32
    let kind: Kind
    /// Starts with an upper-case letter.
    let isCapitalized: Bool
    /// Two or more letters, all upper case (an acronym, or a shouted headline).
    let isAllCaps: Bool

    init(start: Int, end: Int, kind: Kind, word: Int32, isCapitalized: Bool, isAllCaps: Bool) {
        startOffset = UInt32(truncatingIfNeeded: start)
        endOffset = UInt32(truncatingIfNeeded: end)
        self.kind = kind
        self.word = word
        self.isCapitalized = isCapitalized
        self.isAllCaps = isAllCaps
    }

    /// The first scalar of the token.
    var start: Int { Int(startOffset) }
    /// One past the last scalar of the token.
    var end: Int { Int(endOffset) }
}
