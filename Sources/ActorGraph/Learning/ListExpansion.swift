/// Coordinated lists share what is said of them: in "sanctions on A, B and C" or "groups
/// such as A, B and C pledged allegiance to Iran", a cue far from most members governs them
/// all. A pair model sees the member next to the cue best; this step gives the relation
/// it found for one member to the others.
enum ListExpansion {
    /// How much less sure a relation passed along a list is than the one it came from.
    static let discount = 0.9
    /// Relations a list shares. A succession or a split names one predecessor and one
    /// heir; a command names one leader.
    static let expandable: Set<RelationKind> = [.backs, .memberOf, .alliedWith, .pledgedAllegianceTo, .sanctionedBy,
                                                .designatedBy, .fights]

    /// The lists of a sentence's mentions that are not mere modifiers, each as its actor
    /// roots in order (a root once).
    static func lists(in reader: DocumentReader, sentence: Int) -> [[Int]] {
        var members: [Int: [Int]] = [:]
        var order: [Int] = []
        for (index, place) in places(in: reader, sentence: sentence, includingModifiers: false).sorted(by: { $0.key < $1.key }) {
            if members[place.list] == nil { order.append(place.list) }
            let root = reader.roots[reader.mentions[index].actor]
            if members[place.list]?.contains(root) != true { members[place.list, default: []].append(root) }
        }
        return order.compactMap { members[$0] }.filter { $0.count > 1 }
    }

    /// Where one mention stands in a list of its sentence.
    struct Place: Equatable {
        /// The list's first mention's index (an id for the list).
        var list: Int
        var position: Int
        var count: Int
    }

    /// The mentions of a sentence that form lists: runs of two or more separated only by
    /// commas, `and`, `or` and articles. Modifiers (`Assad loyalists`) can be left out.
    static func places(in reader: DocumentReader, sentence: Int, includingModifiers: Bool = true) -> [Int: Place] {
        let range = reader.sentences[sentence]
        var indices = reader.mentions.indices.filter {
            range.contains(reader.mentions[$0].start) && (includingModifiers || !reader.mentions[$0].isModifier)
        }
        indices.sort { reader.mentions[$0].start < reader.mentions[$1].start }
        return places(in: reader, sorted: indices)
    }

    /// The same, for mentions of one sentence already chosen and ordered by their start.
    static func places(in reader: DocumentReader, sorted indices: [Int]) -> [Int: Place] {
        var places: [Int: Place] = [:]
        var current: [Int] = []
        func close() {
            if current.count > 1 {
                for (position, index) in current.enumerated() {
                    places[index] = Place(list: current[0], position: position, count: current.count)
                }
            }
            current.removeAll()
        }
        for index in indices {
            if let last = current.last, joined(reader, from: reader.mentions[last].end, to: reader.mentions[index].start) {
                current.append(index)
            } else {
                close()
                current = [index]
            }
        }
        close()
        return places
    }

    /// Only list punctuation and conjunctions between two mentions; a short bracket after a
    /// member (`Anti-Terror Forces Command (HAT), Intelligence Directorate`) is the member's own.
    static func joined(_ reader: DocumentReader, from: Int, to: Int) -> Bool {
        var from = from
        if from < to, reader.tokens[from].kind == .open,
           let close = (from + 1..<min(to, from + 8)).first(where: { reader.tokens[$0].kind == .close }) {
            from = close + 1
        } else if from < to, reader.tokens[from].kind == .close {
            from += 1  // the member was itself the bracket's acronym: `Red Hand Brigade (RHB), …`
        }
        guard from < to, to - from <= 3 else { return false }
        var sawSeparator = false
        for k in from..<to {
            let token = reader.tokens[k]
            if token.kind == .comma { sawSeparator = true; continue }
            if token.word == reader.words.and || token.word == reader.words.or { sawSeparator = true; continue }
            if token.word == reader.words.the { continue }
            return false
        }
        return sawSeparator
    }

    /// `found` with each relation of a list member given to the list's other members, in
    /// the same sentence, when the model said nothing of that pair.
    static func expand(_ found: [FoundRelation], reader: DocumentReader, actorOf: [Int: Int]) -> [FoundRelation] {
        struct Key: Hashable { var sentence: Int, source: Int, target: Int }
        var seen = Set(found.map { Key(sentence: $0.sentence, source: reader.roots[$0.source], target: reader.roots[$0.target]) })
        var pairsSaid = Set(seen.map { Key(sentence: $0.sentence, source: min($0.source, $0.target), target: max($0.source, $0.target)) })
        var out = found
        var listsOf: [Int: [[Int]]] = [:]
        for relation in found {
            let lists = listsOf[relation.sentence] ?? Self.lists(in: reader, sentence: relation.sentence)
            listsOf[relation.sentence] = lists
            guard expandable.contains(relation.kind) else { continue }
            let source = reader.roots[relation.source], target = reader.roots[relation.target]
            for list in lists {
                let sourceIn = list.contains(source), targetIn = list.contains(target)
                guard sourceIn != targetIn else { continue }
                for member in list where member != source && member != target {
                    let (s, t) = sourceIn ? (member, target) : (source, member)
                    let pair = Key(sentence: relation.sentence, source: min(s, t), target: max(s, t))
                    guard !pairsSaid.contains(pair),
                          TypeConstraints.fits(relation.kind, source: reader.kinds[s], target: reader.kinds[t]),
                          let sActor = actorOf[s], let tActor = actorOf[t] else { continue }
                    pairsSaid.insert(pair)
                    seen.insert(Key(sentence: relation.sentence, source: s, target: t))
                    var passed = relation
                    passed.source = sActor
                    passed.target = tActor
                    passed.confidence = relation.confidence * discount
                    passed.rule = relation.rule + "+list"
                    out.append(passed)
                }
            }
        }
        return out
    }
}
