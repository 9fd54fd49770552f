import ActorGraph
import ActorGraphStore
import ArgumentParser
import Foundation

/// `--db PATH` for the commands that work on the project database.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp(
        "The project database (default: $ACTORGRAPH_DB, then ./actorgraph.sqlite).", valueName: "store.sqlite"))
    var database: String?

    var path: String { ProjectStore.defaultPath(explicit: database) }

    /// Opens the database; `create` for commands that write.
    func open(create: Bool) throws -> ProjectStore { try ProjectStore.open(path: path, create: create) }
}

/// `actorgraph ingest PATH...`: extracts articles and accumulates them in the project database.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract articles and store them, with their evidence, in the project database.",
        discussion: """
            Reads .txt, .md, .html and JSON Lines files (one article per line: {"id", "title", \
            "date", "url", "text"}), PDFs (through poppler's pdftotext) and Word .docx files; a folder \
            means every such file below it, and '-' one article from standard input. Every file that \
            could not be read is named on stderr and in the summary. A document already \
            stored with the same content is skipped; one whose content changed replaces its old \
            evidence. A document is known by its file and, in an archive, its record id: \
            same-named files in two folders, or two archives that both number their records \
            1, 2, 3, are kept apart. Documents are stored in batches, each in one transaction: an interrupted run loses at most the batch \
            it was storing, and can simply \
            be started again. Corrections (merge, alias, retract, assert, actor add/retype/rename/remove) are never overwritten. The store \
            records what extracted each document (actorgraph version, rules, gazetteers, model): an unchanged \
            document that another extractor read is extracted again, and the summary says how many; \
            '--reextract' extracts every document again.
            """
    )

    @OptionGroup var articles: ArticleOptions
    @OptionGroup var store: StoreOptions

    @Flag(help: "No progress bar, only the summary.")
    var quiet = false

    @Flag(help: ArgumentHelp(
        "Extract every document again, unchanged ones too, and replace their evidence.",
        discussion: "Unchanged documents read by another gazetteer, model or actorgraph are extracted again without it."))
    var reextract = false

    func validate() throws {
        guard !articles.paths.isEmpty else {
            throw ValidationError("no articles given; name article files or folders, for example `actorgraph ingest examples/corpus`")
        }
    }

    func run() throws {
        let loader = DocumentLoader()
        // Every file not read is named on stderr as it is met and again in the summary.
        var unread: [String] = []
        var failedFiles = 0
        // The store itself may sit in the folder of articles (`ingest .`): its files are not
        // articles that could not be read.
        let storeFile = URL(fileURLWithPath: store.path).standardizedFileURL.path
        let storeFiles = Set(["", "-wal", "-shm", "-journal"].map { storeFile + $0 })
        let files = try loader.articleFiles(in: articles.paths) { problem in
            // Every file or folder left out while walking counts: an unknown type, a link to
            // nothing, a folder that cannot be opened.
            switch problem {
            case .unsupported(let path):
                if storeFiles.contains(URL(fileURLWithPath: path).standardizedFileURL.path) { return }
                unread.append(path)
            case .brokenLink(let path), .unreadableFolder(let path, _):
                unread.append(path)
            default:
                break
            }
            FileHandle.standardError.write(Data("warning: \(problem)\n".utf8))
        }
        let sizes = files.map(Self.size(of:))
        let extractor = try articles.extractor()
        let fingerprint: String
        do { fingerprint = try extractor.fingerprint } catch {
            throw CommandError("cannot identify the extractor to record with the documents (\(error)); retrain the model with `actorgraph train`")
        }
        let database = try store.open(create: true)
        let progress = IngestProgress(enabled: !quiet && isatty(2) == 1, totalBytes: sizes.reduce(0, +))
        let pipeline = IngestPipeline(extractor: extractor, fingerprint: fingerprint, reextract: reextract,
                                      database: database, progress: progress)

        var pending: [(document: Document, path: String)] = []
        var pendingBytes = 0
        func flush() throws {
            try pipeline.submit(pending, bytes: pendingBytes)
            pending.removeAll()
            pendingBytes = 0
        }
        for (file, size) in zip(files, sizes) {
            // The store keys each document by its name and this path (see ProjectStore.documentKey).
            let path = file.standardizedFileURL.path
            var consumed = 0
            do {
                try loader.forEachDocument(in: file, { document, bytesRead in
                    pending.append((articles.dated(document), path))
                    pendingBytes += max(0, bytesRead - consumed)
                    consumed = max(consumed, bytesRead)
                    // A batch is stored in one transaction: 64 documents, fewer when they are long.
                    if pending.count >= 64 || pendingBytes >= 4 << 20 { try flush() }
                }, problem: { problem in
                    if case .malformedLine(let path, let line, let reason) = problem {
                        progress.message("\(path):\(line): warning: \(reason)")
                    } else {
                        progress.message("warning: \(problem)")
                    }
                    pipeline.skippedLine()
                })
            } catch let error as DocumentError {
                progress.message("error: \(error)")
                failedFiles += 1
                unread.append(file == URL(fileURLWithPath: "/dev/stdin") ? "(standard input)" : file.path)
            }
            pendingBytes += max(0, size - consumed)
        }
        try flush()
        try pipeline.drain()
        progress.finish()
        let summary = pipeline.summary
        let totals = try database.counts()
        print(summary.line(elapsed: progress.elapsed))
        if let reason = summary.reextractionLine(forced: reextract) { print(reason) }
        print("\(database.path): \(totals.documents) documents, \(totals.actors) actors, \(totals.relations) relations, \(totals.evidence) pieces of evidence")
        if !unread.isEmpty {
            print("could not read \(unread.count) file\(unread.count == 1 ? "" : "s"): \(unread.map(TerminalText.safe).joined(separator: ", "))")
        }
        // An article that could not be read is a failure (1); a file that is no article at all
        // (an image, a spreadsheet in the folder) is named but fails nothing.
        if failedFiles > 0 {
            throw ExitCode(ExitStatus.failure)
        }
    }

    private static func size(of url: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}

