import ActorGraph
import Foundation
@testable import GraphvizRendering
import Testing

/// Drawing through Graphviz in-process: SVG structure, evidence, ids, escaping, errors.
@Suite struct RendererTests {
    func svg(_ graph: Graph, _ options: RenderOptions = RenderOptions()) throws -> SVGInspection {
        try SVGInspection(try Renderer.render(graph, options: options))
    }

    @Test func svgIsWellFormedWithATitlePerActor() throws {
        let inspection = try svg(Fixtures.coalition)
        let titles = Set(try inspection.groups(withClass: "node").compactMap(SVGInspection.title))
        #expect(titles == Set(Fixtures.coalition.actors.map(\.id)))
    }

    @Test func everyActorAndRelationHasAStableIdAndClass() throws {
        let first = try svg(Fixtures.coalition)
        let actors = try first.groups(withClass: "actor")
        let relations = try first.groups(withClass: "relation")
        #expect(Set(actors.compactMap(SVGInspection.id)) == Set(Fixtures.coalition.actors.map { "actor-" + $0.id }))
        #expect(Set(relations.compactMap(SVGInspection.id)) == Set(Fixtures.coalition.relations.map { DOTWriter.relationIdentifier($0.key) }))
        let hedged = try first.groups(withClass: "hedged").compactMap(SVGInspection.id)
        #expect(hedged == ["relation-mhp--backs--turkey"])
        let state = try first.groups(withClass: "state").compactMap(SVGInspection.id)
        #expect(state == ["actor-turkey"])
        // A second run, in any layout, gives the same ids.
        let second = try svg(Fixtures.coalition, RenderOptions(layout: .neato))
        #expect(Set(try second.groups(withClass: "actor").compactMap(SVGInspection.id)) == Set(actors.compactMap(SVGInspection.id)))
        #expect(Set(try second.groups(withClass: "relation").compactMap(SVGInspection.id)) == Set(relations.compactMap(SVGInspection.id)))
    }

    @Test func tooltipsCarryTheEvidence() throws {
        let inspection = try svg(Fixtures.coalition)
        let edge = try #require(try inspection.groups(withClass: "relation").first { SVGInspection.id($0) == "relation-turkey--backs--syrian-national-army" })
        let tooltip = try #require(try SVGInspection.tooltip(edge))
        #expect(tooltip.contains("Turkey trains and pays the Syrian National Army."))
        #expect(tooltip.contains("Ankara funds the SNA's factions."))
        #expect(tooltip.contains("[a1, 2024-01-02]"))
        #expect(tooltip.contains("2 sentences"))
        let node = try #require(try inspection.groups(withClass: "actor").first { SVGInspection.id($0) == "actor-turkey" })
        let nodeTooltip = try #require(try SVGInspection.tooltip(node))
        #expect(nodeTooltip.contains("(state)"))
        #expect(nodeTooltip.contains("Türkiye, Ankara"))
    }

    @Test func legendAndCaptionAreDrawn() throws {
        let texts = try svg(Fixtures.coalition, RenderOptions(title: "Who backs whom")).texts()
            .map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(texts.contains("Who backs whom"))
        #expect(texts.contains("Actors"))
        #expect(texts.contains("Relations"))
        #expect(texts.contains("sanctioned-by"))
        #expect(!texts.contains("designated-by"))
        #expect(texts.contains { $0.contains("3 articles, 2024-01-02 to 2024-03-05") })
    }

