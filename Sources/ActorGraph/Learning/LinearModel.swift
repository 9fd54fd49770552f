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
        // Eight labels at a time: a row's weights are added with vector instructions, into
        // sums on the stack (a heap array per call cost as much as the sums).
        let lanes = (width + 7) / 8
        withUnsafeTemporaryAllocation(of: SIMD8<Float>.self, capacity: lanes) { sum in
            sum.initialize(repeating: .zero)
            padded.withUnsafeBufferPointer { w in
                rows.withRows { row in
                    for feature in features {
                        let found = row(feature)
                        guard found >= 0 else { continue }
                        let base = found * lanes
                        for lane in 0..<lanes { sum[lane] += w[base + lane] }
                    }
                }
            }
            // The sums as one run of floats (a vector of eight is eight floats in a row), so
            // that a label's sum is read with a load rather than a lane extraction.
            UnsafeMutableRawBufferPointer(sum).withMemoryRebound(to: Float.self) { label in
                scores.withUnsafeMutableBufferPointer { scores in
                    var top = -Double.infinity
                    for c in 0..<width { top = max(top, Double(label[c])) }
                    var total = 0.0
                    for c in 0..<width {
                        let e = Foundation.exp(Double(label[c]) - top)
                        scores[c] = e
                        total += e
                    }
                    for c in 0..<width { scores[c] /= total }
                }
            }
        }
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
/// `Dictionary` hashes its key again and checks more. A slot holds the hash beside its row,
/// so that a probe reads one cache line.
struct FeatureTable: Sendable {
    private struct Slot {
        var key: UInt64
        var row: Int32
    }
    private let slots: [Slot]
    private let mask: Int

    init(_ hashes: [UInt64]) {
        var capacity = 16
        while capacity < hashes.count * 2 { capacity <<= 1 }
        var slots = [Slot](repeating: Slot(key: 0, row: -1), count: capacity)
        let mask = capacity - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot].row >= 0 && slots[slot].key != hash { slot = (slot + 1) & mask }
            slots[slot] = Slot(key: hash, row: Int32(index))
        }
        self.slots = slots
        self.mask = mask
    }

    /// The row of a feature, or -1 when the model does not know it.
    @inline(__always) func row(of hash: UInt64) -> Int {
        withRows { $0(hash) }
    }

    /// Calls `body` with a look-up function (hash → row, or -1) that reads the table through
    /// a raw buffer: a pair's features are looked up in a row, without a bounds check each.
    @inline(__always) func withRows<R>(_ body: ((UInt64) -> Int) -> R) -> R {
        slots.withUnsafeBufferPointer { slots in
            let mask = self.mask
            return body { hash in
                var slot = Int(truncatingIfNeeded: hash) & mask
                while true {
                    let entry = slots[slot]
                    if entry.row < 0 { return -1 }
                    if entry.key == hash { return Int(entry.row) }
                    slot = (slot + 1) & mask
                }
            }
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
    /// The shuffles' seed: a fixed default, so that training repeats byte for byte; another
    /// seed measures how much a figure moves with the order alone.
    var seed: UInt64 = 0x5EED_AC70

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
        var random = SplitMix(seed: seed)
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
