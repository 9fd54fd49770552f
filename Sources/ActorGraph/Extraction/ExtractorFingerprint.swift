import Foundation

/// What an extractor is made of, so that a store can tell which documents an older
/// extractor read (a new gazetteer, model, set of rules or actorgraph) and extract them again.
extension Extractor {
    /// The version of actorgraph whose extraction code this is; the CLI's `--version` too.
    public static let version = "0.1.0"

    /// A short text that changes whenever this extractor's output could: the actorgraph
    /// version, the hand rules, the gazetteer(s) as merged (entries and not-actors) and the
    /// model (its encoded weights), or `model=none` for the rules alone. For example
    /// `actorgraph=0.1.0 rules=3f2a… gazetteer=9b41… model=c07d…`.
    ///
    /// Space-separated `part=value` pairs, so that ``fingerprintChanges(from:to:)`` can say
    /// which part changed. Hashes are of content, not of file names or dates: the same
    /// gazetteer copied elsewhere gives the same fingerprint.
    ///
    /// - Throws: when the model cannot be encoded (a weight that is not a finite number).
    public var fingerprint: String {
        get throws {
            var rulesHash = StableHash()
            for pattern in rules.patterns {
                rulesHash.add(pattern.kind.rawValue)
                rulesHash.add(pattern.source)
            }
            var gazetteerHash = StableHash()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            gazetteerHash.add(try encoder.encode(gazetteer.entries))
            for word in gazetteer.notActors.sorted() { gazetteerHash.add(word) }
            var modelPart = "none"
            if let model {
                var modelHash = StableHash()
                modelHash.add(try model.encoded())
                modelPart = modelHash.hex
            }
            return "actorgraph=\(Self.version) rules=\(rulesHash.hex) gazetteer=\(gazetteerHash.hex) model=\(modelPart)"
        }
    }

    /// The parts (`actorgraph`, `rules`, `gazetteer`, `model`) in which two fingerprints
    /// differ, in that order; every part when `old` is `nil` (a document stored before
    /// fingerprints were kept, by an extractor nobody can name).
    public static func fingerprintChanges(from old: String?, to new: String) -> [String] {
        func parts(_ text: String) -> [(name: String, value: String)] {
            text.split(separator: " ").map { part in
                let pieces = part.split(separator: "=", maxSplits: 1)
                return (String(pieces[0]), pieces.count > 1 ? String(pieces[1]) : "")
            }
        }
        let current = parts(new)
        guard let old else { return current.map(\.name) }
        let previous = Dictionary(parts(old).map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        return current.filter { previous[$0.name] != $0.value }.map(\.name)
    }
}

/// FNV-1a over bytes, 64 bits, with a separator after each field so that `ab`+`c` and
/// `a`+`bc` differ. Stable across runs and platforms, unlike `Hasher`.
private struct StableHash {
    private var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) { add(Data(text.utf8)) }

    mutating func add(_ data: Data) {
        var hash = value
        data.withUnsafeBytes { bytes in
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        value = (hash ^ 0xFF) &* 0x0000_0100_0000_01B3
    }

    var hex: String { String(format: "%016llx", value) }
}
