import ActorGraph
import Foundation
import Testing

/// Runs a headless browser on a report and reads the page's self-test result.
enum ReportBrowser {
    /// The browsers the report is checked in.
    enum Browser: String, CustomStringConvertible, Sendable {
        case chromium, firefox

        var description: String { rawValue }

        /// The browser's program on PATH, if any.
        var executable: String? {
            switch self {
            case .chromium: ReportBrowser.chromium
            case .firefox: ReportBrowser.firefox
            }
        }
    }

    static let chromium: String? = onPath(["chromium", "chromium-browser"])
    /// Debian's `firefox-esr` (Scripts/setup installs it) or another `firefox`.
    static let firefox: String? = onPath(["firefox-esr", "firefox"])

    static func onPath(_ names: [String]) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            for name in names {
                let path = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    struct Result: Decodable {
        struct Click: Decodable { var open: Bool; var heading: String?; var evidence: [Int]; var sentences: [String] }
        /// What one relation type's filter left: drawn edges, table rows, and the view before,
        /// after, after zooming then "fit", and after the filter was undone (`x y w h`), with the
        /// box of every element still drawn.
        struct Filter: Decodable {
            var drawn: [String]; var rows: Int
            var before: [Double]; var view: [Double]; var fitted: [Double]; var reset: [Double]; var boxes: [[Double]]
        }
        /// What one actor type's filter left: drawn actors and coalition boxes (of all the drawing has).
        struct ActorFilter: Decodable {
            var drawn: [String]; var coalitions: [String]; var everyCoalition: [String]
            var view: [Double]; var boxes: [[Double]]
        }
        struct Keyboard: Decodable { var focused: Bool; var open: Bool; var heading: String? }
        var ready: Double
        var search: [[String]]
        var click: Click?
        var filter: Filter?
        var actorFilter: ActorFilter?
        var keyboard: Keyboard?
        var hedgedHidden: [String]?
        var since: [String]?
        struct CSV: Decodable { var actors: [String]; var relations: [String] }
        var csv: CSV?
        var paths: [[String]]
        var errors: [String]
        var pwned: String?
        var images: Int
        var scripts: Int
        var javascriptLinks: Int
    }

    struct PathQuery {
        var from: String
        var to: String
        var count = 1
        var avoid: [String] = []
        var directed = false
        var types: [String]?
        var maxHops: Int?

        var json: [String: Any] {
            var object: [String: Any] = ["from": from, "to": to, "count": count, "avoid": avoid, "directed": directed]
            if let types { object["types"] = types }
            if let maxHops { object["maxHops"] = maxHops }
            return object
        }

        func arguments(input: String) -> [String] {
            var arguments = ["path", from, to, "--input", input, "-k", String(count)]
            for actor in avoid { arguments += ["--avoid", actor] }
            if directed { arguments.append("--directed") }
            if let types { arguments += ["--via", types.joined(separator: ",")] }
            if let maxHops { arguments += ["--max-hops", String(maxHops)] }
            return arguments
        }
    }

    /// Loads `report#selftest=SPEC` in `browser` (a fresh profile each time, so parallel tests
    /// do not share one) and decodes what the page wrote.
    static func selfTest(_ report: URL, in browser: Browser, _ spec: [String: Any]) throws -> Result {
        let json = String(decoding: try JSONSerialization.data(withJSONObject: spec, options: [.sortedKeys]), as: UTF8.self)
        let hash = try #require(json.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
        let address = report.absoluteString + "#selftest=" + hash
        let text: String
        switch browser {
        case .chromium: text = try chromiumResult(address)
        case .firefox: text = try firefoxResult(address)
        }
        return try JSONDecoder().decode(Result.self, from: Data(text.utf8))
    }

    /// Chromium's `--dump-dom` after the page's scripts ran; killed after 30 s.
    static func chromiumResult(_ address: String) throws -> String {
        let chromium = try #require(chromium)
        let profile = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=\(profile.path)",
                             "--virtual-time-budget=10000", "--dump-dom", address]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = DispatchTime.now() + .seconds(30)
        let timer = DispatchSource.makeTimerSource()
        timer.schedule(deadline: deadline)
        timer.setEventHandler { if process.isRunning { process.terminate() } }
        timer.resume()
        let dom = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        timer.cancel()
        let start = try #require(dom.range(of: "<pre id=\"selftest-result\">", options: .backwards), "the page wrote no self-test result; it failed to load or its script stopped")
        let end = try #require(dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex))
        return String(dom[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&nbsp;", with: "\u{A0}").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Firefox through Marionette: navigate, then read the result element once the page
    /// wrote it; the browser is quit (or killed) afterwards, and nothing waits beyond 60 s.
    static func firefoxResult(_ address: String) throws -> String {
        let firefox = try #require(firefox)
        let profile = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: profile) }
        let session = try Marionette(firefox: firefox, profile: profile, timeout: 60)
        defer { session.close() }
        try session.command("WebDriver:Navigate", ["url": address])
        let started = Date()
        while Date().timeIntervalSince(started) < 30 {
            let written = try session.evaluate("const pre = document.getElementById('selftest-result'); return pre ? pre.textContent : null;")
            if let text = written as? String { return text }
            usleep(100_000)
        }
        Issue.record("the page wrote no self-test result in 30 s; it failed to load or its script stopped")
        throw Marionette.Failure.timedOut("no self-test result")
    }

    /// Articles whose titles, ids, URLs and sentences carry payloads that set `window.__pwned`.
    static let injectionArticles = #"""
    {"id":"inj-1.txt","title":"<script>window.__pwned='title'</script> Turkey and the SNA","date":"2024-03-01","url":"javascript:window.__pwned='url'","text":"Turkey backs the Syrian National Army, the sources said <script>window.__pwned='sentence'</script>. The Hamza Division is part of the Syrian National Army \"><img src=x onerror=\"window.__pwned='img'\">, officials said."}
    {"id":"inj-2.txt\"><img src=x onerror=\"window.__pwned='docid'\">","title":"Ankara </script><script>window.__pwned='close'</script>","date":"2024-04-02","url":" JavaScript:window.__pwned='url2'","text":"Iran backs Hezbollah </script><script>window.__pwned='close-sentence'</script> in Lebanon. Hezbollah fights Israel, reportedly, <!-- comment --> on the border."}

    """#

    /// A graph whose names, aliases, ids, rules and document ids carry payloads.
    static let injectionGraph = #"""
    {"actors": [
      {"id": "x\"><svg onload=\"window.__pwned='id'\">", "name": "<img src=x onerror=\"window.__pwned='name'\">", "type": "armed-group",
       "aliases": ["</script><script>window.__pwned='alias'</script>", "javascript:window.__pwned='alias-url'"], "mentions": 2},
      {"id": "turkey", "name": "Turkey", "type": "state", "aliases": ["<b onmouseover=\"window.__pwned='b'\">Türkiye</b>"], "mentions": 3},
      {"id": "formula", "name": "=HYPERLINK(\"https://evil.example\",\"x\")", "type": "person", "mentions": 1}
    ], "relations": [
      {"source": "formula", "target": "turkey", "type": "member-of", "evidence": [
        {"document": "f.txt", "sentence": "A cell that is a formula.", "start": 0, "end": 25}]},
      {"source": "turkey", "target": "x\"><svg onload=\"window.__pwned='id'\">", "type": "backs", "evidence": [
        {"document": "<iframe src=\"javascript:window.__pwned='doc'\">", "sentence": "Turkey backs them <script>window.__pwned='s'</script> ]]> <!-- --> \u2028 end.",
         "start": 0, "end": 10, "hedged": true, "date": "2024-01-01", "title": "\"><img src=x onerror=\"window.__pwned='t'\">",
         "rule": "<script>window.__pwned='rule'</script>", "confidence": 0.9}
      ]}
    ]}
    """#

    /// Which actor each injection report's test clicks.
    static let injectionClick = ["articles": "turkey", "graph": "turkey"]
}
