/// Markdown's inline marks taken off in linear time: links and images keep their visible
/// text, strong and plain emphasis their words.
///
/// Each pass reads the same text the regular expressions it replaced matched, with the same
/// choice of closer, so articles read as before:
/// `!\[([^\]]*)\]\([^)]*\)`, `\[([^\]]+)\]\([^)]*\)`, `(\*\*|__)(\S(?:.*?\S)?)\1` and
/// `(?<![\w*])[*_](\S(?:[^*_\n]*?\S)?)[*_](?![\w*])`. Those expressions retried from every
/// opener that had no closer, so 300 KB of `[a ` took minutes; here each closer is found
/// through a ``ForwardSearch`` that never looks at a character twice.
enum MarkdownInline {
    /// `[text](target)` as `text` (`image: false`, text not empty) or `![alt](target)` as
    /// `alt` (`image: true`, alt may be empty). Text runs to the first `]`, the target to the
    /// first `)`, across lines, as in the expressions above.
    static func links(in text: String, image: Bool) -> String {
        let characters = Array(text.unicodeScalars)
        guard characters.contains("[") else { return text }
        var closeBracket = ForwardSearch(count: characters.count) { characters[$0] == "]" }
        var closeParenthesis = ForwardSearch(count: characters.count) { characters[$0] == ")" }
        var out = String.UnicodeScalarView()
        var index = 0
        while index < characters.count {
            let opener = image ? index + 1 : index
            if opener < characters.count, characters[opener] == "[", !image || characters[index] == "!",
               let close = closeBracket.next(from: opener + 1), image || close > opener + 1,
               close + 1 < characters.count, characters[close + 1] == "(",
               let end = closeParenthesis.next(from: close + 2) {
                out.append(contentsOf: characters[(opener + 1)..<close])
                index = end + 1
            } else {
                out.append(characters[index])
                index += 1
            }
        }
        return String(out)
    }

    /// `**words**` and `__words__` as `words`: the words start and end with a character that is
    /// not a space and stay on one line; the nearest closer after two or more characters is
    /// taken, else one right after a single character.
    static func strongEmphasis(in text: String) -> String {
        let characters = Array(text.unicodeScalars)
        guard characters.contains("*") || characters.contains("_") else { return text }
        func closer(_ mark: Unicode.Scalar) -> ForwardSearch {
            ForwardSearch(count: characters.count) { index in
                index > 0 && index + 1 < characters.count && characters[index] == mark && characters[index + 1] == mark
                    && !isSpace(characters[index - 1])
            }
        }
        var starCloser = closer("*")
        var underscoreCloser = closer("_")
        var lineEnd = ForwardSearch(count: characters.count) { isLineEnd(characters[$0]) }
        var out = String.UnicodeScalarView()
        var index = 0
        while index < characters.count {
            let mark = characters[index]
            if mark == "*" || mark == "_", index + 2 < characters.count, characters[index + 1] == mark,
               !isSpace(characters[index + 2]) {
                // The expression's optional tail is greedy: words of two characters or more are
                // tried first, with the nearest closer on the line, and one character last.
                var close = mark == "*" ? starCloser.next(from: index + 4) : underscoreCloser.next(from: index + 4)
                if let found = close, found > (lineEnd.next(from: index + 2) ?? characters.count) { close = nil }
                if close == nil, index + 4 < characters.count, characters[index + 3] == mark, characters[index + 4] == mark {
                    close = index + 3
                }
                if let close {
                    out.append(contentsOf: characters[(index + 2)..<close])
                    index = close + 2
                    continue
                }
            }
            out.append(mark)
            index += 1
        }
        return String(out)
    }

    /// `*words*` and `_words_` as `words`, where the marks do not touch a letter, digit or
    /// star outside them and no `*`, `_` or line end falls inside. With the first character
    /// after the opener fixed, at most three closers can fit (right after it, at the first
    /// `*`, `_` or line end, or one past that), so each opener costs constant time beyond the
    /// forward search for that first mark.
    static func emphasis(in text: String) -> String {
        let characters = Array(text.unicodeScalars)
        guard characters.contains("*") || characters.contains("_") else { return text }
        func isMark(_ index: Int) -> Bool { characters[index] == "*" || characters[index] == "_" }
        func isBoundary(_ index: Int) -> Bool {
            index < 0 || index >= characters.count || !(characters[index] == "*" || isWordCharacter(characters[index]))
        }
        var stop = ForwardSearch(count: characters.count) { isMark($0) || characters[$0] == "\n" }
        var out = String.UnicodeScalarView()
        var index = 0
        while index < characters.count {
            if isMark(index), isBoundary(index - 1), index + 1 < characters.count, !isSpace(characters[index + 1]) {
                // As in the expression, whose optional tail is greedy: two characters or more
                // first, the nearest closer first, and a single character last.
                var candidates: [Int] = []
                if let first = stop.next(from: index + 2) {
                    if first > index + 2 { candidates.append(first) }
                    candidates.append(first + 1)
                }
                candidates.append(index + 2)
                let close = candidates.first { close in
                    close < characters.count && isMark(close) && isBoundary(close + 1)
                        && (close == index + 2 || !isSpace(characters[close - 1]))
                }
                if let close {
                    out.append(contentsOf: characters[(index + 1)..<close])
                    index = close + 1
                    continue
                }
            }
            out.append(characters[index])
            index += 1
        }
        return String(out)
    }

    /// `\s`: white space, line ends included.
    private static func isSpace(_ character: Unicode.Scalar) -> Bool {
        character.properties.isWhitespace
    }

    /// The line ends `.` does not match in the expression this replaces.
    private static func isLineEnd(_ character: Unicode.Scalar) -> Bool {
        switch character.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// `\w`: letters, marks, decimal digits and connector punctuation such as `_`.
    private static func isWordCharacter(_ character: Unicode.Scalar) -> Bool {
        let properties = character.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark, .connectorPunctuation: return true
        default: return character.value == 0x200C || character.value == 0x200D
        }
    }
}
