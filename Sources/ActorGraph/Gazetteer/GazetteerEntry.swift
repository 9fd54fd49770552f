/// One curated actor: its canonical name, type and every other name it goes by.
public struct GazetteerEntry: Codable, Hashable, Sendable {
    public var name: String
    public var kind: ActorKind
    /// Other names: acronyms, spellings, noms de guerre, capitals standing for a state.
    public var aliases: [String]
    /// Adjectives that mention the actor inside a phrase (`Turkish` in `Turkish-backed`).
    /// Weaker than aliases: they never make an actor appear on their own in a title.
    public var demonyms: [String]
    /// Why the entry is there, or what a reader should know about it.
    public var note: String?
    /// Names that mean this actor only for a while: "the Syrian government" is the Assad
    /// regime until December 2024 and the caretaker government after. Several entries may
    /// claim one such name for ranges that do not overlap; an article's date picks one.
    public var datedAliases: [DatedAlias]

    public init(name: String, kind: ActorKind, aliases: [String] = [], demonyms: [String] = [], note: String? = nil,
                datedAliases: [DatedAlias] = []) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.demonyms = demonyms
        self.note = note
        self.datedAliases = datedAliases
    }

    enum CodingKeys: String, CodingKey { case name, kind = "type", aliases, demonyms, note, datedAliases = "dated-aliases" }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        kind = try c.decode(ActorKind.self, forKey: .kind)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        demonyms = try c.decodeIfPresent([String].self, forKey: .demonyms) ?? []
        note = try c.decodeIfPresent(String.self, forKey: .note)
        datedAliases = try c.decodeIfPresent([DatedAlias].self, forKey: .datedAliases) ?? []
    }
}

/// A name that stands for an actor between two dates (ISO 8601, `YYYY-MM-DD`, inclusive;
/// either end open).
public struct DatedAlias: Codable, Hashable, Sendable {
    public var name: String
    public var from: String?
    public var until: String?

    public init(name: String, from: String? = nil, until: String? = nil) {
        self.name = name
        self.from = from
        self.until = until
    }

    /// Whether the name means this actor on `date`.
    public func covers(_ date: String) -> Bool {
        (from.map { $0 <= date } ?? true) && (until.map { date <= $0 } ?? true)
    }

    /// Whether two ranges share a day.
    func overlaps(_ other: DatedAlias) -> Bool {
        let start = max(from ?? "", other.from ?? "")
        let end = min(until ?? "9999-99-99", other.until ?? "9999-99-99")
        return start <= end
    }
}
