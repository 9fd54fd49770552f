import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Headless Firefox driven through Marionette, Firefox's own remote protocol, so that the
/// report's self-test runs in Gecko as it does in Chromium (Firefox has no `--dump-dom`).
///
/// Marionette speaks JSON over TCP, each message prefixed by its byte length and a colon
/// (`27:[0,1,"WebDriver:Navigate",{…}]`); a command is `[0, id, name, parameters]` and its
/// answer `[1, id, error, result]`. The browser runs on a fresh profile whose `user.js` asks
/// for port 0: Firefox picks a free port and writes it to `MarionetteActivePort` in the
/// profile, so parallel runs never collide. Every read and write has a deadline, and
/// ``close()`` quits the browser, killing it if it does not go.
final class Marionette {
    enum Failure: Error, CustomStringConvertible {
        case timedOut(String)
        case socket(String)
        case protocolError(String)
        case command(name: String, error: String, message: String)

        var description: String {
            switch self {
            case .timedOut(let what): "Firefox timed out: \(what)"
            case .socket(let what): "Marionette socket: \(what)"
            case .protocolError(let what): "Marionette protocol: \(what)"
            case .command(let name, let error, let message): "Marionette \(name) failed: \(error): \(message)"
            }
        }
    }

    private let process: Process
    private let profile: URL
    private let deadline: Date
    private var socket: Int32 = -1
    private var buffer: [UInt8] = []
    private var nextID = 1

