/// Two mentions of different actors in one sentence, in the order they are written: what the
/// learned model labels. Within a sentence is where most relations are stated (the rest go
/// through "it", "the group" or a neighbouring sentence, which the rules' reference
/// resolution reads).
struct CandidatePair: Sendable {
    var sentence: Int
    /// Index into the mentions the pairs were made from (the reader's, then references) of
    /// the one written first.
    var first: Int
    /// The same, of the one written second.
    var second: Int
}

extension DocumentReader {
    /// Every pair of mentions of two different actors within a sentence. A sentence naming
    /// dozens of actors (a sanctions list) is capped at its first 40 mentions, so that the
    /// pairs stay well under two thousand a sentence.
    ///
    /// - Parameter mentions: the reader's mentions followed by resolved references
    ///   (``ReferenceResolver``); pairs index into it.
    func candidatePairs(of mentions: [Mention]) -> [CandidatePair] {
        var pairs: [CandidatePair] = []
        var order = Array(mentions.indices)
        order.sort { mentions[$0].start < mentions[$1].start }
        var k = 0
        var inSentence: [Int] = []
        for (number, range) in sentences.enumerated() {
            inSentence.removeAll(keepingCapacity: true)
            while k < order.count, mentions[order[k]].start < range.lowerBound { k += 1 }
            while k < order.count, mentions[order[k]].start < range.upperBound {
                if inSentence.count < 40 { inSentence.append(order[k]) }
                k += 1
            }
            guard inSentence.count > 1, !skipped.contains(number) else { continue }
            for i in 0..<inSentence.count {
                for j in (i + 1)..<inSentence.count
                where roots[mentions[inSentence[i]].actor] != roots[mentions[inSentence[j]].actor] {
                    pairs.append(CandidatePair(sentence: number, first: inSentence[i], second: inSentence[j]))
                }
            }
        }
        return pairs
    }
}
