import ActorGraph
import Foundation

/// Writes a graph as DOT text: every actor and relation with its look, a stable `id`, a
/// CSS `class`, a tooltip carrying its evidence, and a legend of the types present.
///
/// The text is ours, not Graphviz's: it is deterministic (same graph, same bytes), it is
/// what `--format dot` prints and what the golden test pins, and Graphviz only parses it.
/// All article text is escaped so that no name or sentence can break the DOT or reach
/// the SVG as markup.
public struct DOTWriter: Sendable {
    /// A heading drawn above the diagram.
    public var title: String?
    /// Draw the legend (only the types present).
    public var legend: Bool
    /// Draw the caption (counts of actors, relations and articles, and the date range).
    public var caption: Bool
    /// A path to draw strongly over a faded graph.
    public var highlight: PathHighlight?
    /// The engine that will lay the text out (it decides label placement and spacing).
    public var layout: Layout
    /// Longest evidence list written into one edge tooltip.
    public var maxSentencesPerTooltip = 6
    /// Above this many relations, edges carry no text label (colour, arrowhead and the
    /// legend still tell the type; the tooltip still tells everything).
    public var maxLabelledRelations = 400
    /// Up to this many actors the force-directed engines route curved edges around nodes.
    public static let curvedEdgeLimit = 80
    /// Up to this many relations, too: routing costs per edge as well (60 actors: 3.8 s
    /// curved with 360 relations, 8 s with 1,857, where straight edges take 0.1 s).
    public static let curvedRelationLimit = 400
    /// Actors the caller left out for having no drawn relation (`render` without
    /// `--isolates`): the caption says how many, so that the drawing does not pass for all.
    public var isolatesLeftOut = 0
    /// Columns of the grid that holds actors without a relation, under the diagram.
    public static let isolateColumns = 6

    public init(title: String? = nil, legend: Bool = true, caption: Bool = true,
                highlight: PathHighlight? = nil, layout: Layout = .dot) {
        self.title = title
        self.legend = legend
        self.caption = caption
        self.highlight = highlight
        self.layout = layout
    }

    /// The DOT text of `graph`. - Complexity: O(V + E + evidence) after sorting.
    public func write(_ graph: Graph) -> String {
        let graph = graph.normalized()
        let actorsByID = graph.actorsByID
        let engine = layout.resolved(for: graph)
        // Coalitions drawn as boxes: armed groups the text makes members of a named coalition
        // (``CoalitionBoxes``). Only dot and fdp keep cluster members together; elsewhere a
        // box drawn around scattered members would enclose strangers, so it is left out.
        let boxes = engine == .dot || engine == .fdp ? CoalitionBoxes.boxes(in: graph) : []
        // Actors with no relation go in a grid under the diagram, not in a long column of
        // loose nodes beside it (12 of 18 actors of one article made a 1658×4615 strip).
        let isolates = isolatedActors(graph)
        var out = "digraph \"actorgraph\" {\n"
        out += graphAttributes(graph, engine: engine, hasCoalitions: !boxes.isEmpty, isolates: isolates)
        out += "  node [fontname=\"\(DiagramStyle.font)\", fontsize=11, style=\"filled\", penwidth=1.2, margin=\"0.12,0.05\"];\n"
        out += "  edge [fontname=\"\(DiagramStyle.font)\", fontsize=9, arrowsize=0.8, penwidth=1.4];\n"

        var clusterOf: [Actor.ID: Actor.ID] = [:]
        for box in boxes {
            clusterOf[box.coalition] = box.coalition
            for member in box.members { clusterOf[member] = box.coalition }
        }
        let gridded = Set(isolates.map(\.id))

        for actor in graph.actors where clusterOf[actor.id] == nil && !gridded.contains(actor.id) {
            out += "  " + node(actor, isCoalition: false) + "\n"
        }
        for box in boxes {
            guard let head = actorsByID[box.coalition] else { continue }
            out += "  subgraph \(quoted("cluster_" + DOTWriter.cssIdentifier(box.coalition))) {\n"
            out += "    id=\(quoted("coalition-" + DOTWriter.cssIdentifier(box.coalition)));\n"
            out += "    class=\(quoted("coalition " + head.kind.rawValue));\n"
            out += "    label=\"\"; style=\"rounded,filled\"; fillcolor=\"\(DiagramStyle.coalitionFill)\";"
            out += " color=\"\(DiagramStyle.coalitionBorder)\"; penwidth=1.2;\n"
            out += "    tooltip=\(quoted(tooltip("Coalition: \(head.name), \(box.members.count) members")));\n"
            out += "    " + node(head, isCoalition: true) + "\n"
            for member in box.members {
                if let actor = actorsByID[member] { out += "    " + node(actor, isCoalition: false) + "\n" }
            }
            out += "  }\n"
        }
        let labelled = graph.relations.count <= maxLabelledRelations
        for relation in graph.relations {
            out += "  " + edge(relation, actorsByID: actorsByID, engine: engine, labelled: labelled) + "\n"
        }
        out += "}\n"
        return out
    }

