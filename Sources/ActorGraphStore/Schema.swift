import GRDB

/// The database schema, as an ordered list of migrations.
///
/// A migration, once shipped, is never edited: a change to the schema is a new migration
/// appended here (GRDB's `Migrations.md`). The identifiers also tell a newer database from
/// ours: a file whose applied identifiers are not all in ``knownIdentifiers`` was written
/// by a newer actorgraph and is refused rather than misread.
enum Schema {
    /// `PRAGMA application_id` of an actorgraph database ("AGRG"): tells ours from a foreign file.
    static let applicationID: Int32 = 0x4147_5247

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-actors-relations-evidence-corrections") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: v1)
        }
        // v2: documents are found by content too, so the same article under another name
        // is recognised and skipped.
        migrator.registerMigration("v2-document-content-index") { db in
            try db.execute(sql: "CREATE INDEX IF NOT EXISTS document_by_hash ON document(hash)")
        }
        // v3: each piece of evidence keeps what found it (a rule's label, "model", ...) and
        // how sure that was, so `show` and the SVG tooltips can say why an edge is there.
        // Evidence stored before has NULL in both: unknown, not "no rule".
        migrator.registerMigration(evidenceProvenanceIdentifier) { db in
            try db.execute(sql: """
                ALTER TABLE evidence ADD COLUMN rule TEXT;
                ALTER TABLE evidence ADD COLUMN confidence REAL;
                """)
        }
        // v4: each document records the extractor that read it (``Extractor/fingerprint``), so
        // that `ingest` extracts again what an older gazetteer, model or actorgraph read.
        // NULL for documents stored before: extracted by an extractor nobody can name.
        migrator.registerMigration(documentExtractorIdentifier) { db in
            try db.execute(sql: "ALTER TABLE document ADD COLUMN extractor TEXT")
        }
        // v5: corrections of actors themselves (`actor add`, `retype`, `rename`, `remove`), and
        // what it takes to undo each logged correction (`corrections undo N`). Log rows written
        // before have no undo data and are listed but not undone. The expression index finds
        // a person by surname (the last word of a loose name) as the in-memory graph does,
        // without a column every writer would have to fill.
        migrator.registerMigration(actorCorrectionIdentifier) { db in
            try db.execute(sql: """
                CREATE TABLE actor_correction (
                    actor_id INTEGER PRIMARY KEY REFERENCES actor(id) ON DELETE CASCADE,
                    added INTEGER NOT NULL DEFAULT 0,
                    hidden INTEGER NOT NULL DEFAULT 0,
                    created_at TEXT NOT NULL
                );
                ALTER TABLE correction_log ADD COLUMN note TEXT;
                ALTER TABLE correction_log ADD COLUMN subjects TEXT;
                ALTER TABLE correction_log ADD COLUMN undo TEXT;
                ALTER TABLE correction_log ADD COLUMN undone_by INTEGER;
                \(lastWordIndexSQL);
                """)
        }
        return migrator
    }

    /// Secondary indexes a bulk import into an empty store drops and builds once at the end
    /// (one sort instead of millions of random B-tree inserts). Their definitions are the
    /// ones migrations v1 and v5 made; ``restoreIndexes(_:)`` puts back any that a killed import left out.
    static let deferredIndexes: [(name: String, sql: String)] = [
        ("relation_by_target", """
            CREATE INDEX IF NOT EXISTS relation_by_target
                ON relation(target_id, kind, source_id, hedged, former, evidence_count, first_date, last_date)
            """),
        ("evidence_by_relation", "CREATE INDEX IF NOT EXISTS evidence_by_relation ON evidence(relation_id)"),
        ("evidence_by_document", "CREATE INDEX IF NOT EXISTS evidence_by_document ON evidence(document_id)"),
        ("name_by_last_word", lastWordIndexSQL),
    ]

    /// The index of names by their last loose word (a person's surname), made by migration v5.
    static let lastWordIndexSQL = "CREATE INDEX IF NOT EXISTS name_by_last_word ON name(\(lastWordSQL("loose")))"

    /// Names of the deferred indexes missing from the file.
    static func missingIndexes(_ db: Database) throws -> [String] {
        let present = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'"))
        return deferredIndexes.map(\.name).filter { !present.contains($0) }
    }

    static func restoreIndexes(_ db: Database) throws {
        for index in deferredIndexes { try db.execute(sql: index.sql) }
    }

    /// Every migration this build knows, in order.
    static var knownIdentifiers: [String] { migrator.migrations }

    /// The migration that makes every table; later ones add indexes and nullable columns,
    /// which readers of a store they may not migrate look for before they select them.
    static let coreIdentifier = "v1-actors-relations-evidence-corrections"

    /// The tables migration v1 makes. A file that says it is ours (its application id and
    /// migration table) but lacks one was made or damaged by something else.
    static let coreTables = ["actor", "name", "document", "mention", "relation", "evidence", "merge",
                             "edge_correction", "correction_log"]

    /// The migration that adds `evidence.rule` and `evidence.confidence`.
    static let evidenceProvenanceIdentifier = "v3-evidence-rule-confidence"

    /// The migration that adds `document.extractor`.
    static let documentExtractorIdentifier = "v4-document-extractor"

    /// The migration that adds `actor_correction` and the undo columns of `correction_log`.
    static let actorCorrectionIdentifier = "v5-actor-corrections-undo"

    /// SQL for the last space-separated word of `column` (the whole text when it has one word),
    /// from built-in functions only, so that it can be indexed: everything up to the last space
    /// is what `rtrim` leaves when told to strip every character but the space.
    static func lastWordSQL(_ column: String) -> String {
        "substr(\(column), length(rtrim(\(column), replace(\(column), ' ', ''))) + 1)"
    }

    private static let v1 = """
        CREATE TABLE actor (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            kind TEXT NOT NULL
        );
        CREATE TABLE name (
            folded TEXT NOT NULL,
            actor_id INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            loose TEXT NOT NULL,
            user INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (folded, actor_id)
        ) WITHOUT ROWID;
        CREATE INDEX name_by_actor ON name(actor_id);
        CREATE INDEX name_by_loose ON name(loose);

        CREATE TABLE document (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            hash TEXT NOT NULL,
            title TEXT,
            date TEXT,
            url TEXT,
            path TEXT,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX document_by_date ON document(date);

        CREATE TABLE mention (
            actor_id INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
            document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            count INTEGER NOT NULL,
            PRIMARY KEY (actor_id, document_id)
        ) WITHOUT ROWID;
        CREATE INDEX mention_by_document ON mention(document_id);

        CREATE TABLE relation (
            source_id INTEGER NOT NULL REFERENCES actor(id),
            kind TEXT NOT NULL,
            target_id INTEGER NOT NULL REFERENCES actor(id),
            id INTEGER NOT NULL UNIQUE,
            hedged INTEGER NOT NULL,
            former INTEGER NOT NULL,
            evidence_count INTEGER NOT NULL,
            first_date TEXT,
            last_date TEXT,
            PRIMARY KEY (source_id, kind, target_id)
        ) WITHOUT ROWID;
        CREATE INDEX relation_by_target
            ON relation(target_id, kind, source_id, hedged, former, evidence_count, first_date, last_date);

        CREATE TABLE evidence (
            id INTEGER PRIMARY KEY,
            relation_id INTEGER NOT NULL REFERENCES relation(id) ON DELETE CASCADE,
            document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            sentence TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            hedged INTEGER NOT NULL,
            former INTEGER NOT NULL
        );
        CREATE INDEX evidence_by_relation ON evidence(relation_id);
        CREATE INDEX evidence_by_document ON evidence(document_id);

        CREATE TABLE merge (
            absorbed_id INTEGER PRIMARY KEY REFERENCES actor(id),
            into_id INTEGER NOT NULL REFERENCES actor(id),
            created_at TEXT NOT NULL
        );
        CREATE INDEX merge_by_into ON merge(into_id);

        CREATE TABLE edge_correction (
            source_id INTEGER NOT NULL REFERENCES actor(id),
            kind TEXT NOT NULL,
            target_id INTEGER NOT NULL REFERENCES actor(id),
            action TEXT NOT NULL CHECK (action IN ('assert', 'retract')),
            note TEXT,
            created_at TEXT NOT NULL,
            PRIMARY KEY (source_id, kind, target_id)
        ) WITHOUT ROWID;

        CREATE TABLE correction_log (
            id INTEGER PRIMARY KEY,
            command TEXT NOT NULL,
            detail TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        """
}
