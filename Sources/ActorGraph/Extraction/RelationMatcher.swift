/// A relation found in one sentence, between document-level actors.
struct FoundRelation: Sendable {
    var source: Int
    var target: Int
    var kind: RelationKind
    var sentence: Int
    var hedged: Bool
    var former: Bool
    var rule: String
    /// How sure the proposer is, in `[0, 1]`: a model's probability, or a rule's standing.
    var confidence: Double = 1
    /// `FeatureHash.of(rule)` when whoever found it knew it already (a compiled rule does):
    /// the model's features read it for every pair in the sentence.
    var ruleHash: UInt64?
}

/// Runs ``RelationPattern``s over the sentences of a ``DocumentReader``, one sentence at a
/// time (``begin(sentence:range:)``).
///
/// Matching starts only where an actor can begin, gaps are bounded and lists are greedy,
/// so the work per sentence is linear in its length times the number of rules whose
/// words all occur in it.
struct RelationMatcher {
    let reader: DocumentReader
    let words: CueWords
    // The reader's arrays, held here as constants: reads need no exclusivity checks.
    let tokens: [Token]
    let mentionAt: [Int32]
    let mentions: [Mention]
    let roots: [Int]
    let kinds: [ActorKind]

    /// The sentence being matched, set by ``begin(sentence:range:)``.
    private(set) var sentence = 0
    private(set) var range: Range<Int> = 0..<0
    /// Positions where an actor slot can begin: mention starts, articles, pronouns, titles.
    private(set) var slotStarts: [Int] = []
    /// Who leads which organisation, as the document has said so far: `his group` is it.
    var leaderOf: [Int: Int] = [:]

    /// One matcher per document: it holds the reader's arrays. Every method but ``begin``
    /// leaves it unchanged, so none copies it: what an attempt builds goes into a ``Binding``.
    init(reader: DocumentReader, words: CueWords) {
        self.reader = reader
        self.words = words
        tokens = reader.tokens
        mentionAt = reader.mentionAt
        mentions = reader.mentions
        roots = reader.roots
        kinds = reader.kinds
    }

    /// Moves to a sentence, and says whether it can hold a relation at all; if so, its
    /// slot starts are found once for all rules.
    mutating func begin(sentence: Int, range: Range<Int>) -> Bool {
        self.sentence = sentence
        self.range = range
        // Filled outside `self`, so that the look-ups below do not copy the matcher.
        var starts = slotStarts
        slotStarts = []
        starts.removeAll(keepingCapacity: true)
        guard canHoldRelation() else {
            slotStarts = starts
            return false
        }
        findSlotStarts(into: &starts)
        slotStarts = starts
        return true
    }

    private func findSlotStarts(into starts: inout [Int]) {
        for i in range {
            let m = mentionAt[i]
            if m >= 0 ? mentions[Int(m)].start == i : couldOpenSlot(at: i) {
                starts.append(i)
            }
        }
    }

    /// Whether a slot could begin at `i`, a token outside any mention, under some spec: the
    /// start of a reference, or of the words ``slot(at:_:opensPattern:into:)`` passes over
    /// (articles, quotes, "former", a title) before a mention or a reference. Most articles
    /// and quotes begin neither, and every rule would try them in vain.
    private func couldOpenSlot(at i: Int) -> Bool {
        guard words.slotStarters.contains(tokens[i].word) || tokens[i].kind == .quote else { return false }
        if mayReferBack(at: i) { return true }
        let k = leadEnd(from: i).end
        guard k < range.upperBound else { return false }
        return mentionAt[k] >= 0 || mayReferBack(at: k)
    }

