import ActorGraph

/// A Graphviz layout engine, or `auto` to let the renderer choose one that will finish.
public enum Layout: String, CaseIterable, Sendable {
    case dot, neato, fdp, sfdp, circo, twopi, auto

    /// Parses a layout name as users type it (case-insensitive).
    public init?(userValue: String) {
        self.init(rawValue: userValue.lowercased())
    }

    /// Every valid name, for error messages that list the choices.
    public static var validNames: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Largest graph `auto` gives to `dot` whatever its shape: `dot`'s network simplex is
    /// hopeless on cyclic labelled graphs beyond ~150 nodes (9.6 s at 200, minutes at 300).
    public static let dotLimitAnyShape = 60
    /// Largest acyclic graph `auto` gives to `dot` (500 acyclic nodes take ~0.9 s).
    public static let dotLimitAcyclic = 300
    /// Up to this size `auto` uses `neato` (stable from run to run), or `fdp` when the graph
    /// has coalitions to draw as boxes (about 2 s at 75 actors); above it `sfdp`.
    public static let neatoLimit = 150

    /// The engine that will actually run: `self`, or for `auto` a choice by size and shape
    /// that never hangs: `dot` for small or acyclic graphs (ranked, easiest to read),
    /// `neato` or `fdp` for middling ones, `sfdp` (multiscale, seconds for thousands) above.
    ///
    /// - Complexity: O(V + E) for the cycle test.
    public func resolved(for graph: Graph) -> Layout {
        guard self == .auto else { return self }
        let count = graph.actors.count
        if count <= Layout.dotLimitAnyShape { return .dot }
        if count <= Layout.dotLimitAcyclic, !Layout.hasCycle(graph) { return .dot }
        guard count <= Layout.neatoLimit else { return .sfdp }
        // Of the force-directed engines only fdp keeps a coalition's members inside its box.
        return graph.coalitions().isEmpty ? .neato : .fdp
    }

    /// Whether the relations, read in the direction they are drawn, form a cycle.
    static func hasCycle(_ graph: Graph) -> Bool {
        var next: [Actor.ID: [Actor.ID]] = [:]
        for relation in graph.relations {
            if relation.source == relation.target { return true }
            next[relation.source, default: []].append(relation.target)
        }
        // Iterative three-colour depth-first search.
        var state: [Actor.ID: UInt8] = [:]  // 1 = on the stack, 2 = done
        for start in next.keys where state[start] == nil {
            var stack: [(Actor.ID, Int)] = [(start, 0)]
            state[start] = 1
            while let (node, index) = stack.last {
                let children = next[node] ?? []
                if index < children.count {
                    stack[stack.count - 1].1 += 1
                    let child = children[index]
                    switch state[child] {
                    case 1: return true
                    case 2: continue
                    default:
                        state[child] = 1
                        stack.append((child, 0))
                    }
                } else {
                    state[node] = 2
                    stack.removeLast()
                }
            }
        }
        return false
    }
}