    // MARK: Graph

    /// The actors drawn in the grid: those no relation touches, when some relation is drawn
    /// (a graph of loose actors alone is drawn as nodes: there is no diagram to go under).
    func isolatedActors(_ graph: Graph) -> [Actor] {
        guard !graph.relations.isEmpty else { return [] }
        let touched = Set(graph.relations.flatMap { [$0.source, $0.target] })
        return graph.actors.filter { !touched.contains($0.id) }.sorted { ($0.kind, $0.name) < ($1.kind, $1.name) }
    }

    /// The grid of actors without a relation: one table, a cell per actor in its type's
    /// colours, each cell with the actor's tooltip as a node would have it, and the id
    /// `a_actor-ID` in the SVG.
    private func isolateGrid(_ isolates: [Actor]) -> String {
        let columns = min(DOTWriter.isolateColumns, max(1, isolates.count))
        var rows = "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"\(columns)\"><FONT POINT-SIZE=\"10\" COLOR=\"#444444\">"
            + "\(isolates.count) actor\(isolates.count == 1 ? "" : "s") with no drawn relation</FONT></TD></TR>"
        for start in stride(from: 0, to: isolates.count, by: columns) {
            rows += "<TR>"
            for actor in isolates[start..<min(start + columns, isolates.count)] {
                let look = DiagramStyle.look(for: actor.kind)
                // Graphviz writes a cell's id and tooltip only for a link: the link is to the
                // cell itself, so it goes nowhere (the SVG id is Graphviz's `a_` and this id).
                let id = html("actor-" + DOTWriter.cssIdentifier(actor.id))
                rows += "<TD ID=\"\(id)\" HREF=\"#a_\(id)\" TOOLTIP=\"\(html(actorTooltip(actor)))\""
                rows += " BGCOLOR=\"\(look.fill)\" COLOR=\"\(look.border)\" BORDER=\"1\" CELLPADDING=\"4\">"
                rows += "<FONT POINT-SIZE=\"10\">\(DOTWriter.wrap(actor.name, width: 22).map(html).joined(separator: "<BR/>"))</FONT></TD>"
            }
            rows += "</TR>"
        }
        return "<TABLE ID=\"isolates\" BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"0\">\(rows)</TABLE>"
    }

    private func graphAttributes(_ graph: Graph, engine: Layout, hasCoalitions: Bool, isolates: [Actor]) -> String {
        var attributes: [(String, String)] = [
            ("id", quoted("actorgraph")),
            ("class", quoted("actorgraph")),
            ("fontname", quoted(DiagramStyle.font)),
            ("bgcolor", quoted("white")),
            ("pad", quoted("0.3")),
            ("outputorder", quoted("edgesfirst")),
            ("labelloc", quoted("t")),
            ("labeljust", quoted("l")),
        ]
        switch engine {
        case .dot:
            attributes += [("rankdir", quoted("LR")), ("nodesep", quoted("0.35")), ("ranksep", quoted("0.7")),
                           ("compound", quoted("true"))]
        case .neato, .fdp, .circo, .twopi:
            attributes += [("overlap", quoted("prism")), ("sep", quoted("+8")), ("forcelabels", quoted("false"))]
            // Edges curved around nodes read better, but routing them costs seconds beyond
            // ~80 actors (150 actors: 0.1 s straight, 10 s curved, in neato).
            if graph.actors.count <= DOTWriter.curvedEdgeLimit, graph.relations.count <= DOTWriter.curvedRelationLimit {
                attributes.append(("splines", quoted("true")))
            }
        case .sfdp, .auto:
            attributes += [("overlap", quoted("prism")), ("sep", quoted("+6")), ("forcelabels", quoted("false"))]
        }
        if !isolates.isEmpty {
            // The grid, with the caption and legend, goes under the diagram.
            attributes.removeAll { $0.0 == "labelloc" }
            attributes.append(("labelloc", quoted("b")))
        }
        if let label = graphLabel(graph, hasCoalitions: hasCoalitions, isolates: isolates) { attributes.append(("label", "<\(label)>")) }
        return "  graph [" + attributes.map { "\($0.0)=\($0.1)" }.joined(separator: ", ") + "];\n"
    }

