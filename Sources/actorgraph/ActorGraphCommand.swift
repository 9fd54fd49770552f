import ActorGraph
import ArgumentParser
import Foundation

/// The root command: it only dispatches to the subcommands.
@main
struct ActorGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actorgraph",
        abstract: "Turn news articles into an actor-relationship graph, with evidence for every edge.",
        discussion: """
            Extract actors and typed relations from articles, draw the network through Graphviz, \
            and trace affiliation paths hop by hop, each hop with the sentence that supports it.
            """,
        // One version for `--version` and the extractor fingerprint a store records.
        version: Extractor.version,
        subcommands: [
            Extract.self,
            Render.self,
            Path.self,
            Ingest.self,
            Actors.self,
            Show.self,
            Export.self,
            Merge.self,
            Unmerge.self,
            Alias.self,
            Retract.self,
            Assert.self,
            ActorCorrection.self,
            Corrections.self,
            Train.self,
            Report.self,
        ]
    )

    /// ArgumentParser's `main()`, and then a check that standard output took what the command
    /// printed (``StandardOutput/flush()``): a full disk or a closed output is an `Error:` line
    /// and exit 1 for every command, not a lost answer with exit 0.
    static func main() {
        do {
            try LeadingDash.check(Array(CommandLine.arguments.dropFirst()))
            var command = try parseAsRoot()
            try command.run()
            try StandardOutput.flush()
        } catch {
            // One exit-status scheme for every command (``ExitStatus``).
            if let code = ExitStatus.code(for: error) {
                FileHandle.standardError.write(Data("Error: \(error)\n".utf8))
                Foundation.exit(code)
            }
            exit(withError: error)
        }
    }
}
