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

    public init(name: String, kind: ActorKind, aliases: [String] = [], demonyms: [String] = [], note: String? = nil) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.demonyms = demonyms
        self.note = note
    }

    enum CodingKeys: String, CodingKey { case name, kind = "type", aliases, demonyms, note }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        kind = try c.decode(ActorKind.self, forKey: .kind)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        demonyms = try c.decodeIfPresent([String].self, forKey: .demonyms) ?? []
        note = try c.decodeIfPresent(String.self, forKey: .note)
    }
}
