import Dispatch
import Foundation

/// Articles saved as PDF or Word files, turned into text by the tools Debian ships for it:
/// poppler's `pdftotext` (package `poppler-utils`) and `unzip` (a `.docx` is a zip of XML).
///
/// They run as subprocesses rather than being linked in: the core stays free of C
/// libraries, and a machine without them still reads every other format, with an error
/// that names the file and the package to install only when such a file is met.
public enum ConvertedText {
    /// The text of a PDF, pages in order (`pdftotext -enc UTF-8`), form feeds turned into
    /// paragraph breaks.
    /// - Throws: ``DocumentError/missingTool(path:tool:package:)``, ``DocumentError/unreadable(path:reason:)``
    ///   when `pdftotext` refuses the file, ``DocumentError/noText(path:)`` for a scanned PDF.
    public static func pdf(at path: String) throws -> String {
        let output = try run("pdftotext", ["-q", "-enc", "UTF-8", path, "-"], for: path, package: "poppler-utils")
        guard output.status == 0 else {
            let reason = firstLine(output.stderr) ?? "pdftotext exited with status \(output.status)"
            throw DocumentError.unreadable(path: path, reason: "not a readable PDF: \(reason)")
        }
        let text = String(decoding: output.stdout, as: UTF8.self).replacingOccurrences(of: "\u{0C}", with: "\n\n")
        if text.allSatisfy(\.isWhitespace) { throw DocumentError.noText(path: path) }
        return text
    }

    /// The text of a Word document: the paragraphs of `word/document.xml`, one per line.
    /// - Throws: ``DocumentError/missingTool(path:tool:package:)``, ``DocumentError/unreadable(path:reason:)``
    ///   for a file that is not a Word document, ``DocumentError/noText(path:)`` for one with no text.
    public static func docx(at path: String) throws -> (text: String, title: String?) {
        let output = try run("unzip", ["-p", path, "word/document.xml"], for: path, package: "unzip")
        guard output.status == 0, !output.stdout.isEmpty else {
            throw DocumentError.unreadable(path: path, reason: "not a Word .docx document (no word/document.xml inside)")
        }
        let text = documentText(String(decoding: output.stdout, as: UTF8.self))
        if text.allSatisfy(\.isWhitespace) { throw DocumentError.noText(path: path) }
        var title: String?
        if let core = try? run("unzip", ["-p", path, "docProps/core.xml"], for: path, package: "unzip"), core.status == 0 {
            title = element("dc:title", in: String(decoding: core.stdout, as: UTF8.self))
        }
        return (text, title)
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

    /// Runs a tool found on `PATH`, reading its output to the end.
    static func run(_ tool: String, _ arguments: [String], for path: String, package: String) throws -> Output {
        guard let executable = locate(tool) else { throw DocumentError.missingTool(path: path, tool: tool, package: package) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw DocumentError.missingTool(path: path, tool: tool, package: package)
        }
        // Standard error is read on another thread, so that a tool filling one pipe while we
        // wait on the other cannot stall.
        let errors = ErrorText(handle: err.fileHandleForReading)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { errors.readAll() }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        group.wait()
        return Output(status: process.terminationStatus, stdout: stdout, stderr: String(decoding: errors.data, as: UTF8.self))
    }

    /// Standard error of a tool, read to the end on another thread; read only after `wait`.
    private final class ErrorText: @unchecked Sendable {
        let handle: FileHandle
        var data = Data()
        init(handle: FileHandle) { self.handle = handle }
        func readAll() { data = handle.readDataToEndOfFile() }
    }

    /// The first directory of `PATH` holding an executable `tool`.
    static func locate(_ tool: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
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