/// Reads, extracts and stores at once: the command's thread reads files and leaves out
/// documents stored already, one queue extracts each batch on every core, and another stores
/// the batch before it in one transaction (``ProjectStore/ingest(_:)``). Batches go through
/// both queues in the order they were read, so ids and aggregates are as if every document
/// had been stored in turn; at most ``IngestPipeline/batchesInFlight`` batches are held.
///
/// A batch stored one document per transaction, with the command's thread reading the next
/// batch only after storing this one, made storing the bottleneck: the cores that extract
/// waited (issue 14, item 7).
final class IngestPipeline: @unchecked Sendable {
    /// Batches read but not stored yet: one being stored, one being extracted, one waiting.
    static let batchesInFlight = 3

    private let extractor: Extractor
    /// The extractor's ``Extractor/fingerprint``, recorded with every document stored.
    private let fingerprint: String
    /// `--reextract`: unchanged documents are extracted and replaced too.
    private let reextract: Bool
    private let database: ProjectStore
    private let progress: IngestProgress
    private let extracting = DispatchQueue(label: "actorgraph.ingest.extract")
    private let storing = DispatchQueue(label: "actorgraph.ingest.store")
    private let slots = DispatchSemaphore(value: IngestPipeline.batchesInFlight)
    private let lock = NSLock()
    private var counts = IngestSummary()
    /// The first store error: later batches are not stored, and the command fails with it.
    private var failure: (any Error)?

    init(extractor: Extractor, fingerprint: String, reextract: Bool, database: ProjectStore, progress: IngestProgress) {
        self.extractor = extractor
        self.fingerprint = fingerprint
        self.reextract = reextract
        self.database = database
        self.progress = progress
    }

