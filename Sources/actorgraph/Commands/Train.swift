import ActorGraph
import ArgumentParser
import Foundation

/// `actorgraph train GOLD.json... -o model.json`: learns a relation model from annotated
/// articles, so that an analyst who annotates a new conflict can teach actorgraph its phrasing.
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train a relation model from annotated articles.",
        discussion: """
            Each GOLD file follows the annotation contract (actors, and relations with their \
            document and evidence sentence) and sits beside a texts/ folder holding its articles. \
            Training is deterministic: the same files give the same model. Use the model with \
            --model on extract, render, path and ingest.
            """
    )

    @Argument(help: "Gold files (gold.json), each beside its texts/ folder.")
    var gold: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the model.", valueName: "file"))
    var output: String

    @Option(name: .customLong("gazetteer"), help: ArgumentHelp(
        "A gazetteer file (YAML) that extends or overrides the bundled one, as used when extracting. Repeatable.",
        valueName: "file"))
    var gazetteers: [String] = []

    @Option(help: ArgumentHelp("Propose a relation when its probability reaches this (0 to 1).", valueName: "p"))
    var threshold = ModelTrainer().threshold

    @Option(help: ArgumentHelp("Make an unknown name an actor when its probability of being one reaches this (0 to 1).", valueName: "p"))
    var nameThreshold = ModelTrainer().nameThreshold

    @Option(help: ArgumentHelp("L2 regularization: larger trusts single words less.", valueName: "x"))
    var regularization = ModelTrainer().regularization

    @Option(help: ArgumentHelp("How much more a related pair counts than an unrelated one.", valueName: "w"))
    var positiveWeight = ModelTrainer().positiveWeight

    @Option(help: ArgumentHelp("Passes over the training examples.", valueName: "n"))
    var epochs = ModelTrainer().epochs

    @Option(help: ArgumentHelp(
        "Leave out the documents named in this file (one `GOLD_FILE#document` or `document` per line), for held-out evaluation.",
        valueName: "file"))
    var exclude: String?

    @Option(help: .hidden)
    var dumpExamples: String?

    /// Another order of the examples, to see how much a cross-validated figure moves by chance.
    @Option(help: .hidden)
    var seed: UInt64?

    @Flag(help: "List the gold relations no sentence could teach: an actor not recognized, or stated across sentences.")
    var report = false

    func validate() throws {
        guard !gold.isEmpty else { throw ValidationError("no gold files given; name one or more gold.json files, each beside its texts/ folder") }
        guard (0...1).contains(threshold) else { throw ValidationError("--threshold must be between 0 and 1, not \(threshold)") }
        guard (0...1).contains(nameThreshold) else { throw ValidationError("--name-threshold must be between 0 and 1, not \(nameThreshold)") }
        guard epochs > 0 else { throw ValidationError("--epochs must be at least 1") }
    }

    func run() throws {
        var gazetteer = try Gazetteer.bundled()
        for file in gazetteers {
            try gazetteer.merge(try Gazetteer.load(contentsOf: URL(fileURLWithPath: file)), file: file)
        }
        var excluded: Set<String> = []
        if let exclude {
            guard let text = try? String(contentsOfFile: exclude, encoding: .utf8) else {
                throw CommandError("\(exclude): cannot read the list of documents to leave out")
            }
            excluded = Set(text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) })
        }
        // Every file is checked before anything is learned: a bad entry anywhere writes no model.
        let sets = try gold.map { try GoldSet(contentsOf: URL(fileURLWithPath: $0)) }
        let chosen = sets.map { set in
            (set, Set(set.documents.map(\.id).filter { document in
                !excluded.contains(document) && !excluded.contains(set.file + "#" + document) && !excluded.contains(set.name + "/" + document)
            }))
        }
        var trainer = ModelTrainer()
        trainer.threshold = threshold
        trainer.nameThreshold = nameThreshold
        trainer.epochs = epochs
        trainer.regularization = regularization
        trainer.positiveWeight = positiveWeight
        trainer.seed = seed
        let (model, examples) = try Extractor(gazetteer: gazetteer).learn(from: chosen, trainer: trainer)
        if let dumpExamples {
            var lines = ""
            for example in examples.pairs {
                lines += "{\"doc\":\"\(example.document)\",\"label\":\(example.label),\"f\":[\(example.features.map { String($0) }.joined(separator: ","))]}\n"
            }
            try Data(lines.utf8).write(to: URL(fileURLWithPath: dumpExamples))
        }
        var taught = 0, stated = 0
        for (set, documents) in chosen {
            let kept = set.relations.indices.filter { documents.contains(set.relations[$0].document ?? "") }
            let taughtHere = examples.taught[set.file] ?? []
            taught += taughtHere.count
            stated += kept.count
            guard report else { continue }
            let recognized = examples.recognized[set.file] ?? []
            for index in kept where !taughtHere.contains(index) {
                let relation = set.relations[index]
                let ends = set.ends(of: index)
                let document = relation.document ?? ""
                let missing = [(ends.source, relation.source), (ends.target, relation.target)]
                    .filter { !recognized.contains("\(document)#\($0.0)") }.map(\.1)
                let why = missing.isEmpty ? "not named together in one sentence" : "not recognized: " + missing.joined(separator: ", ")
                print("\(set.name)\t\(document)\t\(relation.source) \(relation.type) \(relation.target)\t\(why)")
            }
        }
        try OutputPath.requireFile(output, example: "model.json")
        do {
            // Whole or not at all: a failed write leaves any previous model in place.
            try model.encoded().write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw CommandError("\(output): cannot write (\(Render.reason(for: error))); check the folder exists and the disk has room")
        }
        let related = examples.pairs.filter(\.isPositive).count
        let actors = examples.names.filter(\.isPositive).count
        FileHandle.standardError.write(Data("""
            train: \(examples.pairs.count) pairs (\(related) related) and \(examples.names.count) unknown names (\(actors) actors) \
            from \(sets.count) gold files; \(taught) of \(stated) gold relations are taught by a pair in one sentence; \
            \(model.featureCount) features; wrote \(output)

            """.utf8))
    }
}
