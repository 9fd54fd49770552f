import Foundation
@testable import GraphvizRendering
import Testing

/// Graphviz's messages reach the user in our words (issue 14, item 15): no `(null):` for the
/// file name the in-memory DOT does not have, no doubled `Error:` label.
@Suite struct GraphvizMessageTests {
    @Test func nullFileNamesAndLabelsAreRephrased() {
        #expect(GraphvizErrorSink.rephrased("Error: (null): syntax error in line 3 near 'x'")
                == "syntax error in line 3 near 'x'")
        #expect(GraphvizErrorSink.rephrased("Warning: syntax ambiguity - badly delimited number '2x' in line 1 of (null) splits into two tokens")
                == "syntax ambiguity - badly delimited number '2x' in line 1 of the generated DOT splits into two tokens")
        #expect(GraphvizErrorSink.rephrased("  Error: layout failed  ") == "layout failed")
    }

    @Test func aParseErrorOfRealGraphvizReadsWithoutNull() throws {
        #expect(throws: RenderError.self) {
            try GraphvizEngine.shared.render(dot: "digraph { a -> ; }", layout: "dot", format: "svg")
        }
        do {
            _ = try GraphvizEngine.shared.render(dot: "digraph { a -> ; }", layout: "dot", format: "svg")
        } catch {
            #expect(!"\(error)".contains("(null)"), "\(error)")
            #expect("\(error)".contains("syntax error"), "\(error)")
        }
    }
}
