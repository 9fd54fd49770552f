import ActorGraph
import Foundation

/// Where a Graphviz layout puts each actor, for exports that carry positions (GEXF's
/// `viz:position`, yEd's node geometry) so that Gephi or yEd open the graph already laid out.
public enum NodePlacement {
    /// Lays out `graph` with `layout` (`auto` chooses as `render` does) and returns each
    /// actor's centre in points, y growing upwards. Nodes are named `n0, n1, ...` in the DOT
    /// handed to Graphviz, so no actor name needs quoting and every actor gets a position,
    /// with or without relations.
    ///
    /// - Throws: ``RenderError`` when Graphviz lacks the layout or fails.
    public static func positions(of graph: Graph, layout: Layout) throws -> [Actor.ID: NodePosition] {
        let actors = graph.actors
        guard !actors.isEmpty else { return [:] }
        var index: [Actor.ID: Int] = [:]
        var dot = "digraph G {\n  graph [overlap=false, splines=false];\n  node [shape=box, width=1.2, height=0.4, fixedsize=true, label=\"\"];\n"
        for (number, actor) in actors.enumerated() where index[actor.id] == nil {
            index[actor.id] = number
            dot += "  n\(number);\n"
        }
        for relation in graph.relations {
            guard let a = index[relation.source], let b = index[relation.target] else { continue }
            dot += "  n\(a) -> n\(b);\n"
        }
        dot += "}\n"
        let engine = layout.resolved(for: graph).rawValue
        let plain = try GraphvizEngine.shared.render(dot: dot, layout: engine, format: "plain")
        var byNumber: [Int: NodePosition] = [:]
        // `plain`: `node NAME X Y WIDTH HEIGHT ...`, coordinates in inches.
        for line in String(decoding: plain, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 4, fields[0] == "node", fields[1].hasPrefix("n"),
                  let number = Int(fields[1].dropFirst()), let x = Double(fields[2]), let y = Double(fields[3]) else { continue }
            byNumber[number] = NodePosition(x: x * 72, y: y * 72)
        }
        var positions: [Actor.ID: NodePosition] = [:]
        for (id, number) in index {
            if let position = byNumber[number] { positions[id] = position }
        }
        return positions
    }
}
