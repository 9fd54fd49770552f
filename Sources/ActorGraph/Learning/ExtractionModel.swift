import Foundation

/// What actorgraph learns from annotated articles: a relation classifier for pairs of
/// mentions (``RelationLabel``s) and a name classifier that decides whether a capitalized
/// name the rules do not know is an actor, and of which type.
///
/// One JSON file holds both (``encoded()``); `actorgraph train` writes it and `--model`
/// reads it. A bundled one, trained on the seed articles and the development sets, is used
/// unless the user says otherwise.
public struct ExtractionModel: Sendable {
    /// The feature set this code computes. A model saved by another version is refused
    /// with a message to retrain, rather than silently misread.
    public static let featureVersion = 3

    let relations: LinearModel
    let relationLabels: [RelationLabel]
    /// `nil` in a model trained without names to learn from.
    let names: LinearModel?
    let nameLabels: [ActorKind?]
    /// A relation is proposed when its probability reaches this.
    public var threshold: Double
    /// A name becomes an actor when its probability of being one reaches this.
    public var nameThreshold: Double
    /// What it was trained on: the sets, their documents and pairs.
    public var trainedOn: [String]

    init(relations: LinearModel, names: LinearModel?, threshold: Double, nameThreshold: Double, trainedOn: [String]) throws {
        self.relations = relations
        relationLabels = try relations.labels.map { name in
            guard let label = RelationLabel(name: name) else { throw ModelError.unreadable(file: "", reason: "unknown relation label '\(name)'") }
            return label
        }
        self.names = names
        nameLabels = try (names?.labels ?? []).map { name in
            if name == "none" { return nil }
            guard let kind = ActorKind(rawValue: name) else { throw ModelError.unreadable(file: "", reason: "unknown actor type '\(name)'") }
            return kind
        }
        self.threshold = threshold
        self.nameThreshold = nameThreshold
        self.trainedOn = trainedOn
    }

    /// How many features the two classifiers weigh.
    public var featureCount: Int { relations.hashes.count + (names?.hashes.count ?? 0) }

    // MARK: - Files

    struct File: Codable {
        var format: String
        var featureVersion: Int
        var threshold: Double
        var nameThreshold: Double
        var trainedOn: [String]
        var relations: LinearModel.File
        var names: LinearModel.File?
    }

    static let formatName = "actorgraph-extraction-model"

    /// The model as JSON.
    public func encoded() throws -> Data {
        let file = File(format: Self.formatName, featureVersion: Self.featureVersion, threshold: threshold,
                        nameThreshold: nameThreshold, trainedOn: trainedOn, relations: relations.file, names: names?.file)
        let encoder = JSONEncoder()
        // Base64 holds slashes: written unescaped, the weights read back in one copy rather
        // than through the decoder's escape handling (a third of the model's load time).
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(file)
    }

    /// Reads a model file's bytes; `name` is how errors refer to it.
    public init(data: Data, name: String) throws {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw ModelError.unreadable(file: name, reason: "not an actorgraph model (\((error as NSError).localizedDescription)); make one with `actorgraph train`")
        }
        guard file.format == Self.formatName else {
            throw ModelError.unreadable(file: name, reason: "its format is '\(file.format)', not '\(Self.formatName)'")
        }
        guard file.featureVersion == Self.featureVersion else {
            throw ModelError.unreadable(file: name, reason: "it was trained for feature set \(file.featureVersion) and this actorgraph computes set \(Self.featureVersion); retrain it with `actorgraph train`")
        }
        guard (0...1).contains(file.threshold), (0...1).contains(file.nameThreshold),
              let relations = LinearModel(file: file.relations) else {
            throw ModelError.unreadable(file: name, reason: "its weights do not match its features and labels; retrain it with `actorgraph train`")
        }
        var names: LinearModel?
        if let stored = file.names {
            guard let decoded = LinearModel(file: stored) else {
                throw ModelError.unreadable(file: name, reason: "its name weights do not match their features and labels; retrain it")
            }
            names = decoded
        }
        do {
            try self.init(relations: relations, names: names, threshold: file.threshold, nameThreshold: file.nameThreshold,
                          trainedOn: file.trainedOn)
        } catch ModelError.unreadable(_, let reason) {
            throw ModelError.unreadable(file: name, reason: reason)
        }
    }

    /// Reads a model file from disk.
    public static func load(contentsOf url: URL) throws -> ExtractionModel {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ModelError.unreadable(file: url.path, reason: "cannot read it (\((error as NSError).localizedDescription))")
        }
        return try ExtractionModel(data: data, name: url.path)
    }

    /// The model trained from the seed articles and the development sets, shipped with
    /// actorgraph; `nil` when this build has none.
    public static func bundled() throws -> ExtractionModel? {
        guard let url = Bundle.module.url(forResource: "extraction-model", withExtension: "json") else { return nil }
        return try load(contentsOf: url)
    }
}

/// A model file that cannot be used.
public enum ModelError: Error, CustomStringConvertible, Equatable {
    case unreadable(file: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason): return file.isEmpty ? reason : "\(file): \(reason)"
        }
    }
}
