import Foundation

/// Reads articles from files and folders.
///
/// A folder means every article file below it, in path order, so that runs are repeatable.
/// `.txt` is read as it is; `.md` loses its front matter (whose `title`, `date` and `url`
/// are kept) and link targets; `.html` loses its tags, scripts and styles, keeping `<title>`,
/// the published date and the canonical URL; `.jsonl` holds one article per line,
/// `{"id", "title", "date", "url", "text"}`, so that a news archive can be fed in bulk.
public struct DocumentLoader: Sendable {
    /// File extensions read as articles.
    public static let articleExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm", "jsonl"]

    public init() {}

    /// Expands the paths to article files: files as given, folders recursively.
    public func articleFiles(in paths: [String]) throws -> [URL] {
        var files: [URL] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw DocumentError.missing(path: path)
            }
            if isDirectory.boolValue {
                let root = URL(fileURLWithPath: path)
                let found = (manager.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])?
                    .compactMap { $0 as? URL } ?? [])
                    .filter { Self.articleExtensions.contains($0.pathExtension.lowercased()) }
                    .sorted { $0.path < $1.path }
                if found.isEmpty { throw DocumentError.noArticles(directory: path) }
                files += found
            } else {
                files.append(URL(fileURLWithPath: path))
            }
        }
        return files
    }

    /// Reads every article below the paths. Strict: the first bad JSON Lines line throws.
    public func load(_ paths: [String]) throws -> [Document] {
        try articleFiles(in: paths).flatMap { try load(file: $0) }
    }

    /// Reads one file: one article, or one per line of a JSON Lines file. Strict: a bad
    /// line throws ``DocumentError/malformedLine(path:line:reason:)``; see ``read(file:)``
    /// for the lenient form that keeps the good lines.
    public func load(file url: URL) throws -> [Document] {
        let loaded = try read(file: url)
        if let problem = loaded.problems.first { throw problem }
        return loaded.documents
    }

    /// What one file yields: its articles, and the lines that could not be read.
    public struct LoadedFile: Sendable {
        public var documents: [Document]
        /// Bad JSON Lines lines, each naming `file:line`; the other lines are in `documents`.
        public var problems: [DocumentError]
    }

    /// Reads one file, keeping the good lines of a JSON Lines file and reporting the bad ones.
    /// - Throws: ``DocumentError`` when the file as a whole cannot be read.
    public func read(file url: URL) throws -> LoadedFile {
        let path = url.path
        let ext = url.pathExtension.lowercased()
        guard Self.articleExtensions.contains(ext) else { throw DocumentError.unsupported(path: path) }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            if !FileManager.default.fileExists(atPath: path) { throw DocumentError.missing(path: path) }
            throw DocumentError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        guard let text = String(data: data, encoding: .utf8) else { throw DocumentError.notUTF8(path: path) }
        if text.allSatisfy(\.isWhitespace) { throw DocumentError.empty(path: path) }
        let id = url.lastPathComponent
        switch ext {
        case "jsonl":
            return JSONLinesReader.read(text, path: path)
        case "html", "htm":
            let page = HTMLText.extract(text)
            if page.text.allSatisfy(\.isWhitespace) { throw DocumentError.empty(path: path) }
            return LoadedFile(documents: [page.document(id: id)], problems: [])
        case "md", "markdown":
            return LoadedFile(documents: [MarkdownText.extract(text).document(id: id)], problems: [])
        default:
            return LoadedFile(documents: [Document(id: id, text: text)], problems: [])
        }
    }
}

extension DocumentLoader {
    /// Reads one file article by article, without holding a JSON Lines archive in memory:
    /// `body` gets each article and the bytes of the file read so far; `problem` gets each
    /// bad line (`file:line`), and reading goes on.
    /// - Throws: ``DocumentError`` when the file as a whole cannot be read, or what `body` throws.
    public func forEachDocument(in url: URL, _ body: (Document, _ bytesRead: Int) throws -> Void,
                                problem: (DocumentError) -> Void) throws {
        guard url.pathExtension.lowercased() == "jsonl" else {
            let loaded = try read(file: url)
            loaded.problems.forEach(problem)
            let size = ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber)?.intValue ?? 0
            for document in loaded.documents { try body(document, size) }
            return
        }
        if !FileManager.default.fileExists(atPath: url.path) { throw DocumentError.missing(path: url.path) }
        try JSONLinesReader.stream(url, body, problem: problem)
    }
}

/// Dates as archives write them, turned into `YYYY-MM-DD`.
public enum ArticleDate {
    /// The day of an ISO 8601 date or timestamp, an RFC 2822 date (`Tue, 10 Dec 2024 …`),
    /// or a written date (`December 10, 2024`, `10 December 2024`); nil otherwise.
    public static func normalize(_ value: String) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return nil }
        if let day = DateRange.normalizedDay(trimmed) { return day }
        let formats = ["EEE, dd MMM yyyy HH:mm:ss Z", "EEE, d MMM yyyy HH:mm:ss Z", "dd MMM yyyy HH:mm:ss Z",
                       "MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "d MMM yyyy", "yyyy/MM/dd"]
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        for format in formats {
            formatter.dateFormat = format
            if let date = formatter.date(from: trimmed) {
                formatter.dateFormat = "yyyy-MM-dd"
                return formatter.string(from: date)
            }
        }
        return nil
    }
}
