import Foundation

/// A learned relation classifier: multinomial logistic regression over the hashed features
/// of ``PairFeatures``, one weight per feature and ``RelationLabel``.
///
/// Saved as JSON with the weights packed in base64 (little-endian), so that a model of tens
/// of thousands of features loads in milliseconds and carries no text of its training
/// articles: only hashes and numbers.
public struct RelationModel: Sendable {
    /// The feature set this code computes. A model saved by another version is refused
    /// with a message to retrain, rather than silently misread.
    public static let featureVersion = 1

    public let labels: [RelationLabel]
    /// Feature hash → row of ``weights``.
    let rows: [UInt64: Int32]
    let hashes: [UInt64]
    /// How many features the model weighs.
    public var featureCount: Int { hashes.count }
    /// `rows.count × labels.count`, row-major.
    let weights: [Float]
    /// A relation is proposed when its probability reaches this (tuned by cross-validation).
    public var threshold: Double
    /// What it was trained on, for `--help` and the eval report: gold files and counts.
    public var trainedOn: [String]

    public init(labels: [RelationLabel], hashes: [UInt64], weights: [Float], threshold: Double, trainedOn: [String]) {
        self.labels = labels
        self.hashes = hashes
        self.weights = weights
        self.threshold = threshold
        self.trainedOn = trainedOn
        var rows: [UInt64: Int32] = [:]
        rows.reserveCapacity(hashes.count)
        for (index, hash) in hashes.enumerated() { rows[hash] = Int32(index) }
        self.rows = rows
    }

    /// The probability of each label for a pair with these features.
    func probabilities(_ features: [UInt64]) -> [Double] {
        let width = labels.count
        var scores = [Double](repeating: 0, count: width)
        weights.withUnsafeBufferPointer { w in
            for feature in features {
                guard let row = rows[feature] else { continue }
                let base = Int(row) * width
                for c in 0..<width { scores[c] += Double(w[base + c]) }
            }
        }
        return Self.softmax(scores)
    }

    static func softmax(_ scores: [Double]) -> [Double] {
        let top = scores.max() ?? 0
        var out = scores.map { Foundation.exp($0 - top) }
        let sum = out.reduce(0, +)
        for i in out.indices { out[i] /= sum }
        return out
    }

    // MARK: - Files

    struct File: Codable {
        var format: String
        var featureVersion: Int
        var labels: [String]
        var threshold: Double
        var trainedOn: [String]
        var featureCount: Int
        /// UInt64 little-endian, base64.
        var hashes: String
        /// Float32 little-endian, base64.
        var weights: String
    }

    static let formatName = "actorgraph-relation-model"

    /// The model as JSON.
    public func encoded() throws -> Data {
        var hashBytes = Data(capacity: hashes.count * 8)
        for hash in hashes { withUnsafeBytes(of: hash.littleEndian) { hashBytes.append(contentsOf: $0) } }
        var weightBytes = Data(capacity: weights.count * 4)
        for weight in weights { withUnsafeBytes(of: weight.bitPattern.littleEndian) { weightBytes.append(contentsOf: $0) } }
        let file = File(format: Self.formatName, featureVersion: Self.featureVersion, labels: labels.map(\.description),
                        threshold: threshold, trainedOn: trainedOn, featureCount: hashes.count,
                        hashes: hashBytes.base64EncodedString(), weights: weightBytes.base64EncodedString())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(file)
    }

    /// Reads a model file; `name` is how errors refer to it.
    public init(data: Data, name: String) throws {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw ModelError.unreadable(file: name, reason: "not a relation model (\(error.localizedDescription))")
        }
        guard file.format == Self.formatName else {
            throw ModelError.unreadable(file: name, reason: "its format is '\(file.format)', not '\(Self.formatName)'")
        }
        guard file.featureVersion == Self.featureVersion else {
            throw ModelError.unreadable(file: name, reason: "it was trained for feature set \(file.featureVersion) and this actorgraph computes set \(Self.featureVersion); retrain it with `actorgraph train`")
        }
        var labels: [RelationLabel] = []
        for name in file.labels {
            guard let label = RelationLabel(name: name) else {
                throw ModelError.unreadable(file: name, reason: "unknown label '\(name)'")
            }
            labels.append(label)
        }
        guard let hashBytes = Data(base64Encoded: file.hashes), let weightBytes = Data(base64Encoded: file.weights),
              hashBytes.count == file.featureCount * 8, weightBytes.count == file.featureCount * labels.count * 4,
              (0...1).contains(file.threshold)
        else {
            throw ModelError.unreadable(file: name, reason: "its weights do not match its \(file.featureCount) features and \(labels.count) labels")
        }
        let hashes = hashBytes.withUnsafeBytes { raw in
            (0..<file.featureCount).map { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self)) }
        }
        let weights = weightBytes.withUnsafeBytes { raw in
            (0..<(weightBytes.count / 4)).map {
                Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self)))
            }
        }
        self.init(labels: labels, hashes: hashes, weights: weights, threshold: file.threshold, trainedOn: file.trainedOn)
    }

    /// Reads a model file from disk.
    public static func load(contentsOf url: URL) throws -> RelationModel {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ModelError.unreadable(file: url.path, reason: "cannot read it (\((error as NSError).localizedDescription))")
        }
        return try RelationModel(data: data, name: url.path)
    }

    /// The model trained from the seed articles and the development sets, shipped with
    /// actorgraph; `nil` when this build has none.
    public static func bundled() throws -> RelationModel? {
        guard let url = Bundle.module.url(forResource: "relation-model", withExtension: "json") else { return nil }
        return try load(contentsOf: url)
    }
}

/// A model file that cannot be used.
public enum ModelError: Error, CustomStringConvertible, Equatable {
    case unreadable(file: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason): return "\(file): \(reason)"
        }
    }
}
