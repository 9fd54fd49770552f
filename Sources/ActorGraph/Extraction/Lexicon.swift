/// Interns folded words as small integers, so that patterns compare numbers, not strings.
///
/// Two layers: the shared words (cue words and gazetteer names, fixed when the extractor is
/// built) and a document's own words, added while it is read. Copying a lexicon for a
/// document copies nothing until it adds a word, and its words never leak into another.
/// Look-ups go by the word's UTF-8 bytes (``ByteTable``), so a known word costs no string.
struct Lexicon: Sendable {
    private var sharedWords: [String] = ["'s"]
    private var sharedBytes = ByteTable()
    private var localWords: [String] = []
    private var localBytes = ByteTable(capacity: 1024)
    /// Ids of ASCII punctuation marks and of the General Punctuation block's dashes, quotes
    /// and dots (U+2010–U+2027), looked up once when the lexicon is frozen.
    private var asciiPunctuation: [Int32] = []
    private var generalPunctuation: [Int32] = []
    private static let generalPunctuationBlock: ClosedRange<UInt32> = 0x2010...0x2027
    /// The id of the possessive `’s`.
    let possessive: Int32 = 0

    init() {
        sharedBytes = Self.table(for: sharedWords)
    }

    /// The id of a folded word, adding it when new.
    mutating func id(for word: String) -> Int32 {
        var utf8 = Array(word.utf8)
        return utf8.withUnsafeMutableBufferPointer { id(forBytes: UnsafeBufferPointer($0)) }
    }

    /// The id of a folded word given as UTF-8 bytes, adding it when new. The tokenizer's
    /// path: a known word costs a hash and a compare, no allocation.
    mutating func id(forBytes bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        id(forBytes: bytes, hash: ByteTable.hash(bytes))
    }

    /// The same, with the hash already computed (the tokenizer hashes while it folds).
    mutating func id(forBytes bytes: UnsafeBufferPointer<UInt8>, hash: Int) -> Int32 {
        if let id = sharedBytes.find(bytes, hash: hash) ?? localBytes.find(bytes, hash: hash) { return id }
        let id = Int32(sharedWords.count + localWords.count)
        localWords.append(String(decoding: bytes, as: UTF8.self))
        localBytes.insert(bytes, hash: hash, id: id)
        return id
    }

    /// How many words have ids: every id is below this.
    var count: Int { sharedWords.count + localWords.count }

    /// The ids of several words, adding them when new.
    mutating func ids(_ words: [String]) -> WordSet { WordSet(words.map { id(for: $0) }) }

    /// Moves the words added so far into the shared layer; done once, when the extractor is built.
    func frozen() -> Lexicon {
        // Punctuation first, so its ids are shared too and each mark is found by a table index.
        var source = self
        var marks = Array(repeating: Int32(-1), count: 128)
        for value in 33..<127 {
            let scalar = Unicode.Scalar(UInt8(value))
            guard !Tokenizer.isWordScalar(scalar) else { continue }
            marks[value] = source.id(forPunctuation: scalar, kind: Tokenizer.punctuationKind(scalar))
        }
        let general = Self.generalPunctuationBlock.map { value in
            let scalar = Unicode.Scalar(value)!
            return source.id(forPunctuation: scalar, kind: Tokenizer.punctuationKind(scalar))
        }
        var copy = Lexicon()
        copy.sharedWords = source.sharedWords + source.localWords
        copy.sharedBytes = Self.table(for: copy.sharedWords)
        copy.asciiPunctuation = marks
        copy.generalPunctuation = general
        return copy
    }

    private static func table(for words: [String]) -> ByteTable {
        var table = ByteTable(capacity: words.count)
        for (index, word) in words.enumerated() {
            var utf8 = Array(word.utf8)
            utf8.withUnsafeMutableBufferPointer { buffer in
                let bytes = UnsafeBufferPointer(buffer)
                table.insert(bytes, hash: ByteTable.hash(bytes), id: Int32(index))
            }
        }
        return table
    }

    mutating func id(forPunctuation c: Unicode.Scalar, kind: Token.Kind) -> Int32 {
        if c.value < 128, Int(c.value) < asciiPunctuation.count, asciiPunctuation[Int(c.value)] >= 0 {
            return asciiPunctuation[Int(c.value)]
        }
        if Self.generalPunctuationBlock.contains(c.value), !generalPunctuation.isEmpty {
            return generalPunctuation[Int(c.value - Self.generalPunctuationBlock.lowerBound)]
        }
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