    /// Past the words that may stand before a slot's actor: articles, quotes, `both`, a past
    /// mark (`former`, then `former: true`), a title (`President`), and qualifiers of a name
    /// (`so-called`, `self-declared`, `newly formed`). Bounded, so lists stay linear.
    private func leadEnd(from i: Int) -> (end: Int, former: Bool) {
        var k = i
        var former = false
        var skipped = 0
        while k < range.upperBound, skipped < 5, mentionAt[k] < 0 {
            let t = tokens[k]
            if words.formerMarks.contains(t.word) {
                former = true
            } else {
                guard t.kind == .quote || words.articles.contains(t.word) || t.word == words.both
                    || t.kind == .hyphen && skipped > 0 || words.nameQualifiers.contains(t.word)
                    || t.kind == .word && t.isCapitalized && words.personRoles.contains(t.word) else { break }
            }
            k += 1
            skipped += 1
        }
        return (k, former)
    }

    /// A pronoun or a description (`he`, `its`, `they`, `the group`, `the two`, `the council`)
    /// that ``reference(at:_:)`` may resolve to an earlier actor.
    private func mayReferBack(at k: Int) -> Bool {
        let word = tokens[k].word
        if words.pronouns.contains(word) { return true }
        guard words.demonstratives.contains(word), k + 1 < range.upperBound else { return false }
        let next = tokens[k + 1].word
        return words.groupNouns.contains(next) || words.pairs.contains(next) || words.headWords[next] != nil
    }

    /// Two different actors are named in the sentence, or one is and a pronoun or a
    /// description (`he`, `its`, `the group`, `the two`) may bring in another.
    private func canHoldRelation() -> Bool {
        var first = -1
        var refersBack = false
        for i in range {
            let m = mentionAt[i]
            if m >= 0 {
                let actor = roots[mentions[Int(m)].actor]
                if first < 0 { first = actor } else if actor != first { return true }
                continue
            }
            if !refersBack, mayReferBack(at: i) { refersBack = true }
        }
        return first >= 0 && refersBack
    }

    struct Binding {
        var sources: [Int] = []
        var targets: [Int] = []
        var former = false
        var first = Int.max
        var last = 0
        /// Scratch space: the actors the last reference resolved to (`they`: several).
        var referred: [Int] = []

        /// What to restore when a branch of the match fails: cheaper than copying the arrays.
        struct Mark { var sources: Int, targets: Int, former: Bool, first: Int }
        var mark: Mark { Mark(sources: sources.count, targets: targets.count, former: former, first: first) }
        /// Empties the binding for the next attempt, keeping its storage.
        mutating func reset() {
            sources.removeAll(keepingCapacity: true)
            targets.removeAll(keepingCapacity: true)
            former = false
            first = Int.max
            last = 0
        }
        mutating func restore(_ mark: Mark) {
            sources.removeLast(sources.count - mark.sources)
            targets.removeLast(targets.count - mark.targets)
            former = mark.former
            first = mark.first
        }
    }

    /// Every match of the pattern in the sentence. No match can start after the last
    /// occurrence of the pattern's anchor word (`lastAnchor`), so starts stop there.
    /// `binding` is scratch space reused from attempt to attempt, so that a failed attempt,
    /// the common case, allocates nothing.
    func match(_ pattern: RelationPattern, lastAnchor: Int, scratch binding: inout Binding) -> [Binding] {
        var results: [Binding] = []
        let lastStart = min(range.upperBound - 1, lastAnchor)
        var after = range.lowerBound
        if pattern.startsWithSlot {
            // Only where an actor or a word that can stand for one begins.
            for i in slotStarts {
                if i > lastStart { break }
                if i >= after, let end = attempt(pattern, at: i, &binding) {
                    results.append(binding)
                    after = max(i + 1, end)
                }
            }
        } else {
            var i = range.lowerBound
            while i <= lastStart {
                if i >= after, canStart(pattern, at: i), let end = attempt(pattern, at: i, &binding) {
                    results.append(binding)
                    after = max(i + 1, end)
                }
                i += 1
            }
        }
        return results
    }

