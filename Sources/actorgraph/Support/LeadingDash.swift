import ArgumentParser
import Foundation

/// File names that begin with `-`, which the parser would read as options.
///
/// `extract -leading-dash.txt` was taken as the short flags `-l -e -a -d -i -n -g -h ...`,
/// and the `-h` in them printed the help with exit 0: the file was never read and nothing
/// said why. Before parsing, an argument that starts with one `-` and names an existing file,
/// or ends like an article file, is refused with the two ways to name it.
enum LeadingDash {
    /// - Throws: ``UsageError`` (exit 64) naming the argument and the fix.
    static func check(_ arguments: [String]) throws {
        for argument in arguments.prefix(while: { $0 != "--" }) {
            guard argument.count > 2, argument.hasPrefix("-"), !argument.hasPrefix("--") else { continue }
            let ext = URL(fileURLWithPath: argument).pathExtension.lowercased()
            if FileManager.default.fileExists(atPath: argument) || DocumentLoaderExtensions.all.contains(ext) {
                throw UsageError(
                    "'\(argument)' starts with '-' and would be read as options; to name the file, write './\(argument)' or put '--' before it")
            }
        }
    }
}

/// The extensions of files the commands read: articles and graph JSON.
enum DocumentLoaderExtensions {
    static let all: Set<String> = ["txt", "md", "markdown", "html", "htm", "jsonl", "json", "sqlite", "svg", "png", "pdf", "docx", "dot"]
}
