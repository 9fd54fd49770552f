/// Splits article text into tokens.
///
/// Words are runs of letters and digits; an apostrophe inside a word joins it (`Hay’at`),
/// and `’s` after a word is a possessive token of its own. `U.S.`-style initialisms are one
/// token. Everything else is one token per mark. Linear in the text.
struct Tokenizer {
    var lexicon: Lexicon

    mutating func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        let n = scalars.count
        while i < n {
            let c = scalars[i]
            if Self.isSpace(c) { i += 1; continue }
            if Self.isWordScalar(c) {
                let start = i
                // Initialisms: U.S., U.K., U.N. (single letters each followed by a period).
                if Self.isUpper(c), i + 3 < n + 1, i + 1 < n, scalars[i + 1] == ".",
                   i + 2 < n, Self.isUpper(scalars[i + 2]), i + 3 < n, scalars[i + 3] == "." {
                    var j = i
                    while j + 1 < n, Self.isUpper(scalars[j]), scalars[j + 1] == "." { j += 2 }
                    tokens.append(makeWord(scalars, start, j, kind: .word))
                    i = j
                    continue
                }
                var j = i + 1
                while j < n {
                    let d = scalars[j]
                    if Self.isWordScalar(d) || Self.isJoiner(d) { j += 1; continue }
                    if Self.isApostrophe(d), j + 1 < n, Self.isLetter(scalars[j + 1]) {
                        // `’s` closing a word is a possessive; other apostrophes join (Hay’at).
                        let sIsLast = (scalars[j + 1] == "s" || scalars[j + 1] == "S")
                            && (j + 2 >= n || !Self.isWordScalar(scalars[j + 2]))
                        if sIsLast { break }
                        j += 1
                        continue
                    }
                    break
                }
                let isNumber = Self.isDigit(c)
                tokens.append(makeWord(scalars, start, j, kind: isNumber ? .number : .word))
                i = j
                if i + 1 < n, Self.isApostrophe(scalars[i]), scalars[i + 1] == "s" || scalars[i + 1] == "S",
                   i + 2 >= n || !Self.isWordScalar(scalars[i + 2]) {
                    tokens.append(Token(start: i, end: i + 2, kind: .possessive, word: lexicon.possessive,
                                        isCapitalized: false, isAllCaps: false))
                    i += 2
                }
                continue
            }
            if Self.isApostrophe(c), i + 1 < n, scalars[i + 1] == "s" || scalars[i + 1] == "S",
               i + 2 >= n || !Self.isWordScalar(scalars[i + 2]), i > 0, !Self.isSpace(scalars[i - 1]) {
                tokens.append(Token(start: i, end: i + 2, kind: .possessive, word: lexicon.possessive,
                                    isCapitalized: false, isAllCaps: false))
                i += 2
                continue
            }
            let kind = Self.punctuationKind(c)
            tokens.append(Token(start: i, end: i + 1, kind: kind, word: lexicon.id(forPunctuation: c, kind: kind),
                                isCapitalized: false, isAllCaps: false))
            i += 1
        }
        return tokens
    }

    /// Scratch space for a word's folded bytes, reused from token to token.
    var scratch: [UInt8] = []

    private mutating func makeWord(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, kind: Token.Kind) -> Token {
        if scratch.count < end - start { scratch = Array(repeating: 0, count: max(64, (end - start) * 2)) }
        var length = 0
        var hash = ByteTable.seed
        var ascii = true
        var upper = 0
        var letters = 0
        for k in start..<end {
            let value = scalars[k].value
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
                let s = scalars[k]
                if s.properties.isUppercase { upper += 1 }
                if s.properties.isAlphabetic { letters += 1 }
                view.append(s)
            }
            var folded = Array(NameFolding.fold(String(view)).utf8.filter { $0 != 32 })
            word = folded.withUnsafeMutableBufferPointer { lexicon.id(forBytes: UnsafeBufferPointer($0)) }
        }
        return Token(start: start, end: end, kind: kind, word: word,
                     isCapitalized: Self.isUpper(scalars[start]), isAllCaps: letters >= 2 && upper == letters)
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
