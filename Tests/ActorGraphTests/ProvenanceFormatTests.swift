import ActorGraph
import Testing

/// The one wording `show` and the SVG tooltips use for what found a piece of evidence.
@Suite struct ProvenanceFormatTests {
    func evidence(rule: String?, confidence: Double?) -> Evidence {
        Evidence(document: "a.txt", sentence: "Iran backs Hezbollah.", start: 0, end: 21, rule: rule, confidence: confidence)
    }

    @Test func ruleAndConfidenceInOnePhrase() {
        #expect(evidence(rule: "model+backs-passive", confidence: 0.8712).provenance == "rule: model+backs-passive, confidence 0.87")
        #expect(evidence(rule: "model", confidence: nil).provenance == "rule: model")
        #expect(evidence(rule: nil, confidence: 1).provenance == "confidence 1.00")
        #expect(evidence(rule: nil, confidence: nil).provenance == nil)
        #expect(evidence(rule: "", confidence: nil).provenance == nil)
    }

    @Test func aPatternAsALabelIsShortenedToOneLine() {
        let pattern = "model+designated-by: A+ ,? a|an|the? ~2 group|organization|organisation|entity|militia|movement? ~2 "
            + "designated|designates|designate|designating|blacklisted|blacklists as|a|an terrorist|terror|extremist by B+"
        let compact = Evidence.compactRule(pattern)
        #expect(compact.count <= 72)
        #expect(compact.hasPrefix("model+designated-by: A+ ,? a|…? ~2 group|…? ~2 designated|… as|… terror"))
        // Two-word choices stay whole; a label that fits is left alone.
        #expect(Evidence.compactRule("model+backs-passive") == "model+backs-passive")
        #expect(Evidence.compactRule("member-of: A of|in B", limit: 10) == "member-of…")
        #expect(!Evidence.compactRule("a\nb").contains("\n"))
    }
}
