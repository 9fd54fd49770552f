/// Finds actors and typed relations in articles. A pure function of a document and the
/// gazetteer: no global state, the same output for the same input, safe across threads.
public struct Extractor: Sendable {
    public let gazetteer: Gazetteer
    private let lexicon: Lexicon
    private let index: GazetteerIndex
    private let words: CueWords
    let rules: RelationRules
    /// The learned relation classifier, when one is used; without it the rules alone decide.
    public let model: ExtractionModel?
    let pairFeatures: PairFeatures
    let ownBodies: OwnBodies
    let designationWording: DesignationWording
    /// One-word not-actors (places, communities) as word ids, for discovery's per-token tests.
    private let notActorWords: WordSet

    /// - Parameter model: a learned model (``ExtractionModel/bundled()`` or a file
    ///   from `actorgraph train`); `nil` for the hand rules alone.
    public init(gazetteer: Gazetteer, model: ExtractionModel? = nil) {
        self.gazetteer = gazetteer
        self.model = model
        var lexicon = Lexicon()
        words = CueWords(lexicon: &lexicon)
        index = GazetteerIndex(gazetteer: gazetteer, lexicon: &lexicon)
        rules = RelationRules(words: words, lexicon: &lexicon)
        ownBodies = OwnBodies(index: index)
        designationWording = DesignationWording(words: words, lexicon: &lexicon)
        notActorWords = lexicon.ids(gazetteer.notActors.filter { !$0.contains(" ") }.sorted())
        self.lexicon = lexicon.frozen()
        pairFeatures = PairFeatures(stems: StemTable(lexicon: self.lexicon))
    }

    /// Extracts one document.
    public func extract(_ document: Document) -> DocumentExtraction {
        let reader = read(document)
        let ruleFindings = rules.relations(in: reader)
        let proposed = model.map { ModelProposer(model: $0, features: pairFeatures).relations(in: reader, ruleFindings: ruleFindings) }
            ?? ruleFindings
        let found = proposed.filter { !ownBodies.joinsStateAndOwnBody($0, reader: reader) }
            .map { designationWording.adjusted($0, reader: reader) }
        // Per actor and per sentence, arrays rather than hashed look-ups: dense articles find
        // dozens of relations, and this runs for each.
        var isEndpoint = Array(repeating: false, count: reader.actors.count)
        for found in found {
            isEndpoint[reader.roots[found.source]] = true
            isEndpoint[reader.roots[found.target]] = true
        }
        var actors: [Actor] = []
        var idOf = [Actor.ID?](repeating: nil, count: reader.actors.count)
        for i in reader.actors.indices where reader.actors[i].mergedInto == nil && reader.actors[i].mentionCount > 0
            && (reader.actors[i].standaloneMentions > 0 || isEndpoint[i]) {
            let found = reader.actors[i]
            var aliases: [String] = []
            if found.surfaces.count > 1 || found.surfaceKeys.first != found.key {
                var seen: Set<String> = [found.key]
                aliases = zip(found.surfaces, found.surfaceKeys).filter { seen.insert($0.1).inserted }.map(\.0)
            }
            let actor = Actor(id: found.entry.map { index.ids[$0] }, name: found.name, kind: found.kind,
                              aliases: aliases, documents: [document.id], mentionCount: found.mentionCount)
            idOf[i] = actor.id
            actors.append(actor)
        }
        var relations: [Relation] = []
        var sentenceText = [String?](repeating: nil, count: reader.sentences.count)
        for found in found {
            guard let source = idOf[reader.roots[found.source]], let target = idOf[reader.roots[found.target]],
                  source != target else { continue }
            let sentence = reader.sentences[found.sentence]
            let start = reader.tokens[sentence.lowerBound].start
            let end = reader.tokens[sentence.upperBound - 1].end
            let text = sentenceText[found.sentence] ?? reader.text(sentence)
            sentenceText[found.sentence] = text
            let evidence = Evidence(document: document.id, sentence: text, start: start, end: end,
                                    hedged: found.hedged, former: found.former, date: document.date, title: document.title,
                                    rule: found.rule, confidence: found.confidence, url: document.url)
            relations.append(Relation(source: source, target: target, kind: found.kind, evidence: [evidence]))
        }
        return DocumentExtraction(document: document.id, actors: actors, relations: relations)
    }

    /// Recognition alone: the actors of a document, without relations. For measuring and
    /// for tools that only need the nodes.
    public func recognize(_ document: Document) -> [Actor] {
        let reader = read(document)
        return reader.actors.indices.compactMap { i in
            let found = reader.actors[i]
            guard found.mergedInto == nil, found.standaloneMentions > 0 else { return nil }
            return Actor(id: found.entry.map { index.ids[$0] }, name: found.name, kind: found.kind,
                         documents: [document.id], mentionCount: found.mentionCount)
        }
    }

    /// Tokens, sentences and mentions of one document.
    func read(_ document: Document) -> DocumentReader {
        read(document, names: nameClassifier, recordingNames: false)
    }

    /// Reads with a given name classifier; training records the names it asks about.
    func read(_ document: Document, names: NameClassifier?, recordingNames: Bool) -> DocumentReader {
        let reader = DocumentReader(document: document, lexicon: lexicon, index: index, words: words,
                                    notActors: gazetteer.notActors, notActorWords: notActorWords, stems: pairFeatures.stems)
        reader.nameClassifier = names
        reader.recordsNames = recordingNames
        reader.read()
        return reader
    }

    /// The model's name classifier, when it has one.
    var nameClassifier: NameClassifier? {
        guard let model, let names = model.names else { return nil }
        return NameClassifier(model: names, labels: model.nameLabels, threshold: model.nameThreshold)
    }

    /// Extracts every document and merges the results into one graph. Documents are
    /// extracted on every core (see ``parallelGraph(from:)``); the graph is the same as
    /// extracting them one by one.
    public func graph(from documents: [Document]) -> Graph {
        guard documents.count > 1 else {
            var builder = GraphBuilder()
            for document in documents { builder.add(extract(document)) }
            return builder.graph()
        }
        return parallelGraph(from: documents)
    }
}

/// What one document yields: its actors (with the names it used) and its relations.
public struct DocumentExtraction: Sendable {
    public var document: String
    public var actors: [Actor]
    public var relations: [Relation]
}
