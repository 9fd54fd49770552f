/// Reads one document: tokens, sentences, then the mentions of actors in them.
///
/// Built and thrown away per document; everything it learns (a defined acronym, a
/// person's surname) stays inside the document, so extraction is a pure function.
final class DocumentReader {
    let scalars: [Unicode.Scalar]
    var lexicon: Lexicon
    let index: GazetteerIndex
    let words: CueWords
    let notActors: Set<String>
    let notActorWords: WordSet

    /// Tokens and sentences are fixed when the reader is made: constants, which every rule
    /// reads without the exclusivity checks a class's variables cost.
    let tokens: [Token]
    let sentences: [Range<Int>]
    /// Sentences that are the author line or body of an embedded social-media post, or a photo credit.
    var skipped = Marks()
    /// Tokens that name no actor: the author credit of an embedded post inside a sentence.
    var excluded = Marks()
    /// Sentences whose words are mostly capitalized: headlines, where head words mislead.
    var headlines = Marks()
    var actors: [DocumentActor] = []
    var mentions: [Mention] = []
    /// For each token, the mention covering it, or -1.
    var mentionAt: [Int32] = []
    /// Document-local short names (a defined acronym, a person's surname) → actor.
    var shortForms: [Int32: Int] = [:]
    /// The learned name classifier, when the extractor has a model.
    var nameClassifier: NameClassifier?
    /// Training: every name asked of the classifier, with its features and folded key.
    var recordsNames = false
    var nameQueries: [(features: [UInt64], key: String)] = []
    /// Single-word names waiting for the short forms (``classifyDeferredNames()``).
    var deferredNames: [(span: Range<Int>, sentence: Range<Int>)] = []
    /// Stems and suffixes by word id, for the name classifier's features; `nameWords` holds
    /// this document's own words' (``StemTable/Local``).
    let stems: StemTable
    var nameWords = StemTable.Local()
    private var actorByEntry: [Int: Int] = [:]
    private var actorByKey: [String: Int] = [:]

    /// The article's own date, when it has one.
    private let declaredDate: String?
    private let documentText: String
    /// The date dated names are read by (``DatedAlias``): the article's own, else the latest it
    /// mentions. Worked out only when a dated name occurs.
    lazy var articleDate: String? = declaredDate ?? MentionedDates.latest(in: documentText)

