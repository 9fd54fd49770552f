import ActorGraph
import ArgumentParser
import Foundation
import GraphvizRendering

/// `agbench render`: in-process rendering against the `dot` program, and memory over many
/// renders in one process.
struct RenderBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Time rendering synthetic graphs (auto layout) beside the dot program; check RSS over many renders."
    )

    @Option(help: "Graph sizes in actors, comma-separated.")
    var sizes = "50,500,5000"

    @Option(help: "Seconds before a `dot` reference run is stopped.")
    var timeout: Double = 20

    @Option(help: "Renders in the memory check.")
    var renders = 1000

    @Option(help: "Actors in the memory-check graph.")
    var memoryActors = 30

    @Option(help: "The dot program used as the reference.")
    var dotProgram = "/usr/bin/dot"

    func run() throws {
        let sizes = sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        try GraphvizEngine.shared.checkPlugins()
        let hasDot = FileManager.default.isExecutableFile(atPath: dotProgram)
        print("Render benchmark: synthetic graphs (seed 42, ~2 typed relations per actor), SVG output")
        print("in-process = our DOT text + Graphviz layout + SVG, median of 3 (1 for 5,000); dot = the program on the same DOT")
        if !hasDot { print("(no \(dotProgram): reference columns skipped)") }
        print(pad("actors", 7) + pad("relations", 10) + pad("auto→", 8) + pad("in-process", 12)
              + pad("dot -K<auto>", 16) + pad("dot -Kdot", 22))
        for size in sizes {
            let graph = RandomGraph.make(actors: size)
            let layout = Layout.auto.resolved(for: graph)
            let options = RenderOptions(format: .svg, layout: layout)
            let dotStart = DispatchTime.now()
            let dot = Renderer.dot(for: graph, options: options)
            let dotTime = seconds(since: dotStart)
            let runs = size <= 500 ? 3 : 1
            var times: [Double] = []
            var bytes = 0
            for _ in 0..<runs {
                let start = DispatchTime.now()
                bytes = try Renderer.render(graph, options: options).count
                times.append(seconds(since: start))
            }
            let inProcess = times.sorted()[times.count / 2]
            var reference = "–", dotReference = "–"
            if hasDot {
                let file = FileManager.default.temporaryDirectory.appendingPathComponent("agbench-\(size)-\(getpid()).dot")
                try Data(dot.utf8).write(to: file)
                defer { try? FileManager.default.removeItem(at: file) }
                reference = describe(try runDot(file: file, layout: layout.rawValue))
                dotReference = layout == .dot ? "(same)" : describe(try runDot(file: file, layout: "dot"))
            }
            print(pad("\(size)", 7) + pad("\(graph.relations.count)", 10) + pad(layout.rawValue, 8)
                  + pad(format(inProcess), 12) + pad(reference, 16) + pad(dotReference, 22)
                  + "  (DOT text \(format(dotTime)) of it; \(bytes / 1024) KB SVG)")
        }
        try memoryCheck()
    }

    /// Renders one graph many times in this process and prints RSS before and after.
    func memoryCheck() throws {
        let graph = RandomGraph.make(actors: memoryActors, seed: 7)
        let options = RenderOptions(format: .svg, layout: .auto)
        _ = try Renderer.render(graph, options: options)  // warm-up: plugins, fonts
        let before = residentKilobytes()
        let start = DispatchTime.now()
        for _ in 0..<renders { _ = try Renderer.render(graph, options: options) }
        let elapsed = seconds(since: start)
        let after = residentKilobytes()
        let layout = Layout.auto.resolved(for: graph).rawValue
        print("Memory: \(renders) SVG renders of a \(memoryActors)-actor graph (\(layout)) in \(format(elapsed)): "
              + "VmRSS \(before.map { "\($0) kB" } ?? "?") before, \(after.map { "\($0) kB" } ?? "?") after"
              + (before != nil && after != nil ? " (\(after! - before! >= 0 ? "+" : "")\(after! - before!) kB)" : ""))
    }

    enum DotRun { case finished(Double, Int32), timedOut(Double) }

    func runDot(file: URL, layout: String) throws -> DotRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dotProgram)
        process.arguments = ["-K\(layout)", "-Tsvg", file.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        let start = DispatchTime.now()
        try process.run()
        if done.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            done.wait()
            return .timedOut(timeout)
        }
        return .finished(seconds(since: start), process.terminationStatus)
    }

    func describe(_ run: DotRun) -> String {
        switch run {
        case .finished(let time, let status): return status == 0 ? format(time) : "failed (\(status))"
        case .timedOut(let limit): return "> \(Int(limit)) s (timed out)"
        }
    }

    func residentKilobytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") }
        return line.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") }
    }

    func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    func format(_ seconds: Double) -> String {
        seconds < 1 ? String(format: "%.0f ms", seconds * 1000) : String(format: "%.2f s", seconds)
    }

    func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