    /// Title, caption and legend as one HTML-like table: the graph label is placed outside
    /// the nodes by every engine, so the legend never sits on top of the drawing.
    private func graphLabel(_ graph: Graph, hasCoalitions: Bool, isolates: [Actor]) -> String? {
        var rows: [String] = []
        if !isolates.isEmpty {
            rows.append("<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\">\(isolateGrid(isolates))</TD></TR>")
        }
        if let title, !title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            rows.append("<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><FONT POINT-SIZE=\"18\"><B>\(html(title))</B></FONT></TD></TR>")
        }
        if caption {
            rows.append("<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><FONT POINT-SIZE=\"11\" COLOR=\"#444444\">\(html(captionText(graph)))</FONT></TD></TR>")
        }
        if legend, !graph.isEmpty {
            rows.append("<TR><TD ALIGN=\"LEFT\" VALIGN=\"TOP\"><FONT POINT-SIZE=\"10\">\(actorLegend(graph, hasCoalitions: hasCoalitions))</FONT></TD><TD ALIGN=\"LEFT\" VALIGN=\"TOP\"><FONT POINT-SIZE=\"10\">\(relationLegend(graph))</FONT></TD></TR>")
        }
        guard !rows.isEmpty else { return nil }
        return "<TABLE ID=\"legend\" TOOLTIP=\"Legend\" BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">" + rows.joined() + "</TABLE>"
    }

    /// "12 actors · 15 relations · 8 articles, 2024-01-03 to 2024-05-01": the articles are
    /// those behind the drawn edges, not every article that names a drawn actor (a caption
    /// said 9 articles of a drawing whose edges came from 4). A graph with no relation
    /// counts the articles naming its actors, as there is nothing else to count.
    public func captionText(_ graph: Graph) -> String {
        var documents = Set<String>()
        var dates: [String] = []
        for relation in graph.relations {
            for item in relation.evidence {
                if !item.document.isEmpty { documents.insert(item.document) }
                if let date = item.date, !date.isEmpty { dates.append(date) }
            }
        }
        if graph.relations.isEmpty { for actor in graph.actors { documents.formUnion(actor.documents) } }
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        var parts = [plural(graph.actors.count, "actor"), plural(graph.relations.count, "relation")]
        if !documents.isEmpty {
            var articles = plural(documents.count, "article")
            if let first = dates.min(), let last = dates.max() {
                articles += first == last ? ", \(first)" : ", \(first) to \(last)"
            }
            parts.append(articles)
        }
        if isolatesLeftOut > 0 {
            parts.append("\(plural(isolatesLeftOut, "actor")) with no relation left out (--isolates draws them)")
        }
        return parts.joined(separator: " · ")
    }

    private func actorLegend(_ graph: Graph, hasCoalitions: Bool) -> String {
        let kinds = Set(graph.actors.map(\.kind)).sorted()
        var rows = "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><B>Actors</B></TD></TR>"
        for kind in kinds {
            let look = DiagramStyle.look(for: kind)
            rows += "<TR><TD BGCOLOR=\"\(look.fill)\" BORDER=\"1\" COLOR=\"\(look.border)\" WIDTH=\"26\"> </TD>"
            rows += "<TD ALIGN=\"LEFT\">\(html(kind.rawValue)) <FONT COLOR=\"#666666\">(\(html(look.shapeName)))</FONT></TD></TR>"
        }
        if hasCoalitions {
            rows += "<TR><TD BGCOLOR=\"\(DiagramStyle.coalitionFill)\" BORDER=\"1\" COLOR=\"\(DiagramStyle.coalitionBorder)\" STYLE=\"rounded\"> </TD>"
            rows += "<TD ALIGN=\"LEFT\">coalition and its members</TD></TR>"
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"1\">\(rows)</TABLE>"
    }

    private func relationLegend(_ graph: Graph) -> String {
        let kinds = Set(graph.relations.map(\.kind)).sorted()
        guard !kinds.isEmpty else { return "" }
        var rows = "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"2\"><B>Relations</B></TD></TR>"
        for kind in kinds {
            let look = DiagramStyle.look(for: kind)
            rows += "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"\(look.color)\"><B>━━━</B></FONT></TD>"
            rows += "<TD ALIGN=\"LEFT\">\(html(kind.rawValue)) <FONT COLOR=\"#666666\">(\(html(look.arrowName)))</FONT></TD></TR>"
        }
        if graph.relations.contains(where: { $0.hedged && !$0.former }) {
            rows += "<TR><TD ALIGN=\"LEFT\"><B>─ ─ ─</B></TD><TD ALIGN=\"LEFT\">dashed, “?”: hedged (reported, alleged)</TD></TR>"
        }
        if graph.relations.contains(where: \.former) {
            rows += "<TR><TD ALIGN=\"LEFT\"><B>· · · ·</B></TD><TD ALIGN=\"LEFT\">dotted: former tie</TD></TR>"
        }
        if graph.relations.contains(where: { $0.evidence.count > 1 }) {
            rows += "<TR><TD ALIGN=\"LEFT\"><B>━━━</B></TD><TD ALIGN=\"LEFT\">thicker: more sentences</TD></TR>"
        }
        if let highlight, !highlight.hops.isEmpty {
            let faded = graph.relations.contains { !highlight.relations.contains($0.key) }
                || graph.actors.contains { !highlight.actors.contains($0.id) }
            rows += "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"#000000\" POINT-SIZE=\"14\"><B>━━</B></FONT></TD>"
            rows += "<TD ALIGN=\"LEFT\">\(faded ? "highlighted path; the rest faded" : "the path, hop by hop")</TD></TR>"
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"1\">\(rows)</TABLE>"
    }

    // MARK: Nodes and edges

    private func node(_ actor: Actor, isCoalition: Bool) -> String {
        let look = DiagramStyle.look(for: actor.kind)
        var classes = ["actor", actor.kind.rawValue]
        if isCoalition { classes.append("coalition") }
        var fill = look.fill, border = look.border, fontColor = "#000000"
        var penwidth = isCoalition ? "2.2" : "1.2"
        if let highlight {
            if highlight.actors.contains(actor.id) {
                classes.append("on-path")
                penwidth = "3"
                border = "#000000"
            } else {
                classes.append("faded")
                fill = DiagramStyle.fadedFill
                border = DiagramStyle.fadedLine
                fontColor = DiagramStyle.fadedText
            }
        }
        var attributes: [(String, String)] = [
            ("id", quoted("actor-" + DOTWriter.cssIdentifier(actor.id))),
            ("class", quoted(classes.joined(separator: " "))),
            ("label", quoted(labelText(DOTWriter.wrap(actor.name, width: 22)))),
            ("shape", quoted(look.shape)),
            ("style", quoted(look.style.map { "\($0),filled" } ?? "filled")),
            ("fillcolor", quoted(fill)),
            ("color", quoted(border)),
            ("fontcolor", quoted(fontColor)),
            ("penwidth", quoted(penwidth)),
            ("tooltip", quoted(tooltip(actorTooltip(actor)))),
        ]
        if isCoalition { attributes.append(("peripheries", quoted("2"))) }
        return nodeName(actor.id) + " [" + attributes.map { "\($0.0)=\($0.1)" }.joined(separator: ", ") + "];"
    }

    private func actorTooltip(_ actor: Actor) -> String {
        var lines = ["\(DOTWriter.flattened(actor.name)) (\(actor.kind.rawValue))"]
        if !actor.aliases.isEmpty { lines.append("Also: " + actor.aliases.map(DOTWriter.flattened).joined(separator: ", ")) }
        if actor.mentionCount > 0 || !actor.documents.isEmpty {
            let articles = actor.documents.count
            lines.append("Mentioned \(actor.mentionCount) time\(actor.mentionCount == 1 ? "" : "s") in \(articles) article\(articles == 1 ? "" : "s")")
        }
        return lines.joined(separator: "\n")
    }

    private func edge(_ relation: Relation, actorsByID: [Actor.ID: Actor], engine: Layout, labelled: Bool) -> String {
        let look = DiagramStyle.look(for: relation.kind)
        var classes = ["relation", relation.kind.rawValue]
        if relation.hedged { classes.append("hedged") }
        if relation.former { classes.append("former") }
        if relation.isAsserted { classes.append("asserted") }
        var color = look.color, fontColor = "#333333"
        let weight = min(max(relation.evidence.count, 1) - 1, 4)
        var penwidth = 1.4 + Double(weight) * 0.6
        if let highlight {
            if highlight.relations.contains(relation.key) {
                classes.append("on-path")
                penwidth = max(penwidth, 3.5)
                fontColor = "#000000"
            } else {
                classes.append("faded")
                color = DiagramStyle.fadedLine
                fontColor = DiagramStyle.fadedText
                penwidth = 1
            }
        }
        var text = look.label
        if relation.hedged { text += "?" }
        if relation.former { text += " (former)" }
        var attributes: [(String, String)] = [
            ("id", quoted(DOTWriter.relationIdentifier(relation.key))),
            ("class", quoted(classes.joined(separator: " "))),
            ("color", quoted(color)),
            ("fontcolor", quoted(fontColor)),
            ("penwidth", quoted(DOTWriter.decimal(penwidth))),
            ("arrowhead", quoted(look.arrowhead)),
        ]
        if look.bothEnds { attributes += [("dir", quoted("both")), ("arrowtail", quoted(look.arrowhead))] }
        if relation.former {
            attributes.append(("style", quoted("dotted")))
        } else if relation.hedged {
            attributes.append(("style", quoted("dashed")))
        }
        if labelled {
            // dot routes room for real labels; the force-directed engines place external
            // labels after layout and drop the ones that would overlap (forcelabels=false).
            attributes.append((engine == .dot ? "label" : "xlabel", quoted(labelText(text))))
        }
        let source = DOTWriter.flattened(actorsByID[relation.source]?.name ?? relation.source)
        let target = DOTWriter.flattened(actorsByID[relation.target]?.name ?? relation.target)
        let tip = quoted(tooltip(edgeTooltip(relation, source: source, target: target)))
        attributes.append(("labeltooltip", tip))
        attributes.append(("tooltip", tip))
        return nodeName(relation.source) + " -> " + nodeName(relation.target)
            + " [" + attributes.map { "\($0.0)=\($0.1)" }.joined(separator: ", ") + "];"
    }

    private func edgeTooltip(_ relation: Relation, source: String, target: String) -> String {
        var flags: [String] = []
        if relation.hedged { flags.append("hedged") }
        if relation.former { flags.append("former") }
        let count = relation.evidence.count
        var head = "\(source) \(relation.kind.rawValue) \(target)"
        head += " — \(count) sentence\(count == 1 ? "" : "s")"
        // As sure as its surest sentence; each sentence says what found it, as `show` does.
        if let confidence = relation.confidence { head += ", confidence " + Evidence.formatConfidence(confidence) }
        if !flags.isEmpty { head += ", " + flags.joined(separator: ", ") }
        var lines = [head]
        for item in relation.evidence.prefix(maxSentencesPerTooltip) {
            var source = item.document.isEmpty ? "no document" : DOTWriter.flattened(item.document)
            if let date = item.date, !date.isEmpty { source += ", " + date }
            if let who = item.assertedBy { source += ", asserted by " + DOTWriter.flattened(who) }
            if let provenance = item.provenance { source += "; " + DOTWriter.flattened(provenance) }
            var sentence = DOTWriter.flattened(item.sentence)
            if sentence.count > 280 { sentence = String(sentence.prefix(279)) + "…" }
            lines.append("• [\(source)] \(sentence)")
        }
        if count > maxSentencesPerTooltip { lines.append("… and \(count - maxSentencesPerTooltip) more") }
        return lines.joined(separator: "\n")
    }

    // MARK: Escaping

    /// A node name: the actor id with `"` escaped. The DOT parser keeps `\\` as two
    /// characters and a final `\` would swallow the closing quote, so a backslash becomes
    /// `＼`, as in tooltips; ids written by ``Actor/identifier(for:)`` never have one.
    func nodeName(_ id: Actor.ID) -> String {
        quoted(DOTWriter.flattened(id).replacingOccurrences(of: "\\", with: "＼").replacingOccurrences(of: "\"", with: "\\\""))
    }

    /// A DOT double-quoted string. Only `"` and `\` are special to the DOT parser.
    func quoted(_ text: String) -> String { "\"" + text + "\"" }

    /// Text for a `label`/`xlabel`: `\` doubled (so `\N`, `\G`, `\n` in a name stay literal),
    /// `"` escaped, `&` written as an entity (Graphviz reads entities in labels), control
    /// characters and line breaks made spaces. A `\n` *we* put in stays a line break.
    func labelText(_ lines: [String]) -> String {
        lines.map { DOTWriter.escapeLabel($0) }.joined(separator: "\\n")
    }

    func labelText(_ text: String) -> String { labelText([text]) }

    static func escapeLabel(_ text: String) -> String { escape(text, backslash: "\\\\") }

    /// One line flattened, with quotes and ampersands escaped and a backslash written as
    /// `backslash`: the rule shared by labels and tooltips.
    static func escape(_ text: String, backslash: String) -> String {
        if !text.unicodeScalars.contains(where: { $0 == "\\" || $0 == "\"" || $0 == "&" || isControl($0) }) { return text }
        var out = ""
        for character in flattened(text) {
            switch character {
            case "\\": out += backslash
            case "\"": out += "\\\""
            case "&": out += "&amp;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Text for a `tooltip`: as for labels, except that a backslash cannot be escaped
    /// there (Graphviz expands `\N` in tooltips even when doubled), so it becomes the
    /// look-alike `＼`. Line breaks are ours and become `\n`, which the SVG writes `&#10;`.
    func tooltip(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { DOTWriter.escape(String($0), backslash: "＼") }
            .joined(separator: "\\n")
    }

    /// Text inside an HTML-like label.
    func html(_ text: String) -> String {
        var out = ""
        for character in DOTWriter.flattened(text) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\\": out += "＼"
            default: out.append(character)
            }
        }
        return out
    }

    /// Line breaks, tabs and other control characters become single spaces.
    static func flattened(_ text: String) -> String {
        if !text.unicodeScalars.contains(where: isControl) { return text }
        var out = ""
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
            } else {
                out.unicodeScalars.append(scalar)
                lastWasSpace = scalar == " "
            }
        }
        return out
    }

    /// Control characters, line or paragraph separators, and U+FFFE and U+FFFF, which XML 1.0
    /// does not allow anywhere: Graphviz copies labels into the SVG as they are, so one of
    /// them in an article made the whole drawing unreadable to XML tools and browsers.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value < 0x20 || scalar.value == 0x7F }
        if scalar.value == 0xFFFE || scalar.value == 0xFFFF { return true }
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }

    /// One decimal, without `String(format:)` (slow on Linux in a loop of 10,000 edges).
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// Words of `text` in lines of at most about `width` characters.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in flattened(text).split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = String(word)
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// An id safe in SVG and CSS: ASCII letters, digits, `-` and `_` kept, anything else `_`.
    /// When something was replaced, `-` and eight hex digits of a hash of the whole text
    /// follow, so that ids stay distinct and stable: two Arabic names used to share
    /// `actor-___-___`, and a style or script aimed at one reached both.
    public static func cssIdentifier(_ text: String) -> String {
        var lossy = false
        let slug = String(text.unicodeScalars.map { scalar -> Character in
            if scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_") {
                return Character(scalar)
            }
            lossy = true
            return "_"
        })
        guard lossy else { return slug }
        // FNV-1a over the UTF-8 bytes: the same on every run and machine, unlike `Hasher`.
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        let hex = String(hash, radix: 16)
        return slug + "-" + String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// The stable SVG id of a relation: `relation-SOURCE--TYPE--TARGET`.
    public static func relationIdentifier(_ key: Relation.Key) -> String {
        "relation-" + cssIdentifier(key.source) + "--" + key.kind.rawValue + "--" + cssIdentifier(key.target)
    }
}
