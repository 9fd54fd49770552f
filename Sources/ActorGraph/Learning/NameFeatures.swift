/// Features of a capitalized name that neither the gazetteer nor a discovery rule claimed:
/// its words, head and shape, and the words around it. They let a model trained on
/// annotated articles tell `Wali Ur Rehman` (a person) and `Haqqani Network` (an armed
/// group) from `Kandahar` or `Monday` in a conflict the gazetteer has never heard of.
struct NameFeatures: Sendable {
    /// `none`, then every actor type, in the order the model stores them.
    static let labels = ["none"] + ActorKind.allCases.map(\.rawValue)

    private static let kindHashes: [ActorKind: UInt64] = Dictionary(
        uniqueKeysWithValues: ActorKind.allCases.map { ($0, FeatureHash.of("kind:" + $0.rawValue)) })

    /// The features of `span`, a trimmed name run of sentence `sentence`.
    static func features(of span: Range<Int>, sentence: Range<Int>, reader: DocumentReader,
                         words: inout StemTable.Local) -> [UInt64] {
        let tokens = reader.tokens
        let stems = reader.stems
        var out: [UInt64] = []
        out.reserveCapacity(32)
        func add(_ template: FeatureTemplate, _ x: UInt64 = 0, _ y: UInt64 = 0) { out.append(FeatureHash.feature(template, x, y)) }
        func stem(_ i: Int) -> UInt64 { stems.stem(of: tokens[i], reader: reader, local: &words) }
        func suffix(_ i: Int) -> UInt64 { stems.suffix(of: tokens[i].word, reader: reader, local: &words) }
        add(.bias)
        var wordCount = 0
        var hasHyphen = false, hasConnector = false, hasNumber = false
        var lastWord = span.lowerBound
        for i in span {
            switch tokens[i].kind {
            case .word:
                wordCount += 1
                lastWord = i
                add(.nameWord, stem(i))
                if !tokens[i].isCapitalized { hasConnector = true }
                if reader.notActorWords.contains(tokens[i].word) { add(.nameHasPlaceWord) }
            case .hyphen: hasHyphen = true
            case .number: hasNumber = true
            default: break
            }
        }
        add(.nameFirstWord, stem(span.lowerBound))
        add(.nameLastWord, stem(lastWord))
        add(.nameLastSuffix, suffix(lastWord))
        add(.nameFirstSuffix, suffix(span.lowerBound))
        add(.nameLength, UInt64(min(wordCount, 5)))
        if wordCount == 1 && tokens[span.lowerBound].isAllCaps { add(.nameIsAcronym) }
        if hasHyphen { add(.nameHasHyphen) }
        if hasConnector { add(.nameHasConnector) }
        if hasNumber { add(.nameHasNumber) }
        if let kind = reader.words.headWords[tokens[lastWord].word] { add(.nameHeadKind, kindHashes[kind] ?? 0) }
        if reader.notActors.contains(reader.key(span)) { add(.nameIsPlace) }
        if span.lowerBound == sentence.lowerBound { add(.nameStartsSentence) }
        if span.lowerBound > sentence.lowerBound {
            let before = span.lowerBound - 1
            add(.nameWordBefore, stem(before))
            if reader.words.personRoles.contains(tokens[before].word) { add(.nameAfterRole) }
            if before > sentence.lowerBound { add(.nameWordBefore2, stem(before - 1), stem(before)) }
        } else {
            add(.nameWordBefore, 0)
        }
        if span.upperBound < sentence.upperBound {
            add(.nameWordAfter, stem(span.upperBound))
            if span.upperBound + 1 < sentence.upperBound { add(.nameWordAfter2, stem(span.upperBound), stem(span.upperBound + 1)) }
        } else {
            add(.nameWordAfter, 0)
        }
        return out
    }
}
