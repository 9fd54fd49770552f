/// Turns a candidate pair into the features a ``RelationModel`` weighs: the words between and
/// around the two mentions (stemmed, and by cue class), their order and distance, the actor
/// types, list and apposition marks, and which hand rules fired on the pair.
///
/// Built once per extractor; ``WordCache`` holds what it learns of one document's words.
struct PairFeatures: Sendable {
    /// Stem hash → bit set of ``CueClasses`` it belongs to.
    private let classOf: [UInt64: UInt32]
    private let classHashes: [UInt64]

    init() {
        var table: [UInt64: UInt32] = [:]
        for (index, (_, words)) in CueClasses.lists.enumerated() {
            for word in words.split(separator: "|") {
                table[FeatureHash.of(WordStem.stem(String(word))), default: 0] |= 1 << UInt32(index)
            }
        }
        classOf = table
        classHashes = CueClasses.lists.map { FeatureHash.of("class:" + $0.0) }
    }

    /// What one document's words are to the features: a stem hash and cue classes, by word id.
    struct WordCache {
        var stems: [Int32: UInt64] = [:]
        /// The sentence whose tokens' stems and cue classes are in ``stemAt`` and ``classAt``,
        /// looked up once per sentence rather than once per pair that spans them.
        var sentence = -1
        var offset = 0
        var stemAt: [UInt64] = []
        var classAt: [UInt32] = []
        /// List places of mentions, for the sentences asked so far.
        var places: [Int: ListExpansion.Place] = [:]
        var placesDone: Set<Int> = []
    }

    /// Rules that fired in a document, by sentence and ordered pair of actor roots.
    struct RuleHits {
        struct Key: Hashable { var sentence: Int, source: Int, target: Int }
        var byPair: [Key: [(kind: RelationKind, rule: String)]] = [:]
        var kindsBySentence: [Int: Set<RelationKind>] = [:]

        init(_ found: [FoundRelation], reader: DocumentReader) {
            for relation in found {
                let key = Key(sentence: relation.sentence, source: reader.roots[relation.source],
                              target: reader.roots[relation.target])
                byPair[key, default: []].append((relation.kind, relation.rule))
                kindsBySentence[relation.sentence, default: []].insert(relation.kind)
            }
            // A fixed order, whatever order the rules reported in: features are summed in
            // this order, and the same text must give the same confidence to the last digit.
            for key in byPair.keys { byPair[key]?.sort { ($0.kind, $0.rule) < ($1.kind, $1.rule) } }
        }
    }

    private func stem(_ token: Token, reader: DocumentReader, cache: inout WordCache) -> UInt64 {
        WordStem.hash(of: token, reader: reader, cache: &cache.stems)
    }

    private func classes(_ stem: UInt64) -> UInt32 { classOf[stem] ?? 0 }

    private static let kindHashes: [ActorKind: UInt64] = Dictionary(
        uniqueKeysWithValues: ActorKind.allCases.map { ($0, FeatureHash.of("kind:" + $0.rawValue)) })

