/// The name classifier as the reader asks it: given a name's features, an actor type or none.
struct NameClassifier: Sendable {
    let model: LinearModel
    let labels: [ActorKind?]
    let threshold: Double

    /// The most probable actor type, when being an actor at all is likely enough.
    func kind(of features: [UInt64]) -> (kind: ActorKind, confidence: Double)? {
        let probabilities = model.probabilities(features)
        guard let none = labels.firstIndex(where: { $0 == nil }), 1 - probabilities[none] >= threshold else { return nil }
        var best = -1
        for c in probabilities.indices where labels[c] != nil {
            if best < 0 || probabilities[c] > probabilities[best] { best = c }
        }
        guard best >= 0, let kind = labels[best] else { return nil }
        return (kind, 1 - probabilities[none])
    }
}

/// Names no rule claimed, handed to the learned classifier (and, when training, recorded
/// with their features so that the gold file can label them).
extension DocumentReader {
    /// A name run no gazetteer entry and no discovery rule claimed. Runs of two or more words
    /// become candidates now; a single word waits until the document's short forms are known
    /// (``classifyDeferredNames()``), so that a person's surname is not taken for a new actor.
    func learnedName(_ run: Range<Int>, sentence: Range<Int>, headline: Bool) -> Candidate? {
        guard nameClassifier != nil || recordsNames, !headline else { return nil }
        // A title before a name is not part of it: "Major General X", "Secretary Y".
        var start = run.lowerBound
        while start < run.upperBound, tokens[start].kind == .word, self.words.personRoles.contains(tokens[start].word) {
            start += 1
        }
        // ... and so is what stands before a title inside the run: "Turkish President
        // Erdogan", "Hezbollah Secretary-General X" name the person after the last title.
        if let title = (start..<run.upperBound).last(where: {
            tokens[$0].kind == .word && tokens[$0].isCapitalized && self.words.personRoles.contains(tokens[$0].word)
        }), title + 1 < run.upperBound, title > start {
            start = title + 1
        }
        let span = start..<run.upperBound
        guard !span.isEmpty, tokens[span.lowerBound].kind == .word || tokens[span.lowerBound].kind == .number else { return nil }
        let words = wordCount(span)
        guard words >= 1, words <= 8 else { return nil }
        // A curated name at the start of the run wins ("Turkish President X", "Hezbollah
        // Secretary-General Y": a demonym or an actor, a title, a name). Inside the run it is
        // part of a longer name ("Islamic Resistance in Iraq", "Manal al-Assad").
        // A one-word alias opening a longer person-shaped name does not win ("Abdi Samad" is
        // not Mazloum Abdi) unless a role or another curated name follows it.
        if let match = index.longestMatch(in: tokens, from: span.lowerBound, limit: span.upperBound) {
            let next = match.end
            let aliasOpensName = !match.terminal.isDemonym && match.end == span.lowerBound + 1 && next < span.upperBound
                && tokens[next].kind == .word && tokens[next].isCapitalized
                && !self.words.personRoles.contains(tokens[next].word)
                && index.longestMatch(in: tokens, from: next, limit: span.upperBound) == nil
            if !aliasOpensName { return nil }
        }
        // "Al-Kabi" is one name word after an article: a surname, like a single word.
        let nameWords = span.filter { tokens[$0].kind == .word && !self.words.arabicArticles.contains(tokens[$0].word) }.count
        if nameWords <= 1 {
            // Acronyms are defined in brackets or curated; a lone capital word is often a surname.
            if tokens[span.lowerBound].isAllCaps { return nil }
            deferredNames.append((span, sentence))
            return nil
        }
        return classify(span, sentence: sentence)
    }

    func classifyDeferredNames() {
        for (span, sentence) in deferredNames where !span.contains(where: { mentionAt[$0] >= 0 }) {
            guard let candidate = classify(span, sentence: sentence),
                  let actor = actorIndex(discovered: candidate) else { continue }
            addMention(Mention(start: candidate.start, end: candidate.end, actor: actor))
        }
        deferredNames.removeAll()
    }

    private func classify(_ span: Range<Int>, sentence: Range<Int>) -> Candidate? {
        let features = NameFeatures.features(of: span, sentence: sentence, reader: self, words: &nameWords)
        if recordsNames { nameQueries.append((features, key(span))) }
        guard let found = nameClassifier?.kind(of: features) else { return nil }
        return Candidate(start: span.lowerBound, end: span.upperBound, kind: found.kind)
    }
}
