import ActorGraph
import Foundation
import Testing

/// What a store records about the extractor that read a document: it changes with the
/// gazetteer, the model and the version, and not otherwise.
@Suite struct ExtractorFingerprintTests {
    static let extra = """
        actors:
          - name: Fictional Brigade of Testing
            type: armed-group
        """

    @Test func theSameExtractorGivesTheSameFingerprint() throws {
        let gazetteer = try Gazetteer.bundled()
        let first = try Extractor(gazetteer: gazetteer).fingerprint
        let second = try Extractor(gazetteer: try Gazetteer.bundled()).fingerprint
        #expect(first == second)
        #expect(first.hasPrefix("actorgraph=\(Extractor.version) rules="))
        #expect(first.hasSuffix(" model=none"))
    }

    @Test func aGazetteerOrAModelChangeShowsInItsPart() throws {
        let bundled = try Gazetteer.bundled()
        let plain = try Extractor(gazetteer: bundled).fingerprint
        var extended = bundled
        try extended.merge(try Gazetteer.parse(Self.extra, file: "extra.yaml"), file: "extra.yaml")
        let withExtra = try Extractor(gazetteer: extended).fingerprint
        #expect(Extractor.fingerprintChanges(from: plain, to: withExtra) == ["gazetteer"])

        guard let model = try ExtractionModel.bundled() else { return }
        let withModel = try Extractor(gazetteer: bundled, model: model).fingerprint
        #expect(Extractor.fingerprintChanges(from: plain, to: withModel) == ["model"])
        var retuned = model
        retuned.threshold = min(1, model.threshold + 0.05)
        let withRetuned = try Extractor(gazetteer: bundled, model: retuned).fingerprint
        #expect(Extractor.fingerprintChanges(from: withModel, to: withRetuned) == ["model"])
    }

    @Test func changesFromAnUnrecordedExtractorAreEveryPart() {
        let now = "actorgraph=0.2 rules=1 gazetteer=2 model=3"
        #expect(Extractor.fingerprintChanges(from: nil, to: now) == ["actorgraph", "rules", "gazetteer", "model"])
        #expect(Extractor.fingerprintChanges(from: "actorgraph=0.1 rules=1 gazetteer=2 model=3", to: now) == ["actorgraph"])
        #expect(Extractor.fingerprintChanges(from: now, to: now).isEmpty)
    }
}
