import Dispatch
import Foundation

/// Articles saved as PDF or Word files, turned into text by the tools Debian ships for it:
/// poppler's `pdftotext` (package `poppler-utils`) and `unzip` (a `.docx` is a zip of XML).
///
/// They run as subprocesses rather than being linked in: the core stays free of C
/// libraries, and a machine without them still reads every other format, with an error
/// that names the file and the package to install only when such a file is met.
public enum ConvertedText {
    /// How long a converter may run, how much text it may write, and where it is looked for.
    ///
    /// A damaged or hostile file can make a converter loop or pour out text without end;
    /// folders are read on every core at once, so one such file would stall the whole run.
    struct Limits: Sendable {
        /// Seconds before the tool is stopped and the file reported unreadable.
        var timeout: TimeInterval = 60
        /// Bytes of standard output before the tool is stopped (no article is 64 MB of text).
        var outputCap: Int = 64 << 20
        /// Folders searched for the tool instead of `PATH` (tests run fake converters).
        var searchPath: String?
    }

    /// The text of a PDF, pages in order (`pdftotext -enc UTF-8`), form feeds turned into
    /// paragraph breaks.
    /// - Throws: ``DocumentError/missingTool(path:tool:package:)``, ``DocumentError/unreadable(path:reason:)``
    ///   when `pdftotext` refuses the file, hangs or floods its output, ``DocumentError/noText(path:)``
    ///   for a scanned PDF.
    public static func pdf(at path: String) throws -> String { try pdf(at: path, limits: Limits()) }

    static func pdf(at path: String, limits: Limits) throws -> String {
        let output = try run("pdftotext", ["-q", "-enc", "UTF-8", path, "-"], for: path, package: "poppler-utils", limits: limits)
        guard output.status == 0 else {
            // `-q` silences pdftotext's messages; its exit status still says what went wrong.
            let reason = switch output.status {
            case 1: "damaged or password-protected (pdftotext could not open it); if it opens in a viewer, print it to a new PDF"
            case 3: "the PDF does not permit copying its text; print it to a new PDF or save the article as text"
            default: firstLine(output.stderr) ?? "pdftotext failed (status \(output.status))"
            }
            throw DocumentError.unreadable(path: path, reason: "not a readable PDF: \(reason)")
        }
        let text = String(decoding: output.stdout, as: UTF8.self).replacingOccurrences(of: "\u{0C}", with: "\n\n")
        if text.allSatisfy(\.isWhitespace) { throw DocumentError.noText(path: path) }
        return text
    }

    /// The text of a Word document: the paragraphs of `word/document.xml`, one per line.
    /// - Throws: ``DocumentError/missingTool(path:tool:package:)``, ``DocumentError/unreadable(path:reason:)``
    ///   for a file that is not a Word document, ``DocumentError/noText(path:)`` for one with no text.
    public static func docx(at path: String) throws -> (text: String, title: String?) { try docx(at: path, limits: Limits()) }

    static func docx(at path: String, limits: Limits) throws -> (text: String, title: String?) {
        let archive = wildcardEscaped(path)
        let output = try run("unzip", ["-p", archive, "word/document.xml"], for: path, package: "unzip", limits: limits)
        guard output.status == 0, !output.stdout.isEmpty else {
            throw DocumentError.unreadable(path: path, reason: "not a Word .docx document (no word/document.xml inside)")
        }
        let text = documentText(String(decoding: output.stdout, as: UTF8.self))
        if text.allSatisfy(\.isWhitespace) { throw DocumentError.noText(path: path) }
        var title: String?
        if let core = try? run("unzip", ["-p", archive, "docProps/core.xml"], for: path, package: "unzip", limits: limits), core.status == 0 {
            title = element("dc:title", in: String(decoding: core.stdout, as: UTF8.self))
        }
        return (text, title)
    }

    /// `unzip` reads its archive argument as a wildcard, so `Report [draft].docx` would match
    /// `Report d.docx` (or nothing): each of `[`, `*`, `?` is made a one-character class.
    static func wildcardEscaped(_ path: String) -> String {
        var out = ""
        for character in path {
            switch character {
            case "[", "*", "?": out += "[\(character)]"
            default: out.append(character)
            }
        }
        return out
    }

    /// WordprocessingML to text: `<w:t>` runs joined, `<w:p>` ends a line, `<w:tab/>` and
    /// `<w:br/>` kept as a tab and a line break; everything else (styles, fields) dropped.
    static func documentText(_ xml: String) -> String {
        var out = ""
        var index = xml.startIndex
        while let open = xml[index...].firstIndex(of: "<") {
            guard let close = xml[open...].firstIndex(of: ">") else { break }
            let tag = xml[xml.index(after: open)..<close]
            let name = tag.split(whereSeparator: { $0 == " " || $0 == "/" }).first.map(String.init) ?? ""
            index = xml.index(after: close)
            switch name {
            case "w:t" where !tag.hasSuffix("/"):
                guard let end = xml[index...].range(of: "</w:t>") else { break }
                out += XMLEntities.decode(String(xml[index..<end.lowerBound]))
                index = end.upperBound
            case "w:tab": out += "\t"
            case "w:br", "w:cr": out += "\n"
            default:
                if tag == "/w:p" { out += "\n" }
            }
        }
        return out
    }

