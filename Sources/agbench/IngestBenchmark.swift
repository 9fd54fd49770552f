import ActorGraph
import ActorGraphStore
import ArgumentParser
import Foundation

/// `agbench ingest [PATH...]`: documents per second ingested into a fresh store one document
/// per transaction (`actorgraph ingest` stores batches; `agbench folder` times that), split
/// into extraction and storage, plus the time a second, idempotent run takes to skip everything.
struct IngestBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Measure ingest throughput (documents/second) into a fresh store file."
    )

    @Argument(help: "Article files or folders (default: examples/corpus).")
    var paths: [String] = []

    @Option(help: "Copies of the corpus to ingest, each with its own ids and content, so none is skipped.")
    var copies = 200

    @Option(help: ArgumentHelp("The store file to write (default: a temporary file, removed afterwards).", valueName: "file"))
    var db: String?

    func validate() throws {
        guard copies >= 1 else { throw ValidationError("'--copies \(copies)' must be 1 or more") }
    }

    func run() throws {
        let sources = try DocumentLoader().load(paths.isEmpty ? ["examples/corpus"] : paths)
        guard !sources.isEmpty else { throw ValidationError("no articles found") }
        var documents: [Document] = []
        for copy in 0..<copies {
            for source in sources {
                // A distinct id and a distinct last line: a new document to the store, the same prose to the extractor.
                documents.append(Document(id: "copy-\(copy)/\(source.id)", text: source.text + "\n(copy \(copy))",
                                          title: source.title, date: source.date ?? String(format: "2024-%02d-%02d", copy % 12 + 1, copy % 28 + 1),
                                          url: source.url))
            }
        }
        let path = db ?? NSTemporaryDirectory() + "agbench-ingest-\(ProcessInfo.processInfo.processIdentifier).sqlite"
        defer {
            if db == nil { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        }
        if FileManager.default.fileExists(atPath: path) { throw ValidationError("\(path) exists; give a new '--db'") }
        let store = try ProjectStore.open(path: path, create: true)
        let extractor = Extractor(gazetteer: try Gazetteer.bundled())

        var clock = Date()
        let extractions = documents.map { extractor.extract($0) }
        let extractSeconds = Date().timeIntervalSince(clock)

        clock = Date()
        for (document, extraction) in zip(documents, extractions) {
            _ = try store.ingest(document, extraction: extraction, sourcePath: nil)
        }
        let storeSeconds = Date().timeIntervalSince(clock)

        clock = Date()
        var skipped = 0
        for document in documents where try store.isStored(document) { skipped += 1 }
        let rerunSeconds = Date().timeIntervalSince(clock)

        let counts = try store.counts()
        let n = Double(documents.count)
        print("documents: \(documents.count) (\(sources.count) articles × \(copies) copies); store: \(counts.actors) actors, \(counts.relations) relations, \(counts.evidence) evidence")
        print(String(format: "extract (1 core):            %8.0f documents/s", n / extractSeconds))
        print(String(format: "store (1 txn per document):  %8.0f documents/s", n / storeSeconds))
        print(String(format: "ingest, extract + store:     %8.0f documents/s (serial; the CLI extracts on every core)",
                     n / (extractSeconds + storeSeconds)))
        print(String(format: "re-ingest, all skipped:      %8.0f documents/s (%d of %d unchanged)", n / rerunSeconds, skipped,
                     documents.count))
    }
}
