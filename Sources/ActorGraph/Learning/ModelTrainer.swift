/// Trains an ``ExtractionModel`` from labelled examples (``Extractor/learn(from:trainer:)``).
public struct ModelTrainer: Sendable {
    /// Passes over the examples.
    public var epochs = 12
    /// The L2 penalty: larger keeps weights small, for text unlike the training articles.
    public var regularization = 1e-2
    /// How much more a related pair counts than an unrelated one in training.
    public var positiveWeight = 1.0
    /// The seed of the examples' order (``LinearTrainer/seed``); nil for the fixed default.
    public var seed: UInt64?
    /// A relation is proposed when its probability reaches this. Chosen by cross-validation
    /// (`Scripts/eval`): 0.3 and 0.4 give the same F1 on held-out documents, 0.4 with higher
    /// precision.
    public var threshold = 0.4
    /// A name becomes an actor when its probability of being one reaches this.
    public var nameThreshold = 0.5

    public init() {}

    private var linear: LinearTrainer {
        var trainer = LinearTrainer()
        trainer.epochs = epochs
        trainer.l2 = regularization
        if let seed { trainer.seed = seed }
        return trainer
    }

    func train(names: [TrainingExamples.Example]) throws -> NameClassifier {
        let model = linear.train(names.map { ($0.features, $0.label) }, labels: NameFeatures.labels)
        return NameClassifier(model: model, labels: NameFeatures.labels.map { ActorKind(rawValue: $0) }, threshold: nameThreshold)
    }

    func train(_ examples: TrainingExamples, names: NameClassifier?, trainedOn: [String]) throws -> ExtractionModel {
        var relationTrainer = linear
        relationTrainer.positiveWeight = positiveWeight
        let relations = relationTrainer.train(examples.pairs.map { ($0.features, $0.label) }, labels: RelationLabel.all.map(\.description))
        return try ExtractionModel(relations: relations, names: names?.model, threshold: threshold,
                                   nameThreshold: nameThreshold, trainedOn: trainedOn)
    }
}

/// Labelled examples for both classifiers, from annotated articles.
public struct TrainingExamples: Sendable {
    public struct Example: Sendable {
        public internal(set) var features: [UInt64]
        /// The label's index (``RelationLabel/all`` for pairs, ``NameFeatures/labels`` for names).
        public var label: Int
        /// The document it comes from, `GOLD_FILE#document`.
        public var document: String
        /// Whether it is a relation or an actor (any label but `none`, which is first).
        public var isPositive: Bool { label != 0 }
    }

    public var pairs: [Example] = []
    public var names: [Example] = []
    /// Indices of the gold relations some pair teaches, by gold file.
    public var taught: [String: Set<Int>] = [:]
    /// `document#actor index` for every gold actor the reader found, by gold file.
    public var recognized: [String: Set<String>] = [:]

    public init() {}
}
