/// The gazetteer as a trie over interned words: longest-match look-up of every name in
/// one left-to-right pass, whatever the number of names.
struct GazetteerIndex: Sendable {
    struct Terminal: Sendable {
        var entry: Int
        var isDemonym: Bool
        /// Acronyms (`US`, `MIT`) match only when written in capitals, so `us` stays a pronoun.
        var requiresAllCaps: Bool
        /// One-word names match only when capitalized (`Assad`, not a lowercase homograph).
        var requiresCapital: Bool
        /// For a dated name (``DatedAlias``): each actor it may mean, and when.
        var dated: [(entry: Int, alias: DatedAlias)] = []

        /// The actor the name means in an article of `date`: for a dated name, the actor of
        /// that time, or, when the date is unknown, the latest meaning.
        func entry(on date: String?) -> Int {
            guard !dated.isEmpty else { return entry }
            if let date, let hit = dated.first(where: { $0.alias.covers(date) }) { return hit.entry }
            return dated.max { ($0.alias.from ?? "") < ($1.alias.from ?? "") }?.entry ?? entry
        }
    }

    /// For each trie node (0 is the root), the name that ends there, if any.
    private(set) var terminals: [Terminal?] = [nil]
    /// Every node's children, keyed by (node, word) in one table.
    private var edges = TrieEdges()
    /// The root's children as an array indexed by word id: every token of every article
    /// starts a look-up here, so it must not hash.
    private var rootChildren: [Int32] = []
    let entries: [GazetteerEntry]
    /// Each entry's folded canonical name and its stable actor id, computed once.
    let keys: [String]
    let ids: [Actor.ID]

    init(gazetteer: Gazetteer, lexicon: inout Lexicon) {
        entries = gazetteer.entries
        keys = entries.map { NameFolding.fold($0.name) }
        ids = entries.map { Actor.identifier(for: $0.name) }
        for (index, entry) in entries.enumerated() {
            for name in [entry.name] + entry.aliases { insert(name, entry: index, demonym: false, lexicon: &lexicon) }
            for name in entry.demonyms { insert(name, entry: index, demonym: true, lexicon: &lexicon) }
        }
        for (index, entry) in entries.enumerated() {
            for alias in entry.datedAliases { insert(alias.name, entry: index, demonym: false, dated: alias, lexicon: &lexicon) }
        }
        rootChildren = Array(repeating: -1, count: lexicon.count)
        for word in 0..<lexicon.count {
            if let child = edges.child(of: 0, word: Int32(word)) { rootChildren[word] = child }
        }
    }

    private mutating func insert(_ name: String, entry: Int, demonym: Bool, dated: DatedAlias? = nil, lexicon: inout Lexicon) {
        var tokenizer = Tokenizer(lexicon: lexicon)
        let scalars = Array(name.unicodeScalars)
        let tokens = tokenizer.tokenize(scalars).filter(Self.isNamePart)
        lexicon = tokenizer.lexicon
        guard !tokens.isEmpty else { return }
        var node = 0
        for token in tokens {
            if let next = edges.child(of: Int32(node), word: token.word) {
                node = Int(next)
            } else {
                terminals.append(nil)
                let next = Int32(terminals.count - 1)
                edges.insert(parent: Int32(node), word: token.word, child: next)
                node = Int(next)
            }
        }
        let single = tokens.count == 1
        let letters = name.unicodeScalars.filter { Tokenizer.isLetter($0) }
        let allCaps = single && letters.count <= 6 && letters.allSatisfy { Tokenizer.isUpper($0) }
        var terminal = Terminal(entry: entry, isDemonym: demonym, requiresAllCaps: allCaps,
                                requiresCapital: single && !allCaps)
        if let dated {
            // Dated names gather every actor they may mean on one terminal.
            if var existing = terminals[node], !existing.dated.isEmpty {
                existing.dated.append((entry, dated))
                terminals[node] = existing
                return
            }
            terminal.dated = [(entry, dated)]
            terminals[node] = terminal
            return
        }
        // The first entry to claim a name keeps it (the loader has already refused conflicts).
        if terminals[node] == nil || terminals[node]?.isDemonym == true && !demonym {
            terminals[node] = terminal
        }
    }

    /// Hyphens and quotes inside names are spelling, not structure: `al-Sham` is `al Sham`.
    static func isNamePart(_ token: Token) -> Bool { token.kind != .hyphen && token.kind != .quote }

    /// The longest name starting at `start`: the end token index (exclusive) and its terminal.
    func longestMatch(in tokens: [Token], from start: Int, limit: Int,
                      ignoringCase: Bool = false) -> (end: Int, terminal: Terminal)? {
        var node = 0
        var i = start
        var best: (Int, Terminal)?
        while i < limit {
            let token = tokens[i]
            if !Self.isNamePart(token) {
                // A hyphen or quote may sit inside a name only when the name goes on after it.
                if i == start || i + 1 >= limit || tokens[i + 1].start != token.end && token.kind == .hyphen { break }
                i += 1
                continue
            }
            if node == 0 {
                let word = Int(token.word)
                guard word < rootChildren.count, rootChildren[word] >= 0 else { break }
                node = Int(rootChildren[word])
            } else {
                guard let next = edges.child(of: Int32(node), word: token.word) else { break }
                node = Int(next)
            }
            i += 1
            if let terminal = terminals[node] {
                best = (i, terminal)
            }
        }
        guard let (end, terminal) = best else { return nil }
        let first = tokens[start]
        if !ignoringCase && terminal.requiresAllCaps && !first.isAllCaps { return nil }
        if !ignoringCase && terminal.requiresCapital && !first.isCapitalized { return nil }
        return (end, terminal)
    }
}

/// The trie's edges as one open-addressing table from (parent node, word) to child node:
/// a look-up is a multiply and a probe or two, where a dictionary per node would hash.
struct TrieEdges: Sendable {
    private var keys: [UInt64] = Array(repeating: .max, count: 1024)
    private var children: [Int32] = Array(repeating: -1, count: 1024)
    private var count = 0

    @inline(__always)
    private static func key(_ parent: Int32, _ word: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: parent)) << 32 | UInt64(UInt32(bitPattern: word))
    }

    @inline(__always)
    private func slot(for key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & (keys.count - 1)
    }

    func child(of parent: Int32, word: Int32) -> Int32? {
        let key = Self.key(parent, word)
        var slot = slot(for: key)
        while true {
            let stored = keys[slot]
            if stored == key { return children[slot] }
            if stored == .max { return nil }
            slot = (slot + 1) & (keys.count - 1)
        }
    }

    mutating func insert(parent: Int32, word: Int32, child: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let key = Self.key(parent, word)
        var slot = slot(for: key)
        while keys[slot] != .max && keys[slot] != key { slot = (slot + 1) & (keys.count - 1) }
        if keys[slot] == .max { count += 1 }
        keys[slot] = key
        children[slot] = child
    }

    private mutating func grow() {
        let old = zip(keys, children).filter { $0.0 != .max }
        keys = Array(repeating: .max, count: keys.count * 2)
        children = Array(repeating: -1, count: keys.count)
        count = 0
        for (key, child) in old {
            insert(parent: Int32(truncatingIfNeeded: key >> 32), word: Int32(truncatingIfNeeded: key), child: child)
        }
    }
}
