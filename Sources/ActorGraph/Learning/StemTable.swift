/// What the learned models need of a word, by word id: its stem's feature hash
/// (``WordStem/hash(of:reader:cache:)`` gives the same), the hash of its text (for marks),
/// the hash of its last three characters, and its cue classes.
///
/// Worked out once per extractor for the shared words (cue words, gazetteer names), so that
/// the pair and name features of a document read them from arrays instead of stemming,
/// hashing and looking up strings token by token. A document's own new words are worked out
/// when first met and kept in its ``StemTable/Local``. A token's stem hash depends on its
/// kind and word alone (the per-document cache this replaced kept whichever kind a word id
/// was first met as; the two differ only for a word spelt with a non-ASCII digit first).
struct StemTable: Sendable {
    /// Word ids below this are the extractor's shared words, found in the arrays here.
    let sharedCount: Int
    private let stems: [UInt64]
    private let texts: [UInt64]
    private let suffixes: [UInt64]
    private let classes: [UInt32]
    /// The cue classes of a word's text, for tokens read as marks.
    private let textClasses: [UInt32]
    private let numberClasses: UInt32
    /// Stem hash → bit set of ``CueClasses`` it belongs to.
    private let classOf: [UInt64: UInt32]
    /// The hash numbers stand for (`#num`): one word, whatever the digits.
    static let numberHash = FeatureHash.of("#num")

    init(lexicon: Lexicon) {
        var table: [UInt64: UInt32] = [:]
        for (index, (_, words)) in CueClasses.lists.enumerated() {
            for word in words.split(separator: "|") {
                table[FeatureHash.of(WordStem.stem(String(word))), default: 0] |= 1 << UInt32(index)
            }
        }
        classOf = table
        sharedCount = lexicon.count
        var stems: [UInt64] = [], texts: [UInt64] = [], suffixes: [UInt64] = [], classes: [UInt32] = []
        var textClasses: [UInt32] = []
        textClasses.reserveCapacity(sharedCount)
        stems.reserveCapacity(sharedCount)
        texts.reserveCapacity(sharedCount)
        suffixes.reserveCapacity(sharedCount)
        classes.reserveCapacity(sharedCount)
        for id in 0..<Int32(sharedCount) {
            let text = lexicon.text(of: id)
            let word = Self.describe(text, classOf: table)
            stems.append(word.stem)
            texts.append(word.text)
            suffixes.append(Self.suffixHash(text))
            classes.append(word.classes)
            textClasses.append(table[word.text] ?? 0)
        }
        self.stems = stems
        self.texts = texts
        self.suffixes = suffixes
        self.classes = classes
        self.textClasses = textClasses
        numberClasses = table[Self.numberHash] ?? 0
    }

    /// A word's stem hash, text hash and cue classes, from its bytes.
    private static func describe(_ text: String, classOf: [UInt64: UInt32]) -> (stem: UInt64, text: UInt64, classes: UInt32) {
        var text = text
        return text.withUTF8 { bytes in
            var hash = FeatureHash.seed
            for byte in bytes { hash = FeatureHash.step(hash, byte) }
            let stem = WordStem.stemHash(bytes)
            return (stem, hash, classOf[stem] ?? 0)
        }
    }

    /// The hash of a word's last three characters. Plain ASCII (all but a few words) is one
    /// character per byte, so the bytes are hashed as they are.
    private static func suffixHash(_ text: String) -> UInt64 {
        var text = text
        let ascii: UInt64? = text.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            var hash = FeatureHash.seed
            for byte in bytes[max(0, bytes.count - 3)...] { hash = FeatureHash.step(hash, byte) }
            return hash
        }
        return ascii ?? FeatureHash.of(String(text.suffix(3)))
    }

    /// One document's words beyond the shared ones, indexed by `id - sharedCount`, filled
    /// in as they are met.
    struct Local {
        fileprivate var described: [Bool] = []
        fileprivate var stems: [UInt64] = []
        fileprivate var texts: [UInt64] = []
        fileprivate var classes: [UInt32] = []
        /// Suffixes are asked of names only: worked out on demand.
        fileprivate var suffixes: [UInt64?] = []
    }

    /// The slot of a document-local word in `local`, described on first use.
    private func localSlot(_ word: Int32, reader: DocumentReader, local: inout Local) -> Int {
        let slot = Int(word) - sharedCount
        if slot >= local.described.count {
            let count = max(slot + 1, reader.lexicon.count - sharedCount)
            let more = count - local.described.count
            local.described.append(contentsOf: repeatElement(false, count: more))
            local.stems.append(contentsOf: repeatElement(0, count: more))
            local.texts.append(contentsOf: repeatElement(0, count: more))
            local.classes.append(contentsOf: repeatElement(0, count: more))
            local.suffixes.append(contentsOf: repeatElement(nil, count: more))
        }
        if !local.described[slot] {
            let described = Self.describe(reader.lexicon.text(of: word), classOf: classOf)
            local.described[slot] = true
            local.stems[slot] = described.stem
            local.texts[slot] = described.text
            local.classes[slot] = described.classes
        }
        return slot
    }

    /// The feature hash of a token's stem: numbers are one word (`#num`), marks stand for
    /// themselves, words are stemmed (``WordStem/stem(_:)``).
    @inline(__always)
    func stem(of token: Token, reader: DocumentReader, local: inout Local) -> UInt64 {
        switch token.kind {
        case .number: return Self.numberHash
        case .word:
            if Int(token.word) < sharedCount { return stems[Int(token.word)] }
            return local.stems[localSlot(token.word, reader: reader, local: &local)]
        default:
            if Int(token.word) < sharedCount { return texts[Int(token.word)] }
            return local.texts[localSlot(token.word, reader: reader, local: &local)]
        }
    }

    /// A token's stem hash (as ``stem(of:reader:local:)``) and the cue classes of that stem
    /// (a bit set over ``CueClasses/lists``).
    @inline(__always)
    func stemAndClasses(of token: Token, reader: DocumentReader, local: inout Local) -> (UInt64, UInt32) {
        switch token.kind {
        case .number: return (Self.numberHash, numberClasses)
        case .word:
            if Int(token.word) < sharedCount { return (stems[Int(token.word)], classes[Int(token.word)]) }
            let slot = localSlot(token.word, reader: reader, local: &local)
            return (local.stems[slot], local.classes[slot])
        default:
            if Int(token.word) < sharedCount { return (texts[Int(token.word)], textClasses[Int(token.word)]) }
            let text = local.texts[localSlot(token.word, reader: reader, local: &local)]
            return (text, classOf[text] ?? 0)
        }
    }

    /// The hash of a word's last three characters (its folded text's, as the lexicon holds it).
    func suffix(of word: Int32, reader: DocumentReader, local: inout Local) -> UInt64 {
        if Int(word) < sharedCount { return suffixes[Int(word)] }
        let slot = localSlot(word, reader: reader, local: &local)
        if let known = local.suffixes[slot] { return known }
        let hash = Self.suffixHash(reader.lexicon.text(of: word))
        local.suffixes[slot] = hash
        return hash
    }
}