    /// One attempt at token `i`: the end of the match with `binding` filled in, or nil.
    /// A pattern opened by a look-left or subject slot is matched from its second element,
    /// and the slot is resolved only where the rest matched: the look is the costly part.
    private func attempt(_ pattern: RelationPattern, at i: Int, _ binding: inout Binding) -> Int? {
        binding.reset()
        guard let end = match(pattern, pattern.firstElement, i, &binding) else { return nil }
        if let spec = pattern.deferredSlot {
            guard let actor = spec.subject ? subject(before: i, spec, &binding) : appositiveHead(before: i, spec, &binding) else { return nil }
            Self.bind(actor, spec, &binding)
        }
        binding.first = min(binding.first, i)
        binding.last = max(binding.last, end)
        return end
    }

    /// The element before `e`, passing over optional words, is an actor slot.
    private func followsSlot(_ elements: [RelationPattern.Element], _ e: Int) -> Bool {
        var p = e - 1
        while p >= 0, case .words(_, true) = elements[p] { p -= 1 }
        guard p >= 0, case .slot = elements[p] else { return false }
        return true
    }

    /// A cheap test of the first element of a pattern that opens with words, so most start
    /// positions cost one look-up. (Patterns that open with a slot start at ``slotStarts``.)
    private func canStart(_ pattern: RelationPattern, at i: Int) -> Bool {
        guard case .words(let set, let optional) = pattern.elements[pattern.firstElement] else { return true }
        return optional || pattern.contains(set, tokens[i].word)
    }

    /// Matches elements from `e` at token `i`; returns the end token on success.
    private func match(_ pattern: RelationPattern, _ e: Int, _ i: Int, _ binding: inout Binding) -> Int? {
        let elements = pattern.elements
        if e == elements.count { return i }
        switch elements[e] {
        case .words(let set, let optional):
            if i < range.upperBound, mentionAt[i] < 0 || isModifier(at: i), pattern.contains(set, tokens[i].word) {
                let mark = binding.mark
                if let end = match(pattern, e + 1, i + 1, &binding) { return end }
                binding.restore(mark)
            }
            return optional ? match(pattern, e + 1, i, &binding) : nil
        case .gap(let n, let clause):
            var k = i
            var steps = 0
            while true {
                let mark = binding.mark
                if let end = match(pattern, e + 1, k, &binding) { return end }
                binding.restore(mark)
                guard steps < n, k < range.upperBound else { return nil }
                let t = tokens[k]
                if clause && t.kind == .comma { return nil }
                if t.kind == .stop || t.kind == .open || t.kind == .close { return nil }
                // "X and Y rebranded": between a subject and its verb, "and" starts another clause.
                if (t.word == words.and || t.word == words.or), followsSlot(elements, e),
                   e + 1 < elements.count, case .words = elements[e + 1],
                   !(k + 1 < range.upperBound && words.articles.contains(tokens[k + 1].word)) {
                    return nil
                }
                // "backs ... by X" is the passive: a verb's gap never runs into its agent.
                if t.word == words.by, e > 0, case .words(_, false) = elements[e - 1] { return nil }
                // Between a cue word and its actor, another verb of acting starts another clause.
                if words.clauseVerbs.contains(t.word), e > 0, case .words(_, false) = elements[e - 1],
                   e + 1 < elements.count, case .slot = elements[e + 1] {
                    return nil
                }
                if mentionAt[k] >= 0 {
                    let inside = mentions[Int(mentionAt[k])]
                    // "Syria's civil war": a possessor of something unnamed is not a party here.
                    let possessor = inside.end + 1 < range.upperBound && tokens[inside.end].kind == .possessive
                        && mentionAt[inside.end + 1] < 0
                    let topic = kinds[inside.actor] == .state && inside.start > range.lowerBound
                        && words.topicPrepositions.contains(tokens[inside.start - 1].word)
                    guard isModifier(at: k) || isPlaceLike(inside) || possessor || topic else { return nil }
                    k = mentions[Int(mentionAt[k])].end
                } else {
                    k += 1
                }
                steps += 1
            }
        case .slot(let spec):
            if spec.lookLeft || spec.subject {
                guard let actor = spec.subject ? subject(before: i, spec, &binding) : appositiveHead(before: i, spec, &binding) else { return nil }
                Self.bind(actor, spec, &binding)
                return match(pattern, e + 1, i, &binding)
            }
            guard let (end, former) = slot(at: i, spec, opensPattern: e == 0, into: &binding) else { return nil }
            if former { binding.former = true }
            binding.first = min(binding.first, i)
            return match(pattern, e + 1, end, &binding)
        }
    }

