/// One sentence of one document that states a relation: the unit of truth.
///
/// An edge is the set of its evidence; its hedging, former-ness and weight derive from it.
public struct Evidence: Codable, Hashable, Sendable {
    /// The document id (its file name, or the id of a JSON Lines record).
    public var document: String
    /// The sentence as it stands in the document.
    public var sentence: String
    /// Character offsets of the sentence in the document text, `start..<end`, counted in
    /// Unicode scalars so that Python's `text[start:end]` gives the sentence back.
    public var start: Int
    public var end: Int
    /// The sentence marks the claim as unproven ("reportedly", "allegedly", ...).
    public var hedged: Bool
    /// The sentence speaks of a past tie ("former leader", "until").
    public var former: Bool
    /// The document's date (ISO 8601, `YYYY-MM-DD`), when known.
    public var date: String?
    /// The document's title, when known.
    public var title: String?
    /// Who stated it: `nil` for extraction, a note for a person's assertion.
    public var assertedBy: String?
    /// The extraction rule that read the relation from the sentence, so a reader can see why.
    public var rule: String?
    /// How sure the extractor is of it, in `[0, 1]`: the model's probability, or a rule's
    /// standing; `nil` for a person's assertion and for evidence stored before it was kept.
    public var confidence: Double?
    /// The document's address (a JSON Lines record's `url`), when known: exports carry it so
    /// that an analyst can open the source of each sentence.
    public var url: String?

    public init(document: String, sentence: String, start: Int, end: Int, hedged: Bool = false,
                former: Bool = false, date: String? = nil, title: String? = nil, assertedBy: String? = nil,
                rule: String? = nil, confidence: Double? = nil) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
        self.hedged = hedged
        self.former = former
        self.date = date
        self.title = title
        self.assertedBy = assertedBy
        self.rule = rule
        self.confidence = confidence
    }

    /// Evidence with the document's address; a separate initializer so that code built
    /// against the one without `url` keeps linking.
    public init(document: String, sentence: String, start: Int, end: Int, hedged: Bool = false,
                former: Bool = false, date: String? = nil, title: String? = nil, assertedBy: String? = nil,
                rule: String? = nil, confidence: Double? = nil, url: String?) {
        self.init(document: document, sentence: sentence, start: start, end: end, hedged: hedged, former: former,
                  date: date, title: title, assertedBy: assertedBy, rule: rule, confidence: confidence)
        self.url = url
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        document = try c.decode(String.self, forKey: .document)
        sentence = try c.decodeIfPresent(String.self, forKey: .sentence) ?? ""
        start = try c.decodeIfPresent(Int.self, forKey: .start) ?? 0
        end = try c.decodeIfPresent(Int.self, forKey: .end) ?? 0
        hedged = try c.decodeIfPresent(Bool.self, forKey: .hedged) ?? false
        former = try c.decodeIfPresent(Bool.self, forKey: .former) ?? false
        date = try c.decodeIfPresent(String.self, forKey: .date)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        assertedBy = try c.decodeIfPresent(String.self, forKey: .assertedBy)
        rule = try c.decodeIfPresent(String.self, forKey: .rule)
        confidence = try c.decodeIfPresent(Double.self, forKey: .confidence)
        url = try c.decodeIfPresent(String.self, forKey: .url)
    }
}
