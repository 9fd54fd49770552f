import Foundation
import GRDB
import Testing

/// `ingest` after a change of gazetteer or model extracts unchanged documents again and says
/// why; `--reextract` does it on request (issue 14, item 13). Through the built binary;
/// skipped, with a message, when it is not built.
@Suite struct ReextractionCLITests {
    typealias Folder = CLITests.Folder

    static let articles = [
        ("a.txt", "Turkey backs the Syrian National Army."),
        ("b.txt", "The Free Idlib Army fought the Syrian Democratic Forces near Afrin."),
    ]

    static let gazetteer = """
        actors:
          - name: Free Idlib Army
            type: armed-group
            aliases: [FIA]
        """

    static func evidenceCount(_ folder: Folder) throws -> Int {
        try DatabaseQueue(path: folder.path("actorgraph.sqlite")).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM evidence") ?? -1
        }
    }

    @Test(.enabled(if: CLITests.binary != nil, "build the actorgraph binary first (swift build --product actorgraph)"))
    func aNewGazetteerOrModelReExtractsUnchangedDocuments() throws {
        let folder = try Folder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("news"), withIntermediateDirectories: true)
        for (name, text) in Self.articles { try folder.write("news/\(name)", text) }
        try folder.write("extra.yaml", Self.gazetteer)

        let first = try DataLossCLITests.run(["ingest", "news"], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("read 2 documents: 2 new, 0 changed, 0 unchanged (skipped)"))
        let same = try DataLossCLITests.run(["ingest", "news"], in: folder)
        #expect(same.stdout.hasPrefix("read 2 documents: 0 new, 0 changed, 2 unchanged (skipped)"), "\(same.stdout)")
        #expect(!same.stdout.contains("re-extracted"))

        // A gazetteer that knows the Free Idlib Army: both documents are read again, once each.
        let before = try Self.evidenceCount(folder)
        let extended = try DataLossCLITests.run(["ingest", "news", "--gazetteer", "extra.yaml"], in: folder)
        #expect(extended.status == 0, "\(extended.stderr)")
        #expect(extended.stdout.hasPrefix("read 2 documents: 0 new, 0 changed, 2 re-extracted, 0 unchanged (skipped)"), "\(extended.stdout)")
        #expect(extended.stdout.contains("re-extracted 2 unchanged documents because the gazetteer changed since they were stored"))
        #expect(extended.stdout.contains("actorgraph.sqlite: 2 documents"))
        #expect(try Self.evidenceCount(folder) >= before)
        let shown = try DataLossCLITests.run(["show", "Free Idlib Army"], in: folder)
        #expect(shown.status == 0, "the new gazetteer's actor is stored: \(shown.stderr)")

        // The same gazetteer again: nothing to do.
        let settled = try DataLossCLITests.run(["ingest", "news", "--gazetteer", "extra.yaml"], in: folder)
        #expect(settled.stdout.hasPrefix("read 2 documents: 0 new, 0 changed, 2 unchanged (skipped)"), "\(settled.stdout)")

        // The rules alone instead of the model: the model part changed.
        let rulesOnly = try DataLossCLITests.run(["ingest", "news", "--gazetteer", "extra.yaml", "--rules-only"], in: folder)
        #expect(rulesOnly.stdout.contains("re-extracted 2 unchanged documents because the model changed since they were stored"),
                "\(rulesOnly.stdout)")

        // Asked for: every document, with the same extractor.
        let forced = try DataLossCLITests.run(["ingest", "news", "--gazetteer", "extra.yaml", "--rules-only", "--reextract"], in: folder)
        #expect(forced.stdout.contains("2 re-extracted"), "\(forced.stdout)")
        #expect(forced.stdout.contains("re-extracted 2 unchanged documents, as --reextract asks"))
        #expect(forced.stdout.contains("actorgraph.sqlite: 2 documents"))
    }
}