    /// Binds the actors the last reference resolved to; returns how many.
    private static func bindReferred(_ spec: RelationPattern.SlotSpec, _ binding: inout Binding) -> Int {
        for actor in binding.referred { bind(actor, spec, &binding) }
        return binding.referred.count
    }

    private static func bind(_ actor: Int, _ spec: RelationPattern.SlotSpec, _ binding: inout Binding) {
        if spec.slot == .source { binding.sources.append(actor) } else { binding.targets.append(actor) }
    }

    /// A name joined by a hyphen to a suffix such as `backed`, `led` or `linked`.
    private func isCompoundModifier(_ mention: Mention) -> Bool {
        let e = mention.end
        return e + 1 < range.upperBound && tokens[e].kind == .hyphen && words.modifierSuffixes.contains(tokens[e + 1].word)
    }

    private func isModifier(at k: Int) -> Bool {
        let m = mentionAt[k]
        return m >= 0 && mentions[Int(m)].isModifier
    }

    /// A state named as where something happens (`in Syria`, `traveled to Ankara`).
    private func isPlaceLike(_ mention: Mention) -> Bool {
        guard kinds[mention.actor] == .state, mention.start > range.lowerBound else { return false }
        // "into the Russian-backed Fifth Corps": a compound names no place.
        if isCompoundModifier(mention) { return false }
        // "in Turkey's proxy structures": the state owns something; it is not where it is.
        if mention.end < range.upperBound, tokens[mention.end].kind == .possessive { return false }
        var p = mention.start - 1
        // One adjective may stand between: "in northern Syria".
        if tokens[p].kind == .word, !tokens[p].isCapitalized, !words.placePrepositions.contains(tokens[p].word),
           tokens[p].word != words.to, p - 1 >= range.lowerBound {
            p -= 1
        }
        let before = tokens[p].word
        if words.placePrepositions.contains(before) { return true }
        if before == words.to || before == words.from, p - 1 >= range.lowerBound {
            return words.motionVerbs.contains(tokens[p - 1].word)
        }
        return false
    }

    private func accepts(_ mention: Mention, _ spec: RelationPattern.SlotSpec) -> Bool {
        if mention.isModifier && !spec.allowsModifier { return false }
        if isPlaceLike(mention) { return false }
        return accepts(actor: mention.actor, spec)
    }

    private func accepts(actor: Int, _ spec: RelationPattern.SlotSpec) -> Bool {
        guard let person = spec.person else { return true }
        return (kinds[actor] == .person) == person
    }

