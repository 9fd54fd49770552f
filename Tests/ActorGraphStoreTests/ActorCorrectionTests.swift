import ActorGraph
@testable import ActorGraphStore
import Foundation
import GRDB
import Testing

/// `actor add|retype|rename|remove` and `corrections undo`: each correction is made, the same
/// and a changed article are ingested again, and the correction must still hold.
@Suite struct ActorCorrectionTests {
    private func seeded() throws -> ProjectStore {
        let store = try ProjectStore.inMemory()
        _ = try Articles.ingestFirst(store)
        _ = try Articles.ingestSecond(store)
        return store
    }

    /// The same articles again, then the first one changed (Turkey's sentence gone), then
    /// the original back: every path by which re-ingest could recreate or rewrite an actor.
    private func reIngest(_ store: ProjectStore) throws {
        #expect(try Articles.ingestFirst(store).status == .skipped)
        #expect(try Articles.ingestSecond(store).status == .skipped)
        var edited = Articles.first
        edited.text = "The Hamza Division is part of the SNA."
        #expect(try store.ingest(edited, actors: [Articles.hamza, Articles.sna], relations: [
            Articles.relation(Articles.hamza, .memberOf, Articles.sna, in: edited, "The Hamza Division is part of the SNA."),
        ]).status == .replaced)
        #expect(try Articles.ingestFirst(store).status == .replaced)
    }

    @Test func anAddedActorCanBeAssertedAndSurvivesReIngest() throws {
        let store = try seeded()
        // Before: no such actor, so `assert` cannot name it.
        #expect(throws: StoreError.self) {
            try store.assert(source: "Mohamed Mire", kind: .memberOf, target: "SNA", note: "report")
        }
        let added = try store.addActor("Mohamed Mire", kind: .person, aliases: ["Mire"], note: "missed by extraction")
        #expect(added.kind == .person && added.aliases == ["Mire"])
        let (key, _) = try store.assert(source: "Mire", kind: .memberOf, target: "SNA", note: "report 7")
        try reIngest(store)
        let graph = try store.graph()
        #expect(graph.actors.contains { $0.id == added.id && $0.kind == .person })
        #expect(graph.relations.contains { $0.key == key && $0.isAsserted })
        #expect(try store.resolveActor("mohamed mire").id == added.id)
        // Adding it twice says who has the name.
        #expect(throws: StoreError.self) { try store.addActor("Mohamed Mire", kind: .person) }
    }

    @Test func anActorExtractionLaterFindsIsTheAddedOne() throws {
        let store = try ProjectStore.inMemory()
        let added = try store.addActor("Hamza Division", kind: .armedGroup)
        _ = try Articles.ingestFirst(store)
        #expect(try store.listActors().filter { $0.name == "Hamza Division" }.count == 1)
        #expect(try store.actor(id: added.id)?.documents == ["first.txt"])
    }

    @Test func retypeAndRenameHoldThroughReIngest() throws {
        let store = try seeded()
        try store.retypeActor("Hamza Division", to: .organization, note: "not armed")
        try store.renameActor("SNA", to: "Syrian National Army (SNA)")
        try reIngest(store)
        let hamza = try #require(try store.actor(id: Articles.hamza.id))
        #expect(hamza.kind == .organization)
        let sna = try #require(try store.actor(id: Articles.sna.id))
        #expect(sna.name == "Syrian National Army (SNA)")
        // The old names still find it, and the graph and the list show the new name.
        #expect(try store.resolveActor("Syrian National Army").id == Articles.sna.id)
        #expect(try store.graph().actors.first { $0.id == Articles.sna.id }?.name == "Syrian National Army (SNA)")
        #expect(try store.listActors(kind: .organization).map(\.id).contains(Articles.hamza.id))
        // `show` lists them with the actor's other corrections.
        let shown = try store.corrections(of: Articles.hamza.id)
        #expect(shown.contains { $0.action == "actor retype" && $0.note == "not armed" }, "\(shown)")
    }

    @Test func aRemovedActorIsHiddenEverywhereAndStaysRemoved() throws {
        let store = try seeded()
        let (removed, number) = try store.removeActor("Turkey", note: "not a party here")
        #expect(removed.id == Articles.turkey.id && number == 1)
        func checkHidden() throws {
            let graph = try store.graph()
            #expect(!graph.actors.contains { $0.id == Articles.turkey.id })
            #expect(!graph.relations.contains { $0.source == Articles.turkey.id || $0.target == Articles.turkey.id })
            #expect(try store.actors(named: "Turkey").isEmpty)
            #expect(try store.actor(id: Articles.turkey.id) == nil)
            #expect(try store.number(of: Articles.turkey.id) == nil)
            #expect(!(try store.adjacencies(of: Articles.sna.id).contains { $0.neighbor == Articles.turkey.id }))
            let sna = try #require(try store.number(of: Articles.sna.id))
            let numbered = try store.numberedAdjacencies(of: [sna])[sna] ?? []
            #expect(numbered.count == 2, "Hamza and the SDF, not Turkey: \(numbered)")
            #expect(!(try store.listActors().contains { $0.id == Articles.turkey.id }))
            #expect(!(try store.suggestions(for: "Turkye", limit: 3).contains("Turkey")))
            #expect(try store.counts().actors == 3)
            #expect(throws: StoreError.self) { try store.resolveActor("Turkey") }
        }
        try checkHidden()
        try reIngest(store)
        try checkHidden()
        // Adding it again points at the removal to undo.
        #expect(throws: StoreError.self) { try store.addActor("Turkey", kind: .state) }
        let removal = try #require(try store.loggedCorrections().last { $0.command == "actor remove" })
        try store.undoCorrection(removal.number)
        #expect(try store.resolveActor("Turkey").id == Articles.turkey.id)
        #expect(try store.graph().relations.contains { $0.source == Articles.turkey.id })
    }

    @Test func everyCorrectionIsLoggedAndUndoneNewestFirst() throws {
        let store = try seeded()
        try store.addActor("Mohamed Mire", kind: .person)
        try store.assert(source: "Mohamed Mire", kind: .memberOf, target: "SNA", note: "report 7")
        try store.retypeActor("SDF", to: .organization)
        try store.merge(keep: "SNA", absorb: "Hamza")
        _ = try store.addAlias("National Army", to: "SNA")
        let log = try store.loggedCorrections()
        #expect(log.map(\.command) == ["actor add", "assert", "actor retype", "merge", "alias add"])
        #expect(log[1].note == "report 7" && log.allSatisfy { $0.undoable && !$0.createdAt.isEmpty })

        // The added actor carries an assertion made later: that one goes first.
        #expect(throws: StoreError.self) { try store.undoCorrection(log[0].number) }
        try store.undoCorrection(log[1].number)
        try store.undoCorrection(log[0].number)
        #expect(throws: StoreError.self) { try store.resolveActor("Mohamed Mire") }
        #expect(throws: StoreError.self) { try store.undoCorrection(log[0].number) }  // already undone

        // A second retype builds on the first: it is undone first.
        let sdfKind = Articles.sdf.kind
        try store.retypeActor("SDF", to: .party)
        let second = try #require(try store.loggedCorrections().last?.number)
        #expect(throws: StoreError.self) { try store.undoCorrection(log[2].number) }
        try store.undoCorrection(second)
        try store.undoCorrection(log[2].number)
        #expect(try store.actor(id: Articles.sdf.id)?.kind == sdfKind)
        // The merge and the alias are independent: either goes first.
        try store.undoCorrection(log[3].number)
        #expect(try store.resolveActor("Hamza").id == Articles.hamza.id)
        #expect(try store.resolveActor("National Army").id == Articles.sna.id)
        try store.undoCorrection(log[4].number)
        #expect(throws: StoreError.self) { try store.resolveActor("National Army") }
        let undos = try store.loggedCorrections().filter { $0.command == "undo" }
        #expect(undos.count == 6 && undos.allSatisfy { !$0.undoable })
        #expect(throws: StoreError.self) { try store.undoCorrection(undos[0].number) }  // an undo is not undone
        #expect(throws: StoreError.self) { try store.undoCorrection(999) }
        try reIngest(store)
        #expect(try store.actor(id: Articles.hamza.id) != nil)
    }

    @Test func undoingARetractBringsTheEdgeBack() throws {
        let store = try seeded()
        let (key, _) = try store.retract(source: "Turkey", kind: .backs, target: "SNA", note: "misread")
        #expect(try store.evidence(for: key).isEmpty)
        let number = try #require(try store.loggedCorrections().last?.number)
        try store.undoCorrection(number)
        #expect(try store.evidence(for: key).count == 1)
    }

    @Test func aCorrectionByAnotherStoreOnTheFileIsSeenAtOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("store.sqlite").path
        let first = try ProjectStore.open(path: path)
        _ = try Articles.ingestFirst(first)
        #expect(try first.adjacencies(of: Articles.sna.id).count == 2)  // caches the corrections
        let second = try ProjectStore.open(path: path)
        try second.removeActor("Turkey")
        #expect(try first.adjacencies(of: Articles.sna.id).map(\.neighbor) == [Articles.hamza.id])
    }

    @Test func aSurnameIsNotAnAliasToRemoveAndARemovedActorIsNamed() throws {
        let store = try ProjectStore.inMemory()
        let mazloum = Actor(name: "Mazloum Abdi", kind: .person, aliases: ["Mazloum Kobani Abdi"])
        _ = try store.ingest(Document(id: "a.txt", text: "Names."), actors: [mazloum, Articles.turkey], relations: [])
        do {
            _ = try store.removeAlias("Abdi", from: "Mazloum Abdi")
            Issue.record("removing a surname succeeded")
        } catch let error as StoreError {
            #expect("\(error)".contains("surname") && !"\(error)".contains("no actor named"), "\(error)")
        }
        try store.removeActor("Turkey")
        do {
            _ = try store.resolveActor("Türkiye")
            Issue.record("a removed actor was found")
        } catch let error as StoreError {
            #expect("\(error)".contains("removed") && "\(error)".contains("corrections undo 1"), "\(error)")
        }
    }

    @Test func aliasRemoveNamesTheRealProblem() throws {
        let store = try seeded()
        // Hamza's own alias is not the SNA's: the message says whose it is.
        let hamza = try #require(try store.actor(id: Articles.hamza.id))
        let alias = try #require(hamza.aliases.first)
        do {
            _ = try store.removeAlias(alias, from: "SNA")
            Issue.record("removing another actor's name succeeded")
        } catch let error as StoreError {
            #expect("\(error)".contains("of \(hamza.name)"), "\(error)")
            #expect(!"\(error)".contains("no actor named"))
        }
        // Extraction's own names are not removable, and the message says so.
        let sna = try #require(try store.actor(id: Articles.sna.id))
        let own = try #require(sna.aliases.first)
        do {
            _ = try store.removeAlias(own, from: "SNA")
            Issue.record("removing extraction's name succeeded")
        } catch let error as StoreError {
            #expect("\(error)".contains("in the articles"), "\(error)")
        }
    }
}