    @Test func hostileNamesAndSentencesStayText() throws {
        for layout in [Layout.dot, .sfdp] {
            let data = try Renderer.render(Fixtures.hostile, options: RenderOptions(layout: layout, title: "<script>x</script> & \\N"))
            let inspection = try SVGInspection(data)
            let names = try inspection.elementNames()
            #expect(!names.contains("script"))
            #expect(!names.contains("img"))
            #expect(!names.contains("b"))
            let texts = try inspection.texts()
            #expect(texts.contains("<script>alert('x')</script>"))
            #expect(texts.contains { $0.contains("\"Quoted\"") })
            #expect(texts.contains { $0.contains("\\N") }, "\\N must stay literal, not become the node name")
            #expect(texts.contains { $0.contains("Smith & Sons") })
            let edge = try #require(try inspection.groups(withClass: "relation").first { SVGInspection.id($0) == "relation-quote--backs--backslash" })
            let tooltip = try #require(try SVGInspection.tooltip(edge))
            #expect(tooltip.contains("He said \"yes\" ＼N <b>bold</b> & left. Next line."))
            let other = try #require(try inspection.groups(withClass: "relation").first { SVGInspection.id($0) == "relation-amp--allied-with--script" })
            #expect(try SVGInspection.tooltip(other)?.contains("<img src=x onerror=alert(1)>") == true)
            // A backslash in an id is drawn as the look-alike ＼ (DOT cannot end a name with one).
            #expect(Set(try inspection.groups(withClass: "actor").compactMap(SVGInspection.title))
                == Set(Fixtures.hostile.actors.map { $0.id.replacingOccurrences(of: "\\", with: "＼") }))
        }
    }

    @Test func pathHighlightMarksThePathAndFadesTheRest() throws {
        let hops = [Relation(source: "mohammed-al-jasim", target: "suleiman-shah-brigade", kind: .commands).key,
                    Relation(source: "suleiman-shah-brigade", target: "syrian-national-army", kind: .memberOf).key]
        let highlight = try Fixtures.coalition.highlight(path: hops)
        let inspection = try svg(Fixtures.coalition, RenderOptions(highlight: highlight))
        #expect(Set(try inspection.groups(withClass: "on-path").compactMap(SVGInspection.id)) == [
            "actor-mohammed-al-jasim", "actor-suleiman-shah-brigade", "actor-syrian-national-army",
            DOTWriter.relationIdentifier(hops[0]), DOTWriter.relationIdentifier(hops[1]),
        ])
        #expect(try inspection.groups(withClass: "faded").contains { SVGInspection.id($0) == "actor-turkey" })
        #expect(try inspection.texts().contains("highlighted path; the rest faded"))
        let only = Fixtures.coalition.restricted(to: highlight)
        let alone = try svg(only, RenderOptions(highlight: highlight))
        #expect(try alone.groups(withClass: "faded").isEmpty)
        #expect(try alone.groups(withClass: "actor").count == 3)
        #expect(try alone.texts().contains("the path, hop by hop"))
    }

    @Test(arguments: [OutputFormat.png, .pdf, .json])
    func otherFormatsComeOutOfGraphviz(format: OutputFormat) throws {
        let data = try Renderer.render(Fixtures.coalition, options: RenderOptions(format: format))
        switch format {
        case .png: #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        case .pdf: #expect(data.starts(with: Array("%PDF".utf8)))
        default:
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            #expect((object?["objects"] as? [Any])?.isEmpty == false)
        }
    }

    @Test func fiveHundredActorsDoNotOverlap() throws {
        let graph = Fixtures.synthetic(actors: 500)
        let data = try Renderer.render(graph, options: RenderOptions(format: .json))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let nodes = try #require(object["objects"] as? [[String: Any]]).filter { $0["pos"] != nil && $0["width"] != nil }
        #expect(nodes.count == 500)
        struct Box { var x, y, w, h: Double }
        let boxes: [Box] = nodes.compactMap { node in
            guard let pos = node["pos"] as? String, let width = Double(node["width"] as? String ?? ""),
                  let height = Double(node["height"] as? String ?? "") else { return nil }
            let xy = pos.split(separator: ",").compactMap { Double($0) }
            guard xy.count == 2 else { return nil }
            return Box(x: xy[0], y: xy[1], w: width * 72, h: height * 72)
        }
        var overlaps = 0
        let sorted = boxes.sorted { $0.x < $1.x }
        for i in sorted.indices {
            var j = i + 1
            while j < sorted.count, sorted[j].x - sorted[i].x < (sorted[i].w + sorted[j].w) / 2 {
                if abs(sorted[j].y - sorted[i].y) < (sorted[i].h + sorted[j].h) / 2 - 1 { overlaps += 1 }
                j += 1
            }
        }
        #expect(overlaps == 0)
    }

    @Test func badChoicesGiveOneLineListingTheValidOnes() throws {
        #expect(OutputFormat(userValue: "gif") == nil)
        #expect(Layout(userValue: "spring") == nil)
        #expect(OutputFormat(userValue: "SVG") == .svg)
        #expect(RenderError.unknownFormat("gif").description == "unknown format 'gif'; valid formats: svg, dot, png, pdf, json")
        #expect(RenderError.unknownLayout("spring").description == "unknown layout 'spring'; valid layouts: dot, neato, fdp, sfdp, circo, twopi, auto")
    }

    @Test func graphvizErrorsBecomeSwiftErrors() throws {
        let engine = GraphvizEngine.shared
        #expect(throws: RenderError.emptyDOT) { try engine.render(dot: "", layout: "dot", format: "svg") }
        do {
            _ = try engine.render(dot: "digraph { a -> ; }", layout: "dot", format: "svg")
            Issue.record("malformed DOT was accepted")
        } catch let error as RenderError {
            #expect(error.description.contains("syntax error"), "\(error)")
        }
        do {
            _ = try engine.render(dot: "digraph { a }", layout: "spring", format: "svg")
            Issue.record("unknown layout was accepted")
        } catch let error as RenderError {
            #expect(error.description.contains("available layouts:") && error.description.contains("sfdp"), "\(error)")
        }
        do {
            _ = try engine.render(dot: "digraph { a }", layout: "dot", format: "nope")
            Issue.record("unknown format was accepted")
        } catch let error as RenderError {
            #expect(error.description.contains("available formats:") && error.description.contains("svg"), "\(error)")
        }
        // The context still works after the failures.
        #expect(try engine.render(dot: "digraph { a -> b }", layout: "dot", format: "svg").count > 100)
    }

    @Test func pluginsAreRegistered() throws {
        try GraphvizEngine.shared.checkPlugins()
        #expect(GraphvizEngine.shared.availableLayouts.contains("sfdp"))
        #expect(GraphvizEngine.shared.availableFormats.contains("png"))
    }

    @Test func concurrentRendersAreSerialized() async throws {
        let graph = Fixtures.synthetic(actors: 40)
        let sizes = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<8 {
                group.addTask { try Renderer.render(graph, options: RenderOptions(layout: index.isMultiple(of: 2) ? .dot : .neato)).count }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(sizes.count == 8 && sizes.allSatisfy { $0 > 1000 })
    }
}
