import Foundation
import Testing
@testable import ActorGraph

/// A designation with no terrorism label is a sanction, and a terrorism designation is
/// `designated-by` even where a proposer read it as a sanction (``DesignationWording``).
/// Texts written for these tests; the hand rules alone propose, so the filter is what differs.
@Suite struct DesignationWordingTests {
    static let extractor = Extractor(gazetteer: (try? Gazetteer.bundled()) ?? Gazetteer())

    func kinds(_ text: String, from source: String) -> [RelationKind] {
        let graph = Self.extractor.graph(from: [Document(id: "notice.txt", text: text)])
        let ids = Set(graph.actors.filter { $0.name == source || $0.aliases.contains(source) }.map(\.id))
        return graph.relations.filter { ids.contains($0.source) }.map(\.kind).sorted()
    }

    @Test func aDesignationUnderASanctionsOrderIsASanction() {
        let found = kinds("The Treasury Department designated the Lion Brigade pursuant to Executive Order 13818 for serious human rights abuse.",
                          from: "Lion Brigade")
        #expect(found.contains(.sanctionedBy), "got \(found)")
        #expect(!found.contains(.designatedBy), "got \(found)")
    }

    @Test func aTerrorismDesignationStaysADesignation() {
        let found = kinds("The State Department designated the Lion Brigade as a Specially Designated Global Terrorist.",
                          from: "Lion Brigade")
        #expect(found == [.designatedBy], "got \(found)")
    }

    @Test func aTerrorismListingReadAsASanctionIsADesignation() {
        let wording = DesignationWordingTests.adjust(.sanctionedBy, in: "Washington designated the group as a Foreign Terrorist Organization on Monday.")
        #expect(wording == .designatedBy)
        #expect(DesignationWordingTests.adjust(.sanctionedBy, in: "Washington designated the group as a terrorist organization and imposed sanctions on it.") == .sanctionedBy)
        #expect(DesignationWordingTests.adjust(.designatedBy, in: "Washington designated the group under a sanctions order.") == .sanctionedBy)
        #expect(DesignationWordingTests.adjust(.backs, in: "Washington designated the group under a sanctions order.") == .backs)
    }

    /// The filter alone, on a finding for the first sentence of `text`.
    static func adjust(_ kind: RelationKind, in text: String) -> RelationKind {
        let reader = extractor.read(Document(id: "notice.txt", text: text))
        let finding = FoundRelation(source: 0, target: 0, kind: kind, sentence: 0, hedged: false, former: false, rule: "test")
        return extractor.designationWording.adjusted(finding, reader: reader).kind
    }
}
