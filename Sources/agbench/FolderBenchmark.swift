import ActorGraph
import ArgumentParser
import Foundation

/// `agbench folder`: the `actorgraph` binary end to end on folders of many distinct article
/// files at 1x, 5x and 10x, beside the same articles in one JSON Lines file. The in-process
/// `agbench extract` figure hides what a folder adds (reading files, merging hot edges, one
/// core or all): issue 14 item 7 found 1,200 / 13,200 files taking 0.77 / 19.6 s.
struct FolderBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folder",
        abstract: "Time `actorgraph extract` and `ingest` on folders of many files at 1x/5x/10x (MB/s, scaling)."
    )

    @Option(help: "Folder of articles to copy (default: ../shared/seeds, else examples/corpus).")
    var corpus: String?

    @Option(help: "Files in the 1x folder (1,200 seed copies are about 10 MB).")
    var files = 1_200

    @Option(help: "Sizes as multiples of --files, comma-separated.")
    var scales = "1,5,10"

    @Option(help: "The actorgraph binary (default: next to agbench).")
    var actorgraph: String?

    @Flag(help: "Skip `ingest` (it writes a store per size).")
    var noIngest = false

    @Flag(help: "Time only `ingest` (to compare two binaries of the store's write path).")
    var ingestOnly = false

    func run() throws {
        let folder = corpus ?? (FileManager.default.fileExists(atPath: "../shared/seeds") ? "../shared/seeds" : "examples/corpus")
        let binary = actorgraph ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("actorgraph").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw ValidationError("\(binary): no actorgraph binary; build it (swift build -c release --product actorgraph) or give --actorgraph")
        }
        let loader = DocumentLoader()
        let originals = try loader.articleFiles(in: [folder])
        guard !originals.isEmpty else { throw ValidationError("\(folder): no articles to copy") }
        let contents = try originals.map { try Data(contentsOf: $0) }
        let multiples = scales.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.filter { $0 > 0 }
        guard !multiples.isEmpty, files > 0 else { throw ValidationError("give --files and --scales above zero") }
        guard !(ingestOnly && noIngest) else { throw ValidationError("'--ingest-only' and '--no-ingest' leave nothing to time; give one of them") }

        let root = FileManager.default.temporaryDirectory.appendingPathComponent("agbench-folder-\(getpid())")
        defer { try? FileManager.default.removeItem(at: root) }
        print("folder benchmark: \(binary) on copies of \(folder) (\(originals.count) articles), "
              + "\(ProcessInfo.processInfo.activeProcessorCount) cores; wall time, and CPU time of the run (user + sys)")
        print("  " + "run".padding(toLength: 44, withPad: " ", startingAt: 0)
              + "files     MB     wall     CPU   MB/s  ms/doc")
        var figures: [String: [Int: Double]] = [:]
        for multiple in multiples {
            let count = files * multiple
            let dir = root.appendingPathComponent("x\(multiple)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            var bytes = 0
            var lines = Data()
            for index in 0..<count {
                let source = index % originals.count
                // Distinct names: the store keys documents by name and path, extract by name.
                let name = String(format: "%06d-", index) + originals[source].lastPathComponent
                // A distinct last line too: `ingest` skips a document whose content it has stored.
                let content = contents[source] + Data("\n(copy \(index))\n".utf8)
                try content.write(to: dir.appendingPathComponent(name))
                bytes += content.count
                if multiple == multiples[0] {
                    let record = ["id": name, "text": String(decoding: content, as: UTF8.self)]
                    lines += try JSONSerialization.data(withJSONObject: record) + Data("\n".utf8)
                }
            }
            let megabytes = Double(bytes) / 1_000_000
            func measure(_ label: String, _ arguments: [String], key: String) throws {
                let (wall, cpu) = try Self.time(binary, arguments)
                figures[key, default: [:]][multiple] = wall
                print("  " + label.padding(toLength: 44, withPad: " ", startingAt: 0)
                      + String(format: "%5d %6.1f %7.2fs %6.2fs %6.1f %7.2f", count, megabytes, wall, cpu,
                               megabytes / wall, wall * 1000 / Double(count)))
            }
            if multiple == multiples[0], !ingestOnly {
                // The single-file figure: the same articles as records of one JSON Lines file.
                let single = root.appendingPathComponent("single.jsonl")
                try lines.write(to: single)
                try measure("extract, one .jsonl file (\(multiple)x)", ["extract", single.path], key: "single")
            }
            if !ingestOnly {
                try measure("extract, folder (\(multiple)x)", ["extract", dir.path], key: "extract")
                try measure("extract --rules-only, folder (\(multiple)x)", ["extract", "--rules-only", dir.path], key: "rules")
            }
            if !noIngest {
                let store = root.appendingPathComponent("x\(multiple).sqlite").path
                try measure("ingest, folder into a new store (\(multiple)x)", ["ingest", "--quiet", "--db", store, dir.path], key: "ingest")
            }
            try FileManager.default.removeItem(at: dir)
        }
        if let first = multiples.first, multiples.count > 1 {
            print("  scaling (time relative to \(first)x; goal: 10x the corpus in <= 11x the time, >= 20 MB/s):")
            for key in ["extract", "rules", "ingest"] {
                guard let times = figures[key], let base = times[first] else { continue }
                let ratios = multiples.compactMap { m in times[m].map { String(format: "%dx %.2f", m, $0 / base) } }
                print("    " + key.padding(toLength: 10, withPad: " ", startingAt: 0) + ratios.joined(separator: "   "))
            }
        }
    }

    /// Runs the binary with stdout discarded; wall seconds and the child's CPU seconds.
    static func time(_ binary: String, _ arguments: [String]) throws -> (wall: Double, cpu: Double) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        let before = childCPU()
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        guard process.terminationStatus == 0 else {
            throw ValidationError("actorgraph \(arguments.joined(separator: " ")) failed: \(String(decoding: message, as: UTF8.self))")
        }
        return (wall, childCPU() - before)
    }

    private static func childCPU() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        #else
        getrusage(RUSAGE_CHILDREN, &usage)
        #endif
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
