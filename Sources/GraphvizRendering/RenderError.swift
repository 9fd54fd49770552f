/// Why a graph could not be drawn. Each message is one line that names the value at fault
/// and the fix.
public enum RenderError: Error, CustomStringConvertible, Equatable {
    /// `--format` named a format the renderer does not offer.
    case unknownFormat(String)
    /// `--layout` named an engine the renderer does not offer.
    case unknownLayout(String)
    /// Graphviz has no plugin that writes this format on this machine.
    case missingFormatPlugin(format: String, available: [String])
    /// Graphviz has no plugin for this layout engine on this machine.
    case missingLayoutPlugin(layout: String, available: [String])
    /// Graphviz's plugin configuration is missing: no layout engine is registered.
    case noLayoutPlugins
    /// Graphviz was handed an empty string (it fails without a message of its own).
    case emptyDOT
    /// Graphviz reported an error; the text is its own message.
    case graphviz(String)

    public var description: String {
        switch self {
        case .unknownFormat(let value):
            return "unknown format '\(value)'; valid formats: \(OutputFormat.validNames)"
        case .unknownLayout(let value):
            return "unknown layout '\(value)'; valid layouts: \(Layout.validNames)"
        case .missingFormatPlugin(let format, let available):
            return "Graphviz on this machine cannot write '\(format)'; available formats: \(available.joined(separator: ", "))"
        case .missingLayoutPlugin(let layout, let available):
            return "Graphviz on this machine has no '\(layout)' layout; available layouts: \(available.joined(separator: ", "))"
        case .noLayoutPlugins:
            return "Graphviz has no layout plugins registered (its plugin config file is missing); run `sudo dot -c` to write it"
        case .emptyDOT:
            return "nothing to draw: the DOT text is empty"
        case .graphviz(let message):
            return "Graphviz: \(message)"
        }
    }
}
