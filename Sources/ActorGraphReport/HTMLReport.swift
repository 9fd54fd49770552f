import ActorGraph
import Foundation
import GraphvizRendering

/// What goes into a report besides the graph.
public struct ReportOptions: Sendable {
    /// The page's heading and the drawing's title.
    public var title: String
    /// The layout engine of the drawing (``Layout/auto`` chooses by size, as `render` does).
    public var layout: Layout

    public init(title: String = "Actor network", layout: Layout = .auto) {
        self.title = title
        self.layout = layout
    }
}

/// The interactive report: one self-contained HTML file with the drawing, the data, and the
/// script and styles that make them explorable (issue 12).
///
/// Nothing in the page is fetched: the SVG is inline, the graph is JSON inside
/// `<script type="application/json">`, the script and stylesheet are written by this module.
/// Text from articles reaches the page only as JSON (every `<`, `>` and `&` escaped, so no
/// sentence can close the script element) or as XML text escaped by Graphviz inside the
/// SVG; the script builds every element with `textContent`, never `innerHTML`.
///
/// The same graph, documents and options give the same bytes: arrays follow the normalized
/// graph's order, JSON keys are sorted, and nothing records the time. The drawing is as
/// stable as its layout engine: `dot`, `neato` and `sfdp` are; Graphviz 2.43's `fdp` (which
/// `auto` picks for up to 150 actors with coalition boxes) moves a coalition box's members a
/// few points in about one run in 30, the `fdp` program included: not fixed by its `start`
/// seed (fdp already seeds with 1) nor by turning address randomization off; stable without
/// clusters; more frequent with malloc's thread cache off (notes/fdp-determinism.md).
public enum HTMLReport {
    /// The report of `graph`, with `documents` (by document id) supplying article addresses.
    ///
    /// - Parameter pathSource: where `actorgraph path` would read this graph (the project
    ///   store when the graph came from one); the page's path finder walks each actor's edges
    ///   in the order it lists them, so that its answers equal the command line's, ties
    ///   included (``PathOrder``). Default: an index of `graph` as given, as for `--input`.
    /// - Throws: ``RenderError`` when Graphviz cannot draw the graph; the source's errors.
    /// - Complexity: the layout dominates (see `DrawingSize`); the rest is O(V + E + evidence).
    public static func html(for graph: Graph, documents: [String: ReportDocument] = [:],
                            options: ReportOptions = ReportOptions(), pathSource: (any GraphSource)? = nil) throws -> Data {
        let source = pathSource ?? GraphIndex(graph)
        let graph = graph.normalized()
        let svg = try drawing(of: graph, options: options)
        var report = data(for: graph, documents: documents, options: options)
        // The relations `data` kept (both ends listed), in its order.
        let listed = Set(report.actors.map(\.id))
        let keys = graph.relations.filter { listed.contains($0.source) && listed.contains($0.target) }.map(\.key)
        report.adjacency = try PathOrder.adjacency(actors: report.actors.map(\.id), relations: keys, source: source)
        let json = try embeddedJSON(report)
        return Data(ReportPage.html(title: options.title, svg: svg, json: json).utf8)
    }

    /// The drawing exactly as `actorgraph render` makes it by default (styles, legend, caption,
    /// ids; actors with no relation left out and counted in the caption: the tables and the
    /// search still list them), reduced to the `<svg>` element so that it can sit inside HTML.
    static func drawing(of graph: Graph, options: ReportOptions) throws -> String {
        var render = RenderOptions(format: .svg, layout: options.layout, title: options.title)
        let drawn: Graph
        (drawn, render.isolatesLeftOut) = graph.withoutIsolates()
        let data = try Renderer.render(drawn, options: render)
        return SVGInlining.inlined(String(decoding: data, as: UTF8.self))
    }

