import ActorGraph
import ActorGraphStore
import ArgumentParser
import Foundation

/// `agbench path --db STORE`: runs `actorgraph path A B --db STORE` for random pairs of a
/// synthetic store and times each run from process start to exit, the way a user waits
/// for it, printing the median and 95th percentile beside the references.
struct PathBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Time `actorgraph path` end to end on random pairs of a synthetic store (agbench synth).")

    @Option(help: ArgumentHelp("A store written by `agbench synth`.", valueName: "store.sqlite"))
    var db: String

    @Option(help: "How many random pairs.")
    var pairs = 100

    @Option(help: ArgumentHelp("The actorgraph binary to run.", valueName: "path"))
    var binary = ".build/release/actorgraph"

    @Option(help: "The seed for choosing pairs.")
    var seed: UInt64 = 7

    @Option(parsing: .remaining, help: "Further options for every `actorgraph path` run (e.g. -k 3).")
    var extra: [String] = []

    func validate() throws {
        guard (1...100_000).contains(pairs) else { throw ValidationError("'--pairs \(pairs)' is out of range; give 1 to 100000") }
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw ValidationError("\(binary) is not an executable; build it with `swift build -c release --product actorgraph`")
        }
        guard FileManager.default.fileExists(atPath: db) else { throw ValidationError("\(db) does not exist; make it with `agbench synth`") }
    }

    func run() throws {
        let store = try ProjectStore.open(path: db, create: false)
        let counts = try store.counts()
        guard counts.actors > 1 else { throw ValidationError("\(db) has \(counts.actors) actors; make it with `agbench synth`") }
        var random = SplitMix64(seed: seed)
        var times: [Double] = []
        var outcomes = [Int32: Int]()
        var hops: [Int] = []
        // One warm-up run, so that the first timed run does not pay for a cold page cache alone.
        _ = try runOnce(SyntheticNames.actor(0).name, SyntheticNames.actor(1).name)
        for _ in 0..<pairs {
            var a = 0, b = 0
            while a == b {
                a = Int(random.next() % UInt64(counts.actors))
                b = Int(random.next() % UInt64(counts.actors))
            }
            let result = try runOnce(SyntheticNames.actor(a).name, SyntheticNames.actor(b).name)
            times.append(result.seconds)
            outcomes[result.status, default: 0] += 1
            if result.status == 0 { hops.append(result.hops) }
        }
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        let peakMB = Double(usage.ru_maxrss) / 1024
        let storeMB = Double((try? FileManager.default.attributesOfItem(atPath: db)[.size] as? Int) ?? 0) / 1_048_576
        times.sort()
        let median = Self.percentile(times, 0.5) * 1000, p95 = Self.percentile(times, 0.95) * 1000
        let found = outcomes[0] ?? 0
        let meanHops = hops.isEmpty ? 0 : Double(hops.reduce(0, +)) / Double(hops.count)
        print(String(format: "path %@: %d actors, %d relations: median %.1f ms, p95 %.1f ms, max %.1f ms over %d pairs "
                     + "(%d found, mean %.1f hops, exits %@); peak RSS %.0f MB, store %.0f MB",
                     (db as NSString).lastPathComponent, counts.actors, counts.relations, median, p95,
                     (times.last ?? 0) * 1000, pairs, found, meanHops,
                     outcomes.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: " "),
                     peakMB, storeMB))
        print("  reference, same graph shape, this machine: networkx 34 s to load + 0.8 ms per query; "
              + "igraph 15 s + 44 ms; PostgreSQL recursive CTE 0.4 s per query on 100k actors")
    }

    struct Run {
        var seconds: Double
        var status: Int32
        var hops: Int
    }

    private func runOnce(_ from: String, _ to: String) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["path", from, to, "--db", db] + extra
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let hops = String(decoding: data, as: UTF8.self).split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.isEmpty }.count
        return Run(seconds: seconds, status: process.terminationStatus, hops: hops)
    }

    static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = p * Double(sorted.count - 1)
        let low = Int(rank.rounded(.down)), high = Int(rank.rounded(.up))
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - Double(low))
    }
}
