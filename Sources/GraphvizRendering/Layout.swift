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
    /// Up to this size `auto` uses `neato` (stable from run to run), or, when the graph has
    /// coalitions to draw as boxes, `dot` if its relations are few and `fdp` (about 2 s at 75
    /// actors, not byte-for-byte repeatable) if not; above it `sfdp`.
    public static let neatoLimit = 150
    /// Most relations `auto` gives to `dot` on a cyclic graph. Edges, not actors, are what
    /// make `dot` hang: at 60 actors it takes 0.4 s with 120 relations, 1 s with 180, 6 s
    /// with 240, 30 s with 360 and 178 s with 1,857.
    public static let dotRelationLimit = 150
    /// Most relations `auto` gives to `dot` on an acyclic graph (300 actors and 600
    /// relations: 0.4 s).
    public static let dotRelationLimitAcyclic = 600
    /// Most relations `auto` gives to `neato`/`fdp`; denser graphs go to `sfdp`, whose
    /// multiscale layout stays under a second where `fdp` takes seconds (60 actors, 1,857
    /// relations: `sfdp` 0.2 s, `fdp` 1.2 s with straight edges, 8 s with curved ones).
    public static let forceRelationLimit = 1_000

    /// The engine that will actually run: `self`, or for `auto` a choice by size, density
    /// and shape that never hangs: `dot` for small sparse or acyclic graphs (ranked, easiest
    /// to read), `neato` or `fdp` for middling ones, `sfdp` (multiscale, seconds for
    /// thousands) for large or dense ones. A few actors with many relations between them
    /// are as hard for `dot` as hundreds of actors, so relations are counted too.
    ///
    /// - Complexity: O(V + E) for the cycle test.
    public func resolved(for graph: Graph) -> Layout {
        guard self == .auto else { return self }
        let count = graph.actors.count
        let relations = graph.relations.count
        if count <= Layout.dotLimitAnyShape, relations <= Layout.dotRelationLimit { return .dot }
        if count <= Layout.dotLimitAcyclic, relations <= Layout.dotRelationLimitAcyclic, !Layout.hasCycle(graph) {
            return .dot
        }
        guard count <= Layout.neatoLimit, relations <= Layout.forceRelationLimit else { return .sfdp }
        if CoalitionBoxes.boxes(in: graph).isEmpty { return .neato }
        // Coalition boxes need dot or fdp. fdp moves the actors inside a box a little from run
        // to run (notes/fdp-determinism.md), so dot draws them wherever its relations are few
        // enough to be quick (150 actors and 150 relations: about a second): the same graph
        // then gives the same file.
        return relations <= Layout.dotRelationLimit ? .dot : .fdp
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