    /// Starts `firefox` headless on a new profile in `profile` (which must exist and be
    /// empty), opens a WebDriver session and sizes the window so that pages get a viewport
    /// of `width`×`height` CSS pixels.
    /// - Parameter timeout: the life of the whole exchange; no call waits beyond it.
    init(firefox: String, profile: URL, width: Int = 1600, height: Int = 1000, timeout: TimeInterval = 60) throws {
        self.profile = profile
        self.deadline = Date().addingTimeInterval(timeout)
        let prefs = [
            "marionette.port": "0",
            "browser.shell.checkDefaultBrowser": "false",
            "browser.startup.page": "0",
            "browser.startup.homepage_override.mstone": "\"ignore\"",
            "datareporting.policy.dataSubmissionEnabled": "false",
            "toolkit.telemetry.reportingpolicy.firstRun": "false",
            "app.update.disabledForTesting": "true",
            "browser.tabs.warnOnClose": "false",
        ]
        let userJS = prefs.sorted { $0.key < $1.key }.map { "user_pref(\"\($0.key)\", \($0.value));\n" }.joined()
        try Data(userJS.utf8).write(to: profile.appendingPathComponent("user.js"))

        process = Process()
        process.executableURL = URL(fileURLWithPath: firefox)
        process.arguments = ["--headless", "--marionette", "--no-remote", "--new-instance", "--profile", profile.path,
                             "about:blank"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        do {
            try connect(port: try activePort())
            _ = try readMessage() // the greeting: {"applicationType":"gecko","marionetteProtocol":3}
            _ = try command("WebDriver:NewSession", ["capabilities": ["alwaysMatch": ["acceptInsecureCerts": true]]])
            // The window includes the browser's own bars, even headless: size it, measure them, size again.
            try command("WebDriver:SetWindowRect", ["width": width, "height": height])
            let bars = try evaluate("return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight];") as? [Int] ?? [0, 0]
            if bars.count == 2, bars != [0, 0] {
                try command("WebDriver:SetWindowRect", ["width": width + bars[0], "height": height + bars[1]])
            }
        } catch {
            close()
            throw error
        }
    }

    deinit { close() }

    /// The port Firefox chose, read from the profile once Marionette listens.
    private func activePort() throws -> UInt16 {
        let file = profile.appendingPathComponent("MarionetteActivePort")
        while Date() < deadline {
            if !process.isRunning { throw Failure.socket("firefox exited (status \(process.terminationStatus)) before Marionette listened") }
            if let text = try? String(contentsOf: file, encoding: .utf8),
               let port = UInt16(text.trimmingCharacters(in: .whitespacesAndNewlines)), port > 0 {
                return port
            }
            usleep(100_000)
        }
        throw Failure.timedOut("no MarionetteActivePort in \(profile.path)")
    }

    private func connect(port: UInt16) throws {
        while Date() < deadline {
            #if canImport(Glibc)
            let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            #else
            let fd = Darwin.socket(AF_INET, SOCK_STREAM, 0)
            #endif
            guard fd >= 0 else { throw Failure.socket("socket(): errno \(errno)") }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    #if canImport(Glibc)
                    Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                    #else
                    Darwin.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                    #endif
                }
            }
            if connected == 0 { socket = fd; return }
            _ = systemClose(fd)
            usleep(100_000)
        }
        throw Failure.timedOut("could not connect to Marionette on port \(port)")
    }

    /// Sends one command and returns its result's `value` (or the whole result when it has none).
    @discardableResult
    func command(_ name: String, _ parameters: [String: Any] = [:]) throws -> Any? {
        let id = nextID
        nextID += 1
        let body = try JSONSerialization.data(withJSONObject: [0, id, name, parameters] as [Any])
        try write(Array("\(body.count):".utf8) + Array(body))
        while true {
            guard let message = try readMessage() as? [Any], message.count == 4,
                  (message[0] as? Int) == 1, let answered = message[1] as? Int else {
                throw Failure.protocolError("unexpected answer to \(name)")
            }
            guard answered == id else { continue }
            if let error = message[2] as? [String: Any] {
                throw Failure.command(name: name, error: error["error"] as? String ?? "error", message: error["message"] as? String ?? "")
            }
            if let result = message[3] as? [String: Any], result.keys.contains("value") { return result["value"] is NSNull ? nil : result["value"] }
            return message[3]
        }
    }

    /// Runs `script` (a function body) in the page and returns what it returns.
    func evaluate(_ script: String) throws -> Any? {
        try command("WebDriver:ExecuteScript", ["script": script, "args": [Any]()])
    }

    private func remaining() throws -> timeval {
        let left = deadline.timeIntervalSinceNow
        guard left > 0 else { throw Failure.timedOut("the exchange took longer than allowed") }
        return timeval(tv_sec: Int(left), tv_usec: suseconds_t((left - left.rounded(.down)) * 1_000_000))
    }

    private func write(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            var limit = try remaining()
            setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
            let n = bytes[sent...].withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw Failure.socket("send: errno \(errno)") }
            sent += n
        }
    }

    private func fill() throws {
        var limit = try remaining()
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var chunk = [UInt8](repeating: 0, count: 65536)
        let n = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        if n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) { throw Failure.timedOut("no answer from Marionette") }
        guard n > 0 else { throw Failure.socket(n == 0 ? "Firefox closed the connection" : "recv: errno \(errno)") }
        buffer += chunk[..<n]
    }

    private func readMessage() throws -> Any {
        while true {
            if let colon = buffer.firstIndex(of: UInt8(ascii: ":")) {
                guard let length = Int(String(decoding: buffer[..<colon], as: UTF8.self)) else {
                    throw Failure.protocolError("bad length prefix")
                }
                if buffer.count >= colon + 1 + length {
                    let body = Data(buffer[(colon + 1)..<(colon + 1 + length)])
                    buffer.removeFirst(colon + 1 + length)
                    return try JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])
                }
            }
            try fill()
        }
    }

    /// Quits Firefox (Marionette's quit, then SIGTERM, then SIGKILL) and closes the socket.
    func close() {
        if socket >= 0 {
            if process.isRunning { _ = try? command("Marionette:Quit", ["flags": ["eForceQuit"]]) }
            _ = systemClose(socket)
            socket = -1
        }
        guard process.isRunning else { return }
        let give = Date().addingTimeInterval(5)
        while process.isRunning && Date() < give { usleep(50_000) }
        if process.isRunning { process.terminate() }
        let more = Date().addingTimeInterval(5)
        while process.isRunning && Date() < more { usleep(50_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    private func systemClose(_ fd: Int32) -> Int32 {
        #if canImport(Glibc)
        Glibc.close(fd)
        #else
        Darwin.close(fd)
        #endif
    }
}
