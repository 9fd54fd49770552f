/// A relation rule written as a little pattern over tokens and mentions, so that rules read
/// like the sentences they match:
///
///     "B , backed|supported|funded by A+"      →  A -backs-> B
///
/// Elements, separated by spaces:
/// - `A`, `B`: one actor mention (the source and the target); `A+`/`B+` a coordinated list
///   (`A, B and C`); suffix `:p` a person, `:o` anything but a person, `:m` a modifier
///   (`Turkish`, `pro-Assad`) is accepted. A slot also takes a pronoun or a description
///   (`he`, `the group`, `the two`) that points back to a named actor.
/// - `<A`: the head of the appositive this pattern stands in, found to the left
///   (`Sayf Abu Bakir, leader of ...`); `^A`: the subject of the sentence.
/// - `w1|w2`: one of these words; `?` after it makes it optional.
/// - `~N`: up to N tokens that are not actors (`~N.`: within the clause, no comma);
///   `'s`, `-`, `,` stand for themselves.
///
/// A pattern that does not parse is a ``RelationPattern/SyntaxError`` when it is compiled,
/// naming the pattern and the element at fault: a typo in a rule would otherwise become a
/// literal word that never matches, and the rule would go quiet without a trace.
final class RelationPattern: Sendable {
    /// What is wrong with a pattern, and where. Every case carries the whole pattern and the
    /// element at fault, so the message points at the rule to fix.
    enum SyntaxError: Error, CustomStringConvertible, Equatable {
        /// `~` not followed by a count (`~x`, `~3?`).
        case badGap(pattern: String, element: String)
        /// A slot flag other than `p`, `o`, `m`, `r`, none at all, or both `p` and `o`.
        case badSlotFlags(pattern: String, element: String)
        /// `<`, `^`, `+`, `:` or `?` on an element that is not the slot `A` or `B` (`<C`,
        /// `group+`), or `?` on a slot: slots cannot be optional.
        case misplacedMark(pattern: String, element: String)
        /// An empty alternative in a word element: `a||b`, `|a`, `a|`.
        case emptyAlternative(pattern: String, element: String)
        /// A capitalized word: patterns are over folded (lower-case) words, so it would never
        /// match; usually a misspelt slot.
        case unknownElement(pattern: String, element: String)
        /// No `A` or no `B`: a relation needs both ends.
        case missingSlot(pattern: String, slot: String)

        var description: String {
            switch self {
            case .badGap(let pattern, let element):
                return "relation pattern \"\(pattern)\": gap \"\(element)\" is not ~N or ~N. (N a count of tokens)"
            case .badSlotFlags(let pattern, let element):
                return "relation pattern \"\(pattern)\": slot \"\(element)\" has bad flags; write :p, :o, :m, :r or a mix (not p with o)"
            case .misplacedMark(let pattern, let element):
                return "relation pattern \"\(pattern)\": \"\(element)\" puts a slot mark (< ^ + : ?) where it does not apply; "
                    + "<, ^, +, : go with A or B only, ? with words only"
            case .emptyAlternative(let pattern, let element):
                return "relation pattern \"\(pattern)\": word element \"\(element)\" has an empty alternative; remove the extra |"
            case .unknownElement(let pattern, let element):
                return "relation pattern \"\(pattern)\": unknown element \"\(element)\"; slots are A and B, words are lower-case"
            case .missingSlot(let pattern, let slot):
                return "relation pattern \"\(pattern)\" has no \(slot) slot; a rule needs both A (the source) and B (the target)"
            }
        }
    }

    enum Slot: Sendable { case source, target }
    struct SlotSpec: Sendable {
        var slot: Slot
        var list = false
        var person: Bool?
        var allowsModifier = false
        var lookLeft = false
        var subject = false
        /// Followed by `'s` in the pattern: the slot is the possessor, so do not follow the possessive.
        var possessor = false
        /// Preceded by `which`/`that` in the pattern: a pronoun here may head a relative clause.
        var afterRelative = false
        /// `:r`: only a pronoun or description fills it (`its commander, X`), never a name.
        var referenceOnly = false
    }
    /// One word element's alternatives: a slice of the pattern's bit table (``bits``).
    struct Words: Sendable {
        var offset: Int
        var count: Int
    }

