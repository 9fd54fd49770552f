/// A state's own bodies get no edge to that state (ANNOTATION.md: "a state's own agencies and
/// officials ... get no edge to that state"): "the Syrian Republican Guard" is not a member of
/// Syria, and "the U.S. fought alongside U.S. forces" says nothing about the United States and
/// its army. A proposer cannot see this from the words around two names; the names say it.
///
/// An actor is a state's own when its name, or a name the article used for it, opens with
/// one of the state's names or demonyms (`Syrian ...`, `U.S. ...`, `Russia's ...`) and it is
/// an agency or a government. Not an armed group (the Pakistani Taliban do fight Pakistan)
/// and not a person (a head of state does command it).
struct OwnBodies {
    /// Folded prefixes, by gazetteer entry of a state: its name, aliases and demonyms.
    private let prefixes: [Int: [String]]

    init(index: GazetteerIndex) {
        var prefixes: [Int: [String]] = [:]
        for (number, entry) in index.entries.enumerated() where entry.kind == .state {
            // The adjective too where the gazetteer keeps it out of the demonyms (it mostly
            // qualifies other actors there): Syria, Syrian; Iraq, Iraqi.
            let adjectives = [entry.name + "n", entry.name + "i"]
            let names = [entry.name] + entry.aliases + entry.demonyms + adjectives
            prefixes[number] = names.map { NameFolding.fold($0) + " " }.filter { $0.count > 3 }
        }
        self.prefixes = prefixes
    }

    /// Whether `found` joins a state and one of its own bodies.
    func joinsStateAndOwnBody(_ found: FoundRelation, reader: DocumentReader) -> Bool {
        let source = reader.actors[reader.roots[found.source]], target = reader.actors[reader.roots[found.target]]
        return isOwn(source, of: target) || isOwn(target, of: source)
    }

    private func isOwn(_ body: DocumentActor, of state: DocumentActor) -> Bool {
        guard state.kind == .state, let entry = state.entry, let prefixes = prefixes[entry],
              body.kind == .agency || body.kind == .government
        else { return false }
        for key in [body.key, NameFolding.fold(body.name)] + body.surfaceKeys {
            if prefixes.contains(where: { key.hasPrefix($0) }) { return true }
        }
        return false
    }
}