    /// The counts so far; complete after ``drain()``.
    var summary: IngestSummary { lock.withLock { counts } }

    /// A JSON Lines line that could not be read.
    func skippedLine() { lock.withLock { counts.skippedLines += 1 } }

    /// Leaves out documents stored already as this extractor reads them, and hands the rest
    /// to the extracting and storing queues; waits while ``batchesInFlight`` batches are.
    func submit(_ documents: [(document: Document, path: String)], bytes: Int) throws {
        try rethrowFailure()
        let stored = reextract ? documents.map { _ in false }
            : try database.storedContent(documents.map(\.document), extractor: fingerprint)
        var fresh: [Document] = []
        var paths: [String] = []
        for ((document, path), isStored) in zip(documents, stored) where !isStored {
            fresh.append(document)
            paths.append(path)
        }
        let skipped = documents.count - fresh.count
        lock.withLock { counts.skipped += skipped }
        slots.wait()
        let (extractor, fingerprint, reextract) = (self.extractor, self.fingerprint, self.reextract)
        let (toExtract, sources, count) = (fresh, paths, documents.count)
        extracting.async {
            let items = ParallelExtraction.run(extractor, on: toExtract).enumerated().map { index, found in
                IngestItem(found.0, extraction: found.1, sourcePath: sources[index], extractor: fingerprint, reextract: reextract)
            }
            self.storing.async {
                defer { self.slots.signal() }
                self.store(items)
                self.progress.advance(bytes: bytes, documents: count)
            }
        }
    }

    /// Stores one batch; after a failure, nothing more is stored.
    private func store(_ items: [IngestItem]) {
        guard lock.withLock({ failure == nil }) else { return }
        do {
            // A document stored meanwhile by another process, or twice in one run, is skipped here.
            let results = try database.ingest(items)
            lock.withLock {
                for result in results { counts.add(result, extractor: fingerprint) }
            }
        } catch {
            lock.withLock { failure = error }
        }
    }

    /// Waits until every batch submitted is stored; throws the first error storing one met.
    func drain() throws {
        extracting.sync {}
        storing.sync {}
        try rethrowFailure()
    }

    private func rethrowFailure() throws {
        if let failure = lock.withLock({ failure }) { throw failure }
    }
}

/// Runs the extractor over documents on every core; results keep the documents' order.
enum ParallelExtraction {
    private final class Results: @unchecked Sendable {
        var values: [(Document, DocumentExtraction)?]
        let lock = NSLock()
        init(count: Int) { values = Array(repeating: nil, count: count) }
    }

    static func run(_ extractor: Extractor, on documents: [Document]) -> [(Document, DocumentExtraction)] {
        let results = Results(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            let extraction = extractor.extract(documents[index])
            results.lock.lock()
            results.values[index] = (documents[index], extraction)
            results.lock.unlock()
        }
        return results.values.compactMap { $0 }
    }
}

/// The counts the end-of-run summary prints.
struct IngestSummary {
    var stored = 0
    var replaced = 0
    var skipped = 0
    /// Unchanged documents extracted again: another extractor had read them, or `--reextract`.
    var reextracted = 0
    /// What differed in the extractors that had read them (``Extractor/fingerprintChanges(from:to:)``).
    var extractorChanges: Set<String> = []
    /// Some of them were stored before the store recorded what extracted each document.
    var reextractedUnrecorded = false
    var skippedLines = 0
    var actorsAdded = 0
    var relationsAdded = 0
    var evidenceAdded = 0

    var read: Int { stored + replaced + reextracted + skipped }

    mutating func add(_ result: IngestResult, extractor: String) {
        switch result.status {
        case .stored: stored += 1
        case .replaced: replaced += 1
        case .skipped: skipped += 1
        case .reextracted:
            reextracted += 1
            if let previous = result.previousExtractor {
                extractorChanges.formUnion(Extractor.fingerprintChanges(from: previous, to: extractor))
            } else {
                reextractedUnrecorded = true
            }
        }
        actorsAdded += result.actorsAdded
        relationsAdded += result.relationsAdded
        evidenceAdded += result.evidenceAdded
    }

