import ActorGraph
import Foundation
import GRDB
import GRDBSQLite

/// The project database: every article, actor, relation, piece of evidence and user
/// correction of an investigation, accumulated in one SQLite file through GRDB.
///
/// ## Schema (see `Schema.swift`; changed only by new migrations)
///
/// - `actor(id INTEGER PRIMARY KEY, slug UNIQUE, name, kind)`: integer keys everywhere
///   inside the file; `slug` is the public ``Actor/id``.
/// - `name(folded, actor_id, name, loose, user)`, primary key `(folded, actor_id)`, indexed
///   on `actor_id` and on `loose` (``NameFolding/looseKey(_:)``): name resolution and
///   "did you mean" are index range scans, never a scan of a million names. `user = 1`
///   marks an alias a person added.
/// - `document(id, key UNIQUE, hash, title, date, url, path, ingested_at, extractor)`: one
///   row per article; `hash` makes re-ingest idempotent, `date` drives `--since`/`--until`,
///   `extractor` is the ``Extractor/fingerprint`` of what read it (NULL before migration v4),
///   so that re-ingest extracts again what an older extractor read.
/// - `mention(actor_id, document_id, count)`: which documents name which actor.
/// - `relation(source_id, kind, target_id, id UNIQUE, hedged, former, evidence_count,
///   first_date, last_date)`, a `WITHOUT ROWID` table whose primary key
///   `(source_id, kind, target_id)` is at once the uniqueness rule and the covering
///   out-edge index; `relation_by_target` covers the in-edges with the same columns. An
///   adjacency read touches only these two B-trees plus the actor rows of the neighbours.
///   The aggregates are derived from `evidence` and recomputed when a document changes.
/// - `evidence(id, relation_id, document_id, sentence, start, end, hedged, former, rule,
///   confidence)`, indexed by relation and by document: fetched only for the edges a caller
///   shows. `rule` says what found it and `confidence` how sure that was (NULL for evidence
///   stored before migration v3 kept them).
/// - Corrections, kept apart so that extraction never erases them and applied when the
///   graph is read: `merge(absorbed_id → into_id)`, `edge_correction(source_id, kind,
///   target_id, action assert|retract, note)`, user rows of `name`, `actor_correction(actor_id,
///   added, hidden)` (migration v5: actors a person added or removed, or whose name or type
///   they changed in the `actor` row; such an actor is never deleted by ingest), and
///   `correction_log`, which from v5 on keeps each correction's note, the keys it changed
///   and read (`subjects`) and what undoing it takes (`undo`, JSON), for `corrections undo`.
///
/// Path search reads the store through ``GraphSource``, preferably in its numbered form
/// (``numberedAdjacencies(of:)``: neighbours by row id, no name look-ups). ``BulkImporter``
/// fills a store with prepared statements in large transactions, building the in-edge and
/// evidence indexes once at the end when the store was empty (1M actors and 5M relations
/// in about 80 s on two cores).
///
/// Files are opened in WAL mode with a busy timeout, so several `ingest` processes may
/// write one database at once; every document is stored whole in one transaction (`ingest`
/// stores a batch of documents per transaction), so a killed process leaves the file
/// consistent and a rerun finishes the work. The WAL and its index
/// (`-wal`, `-shm`) stay beside the file after the last writer closes: a reader who cannot
/// write the folder (a shared, read-only project folder) can open the store only when
/// they are there.
public final class ProjectStore: @unchecked Sendable {
    /// The file, or `:memory:`.
    public let path: String
    let writer: any DatabaseWriter
    /// The optional columns this file has. A store that could not be migrated (one this user
    /// may only read, from before a later migration) lacks them, and is read without them.
    let columns: OptionalColumns
    private let lock = NSLock()
    private var cachedCorrections: (stamp: CorrectionsStamp, corrections: Corrections)?

    /// The database a command uses when none is named: `--db`, then `ACTORGRAPH_DB`, then
    /// `actorgraph.sqlite` in the current directory.
    public static func defaultPath(explicit: String? = nil,
                                   environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = environment["ACTORGRAPH_DB"], !fromEnvironment.isEmpty { return fromEnvironment }
        return "actorgraph.sqlite"
    }

