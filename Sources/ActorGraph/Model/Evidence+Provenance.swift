import Foundation

/// How `show` and the SVG tooltips say what found a piece of evidence and how sure it was,
/// in one wording so that a reader meets the same words in both.
extension Evidence {
    /// `rule: model+backs-active, confidence 0.87`; either part alone when only it is known;
    /// `nil` when neither is (a person's assertion, or evidence stored before both were kept).
    ///
    /// A rule's label can be its whole pattern, hundreds of characters of word lists:
    /// ``compactRule(_:limit:)`` shortens it to something a line can hold. The full label
    /// stays in `extract` and `show --json`.
    public var provenance: String? {
        var parts: [String] = []
        if let rule, !rule.isEmpty { parts.append("rule: " + Self.compactRule(rule)) }
        if let confidence { parts.append("confidence " + Self.formatConfidence(confidence)) }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// A confidence as people read it: two decimals (`0.87`).
    public static func formatConfidence(_ confidence: Double) -> String {
        String(format: "%.2f", confidence)
    }

    /// A rule label short enough for one line: every word list of more than two words
    /// (`leader|commander|head|…`) keeps its first word, and what is still longer than
    /// `limit` characters is cut with `…`. Short labels (`model+backs-passive`) are unchanged.
    public static func compactRule(_ rule: String, limit: Int = 72) -> String {
        let flat = rule.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard flat.count > limit else { return flat }
        let words = flat.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            let alternatives = word.split(separator: "|", omittingEmptySubsequences: false)
            guard alternatives.count > 2 else { return String(word) }
            // A trailing `?` (optional) or `+` belongs to the whole list: keep it.
            let last = alternatives[alternatives.count - 1]
            let suffix = last.reversed().prefix { $0 == "?" || $0 == "+" }
            return alternatives[0] + "|…" + String(suffix.reversed())
        }
        let compact = words.joined(separator: " ")
        guard compact.count > limit else { return compact }
        return String(compact.prefix(max(1, limit - 1))) + "…"
    }
}
