import ActorGraph
import Foundation

/// What to draw and how: the options of `actorgraph render`.
public struct RenderOptions: Sendable {
    public var format: OutputFormat
    public var layout: Layout
    public var title: String?
    public var legend: Bool
    public var caption: Bool
    /// A path to draw strongly over a faded graph (see ``Graph/highlight(path:)``).
    public var highlight: PathHighlight?
    /// How many actors without a drawn relation the caller left out, for the caption.
    public var isolatesLeftOut = 0

    public init(format: OutputFormat = .svg, layout: Layout = .auto, title: String? = nil,
                legend: Bool = true, caption: Bool = true, highlight: PathHighlight? = nil) {
        self.format = format
        self.layout = layout
        self.title = title
        self.legend = legend
        self.caption = caption
        self.highlight = highlight
    }
}

/// Draws a graph: our DOT text, laid out and written by Graphviz in-process through
/// ``GraphvizEngine/shared``. Thread-safe (every Graphviz call is serialized).
public enum Renderer {
    /// The DOT text that ``render(_:options:)`` hands to Graphviz for this graph.
    public static func dot(for graph: Graph, options: RenderOptions = RenderOptions()) -> String {
        writer(for: graph, options: options).write(graph)
    }

    /// Draws `graph` in `options.format`. `dot` is our own DOT, before layout.
    ///
    /// - Throws: ``RenderError`` when Graphviz lacks a plugin or reports an error.
    public static func render(_ graph: Graph, options: RenderOptions = RenderOptions()) throws -> Data {
        let writer = writer(for: graph, options: options)
        let text = writer.write(graph)
        guard let format = options.format.graphvizName else { return Data(text.utf8) }
        return try GraphvizEngine.shared.render(dot: text, layout: writer.layout.rawValue, format: format)
    }

    private static func writer(for graph: Graph, options: RenderOptions) -> DOTWriter {
        var writer = DOTWriter(title: options.title, legend: options.legend, caption: options.caption,
                               highlight: options.highlight, layout: options.layout.resolved(for: graph))
        writer.isolatesLeftOut = options.isolatesLeftOut
        return writer
    }
}