    /// Opens (and with `create`, makes) the database at `path`, bringing its schema up to date.
    ///
    /// - Parameter create: `true` for commands that write (`ingest`, corrections); read
    ///   commands pass `false` and get ``StoreError/missing(path:)`` instead of an empty file.
    /// - Throws: ``StoreError`` for a missing, corrupt, foreign, newer or read-only file.
    public static func open(path: String, create: Bool = true) throws -> ProjectStore {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists, isDirectory.boolValue {
            throw StoreError.corrupt(path: path, reason: "it is a directory")
        }
        if !exists, !create { throw StoreError.missing(path: path) }
        if exists { try checkHeader(path: path) }
        let folder = (URL(fileURLWithPath: path).deletingLastPathComponent().path)
        let writable = exists
            ? manager.isWritableFile(atPath: path) && manager.isWritableFile(atPath: folder)
            : manager.isWritableFile(atPath: folder)
        if !exists, !manager.fileExists(atPath: folder) { throw StoreError.missingFolder(path: folder) }
        if !writable, create { throw StoreError.readOnly(path: path) }
        if !exists { createOwnerOnly(path: path) }

        var configuration = Configuration()
        configuration.busyMode = .timeout(60)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536")
            if writable {
                keepWriteAheadLog(db)
                // A kept log is cut back to 4 MB at each checkpoint, so a bulk import leaves no giant file.
                try db.execute(sql: "PRAGMA journal_size_limit = 4194304")
            }
        }
        if !writable { configuration.readonly = true }
        let began = Date()
        while true {
            do {
                let writer: any DatabaseWriter = writable
                    ? try DatabasePool(path: path, configuration: configuration)
                    : try DatabaseQueue(path: path, configuration: configuration)
                return ProjectStore(writer: writer, path: path,
                                    columns: try prepare(writer, path: path, migrate: writable))
            } catch where isBusy(error) && Date().timeIntervalSince(began) < 60 {
                // Another process is creating or migrating the file right now (see ``isBusy(_:)``):
                // once it is done, opening again finds its work and has none to do.
                usleep(UInt32.random(in: 5_000...50_000))
            } catch {
                throw readOnlyProblem(path: path, writable: writable) ?? map(error, path: path)
            }
        }
    }

    /// Whether opening failed only because another connection held a lock SQLite would not wait
    /// for. The busy timeout covers ordinary writes, but not the first moments of a new file:
    /// switching it to WAL, GRDB's first write to make the log, and a migration that began as
    /// a read and must upgrade to a write once another process has written
    /// (`SQLITE_BUSY_SNAPSHOT`) fail at once, whatever the timeout. Four processes creating
    /// one store at once lost 3 in 120 this way (issue 14, item 8); the open is retried instead.
    static func isBusy(_ error: any Error) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        return error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
    }

    /// Makes the empty store file readable and writable by its owner only (0600) before SQLite
    /// opens it. A store holds what an analyst collected and corrected; SQLite gives the `-wal`
    /// and `-shm` files it creates the main file's permissions, so all three stay private
    /// whatever the umask. `O_EXCL`: when several processes create one store at once, the
    /// first makes the file and the others open it as it is (an empty file is an empty store).
    private static func createOwnerOnly(path: String) {
        let descriptor = Foundation.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if descriptor >= 0 { close(descriptor) }
    }

    /// Asks SQLite to leave the write-ahead log and its index (`-wal`, `-shm`) in place when
    /// the last connection closes, instead of deleting them.
    private static func keepWriteAheadLog(_ db: Database) {
        var keep: Int32 = 1
        _ = sqlite3_file_control(db.sqliteConnection, "main", SQLITE_FCNTL_PERSIST_WAL, &keep)
    }

    /// A WAL-mode store that this user may only read, whose `-shm` index is missing (a store
    /// last written before the index was kept, or copied without it): SQLite cannot open it
    /// here, and the reason is not the one SQLite gives.
    static func readOnlyProblem(path: String, writable: Bool) -> StoreError? {
        guard !writable, isWriteAheadLogged(path: path), !FileManager.default.fileExists(atPath: path + "-shm") else { return nil }
        return .readOnlyWithoutIndex(path: path)
    }

    /// Byte 18 of an SQLite header is 2 for a file in WAL mode.
    private static func isWriteAheadLogged(path: String) -> Bool {
        guard let header = header(of: path), header.count == 20 else { return false }
        return header[header.startIndex + 18] == 2
    }

    /// Brings the schema up to date. Several processes may open a new file at once
    /// (`ingest` in parallel); when another one applied a migration first, this one's attempt
    /// fails (the table exists, the migration is recorded), and trying again finds it done.
    private static func migrate(_ writer: any DatabaseWriter, with migrator: DatabaseMigrator) throws {
        var attempt = 0
        while true {
            do {
                try migrator.migrate(writer)
                return
            } catch {
                attempt += 1
                let applied = (try? writer.read { try migrator.appliedIdentifiers($0) }) ?? []
                if applied.isSuperset(of: Schema.knownIdentifiers) { return }
                if attempt >= 5 { throw error }
            }
        }
    }

    /// A fresh database in memory: for tests and throw-away runs.
    public static func inMemory() throws -> ProjectStore {
        try ProjectStore(writer: try DatabaseQueue(), path: ":memory:", migrate: true)
    }

    /// Wraps an open GRDB connection (queue or pool) and brings its schema up to date.
    public convenience init(writer: any DatabaseWriter, path: String, migrate: Bool = true) throws {
        let columns: OptionalColumns
        do {
            columns = try Self.prepare(writer, path: path, migrate: migrate)
        } catch {
            throw Self.map(error, path: path)
        }
        self.init(writer: writer, path: path, columns: columns)
    }

    private init(writer: any DatabaseWriter, path: String, columns: OptionalColumns) {
        self.writer = writer
        self.path = path
        self.columns = columns
    }

    /// Checks that the file is ours and brings its schema up to date; returns its optional
    /// columns. Errors are SQLite's as they came, so that ``open(path:create:)`` can tell a
    /// busy file (``isBusy(_:)``) from a broken one.
    private static func prepare(_ writer: any DatabaseWriter, path: String, migrate: Bool) throws -> OptionalColumns {
        let migrator = Schema.migrator
        let state = try writer.read { db -> (applicationID: Int32, tables: [String], applied: Set<String>) in
            let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                """)
            let applied = try tables.contains("grdb_migrations") ? migrator.appliedIdentifiers(db) : []
            return (applicationID, tables, applied)
        }
        if state.applicationID != Schema.applicationID {
            // Ours carry the application id from the first migration on. An empty file is a
            // new database, and one holding only GRDB's migration table is one another
            // process is creating right now.
            let others = state.tables.filter { $0 != "grdb_migrations" }
            if state.applicationID != 0 || !others.isEmpty { throw StoreError.foreign(path: path) }
        }
        // Made by v1, so a file that says v1 ran and lacks one was made or damaged by another program.
        let missing = Schema.coreTables.filter { !state.tables.contains($0) }
        if state.applied.contains(Schema.coreIdentifier), !missing.isEmpty {
            throw StoreError.corrupt(path: path, reason: "actorgraph tables missing: \(missing.joined(separator: ", "))")
        }
        let unknown = state.applied.subtracting(Schema.knownIdentifiers)
        if !unknown.isEmpty { throw StoreError.newerVersion(path: path, unknown: unknown.sorted()) }
        if state.applied.count < Schema.knownIdentifiers.count {
            // A read-only store from before a later migration is still readable: the later
            // ones add indexes for writing and nullable columns that readers look for
            // (``OptionalColumns``). One without the core schema is not.
            guard migrate || state.applied.contains(Schema.coreIdentifier) else { throw StoreError.readOnly(path: path) }
            if migrate { try Self.migrate(writer, with: migrator) }
        }
        // A bulk import killed before it rebuilt its indexes left them out: build them now.
        if migrate, try !writer.read(Schema.missingIndexes).isEmpty {
            try writer.write(Schema.restoreIndexes)
        }
        return try writer.read(OptionalColumns.init)
    }

    /// Runs `body`, turning SQLite failures into ``StoreError``s that name the file
    /// (a ``StoreError`` passes through as it is).
    static func mappingErrors<T>(path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw map(error, path: path)
        }
    }

    /// Runs a read, turning SQLite failures into ``StoreError``.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.mappingErrors(path: path) { try writer.read(body) }
    }

    /// Runs one write transaction, turning SQLite failures into ``StoreError``.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.mappingErrors(path: path) { try writer.write(body) }
    }

    // MARK: Corrections cache

    /// The merges and edge corrections, kept in memory while the store's correction tables
    /// stay as they were. They are few (typed by hand), so path search applies them from
    /// memory; but another process (or another `ProjectStore` on the same file) may merge
    /// or retract at any time, so every use checks a stamp of the tables first, in the same
    /// read that then uses them: a cache refreshed only after this store's own writes showed
    /// one process's merge to another as if it had never happened.
    func corrections() throws -> Corrections {
        try read { db in try corrections(db) }
    }

    /// The corrections as `db` sees them: from memory when the stamp is unchanged.
    func corrections(_ db: Database) throws -> Corrections {
        let stamp = try CorrectionsStamp.read(db, actorCorrections: columns.actorCorrections)
        lock.lock()
        if let cachedCorrections, cachedCorrections.stamp == stamp {
            lock.unlock()
            return cachedCorrections.corrections
        }
        lock.unlock()
        let loaded = try Corrections.load(db)
        lock.lock()
        cachedCorrections = (stamp, loaded)
        lock.unlock()
        return loaded
    }

    func invalidateCorrections() {
        lock.lock()
        cachedCorrections = nil
        lock.unlock()
    }

    // MARK: Errors

    /// A file that is not SQLite at all fails here, before SQLite is asked to read it.
    private static func checkHeader(path: String) throws {
        guard let header = header(of: path) else {
            throw StoreError.database(path: path, reason: "cannot be opened for reading; check its permissions")
        }
        if header.isEmpty { return }  // An empty file is an empty database.
        if header.prefix(16) != Data("SQLite format 3\u{0}".utf8) {
            throw StoreError.corrupt(path: path, reason: "no SQLite header")
        }
    }

    /// The first 20 bytes of the file (fewer when it is shorter), or nil when it cannot be read.
    private static func header(of path: String) -> Data? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 20)) ?? Data()
    }

    static func map(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? CorruptValue {
            return .corruptValue(path: path, column: error.column, value: error.value, expected: error.expected)
        }
        if let error = error as? RowDecodingError {
            // A value GRDB could not convert outside ``Row/decoded(_:_:)`` (a `fetchOne` of one column).
            return .corrupt(path: path, reason: "a stored value of the wrong type: " + String("\(error)".prefix(200)))
        }
        guard let error = error as? DatabaseError else {
            return .database(path: path, reason: "\(error)")
        }
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return .corrupt(path: path, reason: error.message ?? "file is not a database")
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
            return .readOnly(path: path)
        default:
            return .database(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }
}

/// Columns added by migrations after the first, which a store this user may only read can
/// lack: readers select them when they are there and read NULL otherwise.
struct OptionalColumns: Sendable {
    /// `evidence.rule` and `evidence.confidence` (migration v3).
    var evidenceProvenance: Bool
    /// `document.extractor` (migration v4).
    var documentExtractor: Bool
    /// The `actor_correction` table and the undo columns of `correction_log` (migration v5).
    var actorCorrections: Bool

    init(_ db: Database) throws {
        let evidence = Set(try db.columns(in: "evidence").map(\.name))
        evidenceProvenance = evidence.contains("rule") && evidence.contains("confidence")
        documentExtractor = try db.columns(in: "document").contains { $0.name == "extractor" }
        actorCorrections = try db.tableExists("actor_correction")
    }

    /// The select-list items for evidence `e`'s rule and confidence.
    var evidenceProvenanceSQL: String { evidenceProvenance ? "e.rule, e.confidence" : "NULL, NULL" }
}

/// The merges and edge corrections of a store, held in memory while the graph is read.
///
/// Merges are stored as the person made them, one row per `merge` (absorbed → the actor it
/// was merged into), so they may form a tree: `merge Turkey Iran; merge Russia Turkey`
/// keeps Iran under Turkey and Turkey under Russia. That is what lets `unmerge Turkey` undo
/// exactly the second merge, Iran leaving with Turkey. Readers see the flattened view.
struct Corrections: Sendable {
    /// Absorbed actor id → the root of its merge tree: the actor it reads as.
    var mergedInto: [Int64: Int64] = [:]
    /// Absorbed actor id → the actor it was merged into by its own `merge`.
    var parent: [Int64: Int64] = [:]
    /// Root actor id → every actor merged into it, directly or through another.
    var members: [Int64: [Int64]] = [:]
    var edges: [EdgeCorrection] = []
    /// Actors a person removed (`actor remove`): hidden from every reader, kept in the file
    /// so that re-ingest finds them (and keeps them hidden) and `corrections undo` can restore them.
    var hidden: Set<Int64> = []

    struct EdgeCorrection: Sendable {
        var source: Int64
        var kind: RelationKind
        var target: Int64
        var retract: Bool
        var note: String?
    }

    var isEmpty: Bool { mergedInto.isEmpty && edges.isEmpty && hidden.isEmpty }

    /// Whether the actor `id` reads as (its merge root) was removed by a person.
    func isHidden(_ id: Int64) -> Bool { !hidden.isEmpty && hidden.contains(canonical(id)) }

    /// The actor an id reads as once merges are applied.
    func canonical(_ id: Int64) -> Int64 { mergedInto[id] ?? id }

    /// The id and the ids merged into it.
    func group(of id: Int64) -> [Int64] { [id] + (members[id] ?? []) }

    /// The actors merged into `id` by a merge of their own (not through another actor).
    func children(of id: Int64) -> [Int64] { parent.filter { $0.value == id }.map(\.key).sorted() }

    /// The ids under `id` in the merge tree, `id` excluded: the actors that stay with it when
    /// it is unmerged.
    func descendants(of id: Int64) -> [Int64] {
        var found: [Int64] = []
        var seen: Set<Int64> = [id]
        var queue = children(of: id)
        while let next = queue.popLast() {
            guard seen.insert(next).inserted else { continue }
            found.append(next)
            queue += children(of: next)
        }
        return found.sorted()
    }

    /// Flattens the merge rows (absorbed → into) into roots and groups. A cycle cannot be made
    /// by this version's `merge`, but older ones could race into one (`merge A B` and `merge B A`
    /// at once, even `B → B`); its smallest id is then read as the root so that the actors show
    /// again and `unmerge` can take the cycle apart, rather than every member vanishing.
    static func flatten(_ parent: [Int64: Int64]) -> (roots: [Int64: Int64], members: [Int64: [Int64]]) {
        var root: [Int64: Int64] = [:]
        for start in parent.keys.sorted() where root[start] == nil {
            var path: [Int64] = []
            var onPath: Set<Int64> = []
            var current = start
            var top: Int64
            while true {
                if let known = root[current] ?? (parent[current] == nil ? current : nil) {
                    top = known
                    break
                }
                if onPath.contains(current) {
                    // A cycle: the part of the path from `current` on is the cycle itself.
                    top = path.drop { $0 != current }.min() ?? current
                    break
                }
                path.append(current)
                onPath.insert(current)
                current = parent[current] ?? current
            }
            for id in path { root[id] = top }
        }
        var roots: [Int64: Int64] = [:]
        var members: [Int64: [Int64]] = [:]
        for (id, top) in root.sorted(by: { $0.key < $1.key }) where id != top {
            roots[id] = top
            members[top, default: []].append(id)
        }
        return (roots, members)
    }

    static func load(_ db: Database) throws -> Corrections {
        var corrections = Corrections()
        for row in try Row.fetchAll(db, sql: "SELECT absorbed_id, into_id FROM merge ORDER BY absorbed_id") {
            let absorbed: Int64 = try row.decoded(0, "merge.absorbed_id")
            let into: Int64 = try row.decoded(1, "merge.into_id")
            corrections.parent[absorbed] = into
        }
        (corrections.mergedInto, corrections.members) = flatten(corrections.parent)
        for row in try Row.fetchAll(db, sql: """
            SELECT source_id, kind, target_id, action, note FROM edge_correction ORDER BY created_at
            """) {
            guard let kind = RelationKind(rawValue: try row.decoded(1, "edge_correction.kind")) else { continue }
            corrections.edges.append(EdgeCorrection(source: try row.decoded(0, "edge_correction.source_id"), kind: kind,
                                                    target: try row.decoded(2, "edge_correction.target_id"),
                                                    retract: try row.decoded(3, "edge_correction.action") == "retract",
                                                    note: try row.decoded(4, "edge_correction.note")))
        }
        // Stores from before migration v5 have no such table: nobody removed an actor there.
        if try db.tableExists("actor_correction") {
            corrections.hidden = Set(try Int64.fetchAll(db, sql: "SELECT actor_id FROM actor_correction WHERE hidden = 1"))
        }
        return corrections
    }
}

/// What the correction tables hold, in four numbers read from their indexes: every
/// correction command writes a `correction_log` row, and a merge, edge or actor correction
/// removed any other way (an actor forgotten with its documents) changes a count.
struct CorrectionsStamp: Equatable, Sendable {
    var lastLogged: Int64
    var merges: Int64
    var edges: Int64
    /// Rows of `actor_correction` (0 in a store from before migration v5, which has none).
    var actors: Int64 = 0

    /// - Parameter actorCorrections: whether the file has `actor_correction` (migration v5).
    static func read(_ db: Database, actorCorrections: Bool) throws -> CorrectionsStamp {
        let actorCount = actorCorrections ? "(SELECT count(*) FROM actor_correction)" : "0"
        let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT (SELECT ifnull(max(id), 0) FROM correction_log),
                   (SELECT count(*) FROM merge), (SELECT count(*) FROM edge_correction), \(actorCount)
            """))
        guard let row else { return CorrectionsStamp(lastLogged: 0, merges: 0, edges: 0) }
        return CorrectionsStamp(lastLogged: row[0], merges: row[1], edges: row[2], actors: row[3])
    }
}
