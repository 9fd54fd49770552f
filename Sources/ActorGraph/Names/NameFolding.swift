import Foundation

/// The one function that decides when two names are the same name.
///
/// Case, diacritics, apostrophes, hyphens and a leading "the" do not tell names apart:
/// `Hay’at Tahrir al-Sham` and `hayat tahrir al sham` fold alike, and so do `Bahçeli`
/// and `Bahceli`. Extraction, the store's look-ups and the command line all use it, and
/// it agrees with the evaluation script's `fold`.
public enum NameFolding {
    /// Folds a name to its comparison key.
    public static func fold(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in name.decomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if apostrophes.contains(scalar) || ignorable.contains(scalar) { continue }
            if dashes.contains(scalar) || scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            for lower in scalar.properties.lowercaseMapping.unicodeScalars { out.append(lower) }
        }
        var folded = String(out)
        if folded.hasPrefix("the ") { folded.removeFirst(4) }
        return folded
    }

    /// Folds a name and also drops an Arabic article (`al-`, `el-`) before each word,
    /// so that `al-Sharaa` and `Sharaa` meet. Used for look-ups, never for identity.
    public static func looseKey(_ name: String) -> String {
        fold(name).split(separator: " ").filter { !["al", "el", "ad", "as", "ash", "an", "ar"].contains($0) }
            .joined(separator: " ")
    }

    static let apostrophes: Set<Unicode.Scalar> = ["’", "‘", "'", "`", "´", "ʼ", "ʻ", "ʿ", "ʾ"]
    static let dashes: Set<Unicode.Scalar> = ["-", "‐", "‑", "‒", "–", "—", "_"]
    /// Invisible characters that sneak into copied text.
    static let ignorable: Set<Unicode.Scalar> = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}"]
}
