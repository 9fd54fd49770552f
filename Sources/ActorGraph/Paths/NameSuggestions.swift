/// "Did you mean" ranking: the known names closest to a name nobody has.
///
/// Closeness is edit distance between folded names, helped by words the names share, so
/// that `Bahceli` suggests `Devlet Bahçeli` and `Hayat Tahrir al-Shem` suggests `Hayat Tahrir al-Sham`.
public enum NameSuggestions {
    /// The canonical names of the actors closest to `name`, best first, at most `limit`.
    /// Names that share nothing with `name` and differ in more than half their letters are left out.
    ///
    /// - Complexity: O(number of names × name length²).
    public static func closest(to name: String, among actors: [Actor], limit: Int) -> [String] {
        let query = NameFolding.looseKey(name)
        guard !query.isEmpty, limit > 0 else { return [] }
        var best: [String: Double] = [:]
        for actor in actors {
            for candidate in actor.allNames {
                guard let score = score(query, NameFolding.looseKey(candidate)) else { continue }
                if score > best[actor.name] ?? -1 { best[actor.name] = score }
            }
        }
        return best.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(limit).map(\.key)
    }

    /// A similarity in 0...2 (higher is closer), or nil when the names are unrelated.
    public static func score(_ query: String, _ candidate: String) -> Double? {
        guard !candidate.isEmpty else { return nil }
        let a = Array(query), b = Array(candidate)
        let whole = 1 - Double(EditDistance.between(a, b)) / Double(max(a.count, b.count))
        // The best match of the query against any single word, so a misspelt surname counts.
        let queryWords = query.split(separator: " ").map(Array.init)
        let candidateWords = candidate.split(separator: " ").map(Array.init)
        var wordScore = 0.0
        var shared = 0
        for q in queryWords {
            var bestWord = 0.0
            for c in candidateWords {
                if q == c { shared += 1 }
                bestWord = max(bestWord, 1 - Double(EditDistance.between(q, c)) / Double(max(q.count, c.count)))
            }
            wordScore += bestWord
        }
        wordScore /= Double(max(queryWords.count, 1))
        let prefix = candidate.hasPrefix(query) || query.hasPrefix(candidate) ? 0.2 : 0
        let score = max(whole, wordScore * 0.9) + Double(shared) * 0.3 + prefix
        return score >= 0.5 || shared > 0 ? score : nil
    }
}
