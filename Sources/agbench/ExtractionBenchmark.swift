import ActorGraph
import ArgumentParser
import Foundation

/// `agbench extract`: extraction throughput on a ~10 MB corpus, one core, beside the
/// references the issues name (measured on this machine by the issue authors).
struct ExtractionBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Measure recognition and full extraction in MB/s on a corpus repeated to ~10 MB."
    )

    @Option(help: "Folder of articles to repeat (default: ../shared/seeds, else examples/corpus).")
    var corpus: String?

    @Option(help: "Size of the repeated corpus in megabytes.")
    var megabytes: Double = 10

    @Option(help: "Timed runs; the best is reported.")
    var runs: Int = 3

    @Flag(help: "Measure full extraction only (for profiling it).")
    var fullOnly = false

    func run() throws {
        let folder = corpus ?? (FileManager.default.fileExists(atPath: "../shared/seeds") ? "../shared/seeds" : "examples/corpus")
        let originals = try DocumentLoader().load([folder])
        let unit = originals.reduce(0) { $0 + $1.text.utf8.count }
        guard unit > 0 else { throw ValidationError("\(folder): no text to measure") }
        var documents: [Document] = []
        var bytes = 0
        var copy = 0
        while Double(bytes) < megabytes * 1_000_000 {
            for document in originals {
                documents.append(Document(id: "\(copy)-\(document.id)", text: document.text))
                bytes += document.text.utf8.count
            }
            copy += 1
        }
        let gazetteer = try Gazetteer.bundled()
        // The bundled model as `extract` loads it, timed from its file (goal: under 50 ms).
        let loadStart = DispatchTime.now().uptimeNanoseconds
        let model = try ExtractionModel.bundled()
        let loadSeconds = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1e9
        let extractor = Extractor(gazetteer: gazetteer, model: model)
        let rulesOnly = Extractor(gazetteer: gazetteer)
        let megabytesRead = Double(bytes) / 1_000_000

        func best(_ body: () -> Int) -> (seconds: Double, count: Int) {
            var fastest = Double.infinity
            var count = 0
            for _ in 0..<max(1, runs) {
                let start = DispatchTime.now().uptimeNanoseconds
                count = body()
                fastest = min(fastest, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            return (fastest, count)
        }
        let recognition = fullOnly ? (seconds: Double.nan, count: 0)
            : best { documents.reduce(0) { $0 + extractor.recognize($1).count } }
        let full = best {
            documents.reduce(0) { total, document in
                let result = extractor.extract(document)
                return total + result.actors.count + result.relations.count
            }
        }
        let rules = best {
            documents.reduce(0) { total, document in
                let result = rulesOnly.extract(document)
                return total + result.actors.count + result.relations.count
            }
        }
        // How much the text says: dense text (many names and relations per kilobyte) costs more.
        let relationsPerKB = Double(originals.reduce(0) { $0 + extractor.extract($1).relations.count }) / (Double(unit) / 1000)
        print("extraction benchmark: \(documents.count) documents, \(String(format: "%.1f", megabytesRead)) MB from \(folder)"
            + String(format: " (%.1f relations per KB)", relationsPerKB) + ", one core, best of \(runs)")
        print("  " + "".padding(toLength: 38, withPad: " ", startingAt: 0) + "actorgraph    goal       references on this machine (from the issues)")
        func row(_ label: String, _ seconds: Double, goal: Double, references: String) {
            let rate = megabytesRead / seconds
            let verdict = rate >= goal ? "met" : "NOT met"
            print("  " + label.padding(toLength: 38, withPad: " ", startingAt: 0)
                + String(format: "%6.1f MB/s   >= %2.0f ", rate, goal) + verdict.padding(toLength: 7, withPad: " ", startingAt: 0)
                + "  " + references)
        }
        if !fullOnly {
            row("recognition (actors only)", recognition.seconds, goal: 16,
                references: "flashtext 16 MB/s, spaCy EntityRuler 3.4 MB/s, grep -F 161 MB/s (near-limit)")
        }
        row(model == nil ? "full extraction (no bundled model)" : "full extraction (rules + learned model)", full.seconds, goal: 20,
            references: "spaCy small pipeline 0.03 MB/s, spaCy names + cue-word pairs 0.036 MB/s")
        row("full extraction, hand rules alone", rules.seconds, goal: 20,
            references: "the previous release's extractor (22.1 MB/s on the seeds)")
        print(String(format: "  model load (bundled, %d features)          %6.1f ms      < 50 ms %@", model?.featureCount ?? 0,
                     loadSeconds * 1000, loadSeconds < 0.05 ? "met" : "NOT met"))
        if !folder.hasSuffix("shared/seeds") {
            print("  note: the goals and references were measured on the seed articles (news prose, about 1.8 relations")
            print("  per KB); text that names more actors and relations per kilobyte takes longer.")
        }
    }
}
