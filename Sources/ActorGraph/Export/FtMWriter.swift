/// FollowTheMoney (https://followthemoney.tech) entities as JSON lines, one entity per line
/// (`{"id", "schema", "properties"}`, every property a list of strings), as Aleph's and
/// OpenSanctions' tools (`ftm`, `followthemoney-store`) read them.
///
/// Actors: `person` → `Person`; `state`, `government`, `agency` → `PublicBody`; an
/// `organization` whose name ends in a company form (`Ltd`, `Inc.`, `LLC`, `GmbH`, `Company`,
/// ...) → `Company`; other organizations, armed groups and parties → `Organization`. The
/// actor type is kept in `keywords`, the aliases in `alias`.
///
/// Relations: `member-of` → `Membership` (member, organization), `commands` → `Directorship`
/// (director, organization, role `commands`), `sanctioned-by` and `designated-by` →
/// `Sanction` (entity, authority = the other actor's name, program `sanctioned`/`designated`),
/// every other type, and any relation whose target FtM would not accept as an organization,
/// → `UnknownLink` (subject, object, role = the relation type). Each carries its evidence:
/// the sentences in `summary`, where each was found (document, what found it, confidence,
/// hedged/former) in `description`, the article URLs in `sourceUrl`, the dates in `date`, the
/// relation id of the other exports in `recordId`, and `proof` links to one `Article` entity
/// per source document (title, `publishedAt`, `sourceUrl`).
///
/// Entity ids are `ag-` plus the actor id (characters outside FtM's id alphabet written as
/// `_xHEX`; hashed when too long) and `ag-rel-`/`ag-doc-` plus a 64-bit FNV-1a hash of the
/// relation key or document id: stable from run to run, so a re-export updates entities.
enum FtMWriter {
    static func write(_ facts: ExportFacts) -> String {
        var out = ""
        var schemaOf: [Actor.ID: String] = [:]
        for node in facts.nodes {
            let actor = node.actor
            let schema = schema(for: actor)
            schemaOf[actor.id] = schema
            var properties: [(String, [String])] = [("name", [actor.name])]
            if !actor.aliases.isEmpty { properties.append(("alias", actor.aliases)) }
            properties.append(("keywords", [actor.kind.rawValue]))
            out += line(id: actorID(actor.id), schema: schema, properties: properties)
        }
        var documents: [String: (title: String?, date: String?, url: String?)] = [:]
        let names = Dictionary(facts.nodes.map { ($0.actor.id, $0.actor.name) }, uniquingKeysWith: { first, _ in first })
        for edge in facts.edges {
            let relation = edge.relation
            let extracted = relation.extractedEvidence
            for item in extracted where !item.document.isEmpty {
                let known = documents[item.document]
                documents[item.document] = (known?.title ?? item.title, known?.date ?? item.date, known?.url ?? item.url)
            }
            let organizationLike = ["Organization", "PublicBody", "Company"].contains(schemaOf[relation.target] ?? "")
            let source = actorID(relation.source), target = actorID(relation.target)
            var properties: [(String, [String])]
            let schema: String
            switch relation.kind {
            case .memberOf where organizationLike:
                schema = "Membership"
                properties = [("member", [source]), ("organization", [target]), ("role", [relation.kind.rawValue])]
            case .commands where organizationLike:
                schema = "Directorship"
                properties = [("director", [source]), ("organization", [target]), ("role", [relation.kind.rawValue])]
            case .sanctionedBy, .designatedBy:
                schema = "Sanction"
                properties = [("entity", [source]), ("authority", [names[relation.target] ?? relation.target]),
                              ("program", [relation.kind == .sanctionedBy ? "sanctioned" : "designated"])]
            default:
                schema = "UnknownLink"
                properties = [("subject", [source]), ("object", [target]), ("role", [relation.kind.rawValue])]
            }
            let sentences = distinct(relation.evidence.map(\.sentence).filter { !$0.isEmpty })
            if !sentences.isEmpty { properties.append(("summary", sentences)) }
            let notes = relation.evidence.map(note)
            if !notes.isEmpty { properties.append(("description", notes)) }
            let urls = distinct(extracted.compactMap(\.url).filter { $0.hasPrefix("http://") || $0.hasPrefix("https://") })
            if !urls.isEmpty { properties.append(("sourceUrl", urls)) }
            let dates = distinct(extracted.compactMap(\.date)).sorted()
            if !dates.isEmpty { properties.append(("date", dates)) }
            properties.append(("recordId", [edge.id]))
            let proofs = distinct(extracted.map(\.document).filter { !$0.isEmpty }).map(documentID)
            if !proofs.isEmpty { properties.append(("proof", proofs)) }
            out += line(id: "ag-rel-" + hash(relation.source + "\u{1F}" + relation.kind.rawValue + "\u{1F}" + relation.target),
                        schema: schema, properties: properties)
        }
        for (document, info) in documents.sorted(by: { $0.key < $1.key }) {
            var properties: [(String, [String])] = [("title", [info.title ?? document]), ("fileName", [document])]
            if let date = info.date { properties.append(("publishedAt", [date])) }
            if let url = info.url, url.hasPrefix("http://") || url.hasPrefix("https://") { properties.append(("sourceUrl", [url])) }
            out += line(id: documentID(document), schema: "Article", properties: properties)
        }
        return out
    }

