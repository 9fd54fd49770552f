import Foundation
import Yams

/// The curated list of actors the extractor knows by name, with their aliases.
///
/// The bundled file covers the Syrian conflict: factions of the SNA, HTS and its lineage,
/// the Kurdish groups, Iran-backed militias, states, ministries and agencies. Users extend
/// or override it with files of their own (`--gazetteer FILE`): a later file's entry with
/// the same canonical name replaces the earlier one, and a new entry is added.
public struct Gazetteer: Sendable {
    public private(set) var entries: [GazetteerEntry]
    /// Folded words that are places, communities or platforms: never actors.
    public private(set) var notActors: Set<String>

    public init(entries: [GazetteerEntry] = [], notActors: [String] = []) {
        self.entries = entries
        self.notActors = Set(notActors.map(NameFolding.fold))
    }

    /// The gazetteer that ships with actorgraph.
    public static func bundled() throws -> Gazetteer {
        guard let url = Bundle.module.url(forResource: "gazetteer", withExtension: "yaml") else {
            throw GazetteerError.unreadable(file: "gazetteer.yaml", reason: "missing from the installed bundle")
        }
        return try load(contentsOf: url)
    }

    /// Reads a gazetteer file.
    public static func load(contentsOf url: URL) throws -> Gazetteer {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw GazetteerError.unreadable(file: url.path, reason: "not found or not UTF-8 text")
        }
        return try parse(text, file: url.path)
    }

    /// The file format: a YAML mapping with `actors:` (a list of entries with `name`, `type`,
    /// optional `aliases`, `demonyms`, `note`, `dated-aliases`: `{name, from, until}`) and optional `not-actors:` (names of places,
    /// communities and platforms that are never actors).
    public static func parse(_ text: String, file: String) throws -> Gazetteer {
        struct FileFormat: Decodable {
            var actors: [GazetteerEntry]?
            var notActors: [String]?
            enum CodingKeys: String, CodingKey { case actors, notActors = "not-actors" }
        }
        if text.split(whereSeparator: \.isNewline).allSatisfy({ $0.allSatisfy(\.isWhitespace) || $0.hasPrefix("#") }) {
            throw GazetteerError.syntax(file: file, line: nil,
                                        message: "the file has no entries; give an `actors:` list (and optionally `not-actors:`)")
        }
        let parsed: FileFormat
        do {
            parsed = try YAMLDecoder().decode(FileFormat.self, from: text)
        } catch let error as YamlError {
            throw GazetteerError.syntax(file: file, line: Self.line(of: error), message: Self.summary(of: error))
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, let yaml = context.underlyingError as? YamlError {
                throw GazetteerError.syntax(file: file, line: Self.line(of: yaml), message: Self.summary(of: yaml))
            }
            throw GazetteerError.syntax(file: file, line: Self.line(of: error, in: text), message: Self.summary(of: error))
        }
        var gazetteer = Gazetteer(entries: [], notActors: parsed.notActors ?? [])
        // Within one file a canonical name stands once: a second entry is a mistake, not an override.
        var seen: [String: Int] = [:]
        for (index, entry) in (parsed.actors ?? []).enumerated() {
            if let first = seen[NameFolding.fold(entry.name)] {
                throw GazetteerError.syntax(file: file, line: nil,
                    message: "entries \(first + 1) and \(index + 1) both have the name '\(entry.name)'; merge them into one entry")
            }
            seen[NameFolding.fold(entry.name)] = index
        }
        try gazetteer.add(parsed.actors ?? [], file: file)
        return gazetteer
    }

    /// Adds entries from another file: same canonical name replaces, new names add.
    /// - Throws: ``GazetteerError/conflict(alias:first:second:file:)`` when a name would
    ///   belong to two actors.
    public mutating func add(_ newEntries: [GazetteerEntry], file: String) throws {
        var position: [String: Int] = [:]
        for (index, entry) in entries.enumerated() { position[NameFolding.fold(entry.name)] = index }
        for entry in newEntries {
            let key = NameFolding.fold(entry.name)
            if let index = position[key] {
                entries[index] = entry
            } else {
                position[key] = entries.count
                entries.append(entry)
            }
        }
        try checkConflicts(file: file)
    }

    /// Merges another gazetteer over this one.
    public mutating func merge(_ other: Gazetteer, file: String) throws {
        notActors.formUnion(other.notActors)
        try add(other.entries, file: file)
    }

    private func checkConflicts(file: String) throws {
        var owner: [String: String] = [:]
        for entry in entries {
            for name in [entry.name] + entry.aliases + entry.demonyms {
                let key = NameFolding.fold(name)
                if let first = owner[key], first != entry.name {
                    throw GazetteerError.conflict(alias: name, first: first, second: entry.name, file: file)
                }
                owner[key] = entry.name
            }
        }
        // A dated name may belong to several actors, each for its own time, but never overlap
        // another's time or be someone's name for all time.
        var dated: [String: [(entry: String, alias: DatedAlias)]] = [:]
        for entry in entries {
            for alias in entry.datedAliases {
                let key = NameFolding.fold(alias.name)
                if let first = owner[key], first != entry.name {
                    throw GazetteerError.conflict(alias: alias.name, first: first, second: entry.name, file: file)
                }
                for other in dated[key] ?? [] where other.entry != entry.name && other.alias.overlaps(alias) {
                    throw GazetteerError.conflict(alias: alias.name, first: other.entry, second: entry.name, file: file)
                }
                dated[key, default: []].append((entry.name, alias))
            }
        }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }

    private static func summary(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return "YAML syntax error: \(problem)"
        default:
            return "YAML syntax error: \(error)"
        }
    }

    /// Decoding errors carry a coding path, not a line: find the entry's line by its index.
    private static func line(of error: DecodingError, in text: String) -> Int? {
        let path: [any CodingKey]
        switch error {
        case .keyNotFound(_, let context), .typeMismatch(_, let context),
             .valueNotFound(_, let context), .dataCorrupted(let context):
            path = context.codingPath
        @unknown default:
            return nil
        }
        guard path.count >= 2, let index = path[1].intValue else { return nil }
        // The n-th list item under `actors:` starts at the n-th line that opens with "- ".
        var seen = -1
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.drop(while: { $0 == " " }).hasPrefix("- name:") || line.hasPrefix("- ") {
                seen += 1
                if seen == index { return number + 1 }
            }
        }
        return nil
    }

    private static func summary(of error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, _):
            return "an entry lacks '\(key.stringValue)'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let field = context.codingPath.last?.stringValue ?? "value"
            if field == "type" { return "unknown type; use one of \(ActorKind.validNames)" }
            return "bad '\(field)': \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
