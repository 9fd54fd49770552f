import ActorGraph

/// A seeded, scale-free actor graph for benchmarks: N actors, about 5N relations, grown by
/// preferential attachment (Barabási–Albert, 5 edges per new actor), so that a few hubs
/// have tens of thousands of edges and most actors a handful, as in news graphs where
/// every article names Turkey and few name a village council.
///
/// Every relation type occurs (affiliations about two thirds of edges), 15 % are hedged, 5 %
/// former, and each edge has a first and last date between 2011 and 2025. Names are a pure
/// function of the actor's number, so a benchmark can name random actors without reading
/// the store.
struct SyntheticGraph {
    let actorCount: Int
    let seed: UInt64
    /// Edges each new actor brings.
    static let edgesPerActor = 5

    /// One generated edge, by actor number.
    struct Edge {
        var source: Int
        var target: Int
        var kind: RelationKind
        var hedged: Bool
        var former: Bool
        var firstDate: String
        var lastDate: String
    }

    /// Calls `body` for every edge, in generation order. Memory: one Int32 per edge end.
    func forEachEdge(_ body: (Edge) throws -> Void) rethrows {
        var random = SplitMix64(seed: seed)
        let m = Self.edgesPerActor
        guard actorCount > 1 else { return }
        var ends: [Int32] = []
        ends.reserveCapacity(2 * m * actorCount)
        let initial = min(m + 1, actorCount)
        func emit(_ a: Int, _ b: Int) throws {
            try body(makeEdge(a, b, &random))
            ends.append(Int32(a))
            ends.append(Int32(b))
        }
        for a in 0..<initial { for b in 0..<a { try emit(a, b) } }
        guard initial < actorCount else { return }
        var chosen: [Int] = []
        for newcomer in initial..<actorCount {
            chosen.removeAll(keepingCapacity: true)
            var attempts = 0
            while chosen.count < m, attempts < 4 * m {
                attempts += 1
                let pick = Int(ends[Int(random.next() % UInt64(ends.count))])
                if !chosen.contains(pick) { chosen.append(pick) }
            }
            for old in chosen { try emit(newcomer, old) }
        }
    }

    /// Kind, direction, hedging and dates of one edge between a newer and an older actor.
    private func makeEdge(_ newer: Int, _ older: Int, _ random: inout SplitMix64) -> Edge {
        let roll = random.next() % 100
        let kind: RelationKind
        switch roll {
        case 0..<20: kind = .backs
        case 20..<30: kind = .commands
        case 30..<48: kind = .memberOf
        case 48..<58: kind = .alliedWith
        case 58..<64: kind = .pledgedAllegianceTo
        case 64..<68: kind = .successorOf
        case 68..<72: kind = .splitFrom
        case 72..<88: kind = .fights
        case 88..<94: kind = .sanctionedBy
        default: kind = .designatedBy
        }
        // Successors and splinters are newer than what they come from; other types point either way.
        let forward = kind == .successorOf || kind == .splitFrom || random.next() % 2 == 0
        let first = Int(random.next() % 5_475)   // days from 2011-01-01, fifteen years
        let last = min(5_474, first + Int(random.next() % 1_000))
        return Edge(source: forward ? newer : older, target: forward ? older : newer, kind: kind,
                    hedged: random.next() % 100 < 15, former: random.next() % 100 < 5,
                    firstDate: SyntheticNames.date(first), lastDate: SyntheticNames.date(last))
    }
}

/// Names and dates of the synthetic graph: pure functions of a number.
enum SyntheticNames {
    private static let syllables = ["ka", "ro", "mi", "ta", "lu", "ze", "no", "vi", "sa", "de",
                                    "fa", "go", "hi", "ju", "ke", "la", "mo", "pe", "ri", "su"]
    private static let givenNames = ["Amir", "Layla", "Omar", "Nadia", "Yusuf", "Rania", "Karim", "Huda", "Tariq", "Salma",
                                     "Bashir", "Dalia", "Faris", "Ghada", "Hamza", "Iman"]

    /// A word unique to `number`: its base-20 digits as syllables, capitalized.
    static func word(_ number: Int) -> String {
        var digits: [String] = []
        var n = number
        repeat {
            digits.append(syllables[n % syllables.count])
            n /= syllables.count
        } while n > 0
        // Zero-padded to three digits, so that the spelling is one-to-one with the number.
        while digits.count < 3 { digits.append(syllables[0]) }
        let word = digits.joined()
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    /// The actor with this number: a unique name and a kind (mostly people and armed groups).
    static func actor(_ number: Int) -> Actor {
        let word = word(number)
        switch number % 20 {
        case 0..<7: return Actor(name: "\(givenNames[(number / 20) % givenNames.count]) \(word)", kind: .person)
        case 7..<12: return Actor(name: "\(word) Brigade", kind: .armedGroup)
        case 12..<14: return Actor(name: "\(word) Party", kind: .party)
        case 14..<16: return Actor(name: "\(word) Foundation", kind: .organization)
        case 16: return Actor(name: "\(word) Agency", kind: .agency)
        case 17, 18: return Actor(name: "Government of \(word)", kind: .government)
        default: return Actor(name: "Republic of \(word)", kind: .state)
        }
    }

    /// `YYYY-MM-DD` for a day counted from 2011-01-01 (months of 30.5 days are near enough).
    static func date(_ day: Int) -> String {
        let year = 2011 + day / 365
        let dayOfYear = day % 365
        let month = min(12, dayOfYear / 31 + 1)
        let dayOfMonth = min(28, dayOfYear % 31 + 1)
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(dayOfMonth < 10 ? "0" : "")\(dayOfMonth)"
    }
}

/// A small, fast, seedable generator (Steele, Lea, Flood 2014), so that a seed names a graph.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
