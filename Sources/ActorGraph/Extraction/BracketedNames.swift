/// Names given in brackets after a name are more names of the same actor: a translation
/// (`Jaysh al-Nasr (Army of Victory)`), the native or transliterated form
/// (`Falcons of al-Ghab (Suqour al-Ghab)`), or several at once
/// (`Asa'ib Ahl al-Haq (AAH; Arabic: …, "League of Righteous People")`).
///
/// Encyclopedias and government notices introduce an actor this way, and without it one
/// actor becomes two nodes, each with half the edges. A single bracketed acronym is
/// ``linkAliases()``'s; this reads the longer forms.
extension DocumentReader {
    /// Words that may open a bracketed name without being part of it (`lit.`, `also`, `or`).
    private static let bracketLabels: Set<String> = [
        "also", "or", "aka", "lit", "literally", "meaning", "transl", "translated", "romanized", "the", "formally",
        "officially", "short", "for",
    ]

    /// Words after which a bracketed name is another actor, not this one (`formerly X`, `now X`).
    private static let otherActorMarks: Set<String> = [
        "formerly", "previously", "now", "later", "successor", "predecessor", "former", "part", "member", "led", "under",
        "backed", "affiliated", "allied", "see", "not", "vs", "versus", "against", "and", "with", "including",
    ]

    func linkBracketedNames() {
        let labels = lexicon.ids(Array(Self.bracketLabels))
        let others = lexicon.ids(Array(Self.otherActorMarks))
        for m in mentions.indices {
            let mention = mentions[m]
            let owner = root(mention.actor)
            guard !mention.isDemonym, actors[owner].kind != .state else { continue }
            var next = mention.end
            // A name may carry two brackets in a row: "AQIS (AQIS) (Arabic: …, "…")".
            for _ in 0..<2 {
                let open = next
                guard open < tokens.count, tokens[open].kind == .open else { break }
                var close = open + 1
                while close < tokens.count, close - open < 96, tokens[close].kind != .close, tokens[close].kind != .open {
                    close += 1
                }
                guard close < tokens.count, tokens[close].kind == .close, close > open + 1 else { break }
                next = close + 1
                readBracket(open: open, close: close, owner: owner, labels: labels, others: others)
            }
        }
    }

    /// Reads one bracket after a name of `owner`: each segment that is a name links to it.
    private func readBracket(open: Int, close: Int, owner: Int, labels: WordSet, others: WordSet) {
        // Segments between commas, semicolons and colons.
        var start = open + 1
        var read = close
        var labelled = false
        for k in (open + 1)...close where k == close || tokens[k].kind == .comma || tokens[k].kind == .stop {
            defer { start = k + 1 }
            var segment = start..<k
            // A segment that names another actor's relation to this one ends the reading.
            if segment.contains(where: { tokens[$0].kind == .word && others.contains(tokens[$0].word) }) {
                read = start
                break
            }
            if segment.contains(where: { tokens[$0].kind == .word && labels.contains(tokens[$0].word) }) { labelled = true }
            while let first = segment.first, tokens[first].kind == .quote
                    || tokens[first].kind == .word && !tokens[first].isCapitalized && labels.contains(tokens[first].word) {
                segment = segment.dropFirst()
            }
            while let last = segment.last, tokens[last].kind == .quote || tokens[last].kind == .other {
                segment = segment.dropLast()
            }
            // "Arabic:", "Kurdish:": a language label is no name.
            if k < close, tokens[k].kind == .stop, text(k..<k + 1) == ":", wordCount(segment) == 1 {
                labelled = true
                continue
            }
            guard !segment.isEmpty, let run = nameRuns(in: segment).first, run == segment else { continue }
            link(segment, to: owner)
        }
        // "(Arabic: …, Jamā‘at Qā‘idat al-Jihād fī …, "Organisation of the Base …")": in a bracket
        // of the actor's other names, a name discovery read as an actor of its own is part of
        // one of them, not a new actor.
        if labelled { absorbDiscovered(in: (open + 1)..<read, into: owner) }
    }

    /// Merges into `owner` the discovered actors named only inside `range`.
    private func absorbDiscovered(in range: Range<Int>, into owner: Int) {
        guard !range.isEmpty, actors[root(owner)].kind != .person else { return }
        var inside: [Int] = []
        for k in range where mentionAt[k] >= 0 {
            let actor = root(mentions[Int(mentionAt[k])].actor)
            if actor != root(owner), actors[actor].entry == nil, !inside.contains(actor) {
                inside.append(actor)
            }
        }
        for actor in inside where !mentions.contains(where: { root($0.actor) == actor && !range.contains($0.start) }) {
            actors[actor].kind = actors[root(owner)].kind
            merge(owner, actor, preferFirst: true)
        }
    }

    /// Makes the bracketed `segment` a name of `owner`: the actor already read there is merged
    /// when it is of the same sort (a person with a person, a body with a body); a name not
    /// yet read becomes a mention of `owner` when it has two words or more.
    private func link(_ segment: Range<Int>, to owner: Int) {
        let at = mentionAt[segment.lowerBound]
        if at >= 0 {
            let other = mentions[Int(at)]
            guard other.start == segment.lowerBound, other.end == segment.upperBound, !other.isDemonym else { return }
            let otherRoot = root(other.actor)
            // A name the learned classifier typed on its own ("Forças Armadas Angolanas" as a
            // person) takes the type of the name it translates; a curated one keeps its own.
            guard otherRoot != owner, actors[otherRoot].kind != .state,
                  (actors[otherRoot].kind == .person) == (actors[owner].kind == .person)
                    || actors[otherRoot].entry == nil && actors[owner].kind != .person
            else { return }
            if actors[otherRoot].entry == nil { actors[otherRoot].kind = actors[owner].kind }
            // The name outside the brackets is the one the article uses: it names the actor.
            merge(owner, otherRoot, preferFirst: true)
            return
        }
        // An acronym among other names (`(SAN; Arabic: …)`): a short form for the rest of the document.
        if segment.count == 1, isAcronym(segment.lowerBound) {
            if shortForms[tokens[segment.lowerBound].word] == nil { shortForms[tokens[segment.lowerBound].word] = owner }
            addMention(Mention(start: segment.lowerBound, end: segment.upperBound, actor: owner))
            return
        }
        guard wordCount(segment) >= 2, !segment.contains(where: { mentionAt[$0] >= 0 }) else { return }
        addMention(Mention(start: segment.lowerBound, end: segment.upperBound, actor: owner))
    }
}