    func line(elapsed: Double) -> String {
        let again = reextracted > 0 ? "\(reextracted) re-extracted, " : ""
        var parts = ["read \(read) documents: \(stored) new, \(replaced) changed, \(again)\(skipped) unchanged (skipped)"]
        if skippedLines > 0 { parts.append("\(skippedLines) bad JSON Lines lines skipped") }
        parts.append("+\(actorsAdded) actors, +\(relationsAdded) relations, +\(evidenceAdded) evidence")
        let rate = elapsed > 0 ? Double(stored + replaced + reextracted) / elapsed : 0
        parts.append(String(format: "%.1fs (%.0f documents/s)", elapsed, rate))
        return parts.joined(separator: "; ")
    }

    /// Why unchanged documents were extracted again, so that a run that rewrote evidence the
    /// user did not touch says so; `nil` when none were.
    func reextractionLine(forced: Bool) -> String? {
        guard reextracted > 0 else { return nil }
        let documents = "\(reextracted) unchanged document\(reextracted == 1 ? "" : "s")"
        if forced { return "re-extracted \(documents), as --reextract asks" }
        let names = ["actorgraph": "actorgraph version", "rules": "extraction rules", "gazetteer": "gazetteer", "model": "model"]
        let order = ["actorgraph", "rules", "gazetteer", "model"]
        let changed = order.filter(extractorChanges.contains).compactMap { names[$0] }
        let unrecorded = "they were stored before actorgraph recorded what extracted each document"
        guard !changed.isEmpty else {
            return "re-extracted \(documents) because " + (reextractedUnrecorded ? unrecorded : "the extractor changed since they were stored")
        }
        return "re-extracted \(documents) because the \(Self.list(changed)) changed since they were stored"
            + (reextractedUnrecorded ? ", or \(unrecorded)" : "")
    }

    /// `a`, `a and b`, `a, b and c`.
    private static func list(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }
}

/// A one-line progress bar on stderr, drawn only on a terminal, at most ten times a second.
/// Advanced by the queue that stores and written to by the command's thread: every use
/// takes the lock.
final class IngestProgress: @unchecked Sendable {
    private let lock = NSLock()
    private let enabled: Bool
    private let totalBytes: Int
    private var doneBytes = 0
    private var documents = 0
    private let started = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(enabled: Bool, totalBytes: Int) {
        self.enabled = enabled
        self.totalBytes = max(1, totalBytes)
    }

    var elapsed: Double { Date().timeIntervalSince(started) }

    func advance(bytes: Int, documents: Int = 0) {
        lock.withLock {
            doneBytes += max(0, bytes)
            self.documents += documents
            draw()
        }
    }

    /// Prints a diagnostic on its own line, redrawing the bar after it.
    func message(_ text: String) {
        lock.withLock {
            clear()
            FileHandle.standardError.write(Data((text + "\n").utf8))
            draw(force: true)
        }
    }

    func finish() {
        lock.withLock { clear() }
    }

    private func draw(force: Bool = false) {
        guard enabled else { return }
        let now = Date()
        guard force || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let fraction = min(1, Double(doneBytes) / Double(totalBytes))
        let width = 30
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "=", count: filled) + (filled < width ? ">" : "")
            + String(repeating: " ", count: max(0, width - filled - 1))
        let rate = elapsed > 0 ? Double(documents) / elapsed : 0
        let line = String(format: "\r[%@] %3.0f%%  %d documents  %.0f/s", bar, fraction * 100, documents, rate)
        FileHandle.standardError.write(Data(line.utf8))
        drawn = true
    }

    private func clear() {
        guard enabled, drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }
}
