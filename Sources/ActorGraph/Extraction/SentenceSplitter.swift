/// Splits a document's tokens into sentences.
///
/// News text breaks the usual rules: headlines end without a full stop, abbreviations
/// (`U.S.`, `Gen.`, `Dr.`) carry periods, quotes close after the period, and embedded
/// social-media posts run together. A line break always ends a sentence; a `.`, `!` or `?`
/// ends one when the next token starts a new one (a capital, a quote, a digit) and the word
/// before is not a known abbreviation or an initial.
struct SentenceSplitter {
    static let abbreviations: Set<String> = [
        "gen", "dr", "mr", "mrs", "ms", "st", "lt", "col", "maj", "sgt", "capt", "cpt", "brig", "adm", "gov",
        "sen", "rep", "prof", "rev", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "jr", "sr", "fig", "approx", "est",
    ]

    /// A run of tokens this long with no sentence end is cut at its next comma...
    static let softLength = 150
    /// ... and at this length whatever comes.
    static let maxLength = 300

    /// Token index ranges of the sentences, in order.
    static func sentences(tokens: [Token], scalars: [Unicode.Scalar], lexicon: Lexicon) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var i = 0
        let n = tokens.count
        func close(at end: Int) {
            if end > start { result.append(start..<end) }
            start = end
        }
        while i < n {
            // A line break between this token and the next ends the sentence.
            if i + 1 < n, containsNewline(scalars, from: tokens[i].end, to: tokens[i + 1].start) {
                close(at: i + 1)
                i += 1
                continue
            }
            let token = tokens[i]
            // Text without sentence punctuation still comes in sentence-sized pieces, at a
            // comma when there is one: evidence stays readable and the work stays linear.
            let length = i + 1 - start
            if length >= maxLength || length >= softLength && (token.kind == .comma || token.kind == .stop) {
                close(at: i + 1)
                i += 1
                continue
            }
            if token.kind == .stop {
                let mark = scalars[token.start]
                if mark == "." || mark == "!" || mark == "?" || mark == "…" {
                    var end = i + 1
                    // Closing quotes and brackets belong to the sentence they close.
                    while end < n, tokens[end].kind == .quote || tokens[end].kind == .close,
                          tokens[end].start == tokens[end - 1].end {
                        end += 1
                    }
                    // So do an encyclopedia's citation marks: "in 1995.[4][5] It ..." ends after "[5]".
                    end = afterCitations(from: end, tokens: tokens, scalars: scalars)
                    if end >= n { close(at: n); break }
                    let next = tokens[end]
                    let startsNew = next.isCapitalized || next.kind == .quote || next.kind == .number
                        || next.kind == .open || !Tokenizer.isLetter(scalars[next.start])
                    if startsNew && !isAbbreviation(before: i, tokens: tokens, lexicon: lexicon, mark: mark) {
                        close(at: end)
                        i = end
                        continue
                    }
                }
            }
            i += 1
        }
        close(at: n)
        return result
    }

    /// The token after the citation marks that start at `index` with no space before them
    /// (`[4]`, `[12][13]`, `[citation needed]`, `[a]`): short bracketed runs of at most
    /// four tokens. Anything else in square brackets is text and stays where it is.
    static func afterCitations(from index: Int, tokens: [Token], scalars: [Unicode.Scalar]) -> Int {
        var end = index
        while end < tokens.count, tokens[end].kind == .open, scalars[tokens[end].start] == "[",
              tokens[end].start == tokens[end - 1].end {
            var close = end + 1
            while close < tokens.count, close - end <= 5, !(tokens[close].kind == .close && scalars[tokens[close].start] == "]") {
                close += 1
            }
            guard close < tokens.count, close - end <= 5, close > end + 1 else { break }
            end = close + 1
        }
        return end
    }

    private static func containsNewline(_ scalars: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        var k = from
        while k < to {
            if scalars[k] == "\n" || scalars[k] == "\r" || scalars[k] == "\u{2028}" { return true }
            k += 1
        }
        return false
    }

    private static func isAbbreviation(before i: Int, tokens: [Token], lexicon: Lexicon, mark: Unicode.Scalar) -> Bool {
        guard mark == ".", i > 0 else { return false }
        let previous = tokens[i - 1]
        guard previous.end == tokens[i].start, previous.kind == .word else { return false }
        let word = lexicon.text(of: previous.word)
        if abbreviations.contains(word) { return true }
        // A lone initial ("George W. Bush"), but not a word that merely ends the sentence.
        return word.unicodeScalars.count == 1 && previous.isCapitalized
    }
}
