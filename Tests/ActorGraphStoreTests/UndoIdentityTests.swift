import ActorGraph
@testable import ActorGraphStore
import Foundation
import GRDB
import Testing

/// `corrections undo` names actors by row id, and SQLite gives a deleted actor's id to the
/// next actor stored: an undo must act on the actor it was logged for or refuse, never on
/// whichever actor holds the id now.
@Suite struct UndoIdentityTests {
    static let ahrar = Actor(name: "Ahrar al-Sham", kind: .armedGroup)
    static let jaysh = Actor(name: "Jaysh al-Islam", kind: .armedGroup)

    private func rowID(_ store: ProjectStore, _ slug: String) throws -> Int64? {
        try store.read { db in try ProjectStore.rowID(db, slug: slug) }
    }

    /// Ahrar al-Sham gets an alias that is then removed; the article stops naming it, so
    /// ingest deletes it, and Jaysh al-Islam, stored next, gets its row id.
    private func reusedStore() throws -> (ProjectStore, undo: Int64) {
        let store = try ProjectStore.inMemory()
        _ = try Articles.ingestFirst(store)
        let third = Document(id: "third.txt", text: "Ahrar al-Sham backs the SNA.", date: "2024-02-01")
        _ = try store.ingest(third, actors: [Self.ahrar, Articles.sna], relations: [
            Articles.relation(Self.ahrar, .backs, Articles.sna, in: third, "Ahrar al-Sham backs the SNA."),
        ])
        let ahrarRow = try #require(try rowID(store, Self.ahrar.id))
        _ = try store.addAlias("Ahrar", to: "Ahrar al-Sham")
        #expect(try store.removeAlias("Ahrar", from: "Ahrar al-Sham").id == Self.ahrar.id)
        let removal = try #require(try store.loggedCorrections().last).number
        var changed = third
        changed.text = "The Hamza Division backs the SNA."
        _ = try store.ingest(changed, actors: [Articles.hamza, Articles.sna], relations: [
            Articles.relation(Articles.hamza, .backs, Articles.sna, in: changed, "The Hamza Division backs the SNA."),
        ])
        #expect(try rowID(store, Self.ahrar.id) == nil, "the article no longer names Ahrar al-Sham")
        let fourth = Document(id: "fourth.txt", text: "Jaysh al-Islam backs the SNA.", date: "2024-04-01")
        _ = try store.ingest(fourth, actors: [Self.jaysh, Articles.sna], relations: [
            Articles.relation(Self.jaysh, .backs, Articles.sna, in: fourth, "Jaysh al-Islam backs the SNA."),
        ])
        try #require(try rowID(store, Self.jaysh.id) == ahrarRow, "SQLite reused the row id")
        return (store, removal)
    }

    @Test func undoRefusesWhenTheActorsRowHoldsAnotherActor() throws {
        let (store, removal) = try reusedStore()
        do {
            try store.undoCorrection(removal)
            Issue.record("undo applied to another actor")
        } catch let error as StoreError {
            #expect("\(error)".contains("#\(removal)'s actor ahrar-al-sham is no longer in the store"), "\(error)")
        }
        #expect(try store.resolveActor("Jaysh al-Islam").aliases.isEmpty, "no alias moved to Jaysh al-Islam")
        #expect(throws: StoreError.self) { try store.resolveActor("Ahrar") }
        #expect(try store.loggedCorrections().allSatisfy { $0.undoneBy == nil }, "nothing logged as undone")
    }

    /// Entries logged before slugs were kept: undone only while their text names the actor
    /// now at the row, refused otherwise.
    @Test func olderEntriesWithoutSlugsAreUndoneOnlyWhenSafe() throws {
        let (store, removal) = try reusedStore()
        try store.retypeActor("Hamza Division", to: .organization)
        let retype = try #require(try store.loggedCorrections().last).number
        try store.write { db in
            for row in try Row.fetchAll(db, sql: "SELECT id, subjects FROM correction_log") {
                let subjects: String? = row["subjects"]
                let old = subjects.map { text in " " + text.split(separator: " ").filter { !$0.hasPrefix("s:") }.joined(separator: " ") + " " }
                try db.execute(sql: "UPDATE correction_log SET subjects = ? WHERE id = ?", arguments: [old, row["id"] as Int64])
            }
        }
        do {
            try store.undoCorrection(removal)
            Issue.record("an old entry was applied to another actor")
        } catch let error as StoreError {
            #expect("\(error)".contains("before actorgraph recorded which actor it names"), "\(error)")
        }
        #expect(try store.resolveActor("Jaysh al-Islam").aliases.isEmpty)
        try store.undoCorrection(retype)
        #expect(try store.resolveActor("Hamza Division").kind == .armedGroup)
    }
}
