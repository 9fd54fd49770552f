/// Interns folded words as small integers, so that patterns compare numbers, not strings.
///
/// Two layers: the shared words (cue words and gazetteer names, fixed when the extractor is
/// built) and a document's own words, added while it is read. Copying a lexicon for a
/// document copies nothing until it adds a word, and its words never leak into another.
struct Lexicon: Sendable {
    private var shared: [String: Int32] = ["'s": 0]
    private var sharedWords: [String] = ["'s"]
    private var local: [String: Int32] = [:]
    private var localWords: [String] = []
    /// Byte-keyed views of the two layers, for look-ups that build no string.
    private var sharedBytes = ByteTable()
    private var localBytes = ByteTable()
    /// The id of the possessive `’s`.
    let possessive: Int32 = 0

    init() {}

    /// The id of a folded word, adding it when new.
    mutating func id(for word: String) -> Int32 {
        if let id = shared[word] ?? local[word] { return id }
        let id = Int32(sharedWords.count + localWords.count)
        local[word] = id
        localWords.append(word)
        return id
    }

    /// The id of a folded word given as UTF-8 bytes, adding it when new. The tokenizer's
    /// path: a known word costs a hash and a compare, no allocation.
    mutating func id(forBytes bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = ByteTable.hash(bytes)
        if let id = sharedBytes.find(bytes, hash: hash) ?? localBytes.find(bytes, hash: hash) { return id }
        let word = String(decoding: bytes, as: UTF8.self)
        let id = self.id(for: word)
        localBytes.insert(bytes, hash: hash, id: id)
        return id
    }

    /// The id of a word if it is known.
    func existing(_ word: String) -> Int32? { shared[word] ?? local[word] }

    /// The ids of several words, adding them when new.
    mutating func ids(_ words: [String]) -> WordSet { WordSet(words.map { id(for: $0) }) }

    /// Moves the words added so far into the shared layer; done once, when the extractor is built.
    func frozen() -> Lexicon {
        var copy = Lexicon()
        copy.shared = shared.merging(local) { a, _ in a }
        copy.sharedWords = sharedWords + localWords
        var table = ByteTable(capacity: copy.sharedWords.count)
        for (index, word) in copy.sharedWords.enumerated() {
            var utf8 = Array(word.utf8)
            utf8.withUnsafeMutableBufferPointer { buffer in
                let bytes = UnsafeBufferPointer(buffer)
                table.insert(bytes, hash: ByteTable.hash(bytes), id: Int32(index))
            }
        }
        copy.sharedBytes = table
        return copy
    }

    mutating func id(forPunctuation c: Unicode.Scalar, kind: Token.Kind) -> Int32 {
        switch kind {
        case .hyphen: return id(for: "-")
        case .comma: return id(for: ",")
        case .quote: return id(for: "\"")
        case .open: return id(for: "(")
        case .close: return id(for: ")")
        default: return id(for: String(Character(c)))
        }
    }

    func text(of id: Int32) -> String {
        let index = Int(id)
        return index < sharedWords.count ? sharedWords[index] : localWords[index - sharedWords.count]
    }
}
