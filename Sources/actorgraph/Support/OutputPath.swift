import Foundation

/// Checks on the `-o` path before anything is written to it.
enum OutputPath {
    /// Refuses a folder where a file is to be written. Foundation's atomic write reports that
    /// case only as "NSCocoaErrorDomain error 512", which says nothing a person can act on.
    /// - Throws: ``CommandError`` naming the folder and an example file name inside it.
    static func requireFile(_ path: String, example: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            let inside = URL(fileURLWithPath: path).appendingPathComponent(example).relativePath
            throw CommandError("\(path): is a folder, not a file; give a file name, for example '-o \(inside)'")
        }
    }
}