    enum Element: Sendable {
        case slot(SlotSpec)
        case words(Words, optional: Bool)
        /// Up to N tokens that are not actors; `clause` keeps it inside one clause (no comma).
        case gap(Int, clause: Bool)
    }

    let kind: RelationKind
    let elements: [Element]
    /// The bits of every word element, end to end: one array for the whole pattern, so a
    /// test is an index and a mask with nothing to retain.
    let bits: [UInt64]
    /// Words any one of which must be in the sentence for the rule to be tried.
    let anchors: [Int32]
    /// Every word element that is not optional, as the non-zero 64-bit chunks of its bit set:
    /// the sentence must hold a word of each, or the rule cannot match there and is not tried.
    let required: [[(index: Int, mask: UInt64)]]
    /// A look-left or subject slot that opens the pattern: resolved only after the rest matched.
    let deferredSlot: SlotSpec?
    /// Where matching starts: 0, or 1 past a deferred slot.
    let firstElement: Int
    /// Matching starts with an actor slot, so only actor and pronoun positions can start it.
    let startsWithSlot: Bool
    let source: String
    /// `type: pattern`, as evidence names the rule that read it.
    let label: String
    /// The label's feature hash (``FeatureHash/of(_:)``), hashed once here rather than for
    /// every finding the learned model reads.
    let labelHash: UInt64

    @inline(__always)
    static func contains(_ bits: [UInt64], _ set: Words, _ id: Int32) -> Bool {
        let word = Int(id) >> 6
        return word < set.count && bits[set.offset + word] & (1 << UInt64(id & 63)) != 0
    }

    /// Whether word element `set` of this pattern holds `id`.
    @inline(__always)
    func contains(_ set: Words, _ id: Int32) -> Bool { Self.contains(bits, set, id) }

    /// Words too common to pick a rule by: a rule anchored on them would be tried everywhere.
    static let everyday: Set<String> = [
        "of", "the", "a", "an", "and", "or", "in", "to", "with", "by", "for", "on", "as", "at", "from", "is", "are",
        "was", "were", "has", "have", "had", "be", "been", "being", "'s", "-", ",", "that", "which", "who", "it",
        "its", "his", "her", "their", "this", "not", "into",
    ]

    /// The count of a gap element, `~N` or `~N.`; nil when it is not one.
    private static func gapLength(_ text: Substring) -> Int? {
        var digits = text.dropFirst()
        if digits.hasSuffix(".") { digits = digits.dropLast() }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        return Int(digits)
    }

