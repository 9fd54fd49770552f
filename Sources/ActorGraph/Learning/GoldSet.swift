import Foundation

/// One annotated set in the contract's format (`gold/ANNOTATION.md`): a `gold.json` of actors
/// and relations, each relation with its `document` and `evidence` sentence, beside a
/// `texts/` folder holding the documents.
///
/// Loading checks everything training relies on, so a mistake in an analyst's annotation is
/// an error naming the file and the entry, never a silently weaker model.
public struct GoldSet: Sendable {
    public struct Actor: Codable, Sendable {
        public var name: String
        public var type: String
        public var aliases: [String]?
    }

    public struct Relation: Codable, Sendable {
        public var source: String
        public var type: String
        public var target: String
        public var document: String?
        public var evidence: String?
        public var hedged: Bool?
        public var former: Bool?
    }

    struct File: Codable {
        var actors: [Actor]
        var relations: [Relation]
    }

    /// Where the gold file is, for messages.
    public let file: String
    /// The set's name: its folder's.
    public var name: String { URL(fileURLWithPath: file).deletingLastPathComponent().lastPathComponent }
    public let actors: [Actor]
    public let relations: [Relation]
    /// The documents of `texts/`, by file name.
    public let documents: [Document]
    /// Folded name → index into ``actors``.
    let actorByName: [String: Int]
    /// Per relation: its type, source and target actor indices.
    let resolved: [(kind: RelationKind, source: Int, target: Int)]

    /// Reads `gold` and the `texts/` folder beside it.
    public init(contentsOf gold: URL) throws {
        let path = gold.path
        let data: Data
        do { data = try Data(contentsOf: gold) } catch {
            throw TrainingError.unreadable(file: path, reason: (error as NSError).localizedDescription)
        }
        let decoded: File
        do { decoded = try JSONDecoder().decode(File.self, from: data) } catch {
            throw TrainingError.unreadable(file: path, reason: "not a gold file with `actors` and `relations` (\(Self.describe(error)))")
        }
        let texts = gold.deletingLastPathComponent().appendingPathComponent("texts")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: texts.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw TrainingError.noTexts(file: path, folder: texts.path)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: texts.path).filter { !$0.hasPrefix(".") }.sorted()
        var documents: [Document] = []
        for name in names {
            let url = texts.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw TrainingError.unreadable(file: url.path, reason: "not UTF-8 text")
            }
            documents.append(Document(id: name, text: text))
        }
        guard !decoded.relations.isEmpty, !decoded.actors.isEmpty, !documents.isEmpty else {
            throw TrainingError.empty(file: path)
        }
        var byName: [String: Int] = [:]
        for (index, actor) in decoded.actors.enumerated() {
            guard ActorKind(rawValue: actor.type) != nil else {
                throw TrainingError.badEntry(file: path, entry: "actors[\(index)] (\(actor.name))", problem: "unknown actor type '\(actor.type)'; the types are \(ActorKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            for name in [actor.name] + (actor.aliases ?? []) { byName[NameFolding.fold(name)] = index }
        }
        let textByName = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, Self.normalized($0.text)) })
        var resolved: [(RelationKind, Int, Int)] = []
        for (index, relation) in decoded.relations.enumerated() {
            let entry = "relations[\(index)] (\(relation.source) \(relation.type) \(relation.target))"
            guard let kind = RelationKind(rawValue: relation.type) else {
                throw TrainingError.badEntry(file: path, entry: entry, problem: "unknown relation type '\(relation.type)'; the types are \(RelationKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard let source = byName[NameFolding.fold(relation.source)] else {
                throw TrainingError.badEntry(file: path, entry: entry, problem: "'\(relation.source)' is not the name or alias of an actor in the file")
            }
            guard let target = byName[NameFolding.fold(relation.target)] else {
                throw TrainingError.badEntry(file: path, entry: entry, problem: "'\(relation.target)' is not the name or alias of an actor in the file")
            }
            guard let document = relation.document, let text = textByName[document] else {
                throw TrainingError.badEntry(file: path, entry: entry, problem: "its document '\(relation.document ?? "")' is not in \(texts.path)")
            }
            if let evidence = relation.evidence, !text.contains(Self.normalized(evidence)) {
                throw TrainingError.badEntry(file: path, entry: entry, problem: "its evidence sentence is not in \(document): \"\(evidence.prefix(80))…\"")
            }
            resolved.append((kind, source, target))
        }
        file = path
        actors = decoded.actors
        relations = decoded.relations
        self.documents = documents
        actorByName = byName
        self.resolved = resolved
    }

    /// The gold actor indices of relation `index`'s ends.
    public func ends(of index: Int) -> (source: Int, target: Int) { (resolved[index].source, resolved[index].target) }

    /// Whitespace collapsed and typographic quotes made plain: annotators copy sentences
    /// from pages whose line breaks and quote marks differ from the stored text's.
    static func normalized(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var space = false
        for c in text.unicodeScalars {
            if c.properties.isWhitespace {
                space = !out.isEmpty
                continue
            }
            if space { out.unicodeScalars.append(" "); space = false }
            switch c {
            case "\u{2018}", "\u{2019}", "\u{02BC}": out.unicodeScalars.append("'")
            case "\u{201C}", "\u{201D}": out.unicodeScalars.append("\"")
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "missing `\(key.stringValue)` at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return "wrong value at \(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
        case DecodingError.dataCorrupted(let context):
            return context.debugDescription
        default:
            return (error as NSError).localizedDescription
        }
    }
}

/// Annotations that cannot be trained on.
public enum TrainingError: Error, CustomStringConvertible, Equatable {
    case unreadable(file: String, reason: String)
    case noTexts(file: String, folder: String)
    case empty(file: String)
    case badEntry(file: String, entry: String, problem: String)
    case noGold
    case nothingToLearn

    public var description: String {
        switch self {
        case .unreadable(let file, let reason): return "\(file): \(reason)"
        case .noTexts(let file, let folder):
            return "\(file): its documents belong in \(folder), which is missing; put the annotated articles there"
        case .empty(let file):
            return "\(file): nothing to learn from (it needs actors, relations and at least one document in texts/)"
        case .badEntry(let file, let entry, let problem): return "\(file): \(entry): \(problem)"
        case .nothingToLearn:
            return "no relation of the gold files is stated between two actors recognized in one sentence; nothing to learn, no model written"
        case .noGold: return "no gold files given; name one or more gold.json files, each beside its texts/ folder"
        }
    }
}
