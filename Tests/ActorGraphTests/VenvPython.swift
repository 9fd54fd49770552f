import Foundation

/// The project's `.venv/bin/python` (made by `bash Scripts/setup`, with networkx, igraph and
/// followthemoney), for tests that check our output against those tools' own readers.
/// Absent in a clone where setup was not run: such tests skip and say why.
enum VenvPython {
    /// The repository root, found from this file's path (Tests/ActorGraphTests/…).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let executable = root.appendingPathComponent(".venv/bin/python")

    /// Whether the venv's Python can import every one of `modules`.
    static func has(_ modules: String...) -> Bool {
        guard FileManager.default.isExecutableFile(atPath: executable.path) else { return false }
        guard let result = try? run("import " + modules.joined(separator: ", ")) else { return false }
        return result.status == 0
    }

    struct Result { var status: Int32; var stdout: String; var stderr: String }

    /// Runs `script` with `arguments` (`sys.argv[1:]`); output read to the end before waiting,
    /// so a large answer cannot fill the pipe and block both processes.
    static func run(_ script: String, arguments: [String] = []) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-c", script] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let errorReader = Thread.detachNewThreadWithResult { err.fileHandleForReading.readDataToEndOfFile() }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
                      stderr: String(decoding: errorReader.value(), as: UTF8.self))
    }
}

/// A value computed on another thread, waited for once: lets `run` drain stderr while it
/// reads stdout.
private final class ThreadResult<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Value?
    init(_ work: @escaping @Sendable () -> Value) {
        Thread.detachNewThread { [self] in
            result = work()
            done.signal()
        }
    }
    func value() -> Value {
        done.wait()
        done.signal()
        return result!
    }
}

private extension Thread {
    static func detachNewThreadWithResult<Value: Sendable>(_ work: @escaping @Sendable () -> Value) -> ThreadResult<Value> {
        ThreadResult(work)
    }
}