    /// One slot at token `i`: a mention (after an optional article or "former"), or a
    /// pronoun or description resolved to an earlier mention; a list takes `A, B and C`.
    /// The actors found are bound into `binding`; the result is where the slot ends and
    /// whether a past mark ("former") stood in it.
    private func slot(at start: Int, _ spec: RelationPattern.SlotSpec, opensPattern: Bool,
                               into binding: inout Binding) -> (end: Int, former: Bool)? {
        // A pattern's opening actor is a subject: not the object of a preposition ("backed by X").
        // A compound ("into the Russian-backed Fifth Corps") is no object, wherever it stands.
        guard start < range.upperBound else { return nil }
        if opensPattern, spec.slot == .source, start > range.lowerBound,
           !(mentionAt[start] >= 0 && isCompoundModifier(mentions[Int(mentionAt[start])])) {
            var before = start - 1
            // "by Iran's Revolutionary Guard": a possessed name is where its possessor is.
            if tokens[before].kind == .possessive, before > range.lowerBound, mentionAt[before - 1] >= 0 {
                let possessor = mentions[Int(mentionAt[before - 1])]
                if possessor.start > range.lowerBound { before = possessor.start - 1 }
            }
            if words.articles.contains(tokens[before].word), before > range.lowerBound { before -= 1 }
            // ... unless a relative clause follows it: "emerged from X, which broke with Y".
            var after = start
            if mentionAt[start] >= 0 { after = mentions[Int(mentionAt[start])].end }
            if after < range.upperBound, tokens[after].kind == .comma { after += 1 }
            let relative = after < range.upperBound && words.relativePronouns.contains(tokens[after].word)
            if words.agentPrepositions.contains(tokens[before].word) && !relative { return nil }
        }
        var found = 0
        var former = false
        var i = start
        var end = start
        // Lists are bounded, so that a run-on sentence of names cannot make matching quadratic.
        while i < range.upperBound, found < 16 {
            // "the group", "this faction": a description that starts with an article.
            if found == 0, i == start, mentionAt[i] < 0, let after = reference(at: i, spec, &binding) {
                found += Self.bindReferred(spec, &binding)
                end = after
                break
            }
            var (k, pastMark) = leadEnd(from: i)
            if pastMark { former = true }
            // "the Russian-backed Fifth Corps": a compound before a name describes it.
            if !spec.allowsModifier, k < range.upperBound, mentionAt[k] >= 0 {
                let compound = mentions[Int(mentionAt[k])]
                if compound.start == k, isCompoundModifier(compound), compound.end + 2 < range.upperBound {
                    k = compound.end + 2
                }
            }
            // "Turkish President X": a demonym before a title qualifies the name that follows.
            if k < range.upperBound, mentionAt[k] >= 0, spec.person != false {
                let first = mentions[Int(mentionAt[k])]
                var after = first.end
                while after < range.upperBound, mentionAt[after] < 0, tokens[after].kind == .word,
                      tokens[after].isCapitalized, words.personRoles.contains(tokens[after].word) {
                    after += 1
                }
                if first.isDemonym, after > first.end, after < range.upperBound, mentionAt[after] >= 0 { k = after }
            }
            guard k < range.upperBound else { break }
            if mentionAt[k] >= 0, !spec.referenceOnly {
                var mention = mentions[Int(mentionAt[k])]
                guard mention.start == k else { break }
                // "the Syrian Army's 4th Division": the possessed actor is the one meant.
                var next = mention.end
                while !spec.possessor, next + 1 < range.upperBound, tokens[next].kind == .possessive,
                      mentionAt[next + 1] >= 0,
                      mentions[Int(mentionAt[next + 1])].start == next + 1,
                      !mentions[Int(mentionAt[next + 1])].isModifier,
                      mention.isModifier || kinds[mention.actor] != .person
                        || kinds[mentions[Int(mentionAt[next + 1])].actor] != .person {
                    mention = mentions[Int(mentionAt[next + 1])]
                    next = mention.end
                }
                guard accepts(mention, spec) else { break }
                // "Hezbollah and Iranian-backed militias": a later item that is a compound
                // ("Iranian-backed") describes an unnamed group, and the list ends before it.
                if found > 0, isCompoundModifier(mention) { break }
                Self.bind(mention.actor, spec, &binding)
                found += 1
                // "Kurdistan Workers' Party (PKK)": the bracketed short name is part of the mention;
                // a closing quote after a name belongs to it.
                if next + 2 < range.upperBound, tokens[next].kind == .open, tokens[next + 2].kind == .close {
                    next += 3
                }
                if next < range.upperBound, tokens[next].kind == .quote { next += 1 }
                end = next
            } else if found == 0, !(k == start && mentionAt[start] < 0), let after = reference(at: k, spec, &binding) {
                // (At the start itself the reference was asked for above.)
                found += Self.bindReferred(spec, &binding)
                end = after
            } else {
                break
            }
            guard spec.list else { break }
            // Coordination: ", B", "and B", ", and B", "or B", "and rival factions like B".
            var j = end
            if j + 1 < range.upperBound, tokens[j].word == words.and || tokens[j].kind == .comma {
                var look = j + 1
                while look < range.upperBound, look - j <= 6, mentionAt[look] < 0, tokens[look].kind == .word,
                      !words.examples.contains(tokens[look].word) {
                    look += 1
                }
                if look + 1 < range.upperBound, look - j > 1, words.examples.contains(tokens[look].word) {
                    i = look + 1
                    if i < range.upperBound, tokens[i].word == words.as { i += 1 }
                    continue
                }
            }
            if j < range.upperBound, tokens[j].kind == .comma { j += 1 }
            // ", an al-Qaeda-linked group" after a list item describes it: the list has ended.
            if j > end, j < range.upperBound, words.indefiniteArticles.contains(tokens[j].word) { break }
            if j < range.upperBound, tokens[j].word == words.and || tokens[j].word == words.or { j += 1 }
            guard j > end else { break }
            i = j
        }
        return found == 0 ? nil : (end, former)
    }

