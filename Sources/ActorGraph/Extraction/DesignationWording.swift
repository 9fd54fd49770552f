/// Whether a listing is a terrorism designation or a sanction is said by what the sentence
/// calls it, not by the verb. Government releases "designate" people and companies under every
/// sanctions programme; only a designation as a terrorist (an FTO, an SDGT, a terrorist
/// organization) is `designated-by`, and the rest is `sanctioned-by`. The annotated sets
/// hold to this almost without exception (a "designating" sentence with no terrorism label is
/// `sanctioned-by` 23 times in 25), and neither a rule nor the model can see it reliably when
/// the label stands far from the pair, so it is decided here, for every proposer's finding.
struct DesignationWording: Sendable {
    /// Words that name a sanction outright.
    static let sanctionMarks = ["sanction", "sanctions", "sanctioned", "sanctioning"]
    /// Words of designating.
    static let designationMarks = ["designate", "designates", "designated", "designating", "designation", "designations"]

    private let terror: WordSet
    private let sanction: WordSet
    private let designation: WordSet

    /// - Parameter words: its ``CueWords/terrorDesignations`` (`terrorist`, `SDGTs`, `FTO`,
    ///   `13224`) make a listing a terrorism designation, as they do for the rules.
    init(words: CueWords, lexicon: inout Lexicon) {
        terror = words.terrorDesignations
        sanction = lexicon.ids(Self.sanctionMarks)
        designation = lexicon.ids(Self.designationMarks)
    }

    /// `found`, with `designated-by` and `sanctioned-by` as the sentence's wording says.
    func adjusted(_ found: FoundRelation, reader: DocumentReader) -> FoundRelation {
        guard found.kind == .designatedBy || found.kind == .sanctionedBy else { return found }
        var terrorism = false, sanctions = false, designating = false
        for token in reader.tokens[reader.sentences[found.sentence]] {
            terrorism = terrorism || terror.contains(token.word)
            sanctions = sanctions || sanction.contains(token.word)
            designating = designating || designation.contains(token.word)
        }
        var adjusted = found
        if found.kind == .designatedBy && !terrorism {
            adjusted.kind = .sanctionedBy
        } else if found.kind == .sanctionedBy && terrorism && designating && !sanctions {
            adjusted.kind = .designatedBy
        }
        return adjusted
    }
}
