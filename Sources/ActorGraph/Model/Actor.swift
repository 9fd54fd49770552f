/// A named party that can act: one node of the graph, known by all its names.
public struct Actor: Codable, Hashable, Sendable, Identifiable {
    /// A stable identifier derived from the canonical name (see ``Actor/identifier(for:)``).
    public var id: String
    /// The canonical name, as the gazetteer or the first full mention spells it.
    public var name: String
    public var kind: ActorKind
    /// Every other surface form that names this actor, in first-seen order.
    public var aliases: [String]
    /// The documents that mention the actor, by document id.
    public var documents: [String]
    /// How many times the actor is mentioned across all documents.
    public var mentionCount: Int

    public init(id: String? = nil, name: String, kind: ActorKind, aliases: [String] = [],
                documents: [String] = [], mentionCount: Int = 0) {
        self.id = id ?? Actor.identifier(for: name)
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.documents = documents
        self.mentionCount = mentionCount
    }

    /// Every name of the actor, canonical first.
    public var allNames: [String] { [name] + aliases }

    /// An identifier that stays the same from run to run: the folded name, dashed.
    public static func identifier(for name: String) -> String {
        let folded = NameFolding.fold(name)
        if folded.utf8.allSatisfy({ $0 < 128 }) {
            // Plain ASCII, most names: letters and digits kept, each other run one dash.
            var slug: [UInt8] = []
            slug.reserveCapacity(folded.utf8.count)
            for byte in folded.utf8 {
                let isAlphanumeric = byte >= 97 && byte <= 122 || byte >= 65 && byte <= 90 || byte >= 48 && byte <= 57
                if isAlphanumeric {
                    slug.append(byte)
                } else if let last = slug.last, last != UInt8(ascii: "-") {
                    slug.append(UInt8(ascii: "-"))
                }
            }
            if slug.last == UInt8(ascii: "-") { slug.removeLast() }
            return String(decoding: slug, as: UTF8.self)
        }
        let slug = folded.map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
        return slug.split(separator: "-").joined(separator: "-")
    }

    enum CodingKeys: String, CodingKey {
        case id, name, kind = "type", aliases, documents, mentionCount = "mentions"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        id = try c.decodeIfPresent(String.self, forKey: .id) ?? Actor.identifier(for: name)
        kind = try c.decode(ActorKind.self, forKey: .kind)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        documents = try c.decodeIfPresent([String].self, forKey: .documents) ?? []
        mentionCount = try c.decodeIfPresent(Int.self, forKey: .mentionCount) ?? 0
    }
}
