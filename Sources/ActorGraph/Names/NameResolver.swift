import Foundation

/// Turns a name a user typed into one actor of a ``GraphSource``.
///
/// In order: an actor id (`hayat-tahrir-al-sham`); a name or alias folding alike
/// (``NameFolding/fold(_:)``: `bahceli` finds `Devlet Bahçeli`, `HTS` its alias); the loose
/// key without Arabic articles (`Sharaa` finds `al-Sharaa`); a person's surname alone, when only
/// one person has it. Anything else is an error that names the closest known names.
public struct NameResolver {
    public let source: any GraphSource

    public init(source: any GraphSource) {
        self.source = source
    }

    /// The one actor `name` means.
    /// - Throws: ``NameResolutionError`` when no actor or more than one fits.
    public func resolve(_ name: String) throws -> Actor {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !NameFolding.fold(trimmed).isEmpty else { throw NameResolutionError.emptyName }
        if let actor = try source.actor(id: trimmed) { return actor }
        let exact = try source.actors(named: trimmed)
        if exact.count == 1 { return exact[0] }
        if exact.count > 1 { throw NameResolutionError.ambiguous(name: trimmed, candidates: exact.map(Self.describe)) }

        let loose = try source.actors(looselyNamed: trimmed)
        let key = NameFolding.looseKey(trimmed)
        // A whole loose name outranks a surname: `Sharaa` is al-Sharaa the group before
        // Ahmed al-Sharaa the person.
        let whole = loose.filter { $0.allNames.contains { NameFolding.looseKey($0) == key } }
        let candidates = whole.isEmpty ? loose : whole
        if candidates.count == 1 { return candidates[0] }
        if candidates.count > 1 {
            throw NameResolutionError.ambiguous(name: trimmed, candidates: candidates.map(Self.describe))
        }
        throw NameResolutionError.unknown(name: trimmed, suggestions: try source.suggestions(for: trimmed, limit: 3))
    }

    private static func describe(_ actor: Actor) -> String { "\(actor.name) (\(actor.kind.rawValue), id \(actor.id))" }
}

/// Why a name could not be turned into one actor.
public enum NameResolutionError: Error, Equatable, CustomStringConvertible {
    /// The name was empty or only punctuation.
    case emptyName
    /// No actor has the name; the closest known names, best first.
    case unknown(name: String, suggestions: [String])
    /// Several actors fit; each described with its type and id.
    case ambiguous(name: String, candidates: [String])

    public var description: String {
        switch self {
        case .emptyName:
            return "empty actor name; give a name, an alias or an actor id"
        case .unknown(let name, let suggestions):
            if suggestions.isEmpty {
                return "no actor named '\(name)' and no known name is close; check the spelling or the graph you gave"
            }
            return "no actor named '\(name)'; did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
        case .ambiguous(let name, let candidates):
            return "'\(name)' could mean \(candidates.joined(separator: " or ")); give the full name or the id"
        }
    }
}
