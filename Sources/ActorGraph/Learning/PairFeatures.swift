/// Turns a candidate pair into the features a ``RelationModel`` weighs: the words between and
/// around the two mentions (stemmed, and by cue class), their order and distance, the actor
/// types, list and apposition marks, and which hand rules fired on the pair.
///
/// Built once per extractor; ``WordCache`` holds what it learns of one document's words.
/// A document has thousands of pairs: everything that does not depend on the pair (stems,
/// cue classes, list places, where the mentions are) is worked out once per word or per
/// sentence, and a pair's features are hashed from those numbers, never from strings.
struct PairFeatures: Sendable {
    /// Stems, text hashes and cue classes by word id.
    let stems: StemTable
    private let classHashes: [UInt64]

    init(stems: StemTable) {
        self.stems = stems
        classHashes = CueClasses.lists.map { FeatureHash.of("class:" + $0.0) }
    }

    /// Hashes of the fixed words the features use, worked out once.
    private static let startHash = FeatureHash.of("<start>")
    private static let actorHash = FeatureHash.of("<actor>")
    fileprivate static let relationKindHashes: [RelationKind: UInt64] = Dictionary(
        uniqueKeysWithValues: RelationKind.allCases.map { ($0, FeatureHash.of($0.rawValue)) })

    /// What one document's words are to the features: a stem hash and cue classes, by word id.
    struct WordCache {
        var local = StemTable.Local()
        /// Each actor's type hash, by actor index.
        var typeHashes: [UInt64] = []
        /// The sentence whose tokens' stems and cue classes are in ``stemAt`` and ``classAt``,
        /// looked up once per sentence rather than once per pair that spans them.
        var sentence = -1
        var offset = 0
        var stemAt: [UInt64] = []
        var classAt: [UInt32] = []
        /// For each token of the sentence, the nearest mention token before it and after it
        /// (sentence-relative; -1 and the sentence's length when none): whether a cue word
        /// has a mention nearer than the pair's is then two comparisons, not a scan.
        var mentionBefore: [Int] = []
        var mentionAfter: [Int] = []
        /// The reader's mentions by start, found once per document, so that a sentence's
        /// mentions are found by a binary search.
        var byStart: [Int]?
        /// List places of the sentence's mentions, by mention index (reader mentions only).
        var places: [ListExpansion.Place?] = []
        var placed: [Int] = []
        /// Per list (by its first mention's index): the last end and the first start of its members.
        var listEnd: [Int: Int] = [:]
        var listStart: [Int: Int] = [:]
    }

    /// Rules that fired in a document, by sentence and ordered pair of actor roots.
    struct RuleHits {
        struct Key: Hashable { var sentence: Int, source: Int, target: Int }
        /// One rule finding: its type and label, with their feature hashes.
        struct Hit {
            var kind: RelationKind
            var rule: String
            var kindHash: UInt64
            var ruleHash: UInt64
        }
        var byPair: [Key: [Hit]] = [:]
        var kindsBySentence: [Int: Set<RelationKind>] = [:]
        /// The hashes of ``kindsBySentence``, in the types' order: one feature each for every
        /// pair of the sentence.
        var kindHashesBySentence: [Int: [UInt64]] = [:]

        init(_ found: [FoundRelation], reader: DocumentReader) {
            for relation in found {
                let key = Key(sentence: relation.sentence, source: reader.roots[relation.source],
                              target: reader.roots[relation.target])
                byPair[key, default: []].append(Hit(kind: relation.kind, rule: relation.rule,
                                                    kindHash: PairFeatures.relationKindHashes[relation.kind] ?? 0,
                                                    ruleHash: relation.ruleHash ?? FeatureHash.of(relation.rule)))
                kindsBySentence[relation.sentence, default: []].insert(relation.kind)
            }
            // A fixed order, whatever order the rules reported in: features are summed in
            // this order, and the same text must give the same confidence to the last digit.
            for key in byPair.keys { byPair[key]?.sort { ($0.kind, $0.rule) < ($1.kind, $1.rule) } }
            for (sentence, kinds) in kindsBySentence {
                kindHashesBySentence[sentence] = kinds.sorted().map { PairFeatures.relationKindHashes[$0] ?? 0 }
            }
        }