/// A store written before actor corrections and undo data existed (schema v4) still opens:
/// read as it is when it may not be migrated, and migrated when it may.
@Suite struct ActorCorrectionMigrationTests {
    /// A v4 store on disk with the two articles and one merge logged the old way.
    private func oldStore() throws -> (path: String, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("agv4-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("old.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: Schema.documentExtractorIdentifier)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO actor(id, slug, name, kind) VALUES (1, 'turkey', 'Turkey', 'state'), (2, 'ankara', 'Ankara', 'state')")
            try db.execute(sql: "INSERT INTO name(folded, actor_id, name, loose) VALUES ('turkey', 1, 'Turkey', 'turkey'), ('ankara', 2, 'Ankara', 'ankara')")
            try db.execute(sql: "INSERT INTO merge(absorbed_id, into_id, created_at) VALUES (2, 1, '2024-01-01T00:00:00Z')")
            try db.execute(sql: "INSERT INTO correction_log(command, detail, created_at) VALUES ('merge', 'ankara into turkey', '2024-01-01T00:00:00Z')")
        }
        return (path, folder)
    }

    @Test func anOldStoreIsReadWithoutMigratingAndMigratedWhenOpened() throws {
        let (path, folder) = try oldStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Read as it is (a reader who may not migrate it).
        let reader = try ProjectStore(writer: try DatabaseQueue(path: path), path: path, migrate: false)
        #expect(try reader.resolveActor("Ankara").id == "turkey")
        #expect(try reader.loggedCorrections().map(\.command) == ["merge"])
        #expect(throws: StoreError.self) { try reader.undoCorrection(1) }
        #expect(try reader.graph().actors.map(\.id) == ["turkey"])

        let store = try ProjectStore.open(path: path)
        let old = try #require(try store.loggedCorrections().first)
        #expect(!old.undoable && old.detail == "ankara into turkey")
        do {
            try store.undoCorrection(old.number)
            Issue.record("an entry without undo data was undone")
        } catch let error as StoreError {
            #expect("\(error)".contains("unmerge"), "\(error)")
        }
        try store.removeActor("Turkey")
        #expect(try store.graph().actors.isEmpty)
        #expect(try store.loggedCorrections().last?.undoable == true)
    }
}
