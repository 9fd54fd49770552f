import ActorGraph
import Foundation
import Testing

/// The checks of `actorgraph report` in a real browser, written once and run by each
/// browser's suite (``ReportBrowserTests`` for Chromium, ``ReportFirefoxTests`` for Firefox):
/// the browser loads the file with a `#selftest=` request, the page performs the search,
/// click, filter and path-finder actions as a user would and writes what it showed into
/// `<pre id="selftest-result">`. Expected answers come from the graph and from the
/// `actorgraph path` command, never from the page.
struct ReportBrowserChecks {
    /// The browser that loads the reports.
    let browser: ReportBrowser.Browser

    /// The example corpus's graph, extracted once per test (tests run in parallel).
    static func exampleGraph(in folder: URL) throws -> (graph: Graph, file: URL) {
        let corpus = PathCommandTests.packageRoot.appendingPathComponent("examples/corpus").path
        let extracted = try PathCommandTests.run(["extract", corpus])
        try #require(extracted.status == 0, "extract failed: \(extracted.stderr)")
        let file = folder.appendingPathComponent("graph.json")
        try Data(extracted.stdout.utf8).write(to: file)
        return (try JSONDecoder().decode(Graph.self, from: Data(extracted.stdout.utf8)), file)
    }

    /// `actorgraph report` of a graph file, written as `name` into `folder`.
    static func report(of file: URL, in folder: URL, named name: String = "report.html") throws -> URL {
        let report = folder.appendingPathComponent(name)
        let made = try PathCommandTests.run(["report", "--input", file.path, "-o", report.path])
        try #require(made.status == 0, "report failed: \(made.stderr)")
        return report
    }

    /// Evidence numbers as the report gives them: the normalized graph's order, from 1.
    static func evidenceNumbers(of graph: Graph) -> [Relation.Key: [Int]] {
        var numbers: [Relation.Key: [Int]] = [:]
        var next = 1
        for relation in graph.normalized().relations {
            numbers[relation.key] = relation.evidence.indices.map { next + $0 }
            next += relation.evidence.count
        }
        return numbers
    }

