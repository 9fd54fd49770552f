import ActorGraph
import ActorGraphReport
import ArgumentParser
import Foundation
import GraphvizRendering

/// `agbench report`: the interactive report of a large synthetic graph, its weight beside the
/// static SVG's, and how soon headless Chromium makes it interactive (issue 12: a 2,000-actor
/// report under 15 MB, interactive in under 3 s).
///
/// "Interactive" is the page's own mark: the script writes `data-ready-ms` (milliseconds since
/// navigation started, `performance.now()`) on the root element once the diagram, search,
/// panel, filters and path finder work, and `data-complete-ms` once the tables and the
/// evidence appendix are built just after; `--dump-dom` hands them back.
struct ReportBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Size and time to interactive of the HTML report of a synthetic graph, beside the static SVG."
    )

    @Option(help: "Actors in the synthetic graph.")
    var actors = 2_000

    @Option(help: "Seed of the synthetic graph.")
    var seed: UInt64 = 42

    @Option(help: "Chromium loads per measurement (the median is printed).")
    var runs = 3

    @Option(help: "The browser.")
    var chromium = "/usr/bin/chromium"

    @Option(help: "Keep the report here instead of a temporary file.")
    var output: String?

    func run() throws {
        try GraphvizEngine.shared.checkPlugins()
        let graph = ReportBenchmark.graph(actors: actors, seed: seed)
        let evidence = graph.relations.reduce(0) { $0 + $1.evidence.count }
        print("Report benchmark: synthetic graph of \(actors) actors, \(graph.relations.count) relations, \(evidence) sentences (seed \(seed))")

        let clock = ContinuousClock()
        let svgStart = clock.now
        let svg = try Renderer.render(graph, options: RenderOptions(format: .svg))
        let svgTime = clock.now - svgStart
        let reportStart = clock.now
        let html = try HTMLReport.html(for: graph, documents: ReportBenchmark.documents(), options: ReportOptions(title: "Synthetic network"))
        let reportTime = clock.now - reportStart
        let file = output.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("agbench-report-\(ProcessInfo.processInfo.processIdentifier).html")
        try html.write(to: file)
        defer { if output == nil { try? FileManager.default.removeItem(at: file) } }

        print("static SVG (render):   \(megabytes(svg.count)), made in \(seconds(svgTime))")
        print("report.html:           \(megabytes(html.count)), made in \(seconds(reportTime)) (target < 15 MB)")

        guard FileManager.default.isExecutableFile(atPath: chromium) else {
            print("(no \(chromium): time to interactive not measured)")
            return
        }
        var ready: [Double] = [], complete: [Double] = [], whole: [Double] = []
        for _ in 0..<max(1, runs) {
            let started = clock.now
            let dom = try load(file)
            whole.append(Double((clock.now - started).components.attoseconds) / 1e18 + Double((clock.now - started).components.seconds))
            guard let interactive = mark("data-ready-ms", in: dom) else {
                throw ValidationError("the page never marked itself ready (no data-ready-ms in the DOM): its script failed")
            }
            ready.append(interactive)
            if let built = mark("data-complete-ms", in: dom) { complete.append(built) }
        }
        print("time to interactive:   \(String(format: "%.2f s", median(ready))) median of \(ready.count) in headless Chromium (target < 3 s): "
              + "diagram, search, panel, filters and path finder answer")
        if !complete.isEmpty {
            print("tables and appendix:   built at \(String(format: "%.2f s", median(complete))); whole browser run with --dump-dom \(String(format: "%.2f s", median(whole)))")
        }
    }

    /// The synthetic graph with evidence: one to three sentences per edge, hedged and former
    /// as the edge is, from 400 articles with dates.
    static func graph(actors: Int, seed: UInt64) -> Graph {
        let model = SyntheticGraph(actorCount: actors, seed: seed)
        var relations: [Relation] = []
        var number = 0
        model.forEachEdge { edge in
            number += 1
            let source = SyntheticNames.actor(edge.source), target = SyntheticNames.actor(edge.target)
            let sentences = 1 + number % 3
            let evidence = (0..<sentences).map { k -> Evidence in
                let article = (number * 7 + k) % 400
                let date = k == 0 ? edge.firstDate : edge.lastDate
                return Evidence(document: "article-\(article).txt",
                                sentence: "\(source.name) \(edge.kind.rawValue.replacingOccurrences(of: "-", with: " ")) \(target.name), according to report \(number)-\(k).",
                                start: 0, end: 60, hedged: edge.hedged, former: edge.former, date: date,
                                title: "Synthetic article \(article)", rule: "synthetic", confidence: 0.9)
            }
            relations.append(Relation(source: source.id, target: target.id, kind: edge.kind, evidence: evidence))
        }
        let actorList = (0..<actors).map { n -> Actor in
            var actor = SyntheticNames.actor(n)
            actor.mentionCount = 1 + n % 17
            actor.aliases = n % 5 == 0 ? ["\(SyntheticNames.word(n)) (alias)"] : []
            return actor
        }
        return Graph(actors: actorList, relations: relations).normalized()
    }

    static func documents() -> [String: ReportDocument] {
        Dictionary(uniqueKeysWithValues: (0..<400).map { n in
            ("article-\(n).txt", ReportDocument(id: "article-\(n).txt", title: "Synthetic article \(n)", url: "https://example.org/articles/\(n)"))
        })
    }

    /// Loads the page in headless Chromium with a fresh profile and returns the DOM after load.
    func load(_ file: URL) throws -> String {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("agbench-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.path)",
                             "--dump-dom", file.absoluteString]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// A `data-…-ms` mark the page wrote on its root element, in seconds.
    func mark(_ name: String, in dom: String) -> Double? {
        guard let range = dom.range(of: name + "=\""), let end = dom[range.upperBound...].firstIndex(of: "\""),
              let milliseconds = Double(dom[range.upperBound..<end]) else { return nil }
        return milliseconds / 1000
    }

    func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_000_000) }

    func seconds(_ duration: Duration) -> String {
        String(format: "%.1f s", Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
    }

    func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
}
