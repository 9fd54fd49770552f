/// A set of interned words as a bit set: membership is one load and a mask, where a
/// `Set<Int32>` would hash. Cue-word tests run for every token of every sentence.
struct WordSet: Sendable {
    private var bits: [UInt64] = []
    private(set) var members: [Int32] = []

    init<S: Sequence>(_ ids: S) where S.Element == Int32 {
        for id in ids { insert(id) }
    }

    mutating func insert(_ id: Int32) {
        let word = Int(id) >> 6
        if word >= bits.count { bits += Array(repeating: 0, count: word - bits.count + 1) }
        if bits[word] & (1 << UInt64(id & 63)) == 0 { members.append(id) }
        bits[word] |= 1 << UInt64(id & 63)
    }

    @inline(__always)
    func contains(_ id: Int32) -> Bool {
        let word = Int(id) >> 6
        return word < bits.count && bits[word] & (1 << UInt64(id & 63)) != 0
    }

}

/// A map from interned words to values, as an array indexed by word id: asked per token
/// by discovery and relation matching, where a `Dictionary` would hash.
struct WordMap<Value: Sendable>: Sendable {
    private var values: [Value?] = []

    init(_ pairs: [Int32: Value]) {
        values = Array(repeating: nil, count: Int(pairs.keys.max() ?? -1) + 1)
        for (id, value) in pairs { values[Int(id)] = value }
    }

    @inline(__always)
    subscript(id: Int32) -> Value? {
        let index = Int(id)
        return index < values.count ? values[index] : nil
    }
}
