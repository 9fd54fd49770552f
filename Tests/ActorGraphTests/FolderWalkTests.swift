import ActorGraph
import Foundation
import Testing

/// Folders given as articles (issue 14, item 14): linked subfolders are read, a link back to
/// an ancestor does not loop, and what cannot be read is a warning naming it, never silence.
@Suite struct FolderWalkTests {
    final class Folder {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("agwalk-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        func write(_ name: String, _ text: String = "Iran backs Hezbollah.") throws {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        deinit {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path("archive/locked"))
            try? FileManager.default.removeItem(at: url)
        }
    }

    @Test func linkedFoldersAreFollowedOnceAndLoopsEnd() throws {
        let folder = try Folder()
        try folder.write("elsewhere/2024/b.txt")
        try folder.write("archive/a.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.path("archive/linked"), withDestinationPath: folder.path("elsewhere"))
        // A link to the folder itself: followed, it would list a.txt forever.
        try FileManager.default.createSymbolicLink(atPath: folder.path("archive/loop"), withDestinationPath: folder.path("archive"))
        try FileManager.default.createSymbolicLink(atPath: folder.path("archive/dangling"), withDestinationPath: folder.path("gone"))
        var warnings: [DocumentError] = []
        let files = try DocumentLoader().articleFiles(in: [folder.path("archive")]) { warnings.append($0) }
        #expect(files.map(\.lastPathComponent) == ["a.txt", "b.txt"])
        #expect(files.last?.path == folder.path("archive/linked/2024/b.txt"), "the path as the user's folder spells it")
        #expect(warnings == [.brokenLink(path: folder.path("archive/dangling"))])
        #expect(warnings.first?.description.contains("archive/dangling") == true)
    }

    @Test func anUnreadableSubfolderIsAWarningNamingIt() throws {
        let folder = try Folder()
        try folder.write("archive/a.txt")
        try folder.write("archive/locked/secret.txt")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: folder.path("archive/locked"))
        // Root reads every folder whatever its permissions: nothing can be unreadable then.
        if (try? FileManager.default.contentsOfDirectory(atPath: folder.path("archive/locked"))) != nil {
            print("note: FolderWalkTests runs as a user who can read a mode-000 folder (root); the unreadable case is not exercised")
            return
        }
        var warnings: [DocumentError] = []
        let files = try DocumentLoader().articleFiles(in: [folder.path("archive")]) { warnings.append($0) }
        #expect(files.map(\.lastPathComponent) == ["a.txt"])
        #expect(warnings.count == 1)
        let message = try #require(warnings.first).description
        #expect(message.hasPrefix(folder.path("archive/locked") + ": folder cannot be read"), "\(message)")
    }
}
