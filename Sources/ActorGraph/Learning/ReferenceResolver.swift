/// Finds what "he", "its", "the group" and their kin point to, so that the relation model can
/// read "The group receives weapons from Iran" as a statement about the group named before.
///
/// Deliberately simple and explainable: a pronoun or definite description points to the
/// nearest earlier mention of a fitting type in its own sentence (for possessives like "X and
/// its leader") or to the first fitting mention of the sentence before (its subject, usually),
/// then two sentences back; a description that finds nothing near points to the actor the
/// article is about (an encyclopedia entry's "the group"), when the article opens with it.
/// "We" and "our" outside quotations are the speaker of a release: the first agency the
/// document names (a State or Treasury notice), else its first state.
struct ReferenceResolver {
    let reader: DocumentReader

    /// What kind of actor a reference can stand for.
    enum Want { case person, group, any }

    /// A reference: its tokens, the mention it points to, and whether it was resolved within
    /// its own sentence.
    struct Reference {
        var start: Int
        var end: Int
        var sentence: Int
        var antecedent: Int
    }

    /// Every resolved reference of the document, as mentions of their antecedents' actors,
    /// marked ``Mention/isReference``.
    func references() -> [Mention] {
        let tokens = reader.tokens
        let words = reader.words
        var mentionsBySentence = Array(repeating: [Int](), count: reader.sentences.count)
        var sentenceOf = [Int](repeating: -1, count: tokens.count)
        for (number, range) in reader.sentences.enumerated() { for k in range { sentenceOf[k] = number } }
        for (index, mention) in reader.mentions.enumerated() where mention.start < sentenceOf.count {
            let s = sentenceOf[mention.start]
            if s >= 0 { mentionsBySentence[s].append(index) }
        }
        for s in mentionsBySentence.indices { mentionsBySentence[s].sort { reader.mentions[$0].start < reader.mentions[$1].start } }
        let topic = topicMention(mentionsBySentence)
        let speaker = reader.mentions.indices.first { !reader.mentions[$0].isDemonym && reader.kinds[reader.mentions[$0].actor] == .agency }
            ?? reader.mentions.indices.first { !reader.mentions[$0].isDemonym && reader.kinds[reader.mentions[$0].actor] == .state }

        var found: [Mention] = []
        for (number, range) in reader.sentences.enumerated() where !reader.skipped.contains(number) {
            var k = range.lowerBound
            while k < range.upperBound {
                defer { k += 1 }
                guard reader.mentionAt[k] < 0, tokens[k].kind == .word else { continue }
                let word = tokens[k].word
                var want: Want
                var end = k + 1
                var isDescription = false
                if words.speakerPronouns.contains(word) {
                    guard let speaker, !insideQuotation(k, sentence: range) else { continue }
                    found.append(Mention(start: k, end: k + 1, actor: reader.mentions[speaker].actor, isReference: true))
                    continue
                } else if words.personPronouns.contains(word) {
                    want = .person
                } else if words.groupPronouns.contains(word) || words.pluralPronouns.contains(word) {
                    want = .group
                } else if word == words.the, let noun = groupNoun(after: k, in: range),
                          // "the group Hamas" names it: that is a mention, not a reference.
                          !(noun + 1 < range.upperBound && reader.mentionAt[noun + 1] >= 0) {
                    want = .group
                    end = noun + 1
                    isDescription = true
                } else {
                    continue
                }
                guard let antecedent = resolve(at: k, sentence: number, want: want, description: isDescription,
                                               mentionsBySentence: mentionsBySentence, topic: topic) else { continue }
                let mention = reader.mentions[antecedent]
                found.append(Mention(start: k, end: end, actor: mention.actor, isReference: true))
                k = end - 1
            }
        }
        return found
    }

    /// The group noun of "the group", or of "the military council", "the militant group":
    /// one lower-case word may stand between `the` (at `k`) and the noun.
    private func groupNoun(after k: Int, in range: Range<Int>) -> Int? {
        let tokens = reader.tokens
        for noun in (k + 1)...(k + 2) where noun < range.upperBound {
            guard reader.mentionAt[noun] < 0, tokens[noun].kind == .word, !tokens[noun].isCapitalized else { return nil }
            if reader.words.groupNouns.contains(tokens[noun].word) {
                // "the group's", "the group": not "the group of" (a description of others).
                if noun + 1 < range.upperBound, tokens[noun + 1].word == reader.words.of { return nil }
                return noun
            }
        }
        return nil
    }

    /// Whether token `k` stands inside quotation marks in its sentence: there "we" is the
    /// person quoted, not the document's speaker.
    private func insideQuotation(_ k: Int, sentence: Range<Int>) -> Bool {
        var open = false
        for i in sentence.lowerBound..<k where reader.tokens[i].kind == .quote { open.toggle() }
        return open
    }

    private func fits(_ index: Int, _ want: Want) -> Bool {
        let mention = reader.mentions[index]
        if mention.isDemonym || mention.isReference { return false }
        let kind = reader.kinds[mention.actor]
        switch want {
        case .person: return kind == .person
        case .group: return kind != .person && kind != .state
        case .any: return true
        }
    }

    /// A body that has members and leaders of its own: what "the group" and "its leader" are
    /// about far more often than the ministry or agency that names it ("The Department of
    /// State designated LeT. Its leader ..." is LeT's leader).
    private func isGroupLike(_ index: Int) -> Bool {
        let kind = reader.kinds[reader.mentions[index].actor]
        return kind == .armedGroup || kind == .party || kind == .organization
    }

    private func resolve(at k: Int, sentence: Int, want: Want, description: Bool, mentionsBySentence: [[Int]], topic: Int?) -> Int? {
        // Its own sentence, nearest first: "Hamas and its leader", "Erdogan said he".
        if !description, let near = mentionsBySentence[sentence].last(where: { reader.mentions[$0].end <= k && fits($0, want) }) {
            return near
        }
        // The sentence before, then the one before that: the first fitting mention, a group
        // with members before an agency or government.
        for back in 1...2 where sentence - back >= 0 {
            let candidates = mentionsBySentence[sentence - back]
            if want == .group, let group = candidates.first(where: { fits($0, want) && isGroupLike($0) }) { return group }
            if let subject = candidates.first(where: { fits($0, want) }) { return subject }
        }
        if description, let topic, fits(topic, want) { return topic }
        return nil
    }

    /// The actor an article is about: the first mention of its first sentence, when the
    /// article opens with it (an encyclopedia entry's "Hamas is a ...").
    private func topicMention(_ mentionsBySentence: [[Int]]) -> Int? {
        guard let first = reader.sentences.indices.first(where: { !reader.skipped.contains($0) && !reader.headlines.contains($0) }),
              let mention = mentionsBySentence[first].first else { return nil }
        let start = reader.sentences[first].lowerBound
        let opensWithIt = reader.mentions[mention].start <= start + 1
        return opensWithIt ? mention : nil
    }
}