    /// Compiles `pattern`, interning its words in `lexicon`.
    /// - Throws: ``SyntaxError`` when the pattern does not parse; `lexicon` may then hold
    ///   some of its words, harmless since nothing refers to them.
    init(_ kind: RelationKind, _ pattern: String, lexicon: inout Lexicon) throws(SyntaxError) {
        self.kind = kind
        self.source = pattern
        self.label = "\(kind.rawValue): \(pattern)"
        labelHash = FeatureHash.of(label)
        var elements: [Element] = []
        var bits: [UInt64] = []
        var anchors: [Int32] = []
        var anchorIsEveryday = false
        for part in pattern.split(separator: " ") {
            var text = String(part)
            if text.hasPrefix("~") {
                guard let n = Self.gapLength(part) else { throw .badGap(pattern: pattern, element: text) }
                elements.append(.gap(n, clause: text.hasSuffix(".")))
                continue
            }
            var spec: SlotSpec?
            var core = text
            var flags = ""
            if let colon = text.firstIndex(of: ":"), text.count > 1 {
                core = String(text[..<colon])
                flags = String(text[text.index(after: colon)...])
            }
            let lookLeft = core.hasPrefix("<")
            let subject = core.hasPrefix("^")
            if lookLeft || subject { core.removeFirst() }
            let list = core.hasSuffix("+")
            if list { core.removeLast() }
            if core == "A" || core == "B" {
                let known = flags.allSatisfy { "pomr".contains($0) }
                let colon = text.contains(":")
                if colon && (flags.isEmpty || !known || (flags.contains("p") && flags.contains("o"))) {
                    throw .badSlotFlags(pattern: pattern, element: text)
                }
                spec = SlotSpec(slot: core == "A" ? .source : .target, list: list,
                                person: flags.contains("p") ? true : flags.contains("o") ? false : nil,
                                allowsModifier: flags.contains("m"), lookLeft: lookLeft, subject: subject,
                                referenceOnly: flags.contains("r"))
            }
            if let spec {
                elements.append(.slot(spec))
                continue
            }
            // Not a slot: any slot mark here is a mistake (`<C`, `group+`, `A:x` misspelt), not a word.
            if text.count > 1, lookLeft || subject || list || text.contains(":") {
                throw .misplacedMark(pattern: pattern, element: text)
            }
            let optional = text.hasSuffix("?") && text.count > 1
            if optional { text.removeLast() }
            if text == "A" || text == "B" || text.hasPrefix("A:") || text.hasPrefix("B:") {
                throw .misplacedMark(pattern: pattern, element: String(part))
            }
            let written = text.split(separator: "|", omittingEmptySubsequences: false)
            if written.contains(where: \.isEmpty) { throw .emptyAlternative(pattern: pattern, element: String(part)) }
            if written.contains(where: { $0.contains(where: \.isUppercase) }) {
                throw .unknownElement(pattern: pattern, element: String(part))
            }
            let ids = WordSet(written.map { lexicon.id(for: String($0)) })
            var local: [UInt64] = []
            for id in ids.members {
                let word = Int(id) >> 6
                if word >= local.count { local += Array(repeating: 0, count: word - local.count + 1) }
                local[word] |= 1 << UInt64(id & 63)
            }
            elements.append(.words(Words(offset: bits.count, count: local.count), optional: optional))
            bits += local
            // The anchor: a required element with no everyday word in it, so that it rarely
            // occurs and the rule is tried in few sentences; else the first required element.
            let alternatives = text.split(separator: "|").map(String.init)
            let everyday = alternatives.contains { Self.everyday.contains($0) }
            if !optional && !everyday && (anchors.isEmpty || anchorIsEveryday) {
                anchors = ids.members
                anchorIsEveryday = false
            } else if !optional && anchors.isEmpty && text != "," && text != "-" {
                anchors = ids.members
                anchorIsEveryday = true
            }
        }
        for slot in [Slot.source, .target] where !elements.contains(where: { element in
            if case .slot(let spec) = element { return spec.slot == slot }
            return false
        }) {
            throw .missingSlot(pattern: pattern, slot: slot == .source ? "A" : "B")
        }
        for index in elements.indices {
            guard case .slot(var spec) = elements[index] else { continue }
            if index + 1 < elements.count, case .words(let set, _) = elements[index + 1],
               Self.contains(bits, set, lexicon.possessive) {
                spec.possessor = true
            }
            if index > 0, case .words(let set, _) = elements[index - 1], Self.contains(bits, set, lexicon.id(for: "which")) {
                spec.afterRelative = true
            }
            elements[index] = .slot(spec)
        }
        self.elements = elements
        self.bits = bits
        self.anchors = anchors
        var required: [[(index: Int, mask: UInt64)]] = []
        for case .words(let set, false) in elements {
            required.append((0..<set.count).filter { bits[set.offset + $0] != 0 }.map { ($0, bits[set.offset + $0]) })
        }
        self.required = required
        var deferred: SlotSpec?
        if case .slot(let spec) = elements.first, spec.lookLeft || spec.subject { deferred = spec }
        deferredSlot = deferred
        firstElement = deferred == nil ? 0 : 1
        if firstElement < elements.count, case .slot = elements[firstElement] {
            startsWithSlot = true
        } else {
            startsWithSlot = false
        }
    }
}
