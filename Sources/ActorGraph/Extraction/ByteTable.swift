/// An open-addressing table from a word's folded UTF-8 bytes to its id, so that the
/// tokenizer finds a known word without building a `String` for it.
struct ByteTable: Sendable {
    private var slots: [Int32]
    private var mask: Int
    private var count = 0
    /// The bytes of every word in the table, end to end; an entry locates one.
    private var arena: [UInt8] = []
    private var entries: [Entry] = []

    /// One word: where its bytes are in the arena, its id, and the high bits of its hash,
    /// so that a probe rejects another word without comparing bytes.
    private struct Entry {
        var start: Int32
        var length: Int32
        var id: Int32
        var tag: UInt32
    }

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

    @inline(__always)
    private static func tag(_ hash: Int) -> UInt32 { UInt32(truncatingIfNeeded: hash >> 32) }

    /// The id stored for these bytes, if any. Every token of every article asks, so it
    /// reads through raw buffers.
    func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: Int) -> Int32? {
        let tag = Self.tag(hash)
        let length = Int32(truncatingIfNeeded: bytes.count)
        return slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                arena.withUnsafeBufferPointer { arena in
                    var slot = hash & mask
                    while true {
                        let index = slots[slot]
                        if index < 0 { return nil }
                        let entry = entries[Int(index)]
                        if entry.tag == tag, entry.length == length {
                            var k = Int(entry.start)
                            var equal = true
                            for b in bytes {
                                if arena[k] != b { equal = false; break }
                                k += 1
                            }
                            if equal { return entry.id }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, hash: Int, id: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        let index = Int32(entries.count)
        entries.append(Entry(start: Int32(arena.count), length: Int32(bytes.count), id: id, tag: Self.tag(hash)))
        arena.append(contentsOf: bytes)
        place(index, hash: hash)
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
        for index in entries.indices {
            let entry = entries[index]
            let h = arena.withUnsafeBufferPointer { all in
                Self.hash(UnsafeBufferPointer(rebasing: all[Int(entry.start)..<Int(entry.start + entry.length)]))
            }
            place(Int32(index), hash: h)
        }
    }
}
