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

    @Option(parsing: .remaining, help: "Further options for every `actorgraph path` run, after everything else (e.g. --extra -k 3).")
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

    /// Runs one query with posix_spawn (Foundation's Process adds tens of milliseconds of its
    /// own on Linux) and times it from spawn to exit; stdout goes to a file to count hops.
    private func runOnce(_ from: String, _ to: String) throws -> Run {
        let arguments = [binary, "path", from, to, "--db", db] + extra
        let outputPath = NSTemporaryDirectory() + "agbench-path-\(getpid()).out"
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, binary, &actions, nil, &argv, environ)
        guard spawned == 0 else {
            throw ValidationError("could not start \(binary): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        // Hop lines are the unindented ones; with -k each path also has a "Path N:" header.
        let hops = output.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("Path ") }.count
        return Run(seconds: seconds, status: exit, hops: hops)
    }

    static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = p * Double(sorted.count - 1)
        let low = Int(rank.rounded(.down)), high = Int(rank.rounded(.up))
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - Double(low))
    }
}
