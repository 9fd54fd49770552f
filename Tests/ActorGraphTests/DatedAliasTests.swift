import Foundation
import Testing
@testable import ActorGraph

/// Names whose meaning changed with time ("the Syrian government" before and after December
/// 2024) follow the article's date, or the latest date the article mentions.
@Suite struct DatedAliasTests {
    static let gazetteer = (try? Gazetteer.bundled()) ?? Gazetteer()

    func actors(_ text: String, date: String? = nil) -> Set<String> {
        Set(Extractor(gazetteer: Self.gazetteer).graph(from: [Document(id: "d.txt", text: text, date: date)]).actors.map(\.name))
    }

    @Test func theArticlesOwnDateDecides() {
        let text = "The Syrian government welcomed the envoy."
        #expect(actors(text, date: "2019-05-01").contains("Assad regime"))
        #expect(actors(text, date: "2025-02-01").contains("Syria’s Caretaker Government"))
    }

    @Test func withoutADateTheLatestDateMentionedDecides() {
        #expect(actors("In March 2011, the Syrian government cracked down on protesters.").contains("Assad regime"))
        #expect(actors("On 3 January 2025, the Syrian government met Turkish officials.").contains("Syria’s Caretaker Government"))
    }

    @Test(arguments: [("Fighting resumed in 2019 and again on March 3, 2021.", "2021-03-03"),
                      ("He left in December 2024.", "2024-12-31"),
                      ("No date here.", nil)] as [(String, String?)])
    func theLatestMentionedDate(text: String, expected: String?) {
        #expect(MentionedDates.latest(in: text) == expected)
    }

    @Test func twoActorsMayShareADatedNameForSeparateTimes() throws {
        let yaml = """
            actors:
              - name: Old Council
                type: government
                dated-aliases: [{name: the council, until: 2010-12-31}]
              - name: New Council
                type: government
                dated-aliases: [{name: the council, from: 2011-01-01}]
            """
        let gazetteer = try Gazetteer.parse(yaml, file: "dated.yaml")
        let extractor = Extractor(gazetteer: gazetteer)
        let old = extractor.graph(from: [Document(id: "a", text: "The Council met on Monday.", date: "2005-01-01")])
        let new = extractor.graph(from: [Document(id: "b", text: "The Council met on Monday.", date: "2020-01-01")])
        #expect(old.actors.map(\.name) == ["Old Council"])
        #expect(new.actors.map(\.name) == ["New Council"])
    }

    @Test func overlappingTimesForOneNameAreAnError() {
        let yaml = """
            actors:
              - name: Old Council
                type: government
                dated-aliases: [{name: the council, until: 2012-12-31}]
              - name: New Council
                type: government
                dated-aliases: [{name: the council, from: 2011-01-01}]
            """
        #expect(throws: GazetteerError.self) { try Gazetteer.parse(yaml, file: "dated.yaml") }
    }
}
