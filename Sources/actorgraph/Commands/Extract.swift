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

    func run() throws {
        let graph = try articles.extractGraph()
        try JSONOutput.write(graph, pretty: !compact)
    }
}
