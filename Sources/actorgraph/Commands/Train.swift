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
    var threshold = RelationTrainer().threshold

    @Option(help: ArgumentHelp("Passes over the training examples.", valueName: "n"))
    var epochs = RelationTrainer().epochs

    @Option(help: ArgumentHelp(
        "Leave out the documents named in this file (one `GOLD_FILE#document` or `document` per line), for held-out evaluation.",
        valueName: "file"))
    var exclude: String?

    @Flag(help: "List the gold relations no sentence could teach: an actor not recognized, or stated across sentences.")
    var report = false

    func validate() throws {
        guard !gold.isEmpty else { throw ValidationError("no gold files given; name one or more gold.json files, each beside its texts/ folder") }
        guard (0...1).contains(threshold) else { throw ValidationError("--threshold must be between 0 and 1, not \(threshold)") }
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
        let extractor = Extractor(gazetteer: gazetteer)
        var examples: [RelationTrainer.Example] = []
        var summary: [String] = []
        var taughtCount = 0, goldCount = 0
        for set in sets {
            let name = URL(fileURLWithPath: set.file).deletingLastPathComponent().lastPathComponent
            let keep = Set(set.documents.map(\.id).filter { !excluded.contains($0) && !excluded.contains(set.file + "#" + $0) && !excluded.contains(name + "/" + $0) })
            var taught: Set<Int> = []
            var recognized: Set<String> = []
            let found = extractor.trainingExamples(from: set, only: keep, taught: &taught, found: &recognized)
            examples += found
            summary.append("\(name): \(keep.count) documents, \(found.count) pairs")
            let inKept = set.relations.indices.filter { keep.contains(set.relations[$0].document ?? "") }
            taughtCount += taught.count
            goldCount += inKept.count
            if report {
                for index in inKept where !taught.contains(index) {
                    let r = set.relations[index]
                    let ends = set.ends(of: index)
                    let missing = [(ends.source, r.source), (ends.target, r.target)]
                        .filter { !recognized.contains("\(r.document ?? "")#\($0.0)") }.map(\.1)
                    let why = missing.isEmpty ? "not named together in one sentence" : "not recognized: " + missing.joined(separator: ", ")
                    print("\(name)\t\(r.document ?? "")\t\(r.source) \(r.type) \(r.target)\t\(why)")
                }
            }
        }
        guard examples.contains(where: { $0.isRelated }) else {
            throw CommandError("no relation of the gold files was found between two actors named in one sentence; nothing to learn, no model written")
        }
        var trainer = RelationTrainer()
        trainer.threshold = threshold
        trainer.epochs = epochs
        let model = trainer.train(examples, trainedOn: summary)
        let data = try model.encoded()
        try AtomicFile.write(data, to: output)
        let positives = examples.filter { $0.isRelated }.count
        FileHandle.standardError.write(Data("train: \(examples.count) pairs (\(positives) related) from \(sets.count) gold files; \(taughtCount) of \(goldCount) gold relations taught by a pair in one sentence; \(model.featureCount) features; wrote \(output)\n".utf8))
    }
}

/// Writes a file whole or not at all: a temporary file beside it, then a rename, so that a
/// full disk or an interrupted run never leaves half a file where a good one was.
enum AtomicFile {
    static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw CommandError("\(path) is a folder; give a file name for the output")
        }
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw CommandError("cannot write \(path) (\((error as NSError).localizedDescription)); check the folder exists and the disk has room")
        }
    }
}
