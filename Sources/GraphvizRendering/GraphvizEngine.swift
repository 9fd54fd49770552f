import Foundation
private import CGraphviz

/// The one door to Graphviz's C libraries: one process-wide context and one lock around
/// every call, parsing included.
///
/// Graphviz is not thread-safe (two threads corrupt layouts and crash `dot`), so every
/// call goes through ``shared``. Errors that Graphviz reports through `agerr` are caught
/// in a sink instead of being printed, and come back as ``RenderError/graphviz(_:)``.
/// Parallel renders need separate processes.
public final class GraphvizEngine: @unchecked Sendable {
    /// The process-wide engine. Its context lives as long as the process: a context per
    /// render leaks and the pango plugin reads freed memory after `gvFreeContext`.
    public static let shared = GraphvizEngine()

    private let lock = NSLock()
    private let context: OpaquePointer?
    private var pluginCache: [String: [String]] = [:]

    private init() {
        agseterrf { message in
            if let message { GraphvizErrorSink.shared.append(String(cString: message)) }
            return 0
        }
        context = gvContext()
    }

    /// The plugins of one kind ("layout", "render", "device"...), as Graphviz names them.
    public func plugins(kind: String) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        return unlockedPlugins(kind: kind)
    }

    /// Output formats Graphviz can write (the `device` plugins), without the `:renderer` suffix.
    public var availableFormats: [String] { plugins(kind: "device") }

    /// Layout engines Graphviz can run.
    public var availableLayouts: [String] { plugins(kind: "layout") }

    /// Lays out DOT text with one engine and writes it in one format.
    ///
    /// - Parameters:
    ///   - dot: the graph in the DOT language.
    ///   - layout: a Graphviz engine name (`dot`, `sfdp`...).
    ///   - format: a Graphviz output format (`svg`, `png`, `json`...).
    /// - Returns: the bytes Graphviz wrote.
    /// - Throws: ``RenderError`` when the DOT does not parse, a plugin is missing or the
    ///   layout fails; the message is Graphviz's own, never printed to stderr.
    public func render(dot: String, layout: String, format: String) throws -> Data {
        lock.lock()
        defer { lock.unlock() }
        guard let context else { throw RenderError.graphviz("could not create a Graphviz context") }
        try checkLayoutPlugins()
        guard !dot.isEmpty else { throw RenderError.emptyDOT }
        let formats = unlockedPlugins(kind: "device")
        let formatName = format.split(separator: ":").first.map(String.init) ?? format
        guard formats.contains(formatName) else {
            throw RenderError.missingFormatPlugin(format: format, available: formats)
        }
        let layouts = unlockedPlugins(kind: "layout")
        guard layouts.contains(layout) else {
            throw RenderError.missingLayoutPlugin(layout: layout, available: layouts)
        }

        GraphvizErrorSink.shared.reset()
        agreseterrors()
        guard let graph = agmemread(dot) else {
            throw RenderError.graphviz(GraphvizErrorSink.shared.message(or: "Graphviz could not read the DOT text"))
        }
        defer { agclose(graph) }

        GraphvizErrorSink.shared.reset()
        guard gvLayout(context, graph, layout) == 0 else {
            throw RenderError.graphviz(GraphvizErrorSink.shared.message(or: "layout '\(layout)' failed"))
        }
        defer { gvFreeLayout(context, graph) }

        var buffer: UnsafeMutablePointer<CChar>? = nil
        var length: UInt32 = 0
        GraphvizErrorSink.shared.reset()
        let rc = gvRenderData(context, graph, format, &buffer, &length)
        // Graphviz allocates the buffer even when rendering fails: free it either way.
        defer { if let buffer { gvFreeRenderData(buffer) } }
        guard rc == 0, let buffer else {
            throw RenderError.graphviz(GraphvizErrorSink.shared.message(or: "rendering as '\(format)' failed"))
        }
        return Data(bytes: buffer, count: Int(length))
    }

    /// Throws when no layout plugin is registered: Graphviz's plugin configuration
    /// (`config6a`) is missing, and every engine would fail with an empty list of choices.
    public func checkPlugins() throws {
        lock.lock()
        defer { lock.unlock() }
        try checkLayoutPlugins()
    }

    private func checkLayoutPlugins() throws {
        if unlockedPlugins(kind: "layout").isEmpty { throw RenderError.noLayoutPlugins }
    }

    private func unlockedPlugins(kind: String) -> [String] {
        if let cached = pluginCache[kind] { return cached }
        guard let context else { return [] }
        var count: Int32 = 0
        var names: [String] = []
        let mutableKind = Array(kind.utf8CString)
        if let list = mutableKind.withUnsafeBufferPointer({ gvPluginList(context, $0.baseAddress, &count, nil) }) {
            for index in 0..<Int(count) {
                if let item = list[index] {
                    names.append(String(cString: item))
                    free(item)
                }
            }
            free(list)
        }
        // Device plugins are listed as `svg:cairo`, `png:cairo`...: keep the format names.
        let plain = names.map { $0.split(separator: ":").first.map(String.init) ?? $0 }
        var seen = Set<String>()
        let result = plain.filter { seen.insert($0).inserted }.sorted()
        pluginCache[kind] = result
        return result
    }
}

/// Where Graphviz's error messages go instead of stderr.
final class GraphvizErrorSink: @unchecked Sendable {
    static let shared = GraphvizErrorSink()
    private let lock = NSLock()
    private var text = ""

    func append(_ message: String) {
        lock.lock()
        text += message
        lock.unlock()
    }

    func reset() {
        lock.lock()
        text = ""
        lock.unlock()
    }

    /// The collected messages on one line, or `fallback` when Graphviz said nothing.
    func message(or fallback: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        let lines = text.split(whereSeparator: \.isNewline)
            .map { Self.rephrased(String($0)) }
            .filter { !$0.isEmpty }
        return lines.isEmpty ? fallback : lines.joined(separator: "; ")
    }

    /// One Graphviz line in our words. Graphviz names the file it read in each message, and
    /// the DOT we hand it from memory has none, so it wrote `(null):` and `of (null)`; its own
    /// `Error:`/`Warning:` label doubled the one the command prints.
    static func rephrased(_ line: String) -> String {
        var line = line.trimmingCharacters(in: .whitespaces)
        for label in ["Error:", "Warning:", "error:", "warning:"] where line.hasPrefix(label) {
            line = String(line.dropFirst(label.count)).trimmingCharacters(in: .whitespaces)
        }
        line = line.replacingOccurrences(of: " of (null)", with: " of the generated DOT")
            .replacingOccurrences(of: "(null):", with: "")
            .replacingOccurrences(of: "(null)", with: "the generated DOT")
        return line.trimmingCharacters(in: .whitespaces)
    }
}
