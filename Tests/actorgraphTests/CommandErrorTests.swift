import Foundation
import Testing

/// Mistakes get one `Error:` line naming what to fix; usage text, when shown, is the usage of
/// the command at fault, never the root command's.
@Suite struct CommandErrorTests {
    @Test func missingArticlesShowTheCommandsOwnUsage() throws {
        let result = try PathCommandTests.run(["ingest", "--db", "/nonexistent/never.sqlite"])
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("Error: no articles given"))
        #expect(result.stderr.contains("Usage: actorgraph ingest"))
        #expect(!result.stderr.contains("<subcommand>"))
    }

    @Test func aProblemFoundWhileRunningPrintsNoUsage() throws {
        let result = try PathCommandTests.run(["extract"])
        #expect(result.status != 0)
        #expect(result.stderr == "Error: no articles given; name article files or folders, for example `actorgraph extract examples/corpus`\n")
    }

    @Test func depthWithoutFocusIsAnArgumentMistake() throws {
        let result = try PathCommandTests.run(["render", "--depth", "2", "--input", PathCommandTests.fixtureFile.path])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: '--depth' goes with '--focus ACTOR'"))
        #expect(result.stderr.contains("Usage: actorgraph render"))
    }
}