    init(document: Document, lexicon: Lexicon, index: GazetteerIndex, words: CueWords, notActors: Set<String>,
         notActorWords: WordSet, stems: StemTable) {
        self.notActorWords = notActorWords
        self.stems = stems
        declaredDate = document.date
        documentText = document.text
        let text = document.text
        // Decoded in one pass, into room for the worst case (one scalar per UTF-8 byte).
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: text.utf8.count) { buffer, count in
            count = Self.decode(text, into: buffer)
        }
        self.scalars = scalars
        var tokenizer = Tokenizer(lexicon: lexicon)
        tokens = tokenizer.tokenize(scalars)
        self.lexicon = tokenizer.lexicon
        sentences = SentenceSplitter.sentences(tokens: tokens, scalars: scalars, lexicon: tokenizer.lexicon)
        self.index = index
        self.words = words
        self.notActors = notActors
    }

    /// Writes the Unicode scalars of `text` into `buffer` (room for one per UTF-8 byte) and
    /// returns how many. A string's bytes are valid UTF-8, so they are decoded by hand: ASCII,
    /// most of every article, costs a compare and a store, where the scalar view's iterator
    /// costs several times that.
    private static func decode(_ text: String, into buffer: UnsafeMutableBufferPointer<Unicode.Scalar>) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var n = 0
            var i = 0
            let end = bytes.count
            while i < end {
                let lead = bytes[i]
                if lead < 0x80 {
                    buffer[n] = Unicode.Scalar(lead)
                    i += 1
                } else {
                    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                    for k in 1..<length where i + k < end { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                    buffer[n] = Unicode.Scalar(value) ?? "\u{FFFD}"
                    i += length
                }
                n += 1
            }
            return n
        }
    }

    // MARK: - Reading

    /// After reading: each actor's root (after alias merges) and the root's type, by actor
    /// index. Relation matching asks these for every slot; arrays answer without walking.
    private(set) var roots: [Int] = []
    private(set) var kinds: [ActorKind] = []

    func read() {
        classifySentences()
        findMentions()
        roots = actors.indices.map(root)
        kinds = roots.map { actors[$0].kind }
    }

    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let from = tokens[range.lowerBound].start
        let to = tokens[range.upperBound - 1].end
        // UTF-8 encoded by hand: far cheaper than appending scalars to a string one by one.
        var bytes: [UInt8] = []
        bytes.reserveCapacity((to - from) * 2)
        for k in from..<to {
            let scalar = scalars[k]
            if scalar.value < 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: - Sentences

    private func classifySentences() {
        skipped = Marks(count: sentences.count)
        headlines = Marks(count: sentences.count)
        excluded = Marks(count: tokens.count)
        for (number, range) in sentences.enumerated() {
            let first = tokens[range.lowerBound]
            // One pass gathers what the tests below ask of the sentence.
            var hasHandle = false
            var firstOpen: Int?
            var lastDash: Int?
            var wordCount = 0
            var capitalized = 0
            for i in range {
                let token = tokens[i]
                switch token.kind {
                case .word:
                    wordCount += 1
                    if token.isCapitalized || words.nameConnectors.contains(token.word) { capitalized += 1 }
                case .open:
                    if firstOpen == nil { firstOpen = i }
                case .hyphen:
                    if scalars[token.start] != "-" { lastDash = i }
                case .other:
                    if scalars[token.start] == "@" { hasHandle = true }
                default:
                    break
                }
            }
            // "— Name (@handle) March 7, 2025": the author line of an embedded post.
            if first.kind == .hyphen && hasHandle { skipped.insert(number) }
            if hasHandle && range.count < 16 && firstOpen != nil { skipped.insert(number) }
            // "...pic.twitter.com/x— Name (@handle) March 7": the credit after the last dash.
            if hasHandle, let dash = lastDash {
                excluded.formUnion(dash..<range.upperBound)
            }
            // "(Photo: Name/Agency via Agency)": credits name photographers, not actors.
            if let open = firstOpen, open + 1 < range.upperBound, words.credits.contains(tokens[open + 1].word) {
                skipped.insert(number)
            }
            if wordCount >= 3 && capitalized * 10 >= wordCount * 7 && !endsWithFullStop(range) { headlines.insert(number) }
        }
    }

    /// Whether a sentence ends with a full stop, perhaps followed by closing quotes or brackets
    /// and an encyclopedia's citation marks (`... Movement.[3][42]`): a list of names that ends
    /// so is prose, not a headline.
    private func endsWithFullStop(_ range: Range<Int>) -> Bool {
        var k = range.upperBound - 1
        while k > range.lowerBound, tokens[k].kind != .stop { k -= 1 }
        guard tokens[k].kind == .stop, scalars[tokens[k].start] == "." else { return false }
        var end = k + 1
        while end < range.upperBound, tokens[end].kind == .quote || tokens[end].kind == .close,
              tokens[end].start == tokens[end - 1].end {
            end += 1
        }
        return SentenceSplitter.afterCitations(from: end, tokens: tokens, scalars: scalars) >= range.upperBound
    }

    // MARK: - Mentions

    private func findMentions() {
        var candidates: [(start: Int, end: Int, source: MentionSource)] = []
        for (number, range) in sentences.enumerated() {
            if skipped.contains(number) { continue }
            var i = range.lowerBound
            while i < range.upperBound {
                let token = tokens[i]
                if token.kind == .word || token.kind == .number, !excluded.contains(i),
                   let match = index.longestMatch(in: tokens, from: i, limit: range.upperBound) {
                    candidates.append((i, match.end, .gazetteer(match.terminal)))
                    i = match.end
                    continue
                }
                i += 1
            }
            for candidate in discover(in: range, headline: headlines.contains(number))
            where !(candidate.start..<candidate.end).contains(where: excluded.contains) {
                candidates.append((candidate.start, candidate.end, .discovered(candidate)))
            }
        }
        // Longer spans win; at equal length the gazetteer wins; earlier first.
        candidates.sort { a, b in
            if a.start != b.start { return a.start < b.start }
            if a.end != b.end { return a.end > b.end }
            return a.source.isGazetteer && !b.source.isGazetteer
        }
        mentionAt = Array(repeating: -1, count: tokens.count)
        var chosen: [(Int, Int, MentionSource)] = []
        var coveredUntil = 0
        for candidate in candidates {
            if candidate.start < coveredUntil {
                // Overlap: keep the earlier one unless this one is strictly longer and discovered-over-demonym.
                guard let last = chosen.last, candidate.end - candidate.start > last.1 - last.0,
                      case .gazetteer(let terminal) = last.2, terminal.isDemonym || last.1 - last.0 == 1,
                      candidate.start == last.0 || last.1 <= candidate.end
                else { continue }
                chosen.removeLast()
            }
            chosen.append(candidate)
            coveredUntil = candidate.end
        }
        for (start, end, source) in chosen {
            let actor: Int
            var demonym = false
            switch source {
            case .gazetteer(let terminal):
                actor = actorIndex(entry: terminal.dated.isEmpty ? terminal.entry : terminal.entry(on: articleDate))
                // "the Colombian Government" names the state itself, not a thing of it.
                demonym = terminal.isDemonym && !(end < tokens.count && tokens[end].word == words.government)
            case .discovered(let candidate):
                guard let resolved = actorIndex(discovered: candidate) else { continue }
                actor = resolved
            }
            addMention(Mention(start: start, end: end, actor: actor, isDemonym: demonym))
        }
        linkAliases()
        findShortForms()
        classifyDeferredNames()
        mergeSpellingVariants()
        markModifiers()
        // Surface forms: one string per distinct spelling (folded words), not per mention.
        var seenSpellings: Set<SpellingKey> = []
        for mention in mentions {
            let root = self.root(mention.actor)
            actors[root].mentionCount += 1
            if !mention.isDemonym && !isLocatedAt(mention) && !isPlaceUse(mention, of: root) {
                actors[root].standaloneMentions += 1
            }
            var hasher = Hasher()
            hasher.combine(root)
            for k in mention.start..<mention.end { hasher.combine(tokens[k].word) }
            guard seenSpellings.insert(SpellingKey(value: hasher.finalize())).inserted else { continue }
            let surface = text(mention.start..<mention.end)
            if !actors[root].surfaces.contains(surface) {
                actors[root].surfaces.append(surface)
                actors[root].surfaceKeys.append(key(mention.start..<mention.end))
            }
        }
    }

    /// `in Syria`, `across Turkey`: a state named as a place, not acting.
    func isPlaceUse(_ mention: Mention, of actor: Int) -> Bool {
        guard actors[root(actor)].kind == .state, mention.start > 0 else { return false }
        let before = tokens[mention.start - 1]
        if words.placeMarks.contains(before.word) { return true }
        // "in Egypt, Tunisia, and Libya": the list goes on as places.
        var k = mention.start - 1
        while k >= 0, tokens[k].kind == .comma || tokens[k].word == words.and || tokens[k].word == words.or { k -= 1 }
        guard k < mention.start - 1, k >= 0, mentionAt[k] >= 0 else { return false }
        let previous = mentions[Int(mentionAt[k])]
        return previous.start < mention.start && isPlaceUse(previous, of: previous.actor)
    }

    /// `UK-based`, `Istanbul-born`: where something is, not who acts.
    func isLocatedAt(_ mention: Mention) -> Bool {
        let e = mention.end
        guard e + 1 < tokens.count, tokens[e].kind == .hyphen else { return false }
        return words.locationSuffixes.contains(tokens[e + 1].word)
    }

    /// The folded form of the words in `range`, built from the tokens' own folded words:
    /// what ``NameFolding/fold(_:)`` gives for their text, without folding it again.
    func key(_ range: Range<Int>) -> String {
        var key = ""
        for i in range where tokens[i].kind == .word || tokens[i].kind == .number {
            if !key.isEmpty { key += " " }
            key += lexicon.text(of: tokens[i].word)
        }
        if key.hasPrefix("the ") { key.removeFirst(4) }
        return key
    }

    /// An actor and the folded words of one spelling of it.
    struct SpellingKey: Hashable { var value: Int }

    enum MentionSource {
        case gazetteer(GazetteerIndex.Terminal)
        case discovered(Candidate)
        var isGazetteer: Bool { if case .gazetteer = self { return true } else { return false } }
    }

    func addMention(_ mention: Mention) {
        // One access to `mentionAt` for the whole span: a class's array is checked for
        // exclusive access at every access, and every mention of every document comes here.
        let number = Int32(mentions.count)
        let added = mentionAt.withUnsafeMutableBufferPointer { at in
            guard mention.start >= 0, mention.end <= at.count else { return false }
            for k in mention.start..<mention.end where at[k] >= 0 { return false }
            for k in mention.start..<mention.end { at[k] = number }
            return true
        }
        if added { mentions.append(mention) }
    }

    func actorIndex(entry: Int) -> Int {
        if let known = actorByEntry[entry] { return known }
        let gazetteer = index.entries[entry]
        actors.append(DocumentActor(name: gazetteer.name, key: index.keys[entry], kind: gazetteer.kind, entry: entry))
        actorByEntry[entry] = actors.count - 1
        return actors.count - 1
    }

    /// The actor a discovered name stands for: a gazetteer actor when the name is one of its
    /// names, a known discovered actor with the same folded name, or a new one.
    func actorIndex(discovered candidate: Candidate) -> Int? {
        // The folded key from the tokens' own folded words: no string of the name is built
        // unless the actor is new.
        let key = key(candidate.start..<candidate.end)
        if key.isEmpty || notActors.contains(key) { return nil }
        if let known = actorByKey[key] { return known }
        if let entry = gazetteerEntry(in: candidate.start..<candidate.end) { return actorIndex(entry: entry) }
        actors.append(DocumentActor(name: text(candidate.start..<candidate.end), key: key, kind: candidate.kind))
        actorByKey[key] = actors.count - 1
        return actors.count - 1
    }

    /// The gazetteer entry whose name or alias is exactly the tokens of `range`.
    func gazetteerEntry(in range: Range<Int>) -> Int? {
        guard let match = index.longestMatch(in: tokens, from: range.lowerBound, limit: range.upperBound, ignoringCase: true),
              match.end == range.upperBound, !match.terminal.isDemonym
        else { return nil }
        return match.terminal.dated.isEmpty ? match.terminal.entry : match.terminal.entry(on: articleDate)
    }

    func root(_ actor: Int) -> Int {
        var current = actor
        while let next = actors[current].mergedInto { current = next }
        return current
    }

    /// Merges `alias` into `actor`: the gazetteer one, or the one with the longer name, survives.
    /// - Parameter preferFirst: between two discovered actors, `a`'s name stands (the name
    ///   outside a bracket); otherwise the longer one.
    func merge(_ a: Int, _ b: Int, preferFirst: Bool = false) {
        let ra = root(a), rb = root(b)
        guard ra != rb else { return }
        let keepA: Bool
        switch (actors[ra].entry, actors[rb].entry) {
        case (.some, .none): keepA = true
        case (.none, .some): keepA = false
        case (.some, .some): return // two curated actors are never merged by a document
        case (.none, .none): keepA = preferFirst || actors[ra].name.count >= actors[rb].name.count
        }
        let (keep, drop) = keepA ? (ra, rb) : (rb, ra)
        actors[drop].mergedInto = keep
        if actors[keep].entry == nil, actors[drop].kind != .organization, actors[keep].kind == .organization {
            actors[keep].kind = actors[drop].kind
        }
    }
}

/// A set of positions (tokens or sentences) as one flag each: asked for every token, where
/// a `Set<Int>` would hash.
struct Marks {
    private var flags: [Bool] = []

    init(count: Int = 0) { flags = Array(repeating: false, count: count) }

    func contains(_ i: Int) -> Bool { i < flags.count && flags[i] }
    mutating func insert(_ i: Int) { flags[i] = true }
    mutating func formUnion(_ range: Range<Int>) { for i in range { flags[i] = true } }
}