    /// The data the script reads. `graph` must be normalized (sorted, one relation per key):
    /// evidence numbers are positions in that order, so they stay put from run to run.
    static func data(for graph: Graph, documents: [String: ReportDocument], options: ReportOptions) -> ReportData {
        let measures = NetworkMeasures.of(graph)
        var actorIndex: [Actor.ID: Int] = [:]
        var actors: [ReportData.ActorEntry] = []
        for actor in graph.actors where actorIndex[actor.id] == nil {
            actorIndex[actor.id] = actors.count
            actors.append(ReportData.ActorEntry(
                id: actor.id, name: actor.name, type: actor.kind.rawValue, aliases: actor.aliases,
                folded: actor.allNames.map(NameFolding.fold),
                mentions: actor.mentionCount, documents: actor.documents.count,
                svg: "actor-" + DOTWriter.cssIdentifier(actor.id),
                degree: measures.degree[actor.id] ?? 0, betweenness: rounded(measures.betweenness[actor.id] ?? 0),
                community: measures.community[actor.id] ?? 0))
        }

        var documentIndex: [String: Int] = [:]
        var documentEntries: [ReportData.DocumentEntry] = []
        func document(for evidence: Evidence) -> Int {
            if let known = documentIndex[evidence.document] { return known }
            let info = documents[evidence.document]
            documentIndex[evidence.document] = documentEntries.count
            documentEntries.append(ReportData.DocumentEntry(
                id: evidence.document, title: evidence.title ?? info?.title, date: evidence.date ?? info?.date,
                url: info?.safeURL))
            return documentEntries.count - 1
        }

        var relations: [ReportData.RelationEntry] = []
        var evidence: [ReportData.EvidenceEntry] = []
        for relation in graph.relations {
            // An edge to an actor the graph does not list cannot be drawn or clicked: left out.
            guard let source = actorIndex[relation.source], let target = actorIndex[relation.target] else { continue }
            var numbers: [Int] = []
            for item in relation.evidence {
                evidence.append(ReportData.EvidenceEntry(
                    sentence: item.sentence, document: document(for: item), date: item.date,
                    hedged: item.hedged, former: item.former, found: item.provenance, assertedBy: item.assertedBy))
                numbers.append(evidence.count)
            }
            let dates = relation.evidence.compactMap(\.date).filter { !$0.isEmpty }
            relations.append(ReportData.RelationEntry(
                source: source, target: target, type: relation.kind.rawValue, hedged: relation.hedged,
                former: relation.former, asserted: relation.isAsserted, svg: DOTWriter.relationIdentifier(relation.key),
                evidence: numbers, first: dates.min(), last: dates.max()))
        }

        return ReportData(
            title: options.title,
            actorTypes: ActorKind.allCases.map { .init(name: $0.rawValue, color: DiagramStyle.look(for: $0).fill) },
            relationTypes: RelationKind.allCases.map {
                .init(name: $0.rawValue, symmetric: $0.isSymmetric, affiliation: $0.isAffiliation,
                      color: DiagramStyle.look(for: $0).color)
            },
            modularity: graph.relations.isEmpty ? nil : rounded(measures.modularity),
            actors: actors, relations: relations, evidence: evidence, documents: documentEntries)
    }

    /// Measures to 1e-9: enough for any ranking, and the last bits of floating-point sums
    /// (which vary with summation order) never reach the file.
    static func rounded(_ value: Double) -> Double {
        (value * 1e9).rounded() / 1e9
    }

    /// JSON that can sit inside `<script type="application/json">`: `<`, `>` and `&` written
    /// as `\u003c`, `\u003e`, `\u0026`, so that no string from an article can close the
    /// element (`</script>`) or open a comment (`<!--`) that changes how HTML reads it.
    /// U+2028 and U+2029 are escaped too, as JavaScript source once rejected them in strings.
    static func embeddedJSON(_ data: ReportData) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(data), as: UTF8.self)
        var out = ""
        out.reserveCapacity(text.utf8.count + text.utf8.count / 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