    /// The FtM schema of an actor (see the type's documentation for the table).
    static func schema(for actor: Actor) -> String {
        switch actor.kind {
        case .person: return "Person"
        case .state, .government, .agency: return "PublicBody"
        case .organization: return isCompanyName(actor.name) ? "Company" : "Organization"
        case .armedGroup, .party: return "Organization"
        }
    }

    /// Whether a name ends in a legal form of company, the one sign of a company the text gives.
    static func isCompanyName(_ name: String) -> Bool {
        let forms: Set<String> = ["ltd", "limited", "inc", "incorporated", "llc", "plc", "gmbh", "ag", "sa", "sarl",
                                  "corp", "corporation", "company", "co", "bv", "nv", "jsc", "pjsc", "ojsc", "llp"]
        let last = name.lowercased().split(whereSeparator: { !$0.isLetter }).last.map(String.init) ?? ""
        return forms.contains(last)
    }

    /// Where one sentence came from and how it was read, in a line a reader of Aleph can use.
    private static func note(_ item: Evidence) -> String {
        var parts: [String] = []
        if let assertedBy = item.assertedBy {
            parts.append("asserted by hand: \(assertedBy)")
        } else {
            parts.append("\(item.document)" + (item.date.map { " (\($0))" } ?? ""))
            if !item.foundBy.isEmpty { parts.append("found by \(item.foundBy)" + (item.rule.map { " \(Evidence.compactRule($0, limit: 60))" } ?? "")) }
            if let confidence = item.confidence { parts.append("confidence " + Evidence.formatConfidence(confidence)) }
        }
        if item.hedged { parts.append("hedged") }
        if item.former { parts.append("former") }
        return parts.joined(separator: "; ") + (item.sentence.isEmpty ? "" : ": " + item.sentence)
    }

    private static func distinct(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }

    /// An actor's entity id: FtM allows `[0-9a-zA-Z.-]`, beginning and ending alphanumeric,
    /// at most 200 characters.
    static func actorID(_ id: Actor.ID) -> String {
        var safe = ""
        for scalar in id.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "." {
                safe.unicodeScalars.append(scalar)
            } else {
                safe += "-x" + String(scalar.value, radix: 16) + "-"
            }
        }
        let candidate = "ag-" + safe
        if candidate.count <= 180, let last = candidate.unicodeScalars.last, last != "-", last != "." { return candidate }
        return "ag-" + String(safe.prefix(80).filter { $0.isLetter || $0.isNumber || $0 == "-" }) + "-" + hash(id)
    }

    static func documentID(_ document: String) -> String { "ag-doc-" + hash(document) }

    /// 64-bit FNV-1a of the UTF-8 bytes, 16 hex digits: stable everywhere, unlike `Hasher`.
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01B3
        }
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    private static func line(id: String, schema: String, properties: [(String, [String])]) -> String {
        let body = properties.map { JSONText.string($0.0) + ":" + JSONText.array($0.1) }.joined(separator: ",")
        return "{\"id\":" + JSONText.string(id) + ",\"schema\":" + JSONText.string(schema) + ",\"properties\":{" + body + "}}\n"
    }
}
