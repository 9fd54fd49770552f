import ActorGraph
import ActorGraphStore
import Foundation
import Testing

/// A new store and its `-wal` and `-shm` files are private to their owner (issue 14, item 17).
@Suite struct StorePermissionTests {
    @Test func aNewStoreIsReadableByItsOwnerOnly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agperm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("store.sqlite").path
        // The usual umask lets everyone read new files; the store must not follow it.
        let saved = umask(0o022)
        defer { umask(saved) }
        do {
            let store = try ProjectStore.open(path: path)
            _ = try Articles.ingestFirst(store)
            for file in [path, path + "-wal", path + "-shm"] {
                let attributes = try FileManager.default.attributesOfItem(atPath: file)
                let mode = try #require(attributes[.posixPermissions] as? NSNumber).intValue
                #expect(mode & 0o777 == 0o600, "\(file): \(String(mode, radix: 8))")
            }
        }
    }
}
