/// What the renderer writes.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// SVG with tooltips, ids and classes on every actor and relation.
    case svg
    /// Our own DOT text, before layout: deterministic, for diffing and for other tools.
    case dot
    case png
    case pdf
    /// Graphviz's JSON (laid out: positions, sizes, drawing operations).
    case json

    /// Parses a format name as users type it (case-insensitive).
    public init?(userValue: String) {
        self.init(rawValue: userValue.lowercased())
    }

    /// Every valid name, for error messages that list the choices.
    public static var validNames: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Graphviz's name for the format, when Graphviz writes it.
    var graphvizName: String? {
        switch self {
        case .dot: return nil
        case .svg: return "svg"
        case .png: return "png"
        case .pdf: return "pdf"
        case .json: return "json"
        }
    }

    /// A binary format is not text and is never written to a terminal unasked.
    public var isBinary: Bool { self == .png || self == .pdf }
}
