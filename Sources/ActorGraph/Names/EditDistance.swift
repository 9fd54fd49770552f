/// Levenshtein distance between two names, for the places that tolerate a misspelling:
/// name suggestions, the store's "did you mean", and two spellings of one person in an
/// article. One implementation, two rows of memory.
public enum EditDistance {
    /// The number of single-element insertions, deletions and substitutions from `a` to `b`;
    /// with `cap`, `cap + 1` as soon as it must exceed `cap` (the callers only ask whether
    /// two names are close, so a long hopeless comparison stops early).
    public static func between<T: Equatable>(_ a: [T], _ b: [T], cap: Int? = nil) -> Int {
        if let cap, abs(a.count - b.count) > cap { return cap + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowMinimum = min(rowMinimum, current[j])
            }
            if let cap, rowMinimum > cap { return cap + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
