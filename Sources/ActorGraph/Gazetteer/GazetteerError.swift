/// Why a gazetteer file could not be used.
public enum GazetteerError: Error, CustomStringConvertible, Equatable {
    /// The file is not valid YAML, or an entry lacks a field; `line` is 1-based when known.
    case syntax(file: String, line: Int?, message: String)
    /// Two different actors claim the same name.
    case conflict(alias: String, first: String, second: String, file: String)
    case unreadable(file: String, reason: String)

    public var description: String {
        switch self {
        case .syntax(let file, let line, let message):
            let place = line.map { "\(file):\($0)" } ?? file
            return "\(place): \(message); fix the gazetteer entry (see gazetteer.yaml for the format)"
        case .conflict(let alias, let first, let second, let file):
            return "\(file): the name '\(alias)' is claimed by both '\(first)' and '\(second)'; "
                + "keep it on one of them (an entry with the same canonical name as a bundled one replaces it)"
        case .unreadable(let file, let reason):
            return "\(file): cannot read gazetteer (\(reason))"
        }
    }
}
