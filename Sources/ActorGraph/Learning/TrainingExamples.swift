/// Gold annotations turned into labelled examples, and the two classifiers trained from them.
extension Extractor {
    /// Trains both classifiers from annotated sets, each with the documents to use.
    ///
    /// Names first: every capitalized name the rules leave unclaimed is labelled with the
    /// type of the gold actor it names, or `none`. Then relations, read with that name
    /// classifier in place, so that the pairs the relation model learns from are the pairs
    /// it will be asked about.
    public func learn(from sets: [(gold: GoldSet, documents: Set<String>)], trainer: ModelTrainer) throws
        -> (model: ExtractionModel, examples: TrainingExamples) {
        var examples = TrainingExamples()
        for (gold, documents) in sets { nameExamples(from: gold, only: documents, into: &examples) }
        let names = examples.names.isEmpty ? nil : try trainer.train(names: examples.names)
        for (gold, documents) in sets { pairExamples(from: gold, only: documents, names: names, into: &examples) }
        guard examples.pairs.contains(where: \.isPositive) else { throw TrainingError.nothingToLearn }
        let summary = sets.map { set in
            "\(set.gold.name): \(set.documents.count) documents, \(examples.pairs.filter { $0.document.hasPrefix(set.gold.file + "#") }.count) pairs"
        }
        let model = try trainer.train(examples, names: names, trainedOn: summary)
        return (model, examples)
    }

    /// The folded names of each document actor, to find its gold actor.
    private func goldActors(in reader: DocumentReader, gold: GoldSet) -> [Int: Int] {
        var goldOf: [Int: Int] = [:]
        for i in reader.actors.indices where reader.roots[i] == i {
            let actor = reader.actors[i]
            for name in [actor.key, NameFolding.fold(actor.name)] + actor.surfaceKeys {
                if let g = gold.actorByName[name] {
                    goldOf[i] = g
                    break
                }
            }
        }
        return goldOf
    }

    /// Names the rules leave unclaimed, labelled by the gold actors.
    func nameExamples(from gold: GoldSet, only: Set<String>, into examples: inout TrainingExamples) {
        for document in gold.documents where only.contains(document.id) {
            let reader = read(document, names: nil, recordingNames: true)
            for query in reader.nameQueries {
                var label = 0
                if let g = gold.actorByName[query.key], let kind = ActorKind(rawValue: gold.actors[g].type),
                   let index = NameFeatures.labels.firstIndex(of: kind.rawValue) {
                    label = index
                }
                examples.names.append(.init(features: query.features, label: label, document: gold.file + "#" + document.id))
            }
        }
    }

    /// Candidate pairs labelled by the gold relations.
    ///
    /// A pair is labelled with the gold relation between its two actors when the gold
    /// file's evidence for that relation is the pair's sentence (or contains it); `none`
    /// when the two are not related in that document. A pair of related actors named
    /// together in a sentence that is not the relation's evidence is left out: the
    /// annotators did not say whether that sentence states it.
    func pairExamples(from gold: GoldSet, only: Set<String>, names: NameClassifier?, into examples: inout TrainingExamples) {
        let labelIndex = Dictionary(uniqueKeysWithValues: RelationLabel.all.enumerated().map { ($1, $0) })
        for document in gold.documents where only.contains(document.id) {
            let reader = read(document, names: names, recordingNames: false)
            let hits = PairFeatures.RuleHits(rules.relations(in: reader), reader: reader)
            var cache = PairFeatures.WordCache()
            let goldOf = goldActors(in: reader, gold: gold)
            for g in goldOf.values { examples.recognized[gold.file, default: []].insert("\(document.id)#\(g)") }
            // This document's gold relations, by unordered pair of gold actors.
            struct Pair: Hashable { var low: Int, high: Int }
            var stated: [Pair: [(kind: RelationKind, source: Int, evidence: String, index: Int)]] = [:]
            for (index, relation) in gold.relations.enumerated() where relation.document == document.id {
                let r = gold.resolved[index]
                stated[Pair(low: min(r.source, r.target), high: max(r.source, r.target)), default: []]
                    .append((r.kind, r.source, GoldSet.normalized(relation.evidence ?? ""), index))
            }
            var sentenceText: [Int: String] = [:]
            let mentions = reader.mentions + ReferenceResolver(reader: reader).references()
            for pair in reader.candidatePairs(of: mentions) {
                let a = mentions[pair.first], b = mentions[pair.second]
                var label = RelationLabel.none
                if let ga = goldOf[reader.roots[a.actor]], let gb = goldOf[reader.roots[b.actor]] {
                    if ga == gb { continue }
                    if let relations = stated[Pair(low: min(ga, gb), high: max(ga, gb))] {
                        let text = sentenceText[pair.sentence] ?? GoldSet.normalized(reader.text(reader.sentences[pair.sentence]))
                        sentenceText[pair.sentence] = text
                        guard let relation = relations.first(where: { $0.evidence.isEmpty || $0.evidence.contains(text) || text.contains($0.evidence) })
                        else { continue }
                        label = RelationLabel(kind: relation.kind, reversed: relation.source != ga)
                        examples.taught[gold.file, default: []].insert(relation.index)
                    }
                }
                var features: [UInt64] = []
                pairFeatures.features(of: pair, mentions: mentions, reader: reader, hits: hits, cache: &cache, into: &features)
                examples.pairs.append(.init(features: features, label: labelIndex[label] ?? 0, document: gold.file + "#" + document.id))
            }
        }
    }
}
