import Foundation

/// A line on stderr while Graphviz lays out a large graph. Graphviz reports nothing until
/// it is done, so a layout of minutes looked like a hang; this says what is running and,
/// every few seconds, how long it has run.
final class LayoutProgress: @unchecked Sendable {
    private let timer: DispatchSourceTimer
    private let started = DispatchTime.now()
    private let what: String

    /// Starts reporting after `delay` seconds, then every `interval` seconds, until ``stop()``.
    init(what: String, delay: Double = 5, interval: Double = 10) {
        self.what = what
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global())
        timer.schedule(deadline: .now() + delay, repeating: interval)
        timer.setEventHandler { [weak self] in self?.report() }
        timer.resume()
    }

    private func report() {
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        FileHandle.standardError.write(Data(String(format: "render: still laying out %@ (%.0f s)\n", what, seconds).utf8))
    }

    func stop() { timer.cancel() }

    /// Runs `body`, reporting while it runs.
    static func reporting<T>(_ what: String, _ body: () throws -> T) rethrows -> T {
        let progress = LayoutProgress(what: what)
        defer { progress.stop() }
        return try body()
    }
}
