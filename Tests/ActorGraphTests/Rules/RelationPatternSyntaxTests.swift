import Testing
@testable import ActorGraph

/// A pattern that does not parse is an error when it is compiled, quoting the pattern and
/// the element at fault, never a literal word that silently matches nothing.
@Suite struct RelationPatternSyntaxTests {
    struct Case: Sendable, CustomStringConvertible {
        var pattern: String
        var error: RelationPattern.SyntaxError
        var description: String { pattern }
    }

    static let malformed: [Case] = [
        Case(pattern: "A ~x backs B", error: .badGap(pattern: "A ~x backs B", element: "~x")),
        Case(pattern: "A ~3? backs B", error: .badGap(pattern: "A ~3? backs B", element: "~3?")),
        Case(pattern: "A:q backs B", error: .badSlotFlags(pattern: "A:q backs B", element: "A:q")),
        Case(pattern: "A:po backs B", error: .badSlotFlags(pattern: "A:po backs B", element: "A:po")),
        Case(pattern: "A backs B:", error: .badSlotFlags(pattern: "A backs B:", element: "B:")),
        Case(pattern: "<C , leader of B", error: .misplacedMark(pattern: "<C , leader of B", element: "<C")),
        Case(pattern: "A backs group+ B", error: .misplacedMark(pattern: "A backs group+ B", element: "group+")),
        Case(pattern: "A? backs B", error: .misplacedMark(pattern: "A? backs B", element: "A?")),
        Case(pattern: "A backs||funds B", error: .emptyAlternative(pattern: "A backs||funds B", element: "backs||funds")),
        Case(pattern: "A backs| B", error: .emptyAlternative(pattern: "A backs| B", element: "backs|")),
        Case(pattern: "A Backs B", error: .unknownElement(pattern: "A Backs B", element: "Backs")),
        Case(pattern: "A backs C", error: .unknownElement(pattern: "A backs C", element: "C")),
        Case(pattern: "A backs by A", error: .missingSlot(pattern: "A backs by A", slot: "B")),
        Case(pattern: "backs B", error: .missingSlot(pattern: "backs B", slot: "A")),
    ]

    @Test(arguments: malformed)
    func malformedPatternIsAnErrorThatQuotesIt(_ bad: Case) {
        var lexicon = Lexicon()
        #expect(throws: bad.error) { try RelationPattern(.backs, bad.pattern, lexicon: &lexicon) }
        let message = bad.error.description
        #expect(message.contains("\"\(bad.pattern)\""), "\(message)")
        #expect(!message.contains("\n"))
    }

    /// Loading a rule set stops at the first bad pattern and names it.
    @Test func loadingRulesReportsTheBadPattern() {
        var lexicon = Lexicon()
        let words = CueWords(lexicon: &lexicon)
        let rules = [
            RelationRule(.backs, "A ~3 backs B", "Iran backs Hezbollah.", "Iran", "Hezbollah"),
            RelationRule(.fights, "A ~3 fought|| B", "Hamas fought Israel.", "Hamas", "Israel"),
        ]
        #expect(throws: RelationPattern.SyntaxError.emptyAlternative(pattern: "A ~3 fought|| B", element: "fought||")) {
            try RelationRules(rules, words: words, lexicon: &lexicon)
        }
    }

    /// The marks that look like syntax but stand for themselves still do.
    @Test(arguments: ["A - backed B", "A , B 's ally", "B:o \"? ,? which A:p founded", "A : B", "A ~2 ~3. backs B"])
    func literalMarksStillParse(_ pattern: String) throws {
        var lexicon = Lexicon()
        let compiled = try RelationPattern(.backs, pattern, lexicon: &lexicon)
        #expect(compiled.label == "backs: \(pattern)")
    }
}
