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

    public var description: String {
        switch self {
        case .missing(let path):
            return "\(path): no such file or directory; check the path"
        case .noArticles(let directory):
            return "\(directory): directory holds no articles (.txt, .md, .html, .jsonl); point at a folder of articles"
        case .notUTF8(let path):
            return "\(path): not UTF-8 text; convert it first (for example `iconv -f latin1 -t utf-8`)"
        case .empty(let path):
            return "\(path): file is empty; remove it or give it an article's text"
        case .unreadable(let path, let reason):
            return "\(path): cannot be read (\(reason)); check its permissions"
        case .unsupported(let path):
            return "\(path): not an article file; give .txt, .md, .html or .jsonl files"
        case .malformedLine(let path, let line, let reason):
            return "\(path):\(line): \(reason)"
        }
    }
}
