import ActorGraph
import ArgumentParser
import Foundation

/// `agbench clean`: Markdown and HTML cleaning of a megabyte of openers that never close,
/// the pages issue 14 (item 5) found taking minutes when cleaning backtracked.
struct CleaningBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Time reading 1 MB Markdown and HTML files of unclosed links, emphasis, tags and comments."
    )

    @Option(help: "Size of each file in megabytes.")
    var megabytes: Double = 1

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agbench-clean-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let size = Int(megabytes * 1_000_000)
        // The references are the issue's measurements of the regular-expression cleaner.
        let cases: [(unit: String, ext: String, reference: String)] = [
            ("[a ", "md", "300 KB took over 120 s"), ("**a ", "md", ""), ("_a b", "md", ""),
            ("<meta name=x ", "html", "50 KB took 55 s"), ("<!--", "html", "200 KB took 54 s"),
            ("<script>", "html", ""), ("<title>", "html", ""),
        ]
        print("cleaning benchmark: \(String(format: "%.1f", megabytes)) MB per file, read through DocumentLoader, goal < 1 s")
        for (number, item) in cases.enumerated() {
            let file = folder.appendingPathComponent("case\(number).\(item.ext)")
            try Data(String(repeating: item.unit, count: max(1, size / item.unit.utf8.count)).utf8).write(to: file)
            let start = DispatchTime.now().uptimeNanoseconds
            var note = ""
            do {
                _ = try DocumentLoader().load(file: file)
            } catch DocumentError.empty {
                note = " (no text left)"
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            print("  " + "\(item.unit.debugDescription) (.\(item.ext))".padding(toLength: 26, withPad: " ", startingAt: 0)
                + String(format: "%6.3f s  ", seconds) + (seconds < 1 ? "met" : "NOT met")
                + note + (item.reference.isEmpty ? "" : "   before: \(item.reference)"))
        }
    }
}
