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
        if name.utf8.allSatisfy({ $0 < 128 }) { return foldASCII(name) }
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

    /// The same folding for plain ASCII, without Unicode normalization: most names in English news.
    private static func foldASCII(_ name: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "`"):
                continue
            case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: " "), 9, 10, 11, 12, 13:
                pendingSpace = !bytes.isEmpty
            default:
                if pendingSpace {
                    bytes.append(UInt8(ascii: " "))
                    pendingSpace = false
                }
                bytes.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
            }
        }
        if bytes.count > 4, bytes[0] == 116, bytes[1] == 104, bytes[2] == 101, bytes[3] == 32 { bytes.removeFirst(4) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Folds a name and also drops an Arabic article (`al-`, `el-`) before each word,
    /// so that `al-Sharaa` and `Sharaa` meet. Used for look-ups, never for identity.
    public static func looseKey(_ name: String) -> String {
        looseWords(ofFolded: fold(name)).joined(separator: " ")
    }

    /// The words of an already folded name that ``looseKey(_:)`` keeps.
    static func looseWords(ofFolded folded: String) -> [Substring] {
        folded.split(separator: " ").filter { !arabicArticles.contains($0) }
    }

    static let arabicArticles: Set<Substring> = ["al", "el", "ad", "as", "ash", "an", "ar"]

    static let apostrophes: Set<Unicode.Scalar> = ["’", "‘", "'", "`", "´", "ʼ", "ʻ", "ʿ", "ʾ"]
    static let dashes: Set<Unicode.Scalar> = ["-", "‐", "‑", "‒", "–", "—", "_"]
    /// Invisible characters that sneak into copied text.
    static let ignorable: Set<Unicode.Scalar> = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}"]
}
