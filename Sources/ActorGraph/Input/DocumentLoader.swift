import Foundation

/// Reads articles from files and folders.
///
/// A folder means every article file below it, in path order, so that runs are repeatable.
/// `.txt` is read as it is; `.md` loses its front matter (whose `title`, `date` and `url`
/// are kept) and link targets; `.html` loses its tags, scripts and styles, keeping `<title>`,
/// the published date and the canonical URL; `.jsonl` holds one article per line,
/// `{"id", "title", "date", "url", "text"}`, so that a news archive can be fed in bulk.
/// `.pdf` and `.docx` are turned into text by `pdftotext` and `unzip` (``ConvertedText``).
/// `-` is one article read from standard input, its format told by its first characters.
public struct DocumentLoader: Sendable {
    /// File extensions read as articles.
    public static let articleExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm", "jsonl", "pdf", "docx"]

    /// The path that means standard input on the command line.
    public static let standardInputPath = "-"

    /// Where `-` is read from: a path no folder walk yields, so a file cannot be taken for it.
    static let standardInputURL = URL(fileURLWithPath: "/dev/stdin")

    public init() {}

    /// Expands the paths to article files: files as given, folders recursively. A subfolder
    /// that cannot be read is reported as a `warning: ...` line on standard error; see
    /// ``articleFiles(in:warning:)`` to receive those instead.
    public func articleFiles(in paths: [String]) throws -> [URL] {
        try articleFiles(in: paths) { problem in
            FileHandle.standardError.write(Data("warning: \(problem)\n".utf8))
        }
    }

    /// Expands the paths to article files: files as given, folders recursively in path order.
    ///
    /// Symbolically linked folders are followed, each real folder once, so a link back to an
    /// ancestor cannot loop; archives are often assembled from links. A subfolder that
    /// cannot be read (or a link to nothing) goes to `warning` and the walk goes on, rather
    /// than its articles going missing without a word.
    /// - Throws: ``DocumentError`` when a path given is missing or unreadable, or a folder
    ///   given holds no articles.
    public func articleFiles(in paths: [String], warning: (DocumentError) -> Void) throws -> [URL] {
        var files: [URL] = []
        let manager = FileManager.default
        if paths.filter({ $0 == Self.standardInputPath }).count > 1 { throw DocumentError.standardInputTwice }
        for path in paths {
            if path == Self.standardInputPath {
                files.append(Self.standardInputURL)
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw DocumentError.missing(path: path)
            }
            if isDirectory.boolValue {
                var found: [URL] = []
                var visited: Set<String> = []
                var problems: [DocumentError] = []
                Self.walk(URL(fileURLWithPath: path), into: &found, visited: &visited, problems: &problems)
                // The folder given itself cannot be listed: that is an error, not a warning.
                if case .unreadableFolder(let folder, _)? = problems.first, folder == URL(fileURLWithPath: path).path {
                    throw problems[0]
                }
                // In path order, as the articles are read: runs are repeatable.
                problems.sorted { $0.description < $1.description }.forEach(warning)
                if found.isEmpty { throw DocumentError.noArticles(directory: path) }
                // Each path made once: comparing `URL.path`s rebuilt two strings per comparison.
                files += found.map { ($0.path, $0) }.sorted { $0.0 < $1.0 }.map(\.1)
            } else {
                files.append(URL(fileURLWithPath: path))
            }
        }
        return files
    }

    /// Adds the article files below `folder`, following links to folders whose real path has
    /// not been seen (the cycle guard), and records the folders that cannot be listed.
    private static func walk(_ folder: URL, into files: inout [URL], visited: inout Set<String>,
                             problems: inout [DocumentError]) {
        guard visited.insert(realPath(folder.path)).inserted else { return }
        let entries: [URL]
        do {
            // By path: on Linux the URL form lists a linked folder as empty.
            entries = try FileManager.default.contentsOfDirectory(atPath: folder.path).map { folder.appendingPathComponent($0) }
        } catch {
            problems.append(.unreadableFolder(path: folder.path, reason: reason(error)))
            return
        }
        for entry in entries {
            // stat follows links: a link to a folder is a folder, a link to nothing is not there.
            // (FileManager's fileExists(atPath:isDirectory:) calls a linked folder a file on Linux.)
            var status = stat()
            guard stat(entry.path, &status) == 0 else {
                problems.append(.brokenLink(path: entry.path))
                continue
            }
            if status.st_mode & S_IFMT == S_IFDIR {
                walk(entry, into: &files, visited: &visited, problems: &problems)
            } else if articleExtensions.contains(entry.pathExtension.lowercased()) {
                files.append(entry)
            } else if !entry.lastPathComponent.hasPrefix(".") {
                // Named, never dropped in silence: a binary or an unknown format in a folder of
                // articles may be an article saved the wrong way. Hidden files (.DS_Store) are
                // no one's article.
                problems.append(.unsupported(path: entry.path))
            }
        }
    }