    /// The text of the first `<name>` element, entities decoded.
    static func element(_ name: String, in xml: String) -> String? {
        guard let start = xml.range(of: "<\(name)>"), let end = xml.range(of: "</\(name)>", range: start.upperBound..<xml.endIndex) else {
            return nil
        }
        let value = XMLEntities.decode(String(xml[start.upperBound..<end.lowerBound])).trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }

    struct Output {
        var status: Int32
        var stdout: Data
        var stderr: String
    }

    /// Runs a tool found on `PATH`, reading its output to the end, within `limits`.
    ///
    /// Both outputs go to temporary files, not pipes: callers run inside
    /// `DispatchQueue.concurrentPerform`, and a pipe drained by work queued on the global
    /// queue (whose threads those callers hold) could stall the tool and the run with it.
    /// The calling thread polls the tool until it exits, stopping it past the deadline or
    /// the output cap.
    /// - Throws: ``DocumentError/unreadable(path:reason:)`` naming the file when the tool was stopped.
    static func run(_ tool: String, _ arguments: [String], for path: String, package: String,
                    limits: Limits = Limits()) throws -> Output {
        guard let executable = locate(tool, in: limits.searchPath) else { throw DocumentError.missingTool(path: path, tool: tool, package: package) }
        let folder = FileManager.default.temporaryDirectory
        let outURL = folder.appendingPathComponent("actorgraph-\(tool)-\(UUID().uuidString).out")
        let errURL = folder.appendingPathComponent("actorgraph-\(tool)-\(UUID().uuidString).err")
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        guard FileManager.default.createFile(atPath: outURL.path, contents: nil, attributes: [.posixPermissions: 0o600]),
              FileManager.default.createFile(atPath: errURL.path, contents: nil, attributes: [.posixPermissions: 0o600]),
              let outHandle = FileHandle(forWritingAtPath: outURL.path),
              let errHandle = FileHandle(forWritingAtPath: errURL.path) else {
            throw DocumentError.unreadable(path: path, reason: "cannot create a temporary file in \(folder.path) for \(tool)")
        }
        defer {
            try? outHandle.close()
            try? errHandle.close()
        }
        var process = Process()
        // A tool written a moment ago may still be open for writing in a child that another
        // thread has just forked, and then cannot be started ("text file busy") until that
        // child execs: an installed tool that will not start is tried again for a moment.
        var attempts = 0
        while true {
            process = Process()
            process.executableURL = executable
            process.arguments = arguments
            process.standardOutput = outHandle
            process.standardError = errHandle
            process.standardInput = FileHandle.nullDevice
            do {
                try process.run()
                break
            } catch {
                attempts += 1
                guard attempts < 20, FileManager.default.isExecutableFile(atPath: executable.path) else {
                    throw DocumentError.missingTool(path: path, tool: tool, package: package)
                }
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        let deadline = Date().addingTimeInterval(limits.timeout)
        var stopped: String?
        while process.isRunning {
            let written = ((try? FileManager.default.attributesOfItem(atPath: outURL.path))?[.size] as? NSNumber)?.intValue ?? 0
            if written > limits.outputCap {
                stopped = "\(tool) wrote more than \(limits.outputCap >> 20) MB of text and was stopped"
            } else if Date() > deadline {
                stopped = "\(tool) was still running after \(Int(limits.timeout)) s and was stopped"
            }
            if stopped != nil {
                kill(process.processIdentifier, SIGKILL)
                break
            }
            usleep(10_000)
        }
        process.waitUntilExit()
        if let stopped {
            throw DocumentError.unreadable(path: path, reason: "\(stopped); the file may be damaged, or save the article as text")
        }
        let stdout = (try? Data(contentsOf: outURL)) ?? Data()
        if stdout.count > limits.outputCap {
            throw DocumentError.unreadable(path: path, reason: "\(tool) wrote more than \(limits.outputCap >> 20) MB of text; save the article as text")
        }
        let stderr = String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self)
        return Output(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }

    /// The first directory of `PATH` holding an executable `tool`.
    static func locate(_ tool: String, in searchPath: String? = nil) -> URL? {
        let path = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(tool)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    private static func firstLine(_ text: String) -> String? {
        text.split(whereSeparator: \.isNewline).first.map { String($0).trimmingCharacters(in: .whitespaces) }
    }
}

/// The five XML entities and numeric character references.
enum XMLEntities {
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";"), rest.distance(from: amp, to: semi) <= 10 else {
                out += "&"
                rest = rest[rest.index(after: amp)...]
                continue
            }
            let entity = rest[rest.index(after: amp)..<semi]
            switch entity {
            case "amp": out += "&"
            case "lt": out += "<"
            case "gt": out += ">"
            case "quot": out += "\""
            case "apos": out += "'"
            default:
                let hex = entity.hasPrefix("#x") || entity.hasPrefix("#X")
                let digits = entity.dropFirst(hex ? 2 : 1)
                if entity.hasPrefix("#"), let value = UInt32(digits, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(value) {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += "&" + entity + ";"
                }
            }
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }
}
