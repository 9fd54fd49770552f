/// Trains a ``RelationModel``: multinomial logistic regression by stochastic gradient descent
/// with AdaGrad step sizes and L2 regularization.
///
/// Deterministic: the examples are visited in an order drawn from a fixed seed, so the same
/// gold files give the same model byte for byte, on any machine.
public struct RelationTrainer: Sendable {
    /// Passes over the examples.
    public var epochs = 12
    public var learningRate = 0.2
    /// L2 penalty per example visit, scaled by the learning rate.
    public var l2 = 1e-5
    /// Features seen fewer times than this are dropped: a word met once teaches noise.
    public var minimumCount = 2
    /// A relation is proposed when its probability reaches this.
    public var threshold = 0.5

    public init() {}

    /// One training example: a pair's features and its label's index in ``RelationLabel/all``.
    public struct Example: Sendable {
        var features: [UInt64]
        public var label: Int
        /// The document it comes from (`GOLD_FILE#document`), for cross-validation by document.
        public var document: String
        /// Whether it is a related pair (any label but `none`).
        public var isRelated: Bool { label != 0 }
    }

    public func train(_ examples: [Example], trainedOn: [String]) -> RelationModel {
        let labels = RelationLabel.all
        let width = labels.count
        var counts: [UInt64: Int] = [:]
        for example in examples { for feature in Set(example.features) { counts[feature, default: 0] += 1 } }
        let kept = counts.filter { $0.value >= minimumCount }.keys.sorted()
        var rowOf: [UInt64: Int] = [:]
        for (index, hash) in kept.enumerated() { rowOf[hash] = index }
        let rows: [[Int]] = examples.map { example in Array(Set(example.features.compactMap { rowOf[$0] })).sorted() }

        var weights = [Double](repeating: 0, count: kept.count * width)
        var squared = [Double](repeating: 1e-8, count: kept.count * width)
        var order = Array(examples.indices)
        var random = SplitMix(seed: 0x5EED_AC70)
        var scores = [Double](repeating: 0, count: width)
        for _ in 0..<epochs {
            // Fisher–Yates with the fixed generator.
            if order.count > 1 {
                for i in stride(from: order.count - 1, to: 0, by: -1) {
                    order.swapAt(i, Int(random.next() % UInt64(i + 1)))
                }
            }
            for index in order {
                let features = rows[index]
                for c in 0..<width { scores[c] = 0 }
                for row in features { for c in 0..<width { scores[c] += weights[row * width + c] } }
                let probabilities = RelationModel.softmax(scores)
                let label = examples[index].label
                for row in features {
                    for c in 0..<width {
                        let k = row * width + c
                        let gradient = probabilities[c] - (c == label ? 1 : 0) + l2 * weights[k]
                        squared[k] += gradient * gradient
                        weights[k] -= learningRate * gradient / squared[k].squareRoot()
                    }
                }
            }
        }
        return RelationModel(labels: labels, hashes: kept, weights: weights.map { Float($0) }, threshold: threshold,
                             trainedOn: trainedOn)
    }
}

/// A small, fast, seedable generator (SplitMix64): the trainer's shuffles must repeat exactly.
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return FeatureHash.mix(state)
    }
}
