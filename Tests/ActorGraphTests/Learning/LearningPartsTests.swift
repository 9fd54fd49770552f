import Foundation
import Testing
@testable import ActorGraph

/// The small parts of the learned pipeline, one behaviour each.
@Suite struct LearningPartsTests {
    static let gazetteer = (try? Gazetteer.bundled()) ?? Gazetteer()

    func reader(_ text: String) -> DocumentReader {
        Extractor(gazetteer: Self.gazetteer).read(Document(id: "t.txt", text: text))
    }

    @Test func everyRelationTypeHasItsLabels() {
        for kind in RelationKind.allCases {
            let labels = RelationLabel.all.filter { $0.kind == kind }
            #expect(labels.count == (kind.isSymmetric ? 1 : 2), "\(kind)")
            for label in labels { #expect(RelationLabel(name: label.description) == label) }
        }
        #expect(RelationLabel.all.first == RelationLabel.none)
    }

    @Test(arguments: [("backs", "back"), ("backed", "back"), ("backing", "back"), ("militias", "militia"),
                      ("planned", "plan"), ("designates", "designate"), ("is", "is"), ("ISIS", "ISIS"), ("status", "status")])
    func stemsShareInflections(word: String, stem: String) {
        #expect(WordStem.stem(word) == stem)
    }

    /// The byte-level stem hash the models use must be the hash of ``WordStem/stem(_:)``:
    /// a difference would change every feature of the word, and the bundled model's meaning.
    @Test func stemHashesAreTheHashesOfTheStems() {
        var words = ["backs", "backed", "backing", "militias", "planned", "studies", "is", "status", "passes",
                     "boxes", "marches", "pushes", "goes", "fled", "sing", "ring", "things", "stopping", "falling",
                     "agreed", "buses", "ISIS", "al-qaeda", "naïve", "fto's", "", "a", "zzzzed", "sees"]
        for (_, list) in CueClasses.lists { words += list.split(separator: "|").map(String.init) }
        for word in words {
            var bytes = Array(word.utf8)
            let hash = bytes.withUnsafeMutableBufferPointer { WordStem.stemHash(UnsafeBufferPointer($0)) }
            #expect(hash == FeatureHash.of(WordStem.stem(word)), "\(word)")
        }
    }

    /// The stem table gives, for every token, what hashing its text gives: shared words
    /// (gazetteer, cue words), the document's own words, numbers and marks.
    @Test func stemTableAgreesWithTheTokensText() {
        let r = reader("Iran bankrolls the Houthis; its alliances, supplying and assisting despite penalties, say militias backed by Tehran’s IRGC were planning 12 studies — «ŠKODA» said.")
        var local = StemTable.Local()
        func classes(of stem: String) -> UInt32 {
            var bits: UInt32 = 0
            for (index, (_, list)) in CueClasses.lists.enumerated()
            where list.split(separator: "|").contains(where: { WordStem.stem(String($0)) == stem }) {
                bits |= 1 << UInt32(index)
            }
            return bits
        }
        for token in r.tokens {
            let text = r.lexicon.text(of: token.word)
            let expected = token.kind == .number ? "#num" : token.kind == .word ? WordStem.stem(text) : text
            #expect(r.stems.stem(of: token, reader: r, local: &local) == FeatureHash.of(expected), "\(text)")
            let (stem, bits) = r.stems.stemAndClasses(of: token, reader: r, local: &local)
            #expect(stem == FeatureHash.of(expected), "\(text)")
            #expect(bits == classes(of: expected), "\(text)")
            #expect(r.stems.suffix(of: token.word, reader: r, local: &local) == FeatureHash.of(String(text.suffix(3))), "\(text)")
        }
        // Both layers are exercised: a cue word of the shared lexicon and one the document adds.
        #expect(r.tokens.contains { Int($0.word) < r.stems.sharedCount && r.lexicon.text(of: $0.word) == "backed" })
        #expect(r.tokens.contains {
            Int($0.word) >= r.stems.sharedCount && r.stems.stemAndClasses(of: $0, reader: r, local: &local).1 != 0
        })
    }

    @Test func featureHashesAreStableAcrossRuns() {
        // FNV-1a of "a": a fixed value, so that a saved model means the same on every machine.
        #expect(FeatureHash.of("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(FeatureHash.feature(.wordBetween, 1) != FeatureHash.feature(.firstBetween, 1))
    }

    @Test func pairsAreTheMentionsOfDifferentActorsInOneSentence() {
        let r = reader("Iran backs Hezbollah and Hamas. Qatar hosts Hamas.")
        let pairs = r.candidatePairs(of: r.mentions)
        #expect(pairs.filter { $0.sentence == 0 }.count == 3)
        #expect(pairs.filter { $0.sentence == 1 }.count == 1)
    }

    @Test func aHedgeInAnotherClauseDoesNotHedgeThisOne() {
        let r = reader("Inspectors verified that Iran backs Hezbollah; Qatar reportedly funds Hamas.")
        let first = r.mentions[0], second = r.mentions[1]
        #expect(!ClauseMarks.isHedged(reader: r, sentence: 0, around: first.start..<second.end))
        let third = r.mentions[2], fourth = r.mentions[3]
        #expect(ClauseMarks.isHedged(reader: r, sentence: 0, around: third.start..<fourth.end))
    }

    /// "Its leader" after a notice that names the designating ministry first is the
    /// designated group's leader: a group with members before an agency.
    @Test func itsAfterANoticeIsTheGroupNotTheAgency() {
        let r = reader("The Department of State designated the Red Hand Brigade today. Its leader, Omar Sayed, was also named.")
        let references = ReferenceResolver(reader: r).references()
        let its = references.first { r.text($0.start..<$0.end) == "Its" }
        #expect(its.map { r.actors[r.root($0.actor)].name } == "Red Hand Brigade")
    }

    /// With no group in the sentence before, the agency is still what "its" means.
    @Test func itsFallsBackToTheAgency() {
        let r = reader("The Department of State published a report. Its authors met Omar Sayed.")
        let references = ReferenceResolver(reader: r).references()
        let its = references.first { r.text($0.start..<$0.end) == "Its" }
        #expect(its.map { r.actors[r.root($0.actor)].name } == "U.S. State Department")
    }

    /// "The military council's commander": a description may carry one adjective.
    @Test func aDescriptionWithAnAdjectiveIsAReference() {
        let r = reader("The Eastern Hawks Brigade took the town. The military council's commander, Omar Sayed, was wounded.")
        let references = ReferenceResolver(reader: r).references()
        let description = references.first { r.text($0.start..<$0.end) == "The military council" }
        #expect(description.map { r.actors[r.root($0.actor)].name } == "Eastern Hawks Brigade")
    }

    @Test func aShortBracketKeepsAMemberInItsList() {
        let r = reader("The units are the Red Hand Brigade (RHB), the Stone Front and the Eagle Brigade.")
        #expect(ListExpansion.lists(in: r, sentence: 0).first?.count == 3)
    }

    @Test func aListIsFoundAndSharesItsRelation() {
        let r = reader("Sanctions on Hamas, Hezbollah and the Houthis were announced by Iran.")
        let lists = ListExpansion.lists(in: r, sentence: 0)
        #expect(lists.count == 1)
        #expect(lists.first?.count == 3)
    }

    @Test func minimumConfidenceKeepsSureEvidenceAndAssertions() {
        let sure = Evidence(document: "a", sentence: "s", start: 0, end: 1, confidence: 0.9)
        let unsure = Evidence(document: "a", sentence: "s", start: 0, end: 1, confidence: 0.2)
        let asserted = Evidence(document: "", sentence: "", start: 0, end: 0, assertedBy: "analyst")
        let graph = Graph(actors: [], relations: [
            Relation(source: "a", target: "b", kind: .backs, evidence: [sure, unsure]),
            Relation(source: "c", target: "d", kind: .backs, evidence: [unsure]),
            Relation(source: "e", target: "f", kind: .backs, evidence: [asserted]),
        ])
        let kept = graph.keeping(minimumConfidence: 0.5)
        #expect(kept.relations.count == 2)
        #expect(kept.relations[0].evidence == [sure])
        #expect(kept.relations[0].confidence == 0.9)
    }
}

