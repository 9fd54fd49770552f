/// Hedged and former, decided for the clause that states a relation rather than for the
/// whole sentence: "Iran backs Hezbollah; the group reportedly also ..." does not hedge the
/// first clause, while "Officials suggest that Iran backs Hezbollah" does.
enum ClauseMarks {
    /// A hedge word in the sentence up to the end of the clause that holds `around` (the
    /// mentions and the words between them); a later clause after a semicolon does not count.
    static func isHedged(reader: DocumentReader, sentence: Int, around: Range<Int>) -> Bool {
        let range = reader.sentences[sentence]
        var end = range.upperBound
        for k in around.upperBound..<range.upperBound where reader.scalars[reader.tokens[k].start] == ";" {
            end = k
            break
        }
        var start = range.lowerBound
        for k in stride(from: around.lowerBound - 1, through: range.lowerBound, by: -1)
        where reader.scalars[reader.tokens[k].start] == ";" {
            start = k + 1
            break
        }
        return (start..<end).contains { reader.mentionAt[$0] < 0 && reader.words.hedges.contains(reader.tokens[$0].word) }
    }

    /// A past mark ("former", "ex-", "until") among or just around the mentions.
    static func isFormer(reader: DocumentReader, sentence: Int, around: Range<Int>) -> Bool {
        let range = reader.sentences[sentence]
        let from = max(range.lowerBound, around.lowerBound - 3)
        let to = min(range.upperBound, around.upperBound + 2)
        guard from < to else { return false }
        return (from..<to).contains { reader.mentionAt[$0] < 0 && reader.words.formerMarks.contains(reader.tokens[$0].word) }
    }
}
