/// One token of an article: a word, a number, a possessive `’s`, or a punctuation mark.
///
/// Tokens index into the document's Unicode scalars, so offsets agree with Python's
/// `str` indexing, which the evaluation and users' scripts use.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        case word, number, possessive, hyphen, comma, open, close, quote, stop, other
    }

    var start: Int
    var end: Int
    var kind: Kind
    /// The folded text, interned: equal words have equal ids.
    var word: Int32
    /// Starts with an upper-case letter.
    var isCapitalized: Bool
    /// Two or more letters, all upper case (an acronym, or a shouted headline).
    var isAllCaps: Bool
}