/// Names beyond the gazetteer, as issue 11 asks of them.
@Suite struct NameRecognitionTests {
    static let extractor = Extractor(gazetteer: (try? Gazetteer.bundled()) ?? Gazetteer(), model: try? ExtractionModel.bundled())

    func actors(_ text: String) -> [Actor] {
        Self.extractor.graph(from: [Document(id: "n.txt", text: text)]).actors
    }

    @Test func aOneWordAliasDoesNotOverrideADifferentFullName() {
        let found = actors("Abdi Samad, a financier of the network, was arrested in Nairobi.")
        #expect(!found.contains { $0.name == "Mazloum Abdi" })
    }

    @Test func designationLabelsAreNotActors() {
        let found = actors("The Department of State designated Hamas as a Foreign Terrorist Organization and a Specially Designated Global Terrorist under Executive Order 13224.")
        for label in ["Foreign Terrorist Organization", "Specially Designated Global Terrorist", "Executive Order"] {
            #expect(!found.contains { $0.name == label }, "\(label)")
        }
    }

    @Test func companiesAndTransliteratedGroupsAreFound() {
        let found = actors("Treasury sanctioned Al-Noor Trading LLC and Lashkar-e-Jhangvi Brigade for their support to the militia.")
        #expect(found.contains { $0.name.hasPrefix("Al-Noor Trading") && $0.kind == .organization })
    }
}