    /// `he`, `his`, `it`, `the group`, `the two`, `they`: where the reference ends, with the
    /// actors it points back to left in `binding.referred`.
    private func reference(at k: Int, _ spec: RelationPattern.SlotSpec, _ binding: inout Binding) -> Int? {
        binding.referred.removeAll(keepingCapacity: true)
        func one(_ actor: Int?, _ end: Int, _ referred: inout [Int]) -> Int? {
            guard let actor else { return nil }
            referred.append(actor)
            return end
        }
        let t = tokens[k]
        // "which he announced": a pronoun inside a relative clause is not this clause's actor.
        if !spec.afterRelative, k > range.lowerBound, words.relativePronouns.contains(tokens[k - 1].word) { return nil }
        // "his group", "her movement": the organisation that person leads.
        if k + 1 < range.upperBound, words.groupNouns.contains(tokens[k + 1].word), spec.person != true {
            if words.personPronouns.contains(t.word),
               let person = lastMention(before: k, where: { kinds[$0] == .person }),
               let group = leaderOf[roots[person]] {
                return one(group, k + 2, &binding.referred)
            }
        }
        if words.personPronouns.contains(t.word), spec.person != false {
            return one(lastMention(before: k, where: { kinds[$0] == .person }), k + 1, &binding.referred)
        }
        if words.groupPronouns.contains(t.word), spec.person != true {
            // "X and its leader": a pronoun coordinated with a name points to that name.
            if k - 2 >= range.lowerBound, tokens[k - 1].word == words.and, mentionAt[k - 2] >= 0 {
                let coordinated = mentions[Int(mentionAt[k - 2])]
                if !coordinated.isModifier, kinds[coordinated.actor] != .person {
                    return one(coordinated.actor, k + 1, &binding.referred)
                }
            }
            // "its leader", "its Secretary General": a body with leaders and members is meant,
            // not the agency that designates it ("The Department of State designated X and its
            // leader ..."), when the text names one.
            if k + 1 < range.upperBound, words.personRoles.contains(tokens[k + 1].word),
               let group = lastMention(before: k, where: { [.armedGroup, .party, .organization].contains(kinds[$0]) }) {
                return one(group, k + 1, &binding.referred)
            }
            return one(lastMention(before: k, where: { kinds[$0] != .person }), k + 1, &binding.referred)
        }
        // "the council" after "the Deir ez-Zor Military Council": the actor whose name ends so.
        if k + 1 < range.upperBound, words.demonstratives.contains(t.word), spec.person != true,
           words.headWords[tokens[k + 1].word] != nil,
           let actor = mention(endingWith: tokens[k + 1].word, before: k,
                               floor: sentence > 0 ? reader.sentences[sentence - 1].lowerBound : range.lowerBound,
                               where: { _ in true }) {
            return one(actor, k + 2, &binding.referred)
        }
        // "the group", "this faction", "the militia".
        if k + 1 < range.upperBound, words.demonstratives.contains(t.word),
           words.groupNouns.contains(tokens[k + 1].word), spec.person != true {
            return one(lastMention(before: k, where: { [.armedGroup, .party, .organization].contains(kinds[$0]) }),
                       k + 2, &binding.referred)
        }
        // "the two", "the pair", "they": the coordinated subject of the previous sentence.
        if words.pluralPronouns.contains(t.word) || t.word == words.the && k + 1 < range.upperBound
            && words.pairs.contains(tokens[k + 1].word) {
            coordinatedSubject(ofSentence: sentence - 1, into: &binding.referred)
            guard binding.referred.count >= 2 else { return nil }
            return words.pluralPronouns.contains(t.word) ? k + 1 : k + 2
        }
        return nil
    }