    /// The path with every link resolved, or the path itself when it cannot be resolved.
    private static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The operating system's reason, without Foundation's "The operation could not be completed".
    static func reason(_ error: any Error) -> String {
        let error = error as NSError
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        if error.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(error.code))).lowercased() }
        return error.localizedDescription
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
        if url == Self.standardInputURL { return try read(standardInput: FileHandle.standardInput.readDataToEndOfFile()) }
        try Self.requireFile(atPath: path)
        let ext = url.pathExtension.lowercased()
        guard Self.articleExtensions.contains(ext) else { throw DocumentError.unsupported(path: path) }
        if ext == "pdf" || ext == "docx" {
            if !FileManager.default.fileExists(atPath: path) { throw DocumentError.missing(path: path) }
            if !FileManager.default.isReadableFile(atPath: path) { throw DocumentError.unreadable(path: path, reason: "permission denied") }
            if ext == "pdf" {
                return LoadedFile(documents: [Document(id: url.lastPathComponent, text: try ConvertedText.pdf(at: path))], problems: [])
            }
            let word = try ConvertedText.docx(at: path)
            return LoadedFile(documents: [Document(id: url.lastPathComponent, text: word.text, title: word.title)], problems: [])
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            if !FileManager.default.fileExists(atPath: path) { throw DocumentError.missing(path: path) }
            throw DocumentError.unreadable(path: path, reason: Self.reason(error))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            // A byte-order mark says UTF-16 (Windows "Unicode" text): say so, not latin1.
            if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { throw DocumentError.utf16(path: path) }
            throw DocumentError.notUTF8(path: path)
        }
        return try parse(text, format: ext, id: url.lastPathComponent, path: path)
    }

    /// One article piped in (`-`): HTML when it begins with a tag, Markdown with front matter,
    /// JSON Lines when every line is an object, else plain text. Its id is `stdin-` and a hash
    /// of its bytes, so that the same text piped again is the same document and another text
    /// is another one (one fixed name would make each piped article replace the last). A piped
    /// JSON Lines stream's records are `stdin-HASH#ID` (`stdin-HASH:N`, the line, for one
    /// without an id, as a file's are `file:N`): every piped stream comes from the same
    /// `/dev/stdin`, so two streams that both number their records 1, 2 would otherwise be
    /// the same documents and replace each other.
    public func read(standardInput data: Data) throws -> LoadedFile {
        let path = "(standard input)"
        guard let text = String(data: data, encoding: .utf8) else {
            if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { throw DocumentError.utf16(path: path) }
            throw DocumentError.notUTF8(path: path)
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let id = "stdin-" + String(String(hash, radix: 16).prefix(12))
        let start = text.drop { $0.isWhitespace }
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let format: String
        if text.hasPrefix("---\n") || text.hasPrefix("---\r\n") {
            format = "md"
        } else if start.hasPrefix("<") {
            format = "html"
        } else if !lines.isEmpty, lines.allSatisfy({ $0.hasPrefix("{") && $0.hasSuffix("}") }) {
            format = "jsonl"
        } else {
            format = "txt"
        }
        var loaded = try parse(text, format: format, id: id, path: path)
        if format == "jsonl" {
            let lineName = "\(path):"
            for index in loaded.documents.indices {
                let own = loaded.documents[index].id
                loaded.documents[index].id = own.hasPrefix(lineName) ? "\(id):" + own.dropFirst(lineName.count) : "\(id)#\(own)"
            }
        }
        return loaded
    }

    /// Articles from the text of a file (or standard input) of the given format (an extension).
    private func parse(_ text: String, format ext: String, id: String, path: String) throws -> LoadedFile {
        if text.allSatisfy(\.isWhitespace) { throw DocumentError.empty(path: path) }
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
    /// Refuses a folder, pipe, device or socket where a file is to be read, naming what it is:
    /// reading one failed as a "permission" problem, and `/dev/zero` or a FIFO never ends.
    /// A path that does not exist passes, for the reader to report as missing.
    /// - Throws: ``DocumentError/notAFile(path:kind:)``.
    public static func requireFile(atPath path: String) throws {
        var status = stat()
        if stat(path, &status) == 0, let kind = nonFileKind(status.st_mode) {
            throw DocumentError.notAFile(path: path, kind: kind)
        }
    }

    /// What a path is when it is not a regular file, in the words of an error message.
    static func nonFileKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a folder"
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }

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