/// A new relation type must be taught everywhere extraction needs it: a failing test names
/// the step that was missed (docs/extraction.md, "Adding a relation type").
@Suite struct RelationTypeCoverageTests {
    @Test(arguments: RelationKind.allCases)
    func everyTypeHasLabelsRulesAndExamples(kind: RelationKind) {
        #expect(RelationLabel.all.contains { $0.kind == kind }, "no model label for \(kind)")
        #expect(RelationRules.declarations.contains { $0.kind == kind && !$0.examples.isEmpty },
                "no hand rule with an example for \(kind)")
    }
}

/// The model shipped in the package: it loads, and the design's example holds with it.
@Suite struct BundledModelTests {
    @Test func theBundledModelLoadsAndReads() throws {
        let model = try #require(try ExtractionModel.bundled())
        #expect(model.featureCount > 1000)
        let graph = Extractor(gazetteer: try Gazetteer.bundled(), model: model)
            .graph(from: [Document(id: "b.txt", text: "Turkey backs the Syrian National Army, officials said.")])
        let names = Dictionary(uniqueKeysWithValues: graph.actors.map { ($0.id, $0.name) })
        #expect(graph.relations.contains { names[$0.source] == "Turkey" && $0.kind == .backs && names[$0.target] == "Syrian National Army" })
    }

    @Test(.enabled(if: SeedArticleTests.available, "../shared/seeds is absent (it exists beside the checkout in CI only)"))
    func theDesignExampleHoldsWithTheModel() throws {
        let documents = try DocumentLoader().load([SeedArticleTests.seeds.path])
        let g = Extractor(gazetteer: try Gazetteer.bundled(), model: try ExtractionModel.bundled()).graph(from: documents)
        let byName = Dictionary(g.actors.map { ($0.name, $0.id) }, uniquingKeysWith: { a, _ in a })
        func edge(_ s: String, _ k: RelationKind, _ t: String) -> Bool {
            g.relations.contains { $0.source == byName[s] && $0.kind == k && $0.target == byName[t] }
        }
        #expect(edge("Turkey", .backs, "Syrian National Army"))
        #expect(edge("Abu Amsha", .commands, "Sultan Suleiman Shah Division"))
        #expect(edge("Abu Amsha", .pledgedAllegianceTo, "Devlet Bahçeli"))
    }
}