    /// The closest mention before `k` whose last word is `word` ("the council" for "the
    /// Deir ez-Zor Military Council"), looking back to `floor` and at most 80 tokens.
    private func mention(endingWith word: Int32, before k: Int, floor: Int, where test: (Int) -> Bool) -> Int? {
        var j = k - 1
        while j >= max(floor, k - 80) {
            let m = mentionAt[j]
            if m >= 0 {
                let mention = mentions[Int(m)]
                if tokens[mention.end - 1].word == word, !mention.isModifier, test(roots[mention.actor]) { return mention.actor }
                j = mention.start - 1
            } else {
                j -= 1
            }
        }
        return nil
    }

    /// The closest earlier mention satisfying `test`: in this sentence before `k`, preferring
    /// a subject to a preposition's object or a possessor; else the previous sentence's subject.
    private func lastMention(before k: Int, where test: (Int) -> Bool) -> Int? {
        // The previous sentence's subject, asked for at most once.
        var previous: Int??
        func previousOnce() -> Int? {
            if previous == nil { previous = .some(previousSubject(where: test)) }
            return previous ?? nil
        }
        var j = k - 1
        var object: Int?
        let floor = max(range.lowerBound, k - 60)
        while j >= floor {
            let m = mentionAt[j]
            if m >= 0 {
                let mention = mentions[Int(m)]
                if !mention.isModifier, !isPlaceLike(mention), test(roots[mention.actor]) {
                    // The object of a preposition is a weaker antecedent than a subject.
                    var before = mention.start - 1
                    if before > range.lowerBound, words.articles.contains(tokens[before].word) { before -= 1 }
                    // An object ("support for the YPG") or a possessor ("Washington's support")
                    // is a weaker antecedent than a subject; the nearest weak one is the fallback.
                    let isObject = before >= range.lowerBound && words.prepositions.contains(tokens[before].word)
                        || mention.end < range.upperBound && tokens[mention.end].kind == .possessive
                    if !isObject { return mention.actor }
                    if object == nil { object = mention.actor }
                }
                j = mention.start - 1
            } else {
                // "he ... his": an earlier pronoun of the same sentence points the same way.
                if words.subjectPronouns.contains(tokens[j].word),
                   !(j > range.lowerBound && words.relativePronouns.contains(tokens[j - 1].word)) {
                    if let earlier = previousOnce() { return earlier }
                }
                j -= 1
            }
        }
        return object ?? previousOnce()
    }

    /// The previous sentence's first actor passing `test` that is not a preposition's object.
    private func previousSubject(where test: (Int) -> Bool) -> Int? {
        guard sentence > 0 else { return nil }
        let previous = reader.sentences[sentence - 1]
        var fallback: Int?
        // "The council, ...": the previous sentence opened with a description of a named actor.
        if previous.count > 2, words.demonstratives.contains(tokens[previous.lowerBound].word),
           words.headWords[tokens[previous.lowerBound + 1].word] != nil {
            if let actor = mention(endingWith: tokens[previous.lowerBound + 1].word, before: previous.lowerBound,
                                   floor: 0, where: test) {
                return actor
            }
        }
        for p in previous.prefix(60) {
            let m = mentionAt[p]
            guard m >= 0, mentions[Int(m)].start == p else { continue }
            let mention = mentions[Int(m)]
            guard !mention.isModifier, test(roots[mention.actor]) else { continue }
            let isObject = p > previous.lowerBound && words.prepositions.contains(tokens[p - 1].word)
            if !isObject { return mention.actor }
            if fallback == nil { fallback = mention.actor }
        }
        return fallback
    }

