/// Gold relations turned into labelled candidate pairs: what ``RelationTrainer`` learns from.
extension Extractor {
    /// The labelled pairs of one gold set's documents (all of them, or those in `only`).
    ///
    /// A pair is labelled with the gold relation between its two actors when the gold
    /// file's evidence for that relation is the pair's sentence (or contains it); `none`
    /// when the two are not related in that document. A pair of related actors named
    /// together in a sentence that is not the relation's evidence is left out: the
    /// annotators did not say whether that sentence states it.
    public func trainingExamples(from gold: GoldSet, only: Set<String>? = nil) -> [RelationTrainer.Example] {
        var taught: Set<Int> = []
        var found: Set<String> = []
        return trainingExamples(from: gold, only: only, taught: &taught, found: &found)
    }

    /// The same, noting in `taught` the index of every gold relation that some labelled pair
    /// teaches: the rest name an actor the reader does not find, or are stated across
    /// sentences, and no pair model can learn them. `found` gets `document#actor index` for
    /// every gold actor the reader recognized in a document.
    public func trainingExamples(from gold: GoldSet, only: Set<String>?, taught: inout Set<Int>, found: inout Set<String>) -> [RelationTrainer.Example] {
        let labelIndex = Dictionary(uniqueKeysWithValues: RelationLabel.all.enumerated().map { ($1, $0) })
        var examples: [RelationTrainer.Example] = []
        for document in gold.documents where only?.contains(document.id) ?? true {
            let reader = read(document)
            let findings = rules.relations(in: reader)
            let hits = PairFeatures.RuleHits(findings, reader: reader)
            var cache = PairFeatures.WordCache()
            // The gold actor of each document actor, by any of its names.
            var goldOf: [Int: Int] = [:]
            for i in reader.actors.indices where reader.roots[i] == i {
                let actor = reader.actors[i]
                for name in [actor.key, NameFolding.fold(actor.name)] + actor.surfaceKeys {
                    if let g = gold.actorByName[name] {
                        goldOf[i] = g
                        found.insert("\(document.id)#\(g)")
                        break
                    }
                }
            }
            // This document's gold relations, by unordered pair of gold actors.
            struct Pair: Hashable { var low: Int, high: Int }
            var stated: [Pair: [(kind: RelationKind, source: Int, evidence: String, index: Int)]] = [:]
            for (index, relation) in gold.relations.enumerated() where relation.document == document.id {
                let r = gold.resolved[index]
                stated[Pair(low: min(r.source, r.target), high: max(r.source, r.target)), default: []]
                    .append((r.kind, r.source, GoldSet.normalized(relation.evidence ?? ""), index))
            }
            var sentenceText: [Int: String] = [:]
            for pair in reader.candidatePairs() {
                let a = reader.mentions[pair.first], b = reader.mentions[pair.second]
                var label = RelationLabel.none
                if let ga = goldOf[reader.roots[a.actor]], let gb = goldOf[reader.roots[b.actor]] {
                    if ga == gb { continue }
                    if let relations = stated[Pair(low: min(ga, gb), high: max(ga, gb))] {
                        let text = sentenceText[pair.sentence] ?? GoldSet.normalized(reader.text(reader.sentences[pair.sentence]))
                        sentenceText[pair.sentence] = text
                        guard let relation = relations.first(where: { $0.evidence.isEmpty || $0.evidence.contains(text) || text.contains($0.evidence) })
                        else { continue }
                        label = RelationLabel(kind: relation.kind, reversed: relation.source != ga)
                        taught.insert(relation.index)
                    }
                }
                var features: [UInt64] = []
                pairFeatures.features(of: pair, reader: reader, hits: hits, cache: &cache, into: &features)
                examples.append(.init(features: features, label: labelIndex[label] ?? 0, document: gold.file + "#" + document.id))
            }
        }
        return examples
    }
}
