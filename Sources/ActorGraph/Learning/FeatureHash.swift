/// Features are 64-bit hashes: a template (what is measured) combined with its values (which
/// word, which type). Hashing needs no feature dictionary at extraction time beyond the
/// model's own table, and the same text always gives the same hash on every machine.
enum FeatureHash {
    /// FNV-1a over the UTF-8 bytes: stable across runs and platforms, unlike `Hasher`.
    static func of(_ text: String) -> UInt64 {
        var hash = seed
        for byte in text.utf8 { hash = step(hash, byte) }
        return hash
    }

    /// FNV-1a's starting value and one byte's step, for callers that hash bytes they already
    /// have (``WordStem/stemHash(_:)``): the same value as ``of(_:)`` on the same bytes.
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    /// One feature: a template with up to three values.
    static func feature(_ template: FeatureTemplate, _ a: UInt64 = 0, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
        var x = mix(UInt64(template.rawValue) &+ 0x9E37_79B9_7F4A_7C15)
        x = mix(x ^ a)
        x = mix(x ^ (b &* 0xBF58_476D_1CE4_E5B9))
        return mix(x ^ (c &* 0x94D0_49BB_1331_11EB))
    }

    /// SplitMix64's finalizer: every input bit reaches every output bit.
    @inline(__always) static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// What a feature measures. The raw values are part of the model file's meaning: never
/// renumber one; add new templates at the end (and bump ``ExtractionModel/featureVersion``).
enum FeatureTemplate: UInt8 {
    case bias = 1
    case typePair
    case distance
    case mentionsBetween
    case wordBetween
    case classBetween
    case firstBetween
    case lastBetween
    case phraseBetween
    case wordBeforeFirst
    case wordBeforeFirst2
    case wordAfterSecond
    case wordAfterSecond2
    case firstIsDemonym
    case secondIsDemonym
    case firstIsModifier
    case secondIsModifier
    case ruleFired
    case ruleLabel
    case typePairFirstBetween
    case typePairLastBetween
    case bigramBetween
    case compoundAfterFirst
    case compoundAfterSecond
    case classBeforeFirst
    case classAfterSecond
    case classInSentence
    case typeFirst
    case typeSecond
    case typePairClassBetween
    case commaBetween
    case parenthesisBetween
    case sentenceStartsWithFirst
    case headOfFirst
    case headOfSecond
    case ruleKindAnyPair
    // Names (``NameFeatures``).
    case nameWord
    case nameFirstWord
    case nameLastWord
    case nameLastSuffix
    case nameFirstSuffix
    case nameLength
    case nameIsAcronym
    case nameHasHyphen
    case nameHasConnector
    case nameHasNumber
    case nameHeadKind
    case nameIsPlace
    case nameHasPlaceWord
    case nameStartsSentence
    case nameWordBefore
    case nameWordBefore2
    case nameAfterRole
    case nameWordAfter
    case nameWordAfter2
    // Structure of pairs.
    case sameList
    case firstInList
    case secondInList
    case cueNearness
    case cueGoverningPair
    case wordGoverningPair
    case firstIsReference
    case secondIsReference
}