    private func coordinatedSubject(ofSentence number: Int, into group: inout [Int]) {
        guard number >= 0 else { return }
        let previous = reader.sentences[number]
        var p = previous.lowerBound
        while p < previous.upperBound, group.count < 16 {
            let m = mentionAt[p]
            if m >= 0 {
                let mention = mentions[Int(m)]
                group.append(mention.actor)
                p = mention.end
                guard p < previous.upperBound,
                      tokens[p].word == words.and || tokens[p].kind == .comma else { break }
                p += 1
            } else if group.isEmpty && p - previous.lowerBound < 3 {
                p += 1
            } else {
                break
            }
        }
    }

    /// The head of the appositive that `i` continues: the nearest earlier mention that is
    /// not itself the object of a preposition ("Devlet Bahçeli, leader of the MHP and an ally of ...").
    private func appositiveHead(before i: Int, _ spec: RelationPattern.SlotSpec, _ binding: inout Binding) -> Int? {
        // ", a group that ..." right after a name describes that name, even the object of
        // "founder of": a comma-led appositive attaches to the nearest noun phrase.
        if i < range.upperBound, tokens[i].kind == .comma, i - 1 >= range.lowerBound {
            var k = i - 1
            if tokens[k].kind == .close, k - 2 >= range.lowerBound, tokens[k - 2].kind == .open { k -= 3 }
            if k >= range.lowerBound, mentionAt[k] >= 0 {
                let mention = mentions[Int(mentionAt[k])]
                if mention.end == k + 1, !mention.isModifier, accepts(actor: mention.actor, spec) { return mention.actor }
            }
        }
        var j = i - 1
        var steps = 0
        while j >= range.lowerBound, steps < 40 {
            let t = tokens[j]
            if t.kind == .stop { return nil }
            let m = mentionAt[j]
            if m >= 0 {
                let mention = mentions[Int(m)]
                let before = mention.start - 1
                // Only a noun's complement ("leader of the MHP") is passed over: an appositive
                // attaches to the object of a verb's preposition too ("allegiance to X, the leader of").
                let isObject = before >= range.lowerBound && words.complementPrepositions.contains(tokens[before].word)
                    || before - 1 >= range.lowerBound && words.articles.contains(tokens[before].word)
                        && words.complementPrepositions.contains(tokens[before - 1].word)
                // "(MHP)" repeats the name before it: the head is that name, further left.
                let bracketed = before >= range.lowerBound && tokens[before].kind == .open
                if !mention.isModifier, !isObject, !bracketed, accepts(actor: mention.actor, spec) { return mention.actor }
                j = mention.start - 1
            } else {
                j -= 1
            }
            steps += 1
        }
        // "The council, a component of ...": a description opening the sentence heads it.
        if i - range.lowerBound < 40, reference(at: range.lowerBound, spec, &binding) != nil, let first = binding.referred.first,
           accepts(actor: first, spec) {
            return first
        }
        return nil
    }

    /// The sentence's subject: its first mention that is not the object of a preposition.
    private func subject(before i: Int, _ spec: RelationPattern.SlotSpec, _ binding: inout Binding) -> Int? {
        var j = range.lowerBound
        // The subject opens the sentence: look no further than its first words.
        let limit = min(i, range.lowerBound + 40)
        while j < limit {
            let m = mentionAt[j]
            if m >= 0 {
                let mention = mentions[Int(m)]
                let before = mention.start - 1
                let isObject = before >= range.lowerBound && words.prepositions.contains(tokens[before].word)
                if !mention.isModifier, !isObject, accepts(actor: mention.actor, spec) { return mention.actor }
                j = mention.end
            } else {
                if j - range.lowerBound < 2, reference(at: j, spec, &binding) != nil, let first = binding.referred.first {
                    return first
                }
                j += 1
            }
        }
        return nil
    }
}