    func searchClickAndFilterWorkOnTheExampleCorpus() throws {
        let folder = try ReportBrowser.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (graph, file) = try Self.exampleGraph(in: folder)
        let report = try Self.report(of: file, in: folder)

        // The actor with the most evidence is clicked; an alias with a diacritic is searched
        // for without it, and a second alias in capitals.
        let numbers = Self.evidenceNumbers(of: graph)
        let clicked = try #require(graph.actors.max { a, b in
            let ea = graph.relations.filter { $0.source == a.id || $0.target == a.id }.reduce(0) { $0 + $1.evidence.count }
            let eb = graph.relations.filter { $0.source == b.id || $0.target == b.id }.reduce(0) { $0 + $1.evidence.count }
            return (ea, b.id) < (eb, a.id)
        })
        let accented = try #require(graph.actors.first { $0.allNames.contains { $0.unicodeScalars.contains { !$0.isASCII && $0.properties.isAlphabetic } } })
        let accentedName = try #require(accented.allNames.first { $0.unicodeScalars.contains { !$0.isASCII && $0.properties.isAlphabetic } })
        let query = String(String.UnicodeScalarView(accentedName.decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { $0.properties.generalCategory != .nonspacingMark })).lowercased()
        let aliased = try #require(graph.actors.first { !$0.aliases.isEmpty && $0.aliases[0].count > 2 && $0.id != accented.id })
        let filtered = RelationKind.memberOf
        try #require(graph.relations.contains { $0.kind == filtered })

        let result = try ReportBrowser.selfTest(report, in: browser, [
            "search": [query, aliased.aliases[0].uppercased()],
            "click": clicked.id,
            "filterOff": filtered.rawValue,
            "actorTypeOff": ActorKind.armedGroup.rawValue,
            "keyboard": accented.id,
            "hideHedged": true,
        ])
        #expect(result.errors.isEmpty, "errors in the page: \(result.errors)")
        #expect(result.search.count == 2)
        #expect(result.search.first?.contains(accented.id) == true, "'\(query)' should suggest \(accented.id): \(result.search)")
        #expect(result.search.last?.contains(aliased.id) == true, "'\(aliased.aliases[0].uppercased())' should suggest \(aliased.id): \(result.search)")

        let click = try #require(result.click)
        #expect(click.open)
        #expect(click.heading == clicked.name)
        let expected = graph.relations.filter { $0.source == clicked.id || $0.target == clicked.id }.flatMap { numbers[$0.key] ?? [] }
        #expect(click.evidence.sorted() == expected.sorted())
        let sentences = graph.relations.filter { $0.source == clicked.id || $0.target == clicked.id }.flatMap { $0.evidence.map(\.sentence) }
        #expect(click.sentences.sorted() == sentences.sorted())

        let keyboard = try #require(result.keyboard)
        #expect(keyboard.focused, "a node takes the keyboard focus")
        #expect(keyboard.open && keyboard.heading == accented.name, "Enter on a focused node opens its panel")

        let filter = try #require(result.filter)
        let actorsByID = graph.actorsByID
        let kept = graph.relations.filter { $0.kind != filtered && actorsByID[$0.source] != nil && actorsByID[$0.target] != nil }
            .map { "\($0.source) \($0.kind.rawValue) \($0.target)" }
        #expect(filter.drawn.sorted() == kept.sorted())
        #expect(filter.rows == kept.count)
        // The view closes in on what the filter left, "fit" returns there, and undoing the
        // filter shows the whole drawing again.
        Self.expectFitted(filter.view, around: filter.boxes, "relation filter")
        #expect(filter.view != filter.before, "the view follows the filter")
        #expect(zip(filter.fitted, filter.view).allSatisfy { abs($0 - $1) < 0.01 }, "fit after zooming: \(filter.fitted) vs \(filter.view)")
        #expect(zip(filter.reset, filter.before).allSatisfy { abs($0 - $1) < 0.01 }, "no filter, the whole drawing: \(filter.reset) vs \(filter.before)")

        // Armed groups hidden: no armed group drawn, every actor with a relation to a
        // non-armed group still drawn, and a coalition's box only with its head.
        let actorFilter = try #require(result.actorFilter)
        let armed = Set(graph.actors.filter { $0.kind == .armedGroup }.map(\.id))
        let linked = Set(graph.relations.filter { !armed.contains($0.source) && !armed.contains($0.target) }.flatMap { [$0.source, $0.target] })
        #expect(Set(actorFilter.drawn).isDisjoint(with: armed))
        #expect(linked.isSubset(of: Set(actorFilter.drawn)), "\(linked.subtracting(actorFilter.drawn))")
        #expect(!actorFilter.everyCoalition.isEmpty, "the example corpus draws a coalition box")
        #expect(actorFilter.coalitions == actorFilter.everyCoalition.filter { actorFilter.drawn.contains($0) })
        Self.expectFitted(actorFilter.view, around: actorFilter.boxes, "actor filter")

        // Hedged sentences hidden: an edge stays while one plain sentence states it.
        try #require(graph.relations.contains { $0.hedged }, "the corpus should have a hedged edge")
        let plain = graph.relations.filter { $0.evidence.contains { !$0.hedged } }.map { "\($0.source) \($0.kind.rawValue) \($0.target)" }
        #expect(result.hedgedHidden?.sorted() == plain.sorted())
    }

    /// `view` (`x y w h`) holds every box and is no more than a margin bigger than their union.
    static func expectFitted(_ view: [Double], around boxes: [[Double]], _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard view.count == 4, !boxes.isEmpty else {
            Issue.record("\(what): no view or nothing drawn", sourceLocation: sourceLocation)
            return
        }
        let x0 = boxes.map { $0[0] }.min() ?? 0, y0 = boxes.map { $0[1] }.min() ?? 0
        let x1 = boxes.map { $0[0] + $0[2] }.max() ?? 0, y1 = boxes.map { $0[1] + $0[3] }.max() ?? 0
        let (w, h) = (x1 - x0, y1 - y0), slack = 0.1 * max(w, h) + 20
        #expect(view[0] <= x0 + 0.5 && view[1] <= y0 + 0.5 && view[0] + view[2] >= x1 - 0.5 && view[1] + view[3] >= y1 - 0.5,
                "\(what): the view \(view) cuts off a drawn element (union \([x0, y0, w, h]))", sourceLocation: sourceLocation)
        #expect(view[2] <= w + slack && view[3] <= h + slack,
                "\(what): the view \(view) is not fitted to what is drawn (union \([x0, y0, w, h]))", sourceLocation: sourceLocation)
    }

    func pathFinderAnswersAsTheCommandLineDoes() throws {
        let folder = try ReportBrowser.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (graph, file) = try Self.exampleGraph(in: folder)
        let report = try Self.report(of: file, in: folder)

        // Pairs spread over the graph: actors with most relations, paired far apart in the
        // sorted list, plus the README's example with each option of the path finder.
        let degree = Dictionary(graph.relations.flatMap { [($0.source, 1), ($0.target, 1)] }, uniquingKeysWith: +)
        let hubs = graph.actors.filter { (degree[$0.id] ?? 0) >= 2 }.map(\.id).sorted()
        try #require(hubs.count >= 8)
        var queries: [ReportBrowser.PathQuery] = [
            .init(from: "abu-amsha", to: "nationalist-movement-party"),
            .init(from: "abu-amsha", to: "nationalist-movement-party", count: 3),
            .init(from: "abu-amsha", to: "nationalist-movement-party", avoid: ["devlet-bahceli"]),
            .init(from: "abu-amsha", to: "nationalist-movement-party", directed: true),
            .init(from: "abu-amsha", to: "turkey", types: ["backs", "commands", "member-of", "fights"]),
        ]
        let everyType = RelationKind.allCases.map(\.rawValue)
        for k in 0..<4 {
            queries.append(.init(from: hubs[k], to: hubs[hubs.count - 1 - k], count: k % 2 == 0 ? 1 : 2))
            queries.append(.init(from: hubs[k], to: hubs[hubs.count - 1 - k], count: 2, types: everyType))
        }
        // A hop limit: the cheapest path may break it, and a hedged hop makes a shorter one dearer.
        for k in 0..<3 { queries.append(.init(from: hubs[k], to: hubs[hubs.count - 2 - k], count: 2, types: everyType, maxHops: 3)) }
        let result = try ReportBrowser.selfTest(report, in: browser, ["paths": queries.map(\.json)])
        #expect(result.errors.isEmpty, "errors in the page: \(result.errors)")
        try #require(result.paths.count == queries.count)
        var answered = 0
        for (query, shown) in zip(queries, result.paths) {
            let cli = try PathCommandTests.run(query.arguments(input: file.path))
            // 0 with a path, 2 when there is none.
            #expect(cli.status == 0 || cli.status == 2, "path \(query.arguments(input: file.path)): \(cli.stderr)")
            // The page prints a heading for every path; the CLI only when it found several.
            let cliLines = cli.stdout.split(separator: "\n").map(String.init).filter { !$0.hasPrefix(" ") && !$0.isEmpty }
            let cliHeadings = cliLines.contains { $0.hasPrefix("Path ") }
            let pageLines = shown.filter { cliHeadings || !$0.hasPrefix("Path ") }
            #expect(pageLines == cliLines, "\(query.json)")
            if !cliLines.isEmpty { answered += 1 }
        }
        #expect(answered >= 8, "most queries should find a path")
    }

    /// From a project store the command line reads each actor's edges in index order, not the
    /// graph's: the page walks them in that order too, so that ties break alike.
    func pathFinderAnswersAsTheCommandLineDoesOnAStore() throws {
        let folder = try ReportBrowser.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("store.sqlite").path
        let corpus = PathCommandTests.packageRoot.appendingPathComponent("examples/corpus").path
        let ingested = try PathCommandTests.run(["ingest", corpus, "--db", store])
        try #require(ingested.status == 0, "ingest failed: \(ingested.stderr)")
        let report = folder.appendingPathComponent("report.html")
        let made = try PathCommandTests.run(["report", "--db", store, "-o", report.path])
        try #require(made.status == 0, "report failed: \(made.stderr)")
        let everyType = RelationKind.allCases.map(\.rawValue)
        let pairs = [("abu-amsha", "nationalist-movement-party"), ("abu-amsha", "turkey"), ("ahmed-al-sharaa", "syrian-national-army"),
                     ("iran", "isis"), ("4th-division", "united-states"), ("hezbollah", "turkey")]
        let queries = pairs.map { ReportBrowser.PathQuery(from: $0.0, to: $0.1, count: 3, types: everyType) }
        let result = try ReportBrowser.selfTest(report, in: browser, ["paths": queries.map(\.json)])
        #expect(result.errors.isEmpty, "errors in the page: \(result.errors)")
        try #require(result.paths.count == queries.count)
        for (query, shown) in zip(queries, result.paths) {
            var arguments = query.arguments(input: "")
            arguments.replaceSubrange(3...4, with: ["--db", store])
            let cli = try PathCommandTests.run(arguments)
            let cliLines = cli.stdout.split(separator: "\n").map(String.init).filter { !$0.hasPrefix(" ") && !$0.isEmpty }
            let cliHeadings = cliLines.contains { $0.hasPrefix("Path ") }
            #expect(!cliLines.isEmpty, "\(arguments): \(cli.stderr)")
            #expect(shown.filter { cliHeadings || !$0.hasPrefix("Path ") } == cliLines, "\(query.json)")
        }
    }

    /// The path command's own fixture, whose hedged hops make a hop limit pick a dearer,
    /// shorter path (the hop-bounded search), in a graph file not written by `extract`.
    func pathFinderAnswersAsTheCommandLineDoesOnThePathFixture() throws {
        let folder = try ReportBrowser.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = PathCommandTests.fixtureFile
        let report = try Self.report(of: file, in: folder)
        let graph = try JSONDecoder().decode(Graph.self, from: Data(contentsOf: file))
        let ids = graph.actors.map(\.id).sorted()
        var queries: [ReportBrowser.PathQuery] = []
        for maxHops in [nil, 1, 2, 3] as [Int?] {
            queries.append(.init(from: "abu-amsha", to: "nationalist-movement-party", count: 3, maxHops: maxHops))
        }
        queries.append(.init(from: "abu-amsha", to: "nationalist-movement-party", directed: true))
        for (k, id) in ids.enumerated() where k % 2 == 0 && id != ids.last {
            queries.append(.init(from: id, to: ids[ids.count - 1 - k / 2], count: 2, types: RelationKind.allCases.map(\.rawValue)))
        }
        let result = try ReportBrowser.selfTest(report, in: browser, ["paths": queries.map(\.json)])
        #expect(result.errors.isEmpty, "errors in the page: \(result.errors)")
        try #require(result.paths.count == queries.count)
        for (query, shown) in zip(queries, result.paths) {
            let cli = try PathCommandTests.run(query.arguments(input: file.path))
            let cliLines = cli.stdout.split(separator: "\n").map(String.init).filter { !$0.hasPrefix(" ") && !$0.isEmpty }
            let cliHeadings = cliLines.contains { $0.hasPrefix("Path ") }
            #expect(shown.filter { cliHeadings || !$0.hasPrefix("Path ") } == cliLines, "\(query.json)")
        }
    }

    /// Names, aliases, ids, sentences, titles, rules and URLs carrying markup and script:
    /// nothing runs, nothing is injected, no `javascript:` link is made, the page still works.
    func injectedMarkupRunsNoScript() throws {
        let folder = try ReportBrowser.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let articles = folder.appendingPathComponent("articles.jsonl")
        try Data(ReportBrowser.injectionArticles.utf8).write(to: articles)
        let graphFile = folder.appendingPathComponent("graph.json")
        try Data(ReportBrowser.injectionGraph.utf8).write(to: graphFile)

        for (name, source) in [("articles", [articles.path]), ("graph", ["--input", graphFile.path])] {
            let report = folder.appendingPathComponent("\(name).html")
            let made = try PathCommandTests.run(["report"] + source + ["-o", report.path, "--title", "<script>window.__pwned='heading'</script>"])
            try #require(made.status == 0, "report of the \(name) failed: \(made.stderr)")
            let html = try String(contentsOf: report, encoding: .utf8)
            // Exactly the page's own two script elements, and the payloads only as escaped text.
            #expect(html.components(separatedBy: "<script").count - 1 == 2, "\(name)")
            #expect(!html.contains("<img"), "\(name)")
            #expect(!html.lowercased().contains("href=\"javascript"), "\(name)")

            let result = try ReportBrowser.selfTest(report, in: browser, ["search": ["img", "script"], "click": ReportBrowser.injectionClick[name] ?? "",
                                                             "since": "2024-04-01", "csv": true])
            #expect(result.pwned == nil, "a payload ran in the \(name) report: \(result.pwned ?? "")")
            #expect(result.errors.isEmpty, "errors in the \(name) report: \(result.errors)")
            #expect(result.images == 0)
            #expect(result.scripts == 2)
            #expect(result.javascriptLinks == 0)
            let click = try #require(result.click)
            #expect(click.open, "\(name): the panel of the clicked actor opens")
            #expect(!click.evidence.isEmpty, "\(name)")
            #expect(click.sentences.contains { $0.contains("<") }, "\(name): the payloads show as text")

            // CSV: a cell that a spreadsheet would run (`=`, `+`, `-`, `@`) starts with `'`;
            // quotes and commas are quoted.
            let csv = try #require(result.csv)
            #expect(csv.actors.first == "Name,Type,Mentions,Degree,Betweenness,Community")
            #expect(csv.relations.first == "Source,Type,Target,Evidence,First date,Last date")
            if name == "graph" {
                #expect(csv.actors.contains { $0.hasPrefix("\"<img src=x onerror=\"\"window.__pwned='name'\"\">\",armed-group,") })
                #expect(csv.actors.contains { $0.hasPrefix("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\",person,") }, "\(csv.actors)")
                #expect(csv.relations.contains { $0.hasPrefix("\"'=HYPERLINK(") })
            }

            // The date filter keeps the edges with a sentence dated on or after the bound.
            let graph: Graph
            if name == "articles" {
                let extracted = try PathCommandTests.run(["extract", articles.path])
                graph = try JSONDecoder().decode(Graph.self, from: Data(extracted.stdout.utf8))
            } else {
                graph = try JSONDecoder().decode(Graph.self, from: Data(ReportBrowser.injectionGraph.utf8))
            }
            let dated = graph.relations.filter { $0.evidence.contains { ($0.date ?? "") >= "2024-04-01" } }
                .map { "\($0.source) \($0.kind.rawValue) \($0.target)" }
            if name == "articles" { #expect(!dated.isEmpty, "the second article is dated after the bound") }
            #expect(result.since?.sorted() == dated.sorted(), "\(name)")
        }
    }
}
