import Foundation

/// Reads articles from files and folders.
///
/// A folder means every article file below it, in path order, so that runs are repeatable.
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

    /// Reads every article below the paths.
    public func load(_ paths: [String]) throws -> [Document] {
        try articleFiles(in: paths).flatMap { try load(file: $0) }
    }

    /// Reads one file: one article, or one per line of a JSON Lines file.
    public func load(file url: URL) throws -> [Document] {
        let path = url.path
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DocumentError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        guard let text = String(data: data, encoding: .utf8) else { throw DocumentError.notUTF8(path: path) }
        if text.allSatisfy(\.isWhitespace) { throw DocumentError.empty(path: path) }
        return [Document(id: url.lastPathComponent, text: text)]
    }
}
