import ActorGraph
import Foundation
@testable import GraphvizRendering
import Testing

/// Graphviz must print nothing itself: its warnings and errors go to our sink.
@Suite struct SilenceTests {
    /// Runs `body` with file descriptor 2 sent to a pipe and returns what was written.
    /// Other tests may write to stderr meanwhile; callers look only for Graphviz's words.
    func capturingStandardError(_ body: () throws -> Void) rethrows -> String {
        let pipe = Pipe()
        let saved = dup(STDERR_FILENO)
        fflush(nil)
        dup2(pipe.fileHandleForWriting.fileDescriptor, STDERR_FILENO)
        defer {
            fflush(nil)
            dup2(saved, STDERR_FILENO)
            close(saved)
        }
        try body()
        fflush(nil)
        dup2(saved, STDERR_FILENO)
        try? pipe.fileHandleForWriting.close()
        return String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }

    @Test func warningsAndErrorsAreNotPrinted() throws {
        // 150 actors with external labels in neato: Graphviz warns that it could not place
        // every label ("N out of M exterior labels positioned") when it prints.
        let graph = RandomGraph.make(actors: 150)
        let captured = try capturingStandardError {
            _ = try Renderer.render(graph, options: RenderOptions(layout: .neato))
            _ = try? GraphvizEngine.shared.render(dot: "digraph { a -> ; }", layout: "dot", format: "svg")
            _ = try? GraphvizEngine.shared.render(dot: "digraph { a }", layout: "nope", format: "svg")
        }
        #expect(!captured.contains("exterior labels"), "Graphviz printed: \(captured)")
        #expect(!captured.contains("syntax error"), "Graphviz printed: \(captured)")
        #expect(!captured.contains("not recognized"), "Graphviz printed: \(captured)")
    }
}
