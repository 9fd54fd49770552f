import ActorGraph
import ActorGraphStore
import ArgumentParser
import Foundation

/// `agbench reingest`: the time to store N changed documents into a store that holds their
/// earlier versions, for several N, against a fresh ingest of the same N (issue 14, item 6).
/// Every copy of the corpus feeds the same few hot edges, so each edge holds evidence from
/// all N documents: if replacing one document's evidence costs time in proportion to what the
/// edge holds, the total grows with N².
struct ReingestBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reingest",
        abstract: "Measure re-ingesting changed documents (store time) for several document counts."
    )

    @Argument(help: "Article files or folders (default: examples/corpus).")
    var paths: [String] = []

    @Option(parsing: .upToNextOption, help: "Changed-document counts to measure.")
    var counts: [Int] = [500, 1_000, 2_000, 3_000]

    func validate() throws {
        guard !counts.isEmpty, counts.allSatisfy({ $0 >= 1 }) else { throw ValidationError("'--counts' must be 1 or more") }
    }

    /// Seconds the issue measured (`actorgraph ingest`, end to end) before the fix.
    static let reference: [Int: Double] = [500: 1.7, 1_000: 5.4, 2_000: 22, 3_000: 49]

    func run() throws {
        let sources = try DocumentLoader().load(paths.isEmpty ? ["examples/corpus"] : paths)
        guard !sources.isEmpty else { throw ValidationError("no articles found") }
        let extractor = Extractor(gazetteer: try Gazetteer.bundled())
        print("changed docs   fresh ingest   re-ingest changed   per changed doc   reference (issue 14, before)")
        var first: (count: Int, seconds: Double)?
        for count in counts {
            let (fresh, changed, stats) = try measure(count: count, sources: sources, extractor: extractor)
            let reference = Self.reference[count].map { String(format: "%.1f s", $0) } ?? "-"
            print(String(format: "%12d   %10.2f s   %15.2f s   %12.2f ms   %@", count, fresh, changed,
                         changed / Double(count) * 1000, reference))
            if first == nil { print("  store: \(stats)") }
            if let first {
                let growth = changed / first.seconds, size = Double(count) / Double(first.count)
                print(String(format: "  %.1f× the documents: %.1f× the time (linear: %.1f×, quadratic: %.1f×)",
                             size, growth, size, size * size))
            } else {
                first = (count, changed)
            }
        }
    }

    /// Ingests `count` documents into a fresh store, then a changed version of each.
    private func measure(count: Int, sources: [Document], extractor: Extractor) throws -> (Double, Double, String) {
        func documents(revision: Int) -> [Document] {
            (0..<count).map { index in
                let source = sources[index % sources.count]
                let copy = index / sources.count
                return Document(id: "copy-\(copy)/\(source.id)",
                                text: source.text + "\n(copy \(copy), revision \(revision))", title: source.title,
                                date: source.date ?? String(format: "2024-%02d-%02d", index % 12 + 1, index % 28 + 1),
                                url: source.url)
            }
        }
        let original = documents(revision: 1), revised = documents(revision: 2)
        let originalExtractions = original.map { extractor.extract($0) }
        let revisedExtractions = revised.map { extractor.extract($0) }
        let path = NSTemporaryDirectory() + "agbench-reingest-\(ProcessInfo.processInfo.processIdentifier)-\(count).sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try ProjectStore.open(path: path, create: true)
        var clock = Date()
        for (document, extraction) in zip(original, originalExtractions) { _ = try store.ingest(document, extraction: extraction) }
        let fresh = Date().timeIntervalSince(clock)
        clock = Date()
        var replaced = 0
        for (document, extraction) in zip(revised, revisedExtractions)
        where try store.ingest(document, extraction: extraction).status == .replaced {
            replaced += 1
        }
        let changed = Date().timeIntervalSince(clock)
        guard replaced == count else { throw ValidationError("only \(replaced) of \(count) documents were replaced") }
        let counts = try store.counts()
        return (fresh, changed, "\(counts.relations) relations, \(counts.evidence) evidence")
    }
}
