import ActorGraph
import ArgumentParser
import Foundation

/// `actorgraph extract PATH...`: the actor graph of some articles, as JSON on stdout.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract actors and relations from articles and print the graph as JSON.",
        discussion: "A directory means every article file below it (.txt, .md, .html, .jsonl)."
    )

    @OptionGroup var articles: ArticleOptions

    @Flag(help: "Print compact JSON on one line.")
    var compact = false

    @Option(help: ArgumentHelp(
        "Keep only evidence whose confidence (0 to 1) reaches this; relations left without evidence are dropped.",
        valueName: "p"))
    var minConfidence: Double?

    func validate() throws {
        if let minConfidence, !(0...1).contains(minConfidence) {
            throw ValidationError("--min-confidence must be between 0 and 1, not \(minConfidence)")
        }
    }

    func run() throws {
        var graph = try articles.extractGraph()
        if let minConfidence { graph = graph.keeping(minimumConfidence: minConfidence) }
        try JSONOutput.write(graph, pretty: !compact)
    }
}
