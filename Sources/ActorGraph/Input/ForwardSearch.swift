/// The next position at or after a start that only moves forward where a test holds,
/// remembered between calls.
///
/// The Markdown and HTML cleaners ask "where is the next `]`" (or `>`, or closing `**`) once
/// per candidate opener. Asked afresh each time, a page of openers with no closer (`[a [a [a`,
/// `<meta name=x <meta name=x`) costs a scan to the end per opener: quadratic, minutes for a
/// few hundred kilobytes. An answer stays right for every later start up to itself, so with
/// starts that never move back each position is tested once and a whole pass is linear.
struct ForwardSearch {
    private let count: Int
    private let holds: (Int) -> Bool
    /// The last start asked about and the answer found for it (`count` when there is none).
    private var start = 0
    private var answer = -1

    /// A search over positions `0..<count` for those where `holds` is true.
    init(count: Int, where holds: @escaping (Int) -> Bool) {
        self.count = count
        self.holds = holds
    }

    /// The first position at or after `from` where the test holds, or nil. Linear over a
    /// sequence of calls whose `from` never decreases; a call that goes back scans afresh.
    mutating func next(from: Int) -> Int? {
        if from >= start, from <= answer {
            start = from
            return answer < count ? answer : nil
        }
        var index = max(from, 0)
        while index < count, !holds(index) { index += 1 }
        start = from
        answer = index
        return index < count ? index : nil
    }
}
