/// A binary min-heap of handles (actors, or labels) by integer cost; equal costs come out in insertion order
/// (or by a secondary key), so searches are deterministic.
struct CostHeap {
    private struct Entry {
        var cost: Int
        var secondary: Int
        var sequence: Int
        var id: Int32

        func precedes(_ other: Entry) -> Bool {
            (cost, secondary, sequence) < (other.cost, other.secondary, other.sequence)
        }
    }

    private var entries: [Entry] = []
    private var sequence = 0

    var count: Int { entries.count }

    mutating func push(cost: Int, secondary: Int = 0, _ id: Int32) {
        sequence += 1
        entries.append(Entry(cost: cost, secondary: secondary, sequence: sequence, id: id))
        var child = entries.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard entries[child].precedes(entries[parent]) else { break }
            entries.swapAt(child, parent)
            child = parent
        }
    }

    func peek() -> (Int, Int32)? { entries.first.map { ($0.cost, $0.id) } }

    mutating func pop() -> (Int, Int32)? { popFull().map { ($0.0, $0.2) } }

    mutating func popFull() -> (Int, Int, Int32)? {
        guard let first = entries.first else { return nil }
        let last = entries.removeLast()
        if !entries.isEmpty {
            entries[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var smallest = parent
                if left < entries.count, entries[left].precedes(entries[smallest]) { smallest = left }
                if right < entries.count, entries[right].precedes(entries[smallest]) { smallest = right }
                if smallest == parent { break }
                entries.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return (first.cost, first.secondary, first.id)
    }
}
