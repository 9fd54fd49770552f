import Foundation

/// Why a path given on the command line could not be read as articles.
public enum DocumentError: Error, CustomStringConvertible, Equatable {
    case missing(path: String)
    case noArticles(directory: String)
    case notUTF8(path: String)
    case empty(path: String)
    case unreadable(path: String, reason: String)
    case unsupported(path: String)
    case malformedLine(path: String, line: Int, reason: String)
    /// A folder below one given that cannot be listed; its articles are left out.
    case unreadableFolder(path: String, reason: String)
    /// A link, found in a folder, to something that does not exist.
    case brokenLink(path: String)
    /// A path to a folder, pipe, device or socket where an article file was expected.
    case notAFile(path: String, kind: String)
    /// A file with a UTF-16 byte-order mark.
    case utf16(path: String)
    /// A PDF or Word file whose converter is not installed.
    case missingTool(path: String, tool: String, package: String)
    /// A PDF or Word file with no text in it (a scanned image).
    case noText(path: String)
    /// `-` given more than once: standard input can be read only once.
    case standardInputTwice

    public var description: String {
        switch self {
        case .missing(let path):
            return "\(path): no such file or directory; check the path"
        case .noArticles(let directory):
            return "\(directory): directory holds no articles (.txt, .md, .html, .jsonl, .pdf, .docx); point at a folder of articles"
        case .notUTF8(let path):
            return "\(path): not UTF-8 text; convert it first (for example `iconv -f latin1 -t utf-8`)"
        case .empty(let path):
            return "\(path): file is empty; remove it or give it an article's text"
        case .unreadable(let path, let reason):
            let hint = reason.contains("permission") ? "check its permissions"
                : reason.contains("Word .docx") ? "open it in Word or LibreOffice and save it again as .docx, or save the article as text"
                : "check the file and the disk"
            return "\(path): cannot be read (\(reason)); \(hint)"
        case .unsupported(let path):
            return "\(path): not an article file; give .txt, .md, .html, .jsonl, .pdf or .docx files"
        case .malformedLine(let path, let line, let reason):
            return "\(path):\(line): \(reason)"
        case .unreadableFolder(let path, let reason):
            return "\(path): folder cannot be read (\(reason)), so its articles are left out; check its permissions"
        case .brokenLink(let path):
            return "\(path): link to a file or folder that does not exist, left out; fix or remove the link"
        case .notAFile(let path, let kind):
            return "\(path): \(kind), not an article file; give a saved .txt, .md, .html, .jsonl, .pdf or .docx file, or a folder of them"
        case .utf16(let path):
            return "\(path): UTF-16 text; convert it first with `iconv -f utf-16 -t utf-8`"
        case .missingTool(let path, let tool, let package):
            return "\(path): cannot be read without `\(tool)`; install it (Debian package \(package), as Scripts/setup does) or convert the file to text first"
        case .noText(let path):
            return "\(path): holds no text (a scanned image?); run it through OCR first, or save the article as text"
        case .standardInputTwice:
            return "'-' (standard input) given more than once; it can be read only once"
        }
    }
}
