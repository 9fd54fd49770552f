import ArgumentParser

/// Placeholder until the renderer lands: owned by the rendering work.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Draw the graph through Graphviz (SVG, DOT, PNG, PDF, JSON).")
    func run() throws { throw ValidationError("render is not built yet") }
}
