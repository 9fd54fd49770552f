import Foundation

/// A multinomial logistic regression over hashed features: one weight per feature and
/// label. Both of actorgraph's learned classifiers are one (relations between two mentions,
/// and whether a capitalized name is an actor and of which type).
///
/// Stored with the weights packed in base64 (little-endian), so that tens of thousands of
/// features load in milliseconds and carry no text of the training articles: only hashes
/// and numbers.
struct LinearModel: Sendable {
    let labels: [String]
    /// Feature hash → row of ``weights``.
    let rows: FeatureTable
    let hashes: [UInt64]
    /// The weights, row by row (one row per feature), each row padded to whole vectors of
    /// eight labels so that a row is added with vector instructions.
    let padded: [SIMD8<Float>]

    /// - Parameter weights: `hashes.count × labels.count`, row-major.
    init(labels: [String], hashes: [UInt64], weights: [Float]) {
        self.labels = labels
        self.hashes = hashes
        rows = FeatureTable(hashes)
        let width = labels.count, lanes = (labels.count + 7) / 8
        var padded = [SIMD8<Float>](repeating: .zero, count: hashes.count * lanes)
        for row in 0..<hashes.count {
            for c in 0..<width { padded[row * lanes + c / 8][c % 8] = weights[row * width + c] }
        }
        self.padded = padded
    }

    /// The probability of each label for an item with these features.
    func probabilities(_ features: [UInt64]) -> [Double] {
        var scores = [Double](repeating: 0, count: labels.count)
        probabilities(features, into: &scores)
        return scores
    }

    /// The same, written into `scores` (reused across calls: extraction labels thousands of
    /// pairs per megabyte, and an allocation each adds up).
    func probabilities(_ features: [UInt64], into scores: inout [Double]) {
        let width = labels.count
        if scores.count != width { scores = [Double](repeating: 0, count: width) }
        // Eight labels at a time: a row's weights are added with vector instructions.
        let lanes = (width + 7) / 8
        var sums = [SIMD8<Float>](repeating: .zero, count: lanes)
        padded.withUnsafeBufferPointer { w in
            sums.withUnsafeMutableBufferPointer { sum in
                for feature in features {
                    let row = rows.row(of: feature)
                    guard row >= 0 else { continue }
                    let base = row * lanes
                    for lane in 0..<lanes { sum[lane] += w[base + lane] }
                }
            }
        }
        var top = -Double.infinity
        for c in 0..<width { top = max(top, Double(sums[c / 8][c % 8])) }
        var total = 0.0
        for c in 0..<width {
            let e = Foundation.exp(Double(sums[c / 8][c % 8]) - top)
            scores[c] = e
            total += e
        }
        for c in 0..<width { scores[c] /= total }
    }

    static func softmax(_ scores: [Double]) -> [Double] {
        let top = scores.max() ?? 0
        var out = scores.map { Foundation.exp($0 - top) }
        let sum = out.reduce(0, +)
        for i in out.indices { out[i] /= sum }
        return out
    }

    /// The stored form.
    struct File: Codable {
        var labels: [String]
        var featureCount: Int
        /// UInt64 little-endian, base64.
        var hashes: String
        /// Float32 little-endian, base64.
        var weights: String
    }

    var file: File {
        var hashBytes = Data(capacity: hashes.count * 8)
        for hash in hashes { withUnsafeBytes(of: hash.littleEndian) { hashBytes.append(contentsOf: $0) } }
        let width = labels.count, lanes = (width + 7) / 8
        var weightBytes = Data(capacity: hashes.count * width * 4)
        for row in 0..<hashes.count {
            for c in 0..<width {
                withUnsafeBytes(of: padded[row * lanes + c / 8][c % 8].bitPattern.littleEndian) { weightBytes.append(contentsOf: $0) }
            }
        }
        return File(labels: labels, featureCount: hashes.count, hashes: hashBytes.base64EncodedString(),
                    weights: weightBytes.base64EncodedString())
    }

    /// Reads the stored form; `nil` when its parts do not fit together.
    init?(file: File) {
        guard let hashBytes = Data(base64Encoded: file.hashes), let weightBytes = Data(base64Encoded: file.weights),
              !file.labels.isEmpty, file.featureCount >= 0,
              hashBytes.count == file.featureCount * 8, weightBytes.count == file.featureCount * file.labels.count * 4
        else { return nil }
        let hashes = hashBytes.withUnsafeBytes { raw in
            (0..<file.featureCount).map { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self)) }
        }
        let weights = weightBytes.withUnsafeBytes { raw in
            (0..<(weightBytes.count / 4)).map {
                Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self)))
            }
        }
        self.init(labels: file.labels, hashes: hashes, weights: weights)
    }
}

/// Feature hash → row, by open addressing: a probe or two in one flat array, where a
/// `Dictionary` hashes its key again and checks more.
struct FeatureTable: Sendable {
    private let keys: [UInt64]
    private let values: [Int32]
    private let mask: Int

    init(_ hashes: [UInt64]) {
        var capacity = 16
        while capacity < hashes.count * 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while values[slot] >= 0 && keys[slot] != hash { slot = (slot + 1) & mask }
            keys[slot] = hash
            values[slot] = Int32(index)
        }
        self.keys = keys
        self.values = values
        self.mask = mask
    }

    /// The row of a feature, or -1 when the model does not know it.
    @inline(__always) func row(of hash: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let value = values[slot]
            if value < 0 { return -1 }
            if keys[slot] == hash { return Int(value) }
            slot = (slot + 1) & mask
        }
    }
}

/// Trains a ``LinearModel`` by stochastic gradient descent with AdaGrad step sizes and L2
/// regularization.
///
/// Deterministic: the examples are visited in an order drawn from a fixed seed, so the same
/// examples give the same model byte for byte, on any machine.
struct LinearTrainer: Sendable {
    var epochs = 12
    var learningRate = 0.2
    /// L2 penalty per example visit.
    var l2 = 1e-5
    /// Features seen in fewer examples than this are dropped: a word met once teaches noise.
    var minimumCount = 2
    /// How much more an example of any label but the first (`none`) counts: related pairs
    /// are rare, and without this the model learns to say `none`.
    var positiveWeight = 1.0

    func train(_ examples: [(features: [UInt64], label: Int)], labels: [String]) -> LinearModel {
        let width = labels.count
        var counts: [UInt64: Int] = [:]
        for example in examples { for feature in Set(example.features) { counts[feature, default: 0] += 1 } }
        let kept = counts.filter { $0.value >= minimumCount }.keys.sorted()
        var rowOf: [UInt64: Int] = [:]
        for (index, hash) in kept.enumerated() { rowOf[hash] = index }
        let rows: [[Int]] = examples.map { Array(Set($0.features.compactMap { rowOf[$0] })).sorted() }

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
                let probabilities = LinearModel.softmax(scores)
                let label = examples[index].label
                let weight = label == 0 ? 1 : positiveWeight
                for row in features {
                    for c in 0..<width {
                        let k = row * width + c
                        let gradient = weight * (probabilities[c] - (c == label ? 1 : 0)) + l2 * weights[k]
                        squared[k] += gradient * gradient
                        weights[k] -= learningRate * gradient / squared[k].squareRoot()
                    }
                }
            }
        }
        return LinearModel(labels: labels, hashes: kept, weights: weights.map { Float($0) })
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
