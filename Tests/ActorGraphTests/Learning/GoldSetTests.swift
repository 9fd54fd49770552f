import Foundation
import Testing
@testable import ActorGraph

/// Annotations that cannot be trained on are errors naming the file and the entry at fault.
@Suite struct GoldSetTests {
    typealias R = TrainingFixtures.Relation

    func problem(_ make: () throws -> URL) throws -> String {
        let file = try make()
        do {
            _ = try GoldSet(contentsOf: file)
            return ""
        } catch let error as TrainingError {
            return error.description
        }
    }

    @Test func anUnknownRelationTypeNamesTheEntry() throws {
        let message = try problem {
            try TrainingFixtures.write(actors: [("Iran", "state"), ("Hamas", "armed-group")],
                                       relations: [R(source: "Iran", type: "funds", target: "Hamas", document: "a.txt", evidence: "Iran funds Hamas.")],
                                       texts: ["a.txt": "Iran funds Hamas."])
        }
        #expect(message.contains("gold.json: relations[0] (Iran funds Hamas): unknown relation type 'funds'"))
    }

    @Test func evidenceNotInItsDocumentIsAnError() throws {
        let message = try problem {
            try TrainingFixtures.write(actors: [("Iran", "state"), ("Hamas", "armed-group")],
                                       relations: [R(source: "Iran", type: "backs", target: "Hamas", document: "a.txt", evidence: "Iran arms Hamas.")],
                                       texts: ["a.txt": "Iran funds Hamas."])
        }
        #expect(message.contains("relations[0]"))
        #expect(message.contains("its evidence sentence is not in a.txt"))
    }

    @Test func aDocumentMissingFromTextsIsAnError() throws {
        let message = try problem {
            try TrainingFixtures.write(actors: [("Iran", "state"), ("Hamas", "armed-group")],
                                       relations: [R(source: "Iran", type: "backs", target: "Hamas", document: "b.txt", evidence: "Iran funds Hamas.")],
                                       texts: ["a.txt": "Iran funds Hamas."])
        }
        #expect(message.contains("its document 'b.txt' is not in"))
    }

    @Test func anEndThatIsNoActorIsAnError() throws {
        let message = try problem {
            try TrainingFixtures.write(actors: [("Iran", "state")],
                                       relations: [R(source: "Iran", type: "backs", target: "Hamas", document: "a.txt", evidence: "Iran funds Hamas.")],
                                       texts: ["a.txt": "Iran funds Hamas."])
        }
        #expect(message.contains("'Hamas' is not the name or alias of an actor"))
    }

    @Test func anEmptySetIsAnError() throws {
        let message = try problem { try TrainingFixtures.write(actors: [], relations: [], texts: ["a.txt": "Nothing."]) }
        #expect(message.contains("nothing to learn from"))
    }

    @Test func aGoldFileWithoutTextsSaysWhereTheyBelong() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-notexts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("gold.json")
        try Data(#"{"actors": [], "relations": []}"#.utf8).write(to: file)
        let message = try problem { file }
        #expect(message.contains("texts"))
        #expect(message.contains("missing"))
    }

    @Test func evidenceMatchesAcrossLineBreaksAndCurlyQuotes() throws {
        let message = try problem {
            try TrainingFixtures.write(actors: [("Iran", "state"), ("Hamas", "armed-group")],
                                       relations: [R(source: "Iran", type: "backs", target: "Hamas", document: "a.txt", evidence: "Iran's aid funds Hamas.")],
                                       texts: ["a.txt": "Iran’s aid\nfunds Hamas."])
        }
        #expect(message == "")
    }
}
