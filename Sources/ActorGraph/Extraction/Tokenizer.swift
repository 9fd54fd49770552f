/// Splits article text into tokens.
///
/// Words are runs of letters and digits; an apostrophe inside a word joins it (`Hay’at`),
/// and `’s` after a word is a possessive token of its own. `U.S.`-style initialisms are one
/// token. Everything else is one token per mark. Linear in the text.
struct Tokenizer {
    var lexicon: Lexicon

    mutating func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        // At most one token per scalar, so the tokens are written straight into their array.
        [Token](unsafeUninitializedCapacity: scalars.count) { tokens, count in
            count = scalars.withUnsafeBufferPointer { s in
                Self.asciiClass.withUnsafeBufferPointer { tokenize(s, classes: $0, into: tokens) }
            }
        }
    }

    /// The tokenizer proper, over raw buffers: it runs over every character of every article,
    /// so it reads ASCII through one table look-up and leaves the Unicode tests to the rest.
    private mutating func tokenize(_ s: UnsafeBufferPointer<Unicode.Scalar>, classes: UnsafeBufferPointer<UInt8>,
                                   into tokens: UnsafeMutableBufferPointer<Token>) -> Int {
        // Offsets are 32-bit (``Token``): text past four billion characters is not read.
        let n = min(s.count, Int(UInt32.max))
        var count = 0
        @inline(__always) func emit(_ token: Token) {
            tokens.baseAddress!.advanced(by: count).initialize(to: token)
            count += 1
        }
        /// The possessive token `’s` (or the lone apostrophe of "the Houthis'") at `i`.
        @inline(__always) func emitPossessive(at i: Int, length: Int) {
            emit(Token(start: i, end: i + length, kind: .possessive, word: lexicon.possessive,
                       isCapitalized: false, isAllCaps: false))
        }
        /// A possessive `’s` at `i`: an apostrophe, then `s` closing the word.
        @inline(__always) func possessive(at i: Int) -> Bool {
            i + 1 < n && Self.isApostrophe(s[i]) && (s[i + 1] == "s" || s[i + 1] == "S")
                && (i + 2 >= n || !Self.isWordScalar(s[i + 2]))
        }
        var i = 0
        while i < n {
            let c = s[i]
            // The General Punctuation block's dashes, quotes and dots are marks: no Unicode look-up.
            let ascii = c.value < 128 ? classes[Int(c.value)] : c.value &- 0x2010 < 0x18 ? Self.mark : 0
            if ascii & Self.space != 0 || ascii == 0 && Self.isSpace(c) { i += 1; continue }
            if ascii & Self.wordChar != 0 || ascii == 0 && Self.isWordScalar(c) {
                let start = i
                // Initialisms: U.S., U.K., U.N. (single letters each followed by a period).
                if Self.isUpper(c), i + 3 < n, s[i + 1] == ".", Self.isUpper(s[i + 2]), s[i + 3] == "." {
                    var j = i
                    while j + 1 < n, Self.isUpper(s[j]), s[j + 1] == "." { j += 2 }
                    emit(makeWord(s, start, j, kind: .word))
                    i = j
                    continue
                }
                var j = i + 1
                while j < n {
                    let d = s[j]
                    if d.value < 128 {
                        let dClass = classes[Int(d.value)]
                        if dClass & Self.wordChar != 0 { j += 1; continue }
                        if dClass & Self.apostrophe == 0 { break }
                    } else if d.value &- 0x2010 >= 0x18, Self.isWordScalar(d) || Self.isJoiner(d) {
                        j += 1
                        continue
                    }
                    if Self.isApostrophe(d), j + 1 < n, Self.isLetter(s[j + 1]) {
                        // `’s` closing a word is a possessive; other apostrophes join (Hay’at).
                        if possessive(at: j) { break }
                        j += 1
                        continue
                    }
                    break
                }
                emit(makeWord(s, start, j, kind: Self.isDigit(c) ? .number : .word))
                i = j
                if possessive(at: i) {
                    emitPossessive(at: i, length: 2)
                    i += 2
                } else if i + 2 < n, j - start > 1, s[i - 1] == "s" || s[i - 1] == "S", Self.isApostrophe(s[i]),
                          s[i + 1] == " ", Self.isLetter(s[i + 2]) {
                    // A plural possessive, "the Houthis' patron": the apostrophe alone is the `’s`.
                    emitPossessive(at: i, length: 1)
                    i += 1
                }
                continue
            }
            if possessive(at: i), i > 0, !Self.isSpace(s[i - 1]) {
                emitPossessive(at: i, length: 2)
                i += 2
                continue
            }
            let kind = Self.punctuationKind(c)
            emit(Token(start: i, end: i + 1, kind: kind, word: lexicon.id(forPunctuation: c, kind: kind),
                       isCapitalized: false, isAllCaps: false))
            i += 1
        }
        return count
    }

    /// Scratch space for a word's folded bytes, reused from token to token.
    var scratch: [UInt8] = Array(repeating: 0, count: 64)

    private mutating func makeWord(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int,
                                   kind: Token.Kind) -> Token {
        if scratch.count < end - start { scratch = Array(repeating: 0, count: (end - start) * 2) }
        var length = 0
        var hash = ByteTable.seed
        var ascii = true
        var upper = 0
        var letters = 0
        scratch.withUnsafeMutableBufferPointer { scratch in
            for k in start..<end {
                let value = s[k].value
                if value < 128 {
                    var byte = UInt8(truncatingIfNeeded: value)
                    if value >= 65 && value <= 90 {
                        upper += 1
                        letters += 1
                        byte += 32
                    } else if value >= 97 && value <= 122 {
                        letters += 1
                    } else if value == 39 || value == 96 {
                        continue // apostrophes inside a word do not count (Hay'at = Hayat)
                    }
                    scratch[length] = byte
                    hash = ByteTable.step(hash, byte)
                    length += 1
                } else if value == 0x2019 || value == 0x2018 || value == 0x02BC {
                    continue // curly apostrophes too (Hay’at)
                } else {
                    ascii = false
                    break
                }
            }
        }
        let word: Int32
        if ascii {
            let finished = ByteTable.finish(hash)
            word = scratch.withUnsafeBufferPointer {
                lexicon.id(forBytes: UnsafeBufferPointer(rebasing: $0[0..<length]), hash: finished)
            }
        } else {
            // Diacritics, curly apostrophes, other scripts: the full folding, then the same table.
            upper = 0
            letters = 0
            var view = String.UnicodeScalarView()
            for k in start..<end {
                let c = s[k]
                if c.properties.isUppercase { upper += 1 }
                if c.properties.isAlphabetic { letters += 1 }
                view.append(c)
            }
            var folded = Array(NameFolding.fold(String(view)).utf8.filter { $0 != 32 })
            word = folded.withUnsafeMutableBufferPointer { lexicon.id(forBytes: UnsafeBufferPointer($0)) }
        }
        return Token(start: start, end: end, kind: kind, word: word,
                     isCapitalized: Self.isUpper(s[start]), isAllCaps: letters >= 2 && upper == letters)
    }

    // The ASCII classes, one table look-up per character.
    private static let space: UInt8 = 1
    private static let wordChar: UInt8 = 2
    private static let apostrophe: UInt8 = 4
    /// Punctuation and other ASCII marks: neither space, word nor apostrophe.
    private static let mark: UInt8 = 8
    /// Each ASCII character's class; 0 never occurs, so 0 means "not ASCII, ask Unicode".
    private static let asciiClass: [UInt8] = (0..<128).map { value in
        let c = Unicode.Scalar(UInt8(value))
        if isSpace(c) { return space }
        if isWordScalar(c) { return wordChar }
        if isApostrophe(c) { return apostrophe }
        return mark
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{A0}" || c == "\u{200B}" || c == "\u{FEFF}"
            || c == "\u{200C}" || c == "\u{200D}" || c == "\u{2060}" || c == "\u{00AD}"
            || (c.value > 127 && c.properties.isWhitespace)
    }

    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return (c.value | 32) >= 97 && (c.value | 32) <= 122 }
        return c.properties.isAlphabetic
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    static func isUpper(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return c.value >= 65 && c.value <= 90 }
        return c.properties.isUppercase
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 { return isDigit(c) || (c.value | 32) >= 97 && (c.value | 32) <= 122 }
        let category = c.properties.generalCategory
        switch category {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return c.properties.isAlphabetic || category == .decimalNumber
        }
    }

    /// Invisible characters inside a word: they neither split nor count.
    static func isJoiner(_ c: Unicode.Scalar) -> Bool {
        c == "\u{200C}" || c == "\u{200D}" || c == "\u{2060}" || c == "\u{00AD}"
    }

    static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "’" || c == "‘" || c == "ʼ" || c == "`" || c == "´"
    }

    static func punctuationKind(_ c: Unicode.Scalar) -> Token.Kind {
        switch c {
        case "-", "‐", "‑", "‒", "–", "—": return .hyphen
        case ",": return .comma
        case "(", "[", "{": return .open
        case ")", "]", "}": return .close
        case "\"", "“", "”", "‘", "’", "«", "»", "'": return .quote
        case ".", "!", "?", ";", ":", "…": return .stop
        default: return .other
        }
    }
}
