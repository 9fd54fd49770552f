import ActorGraph
import ArgumentParser
import Foundation

/// Articles to read and the gazetteers to read them with.
struct ArticleOptions: ParsableArguments {
    @Argument(help: "Article files or folders (.txt, .md, .html, .jsonl, .pdf, .docx); '-' reads one article from standard input.")
    var paths: [String] = []

    @Option(name: .customLong("date"), help: ArgumentHelp(
        "The date of articles that carry none (YYYY-MM-DD, YYYY-MM or YYYY); an article's own date (front matter, <meta>, JSON Lines) wins.",
        valueName: "date"))
    var date: String?

    @Option(name: .customLong("gazetteer"), help: ArgumentHelp(
        "A gazetteer file (YAML) that extends or overrides the bundled one. Repeatable.",
        valueName: "file"))
    var gazetteers: [String] = []

    @Option(help: ArgumentHelp(
        "A model from `actorgraph train`, used instead of the bundled one.", valueName: "file"))
    var model: String?

    @Flag(help: "Find actors and relations with the gazetteer and hand rules alone, without the learned model.")
    var rulesOnly = false

    /// The extractor these options ask for: the gazetteers, and the user's model, the
    /// bundled one, or none.
    func extractor() throws -> Extractor {
        let gazetteer = try gazetteer()
        if rulesOnly { return Extractor(gazetteer: gazetteer) }
        if let model {
            return Extractor(gazetteer: gazetteer, model: try ExtractionModel.load(contentsOf: URL(fileURLWithPath: model)))
        }
        return Extractor(gazetteer: gazetteer, model: try ExtractionModel.bundled())
    }

    func validate() throws {
        if rulesOnly && model != nil { throw ValidationError("--rules-only and --model exclude each other; choose one") }
        if let date, DateRange.articleDate(date) == nil {
            throw ValidationError("'--date \(date)': not a date; write it as YYYY-MM-DD, YYYY-MM or YYYY, for example 2024-12-08")
        }
        if paths.filter({ $0 == DocumentLoader.standardInputPath }).count > 1 {
            throw ValidationError("'-' (standard input) given more than once; it can be read only once")
        }
    }

    /// The bundled gazetteer with the user's files laid over it, in order.
    func gazetteer() throws -> Gazetteer {
        var gazetteer = try Gazetteer.bundled()
        for file in gazetteers {
            try gazetteer.merge(try Gazetteer.load(contentsOf: URL(fileURLWithPath: file)), file: file)
        }
        return gazetteer
    }

    /// The document with `--date` when it carries no date of its own: the article's own date
    /// (front matter, `<meta>`, JSON Lines `date`) says when it was written, the option only
    /// fills a gap.
    func dated(_ document: Document) -> Document {
        guard document.date == nil, let date, let day = DateRange.articleDate(date) else { return document }
        var dated = document
        dated.date = day
        return dated
    }

    /// Reads the articles and extracts their graph.
    func extractGraph() throws -> Graph {
        let documents = try readDocuments()
        return try extractor().graph(from: documents)
    }

    /// Reads the articles, for a command that needs them beside their graph (`report` links
    /// evidence to each article's URL).
    func readDocuments() throws -> [Document] {
        guard !paths.isEmpty else {
            // A usage mistake: 64, as in every command.
            throw UsageError("no articles given; name article files or folders, for example `actorgraph extract examples/corpus`")
        }
        // Lenient like `ingest`: a bad JSON Lines line is reported and skipped, the rest is read.
        let loader = DocumentLoader()
        var documents: [Document] = []
        let files = try loader.articleFiles(in: paths)
        for outcome in ParallelReading.read(files, with: loader) {
            let loaded: DocumentLoader.LoadedFile
            do {
                loaded = try outcome.get()
            } catch let error as DocumentError {
                // One empty file among many is skipped, as `ingest` skips it; alone, it is the error.
                guard case .empty = error, files.count > 1 else { throw error }
                FileHandle.standardError.write(Data("warning: \(error); skipped\n".utf8))
                continue
            }
            for problem in loaded.problems {
                FileHandle.standardError.write(Data("warning: \(problem)\n".utf8))
            }
            documents += loaded.documents.map(dated)
        }
        return documents
    }
}

/// Writes JSON to stdout.
enum JSONOutput {
    static func write<T: Encodable>(_ value: T, pretty: Bool = true) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        try StandardOutput.write(data)
    }
}

/// Writing results to stdout: a full disk or a closed pipe is an error message and a
/// non-zero exit, never a crash.
enum StandardOutput {
    struct Failed: Error, CustomStringConvertible {
        var reason: String
        var description: String { "cannot write to standard output (\(reason)); check the disk or the pipe it goes to" }
    }

    static func write(_ data: Data) throws {
        do {
            try FileHandle.standardOutput.write(contentsOf: data)
        } catch {
            throw Failed(reason: (error as NSError).localizedDescription)
        }
    }
}