        /// The rules that read `source` → `target` (actor roots) in `sentence`.
        @inline(__always)
        func hits(sentence: Int, source: Int, target: Int) -> [Hit] {
            guard kindsBySentence[sentence] != nil else { return [] }
            return byPair[Key(sentence: sentence, source: source, target: target)] ?? []
        }
    }

    private static let kindHashes: [ActorKind: UInt64] = Dictionary(
        uniqueKeysWithValues: ActorKind.allCases.map { ($0, FeatureHash.of("kind:" + $0.rawValue)) })

    /// Fills the cache with what sentence `number` holds that every pair of it reads.
    private func prepare(sentence number: Int, reader: DocumentReader, cache: inout WordCache) {
        let tokens = reader.tokens
        let range = reader.sentences[number]
        let mentionAt = reader.mentionAt
        cache.sentence = number
        cache.offset = range.lowerBound
        cache.stemAt.removeAll(keepingCapacity: true)
        cache.classAt.removeAll(keepingCapacity: true)
        for k in range {
            let (stem, classes) = stems.stemAndClasses(of: tokens[k], reader: reader, local: &cache.local)
            cache.stemAt.append(stem)
            cache.classAt.append(classes)
        }
        cache.mentionBefore.removeAll(keepingCapacity: true)
        cache.mentionAfter.removeAll(keepingCapacity: true)
        var last = -1
        for k in range {
            cache.mentionBefore.append(last)
            if mentionAt[k] >= 0 { last = k - range.lowerBound }
        }
        cache.mentionAfter.append(contentsOf: repeatElement(range.count, count: range.count))
        var next = range.count
        for k in range.reversed() {
            cache.mentionAfter[k - range.lowerBound] = next
            if mentionAt[k] >= 0 { next = k - range.lowerBound }
        }

        // Lists: the places of the sentence's mentions, and each list's outer edges.
        let mentions = reader.mentions
        if cache.places.count != mentions.count { cache.places = Array(repeating: nil, count: mentions.count) }
        for index in cache.placed { cache.places[index] = nil }
        cache.placed.removeAll(keepingCapacity: true)
        cache.listEnd.removeAll(keepingCapacity: true)
        cache.listStart.removeAll(keepingCapacity: true)
        if cache.byStart == nil { cache.byStart = mentions.indices.sorted { mentions[$0].start < mentions[$1].start } }
        let byStart = cache.byStart ?? []
        var low = 0, high = byStart.count
        while low < high {
            let middle = (low + high) / 2
            if mentions[byStart[middle]].start < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var inSentence: [Int] = []
        while low < byStart.count, mentions[byStart[low]].start < range.upperBound {
            inSentence.append(byStart[low])
            low += 1
        }
        for (index, place) in ListExpansion.places(in: reader, sorted: inSentence) {
            cache.places[index] = place
            cache.placed.append(index)
            cache.listEnd[place.list] = max(cache.listEnd[place.list] ?? Int.min, mentions[index].end)
            cache.listStart[place.list] = min(cache.listStart[place.list] ?? Int.max, mentions[index].start)
        }
    }

    /// The features of one pair, appended to `out`. The order they are appended in is part
    /// of the result: the model sums their weights in this order.
    func features(of pair: CandidatePair, mentions: [Mention], reader: DocumentReader, hits: RuleHits,
                  cache: inout WordCache, into out: inout [UInt64]) {
        if cache.sentence != pair.sentence { prepare(sentence: pair.sentence, reader: reader, cache: &cache) }
        if cache.typeHashes.count != reader.kinds.count { cache.typeHashes = reader.kinds.map { Self.kindHashes[$0] ?? 0 } }
        let tokens = reader.tokens
        let mentionAt = reader.mentionAt
        let range = reader.sentences[pair.sentence]
        let a = mentions[pair.first], b = mentions[pair.second]
        let offset = cache.offset
        let rootA = reader.roots[a.actor], rootB = reader.roots[b.actor]
        let typeA = cache.typeHashes[a.actor], typeB = cache.typeHashes[b.actor]
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
        let placeA = pair.first < cache.places.count ? cache.places[pair.first] : nil
        let placeB = pair.second < cache.places.count ? cache.places[pair.second] : nil
        if let placeA, let placeB, placeA.list == placeB.list {
            add(.sameList)
        } else {
            if let placeA { add(.firstInList, placeA.position == placeA.count - 1 ? 2 : placeA.position == 0 ? 0 : 1) }
            if let placeB { add(.secondInList, placeB.position == 0 ? 0 : placeB.position == placeB.count - 1 ? 2 : 1) }
        }
        // The edges of the two mentions' lists, so that a cue between two lists is seen as
        // standing next to both.
        var leftEdge = a.end, rightEdge = b.start
        if let placeA, placeA != placeB, let end = cache.listEnd[placeA.list] { leftEdge = max(leftEdge, end) }
        if let placeB, placeA != placeB, let start = cache.listStart[placeB.list] { rightEdge = min(rightEdge, start) }

        // Between the two mentions: words outside other mentions, and how many mentions.
        let gap = max(0, b.start - a.end)
        let bucket: UInt64 = gap <= 3 ? UInt64(gap) : gap <= 5 ? 4 : gap <= 8 ? 5 : gap <= 12 ? 6 : gap <= 20 ? 7 : 8
        add(.distance, bucket)
        var mentionsBetween = 0
        var previous: UInt64 = Self.startHash
        var firstWord: UInt64?
        var lastWord: UInt64 = 0
        var phrase: UInt64 = 0
        var classMask: UInt32 = 0
        var lastMention = -1
        var k = a.end
        while k < b.start {
            let m = Int(mentionAt[k])
            if m >= 0 {
                if m != lastMention { mentionsBetween += 1; lastMention = m }
                let token = Self.actorHash
                if previous != token { add(.bigramBetween, previous, token); previous = token }
                phrase = FeatureHash.mix(phrase ^ token)
                k += 1
                continue
            }
            let s = cache.stemAt[k - offset]
            // A cue is governed by the mentions nearest it: say whether these two are.
            let cueClasses = cache.classAt[k - offset]
            if cueClasses != 0 {
                let nearLeft = k >= leftEdge && cache.mentionBefore[k - offset] + offset < leftEdge
                let nearRight = k < rightEdge && cache.mentionAfter[k - offset] + offset >= rightEdge
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
        if classMask != 0 {
            for (index, hash) in classHashes.enumerated() where classMask & (1 << UInt32(index)) != 0 {
                add(.classBetween, hash)
                add(.typePairClassBetween, types, hash)
            }
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
        if a.end + 1 < range.upperBound, tokens[a.end].kind == .hyphen, mentionAt[a.end + 1] < 0 {
            add(.compoundAfterFirst, cache.stemAt[a.end + 1 - offset])
        }
        if b.end + 1 < range.upperBound, tokens[b.end].kind == .hyphen, mentionAt[b.end + 1] < 0 {
            add(.compoundAfterSecond, cache.stemAt[b.end + 1 - offset])
        }
        var before: UInt32 = 0
        for k in max(range.lowerBound, a.start - 3)..<a.start where mentionAt[k] < 0 {
            before |= cache.classAt[k - offset]
        }
        var after: UInt32 = 0
        for k in b.end..<min(range.upperBound, b.end + 4) where mentionAt[k] < 0 {
            after |= cache.classAt[k - offset]
        }
        if before | after != 0 {
            for (index, hash) in classHashes.enumerated() {
                if before & (1 << UInt32(index)) != 0 { add(.classBeforeFirst, hash) }
                if after & (1 << UInt32(index)) != 0 { add(.classAfterSecond, hash) }
            }
        }

        // The hand rules: which fired on this pair, each way, and which fired in the sentence.
        guard let kindHashes = hits.kindHashesBySentence[pair.sentence] else { return }
        for hit in hits.hits(sentence: pair.sentence, source: rootA, target: rootB) {
            add(.ruleFired, hit.kindHash, 1)
            add(.ruleLabel, hit.ruleHash, 1)
        }
        for hit in hits.hits(sentence: pair.sentence, source: rootB, target: rootA) {
            add(.ruleFired, hit.kindHash, 2)
            add(.ruleLabel, hit.ruleHash, 2)
        }
        for hash in kindHashes { add(.ruleKindAnyPair, hash) }
    }
}
