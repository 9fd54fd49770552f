/// An open-addressing table from a word's folded UTF-8 bytes to its id, so that the
/// tokenizer finds a known word without building a `String` for it.
struct ByteTable: Sendable {
    private var slots: [Int32]
    private var mask: Int
    private var count = 0
    /// The bytes of every word in the table, end to end; `bounds[id - firstID]` locates one.
    private var arena: [UInt8] = []
    private var bounds: [(start: Int32, end: Int32)] = []
    private var ids: [Int32] = []

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a, one byte at a time: `step` lets a caller hash while it writes the bytes.
    @inline(__always)
    static func step(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* 0x100_0000_01b3 }

    @inline(__always)
    static func finish(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h ^ (h >> 29)) }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h = seed
        for b in bytes { h = step(h, b) }
        return finish(h)
    }

    /// The id stored for these bytes, if any.
    func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: Int) -> Int32? {
        var slot = hash & mask
        while true {
            let entry = slots[slot]
            if entry < 0 { return nil }
            let (start, end) = bounds[Int(entry)]
            if Int(end - start) == bytes.count {
                var equal = true
                var k = Int(start)
                for b in bytes {
                    if arena[k] != b { equal = false; break }
                    k += 1
                }
                if equal { return ids[Int(entry)] }
            }
            slot = (slot + 1) & mask
        }
    }

    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, hash: Int, id: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        let entry = Int32(bounds.count)
        let start = Int32(arena.count)
        arena.append(contentsOf: bytes)
        bounds.append((start, Int32(arena.count)))
        ids.append(id)
        place(entry, hash: hash)
        count += 1
    }

    private mutating func place(_ entry: Int32, hash: Int) {
        var slot = hash & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        for entry in bounds.indices {
            let (start, end) = bounds[entry]
            let h = arena.withUnsafeBufferPointer { all in
                Self.hash(UnsafeBufferPointer(rebasing: all[Int(start)..<Int(end)]))
            }
            place(Int32(entry), hash: h)
        }
    }
}