    /// The features of one pair, appended to `out`.
    func features(of pair: CandidatePair, mentions: [Mention], reader: DocumentReader, hits: RuleHits,
                  cache: inout WordCache, into out: inout [UInt64]) {
        let tokens = reader.tokens
        let range = reader.sentences[pair.sentence]
        let a = mentions[pair.first], b = mentions[pair.second]
        if cache.sentence != pair.sentence {
            cache.sentence = pair.sentence
            cache.offset = range.lowerBound
            cache.stemAt.removeAll(keepingCapacity: true)
            cache.classAt.removeAll(keepingCapacity: true)
            for k in range {
                let s = stem(tokens[k], reader: reader, cache: &cache)
                cache.stemAt.append(s)
                cache.classAt.append(classes(s))
            }
        }
        let offset = cache.offset
        let rootA = reader.roots[a.actor], rootB = reader.roots[b.actor]
        let typeA = Self.kindHashes[reader.kinds[a.actor]] ?? 0
        let typeB = Self.kindHashes[reader.kinds[b.actor]] ?? 0
        let types = FeatureHash.mix(typeA &+ 3 &* typeB)
        func add(_ template: FeatureTemplate, _ x: UInt64 = 0, _ y: UInt64 = 0, _ z: UInt64 = 0) {
            out.append(FeatureHash.feature(template, x, y, z))
        }
        add(.bias)
        add(.typePair, types)
        add(.typeFirst, typeA)
        add(.typeSecond, typeB)
        if a.isDemonym { add(.firstIsDemonym) }
        if b.isDemonym { add(.secondIsDemonym) }
        if a.isModifier { add(.firstIsModifier) }
        if a.isReference { add(.firstIsReference, cache.stemAt[a.end - 1 - offset]) }
        if b.isReference { add(.secondIsReference, cache.stemAt[b.end - 1 - offset]) }
        if b.isModifier { add(.secondIsModifier) }
        if a.start == range.lowerBound || (a.start == range.lowerBound + 1 && reader.words.articles.contains(tokens[range.lowerBound].word)) {
            add(.sentenceStartsWithFirst)
        }
        if a.end - a.start > 1 { add(.headOfFirst, cache.stemAt[a.end - 1 - offset]) }
        if b.end - b.start > 1 { add(.headOfSecond, cache.stemAt[b.end - 1 - offset]) }

        // Lists: two members of one list are rarely related to each other; a member far down
        // a list shares what is said of the list.
        if !cache.placesDone.contains(pair.sentence) {
            cache.placesDone.insert(pair.sentence)
            cache.places.merge(ListExpansion.places(in: reader, sentence: pair.sentence)) { a, _ in a }
        }
        let placeA = cache.places[pair.first], placeB = cache.places[pair.second]
        if let placeA, let placeB, placeA.list == placeB.list {
            add(.sameList)
        } else {
            if let placeA { add(.firstInList, placeA.position == placeA.count - 1 ? 2 : placeA.position == 0 ? 0 : 1) }
            if let placeB { add(.secondInList, placeB.position == 0 ? 0 : placeB.position == placeB.count - 1 ? 2 : 1) }
        }
        // The edges of the two mentions' lists, so that a cue between two lists is seen as
        // standing next to both.
        var leftEdge = a.end, rightEdge = b.start
        if let placeA, placeA != placeB {
            for (index, place) in cache.places where place.list == placeA.list { leftEdge = max(leftEdge, reader.mentions[index].end) }
        }
        if let placeB, placeA != placeB {
            for (index, place) in cache.places where place.list == placeB.list { rightEdge = min(rightEdge, reader.mentions[index].start) }
        }

        // Between the two mentions: words outside other mentions, and how many mentions.
        let gap = max(0, b.start - a.end)
        let bucket: UInt64 = gap <= 3 ? UInt64(gap) : gap <= 5 ? 4 : gap <= 8 ? 5 : gap <= 12 ? 6 : gap <= 20 ? 7 : 8
        add(.distance, bucket)
        var mentionsBetween = 0
        var previous: UInt64 = FeatureHash.of("<start>")
        var firstWord: UInt64?
        var lastWord: UInt64 = 0
        var phrase: UInt64 = 0
        var classMask: UInt32 = 0
        var lastMention = -1
        var k = a.end
        while k < b.start {
            let m = Int(reader.mentionAt[k])
            if m >= 0 {
                if m != lastMention { mentionsBetween += 1; lastMention = m }
                let token = FeatureHash.of("<actor>")
                if previous != token { add(.bigramBetween, previous, token); previous = token }
                phrase = FeatureHash.mix(phrase ^ token)
                k += 1
                continue
            }
            let s = cache.stemAt[k - offset]
            // A cue is governed by the mentions nearest it: say whether these two are.
            let cueClasses = cache.classAt[k - offset]
            if cueClasses != 0 {
                let nearLeft = k >= leftEdge && !(leftEdge..<k).contains { reader.mentionAt[$0] >= 0 }
                let nearRight = k < rightEdge && !((k + 1)..<rightEdge).contains { reader.mentionAt[$0] >= 0 }
                let nearness: UInt64 = (nearLeft ? 1 : 0) + (nearRight ? 2 : 0)
                for (index, hash) in classHashes.enumerated() where cueClasses & (1 << UInt32(index)) != 0 {
                    add(.cueNearness, hash, nearness)
                    if nearness == 3 { add(.cueGoverningPair, hash, types) }
                }
                if nearness == 3 { add(.wordGoverningPair, s) }
            }
            if tokens[k].kind == .comma { add(.commaBetween) }
            if tokens[k].kind == .open { add(.parenthesisBetween) }
            add(.wordBetween, s)
            add(.bigramBetween, previous, s)
            classMask |= cueClasses
            if firstWord == nil { firstWord = s }
            lastWord = s
            previous = s
            phrase = FeatureHash.mix(phrase ^ s)
            k += 1
        }
        add(.mentionsBetween, UInt64(min(mentionsBetween, 3)))
        if let firstWord {
            add(.firstBetween, firstWord)
            add(.lastBetween, lastWord)
            add(.typePairFirstBetween, types, firstWord)
            add(.typePairLastBetween, types, lastWord)
        } else {
            add(.firstBetween, 0)
        }
        if gap <= 6 { add(.phraseBetween, phrase) }
        for (index, hash) in classHashes.enumerated() where classMask & (1 << UInt32(index)) != 0 {
            add(.classBetween, hash)
            add(.typePairClassBetween, types, hash)
        }

        // Around: two words before the first mention, two after the second, a compound on each.
        if a.start - 1 >= range.lowerBound {
            let s = cache.stemAt[a.start - 1 - offset]
            add(.wordBeforeFirst, s)
            if a.start - 2 >= range.lowerBound { add(.wordBeforeFirst2, cache.stemAt[a.start - 2 - offset], s) }
        } else {
            add(.wordBeforeFirst, 0)
        }
        if b.end < range.upperBound {
            let s = cache.stemAt[b.end - offset]
            add(.wordAfterSecond, s)
            if b.end + 1 < range.upperBound { add(.wordAfterSecond2, s, cache.stemAt[b.end + 1 - offset]) }
        } else {
            add(.wordAfterSecond, 0)
        }
        if a.end + 1 < range.upperBound, tokens[a.end].kind == .hyphen, reader.mentionAt[a.end + 1] < 0 {
            add(.compoundAfterFirst, cache.stemAt[a.end + 1 - offset])
        }
        if b.end + 1 < range.upperBound, tokens[b.end].kind == .hyphen, reader.mentionAt[b.end + 1] < 0 {
            add(.compoundAfterSecond, cache.stemAt[b.end + 1 - offset])
        }
        var before: UInt32 = 0
        for k in max(range.lowerBound, a.start - 3)..<a.start where reader.mentionAt[k] < 0 {
            before |= cache.classAt[k - offset]
        }
        var after: UInt32 = 0
        for k in b.end..<min(range.upperBound, b.end + 4) where reader.mentionAt[k] < 0 {
            after |= cache.classAt[k - offset]
        }
        for (index, hash) in classHashes.enumerated() {
            if before & (1 << UInt32(index)) != 0 { add(.classBeforeFirst, hash) }
            if after & (1 << UInt32(index)) != 0 { add(.classAfterSecond, hash) }
        }

        // The hand rules: which fired on this pair, each way, and which fired in the sentence.
        for (kind, rule) in hits.byPair[.init(sentence: pair.sentence, source: rootA, target: rootB)] ?? [] {
            add(.ruleFired, FeatureHash.of(kind.rawValue), 1)
            add(.ruleLabel, FeatureHash.of(rule), 1)
        }
        for (kind, rule) in hits.byPair[.init(sentence: pair.sentence, source: rootB, target: rootA)] ?? [] {
            add(.ruleFired, FeatureHash.of(kind.rawValue), 2)
            add(.ruleLabel, FeatureHash.of(rule), 2)
        }
        for kind in (hits.kindsBySentence[pair.sentence] ?? []).sorted() { add(.ruleKindAnyPair, FeatureHash.of(kind.rawValue)) }
    }
}
