/// What an export adds beyond the graph itself: positions from a layout, yEd graphics, and
/// network measures already computed (so a caller that has them does not pay twice).
public struct ExportOptions: Sendable {
    /// Node positions in points, y growing upwards as Graphviz gives them: GEXF writes them
    /// as `viz:position`, GraphML with `yed` as each node's `y:Geometry`. Empty: none.
    public var positions: [Actor.ID: NodePosition]
    /// Write yEd's node and edge graphics (`y:ShapeNode`, `y:PolyLineEdge`) into GraphML.
    public var yed: Bool
    /// The measures of the graph being exported, or `nil` to compute them.
    public var measures: NetworkMeasures?

    public init(positions: [Actor.ID: NodePosition] = [:], yed: Bool = false, measures: NetworkMeasures? = nil) {
        self.positions = positions
        self.yed = yed
        self.measures = measures
    }
}

/// Where a layout put a node, in points.
public struct NodePosition: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// How exports draw each actor type for Gephi and yEd: the fills of the rendered diagrams
/// (`DiagramStyle` in GraphvizRendering, which a test keeps in step with this table), so that
/// an actor looks the same in a Gephi workspace as in `actorgraph render`'s SVG.
public enum ExportPalette {
    /// The fill colour of an actor type, `#RRGGBB`.
    public static func fill(for kind: ActorKind) -> String {
        switch kind {
        case .person: return "#77AADD"
        case .armedGroup: return "#EE8866"
        case .state: return "#44BB99"
        case .government: return "#99DDFF"
        case .agency: return "#EEDD88"
        case .party: return "#FFAABB"
        case .organization: return "#DDDDDD"
        }
    }

    /// The line colour of a relation type, `#RRGGBB`, as the diagrams draw it.
    public static func line(for kind: RelationKind) -> String {
        switch kind {
        case .backs: return "#117733"
        case .commands: return "#332288"
        case .memberOf: return "#44AA99"
        case .alliedWith: return "#88CCEE"
        case .pledgedAllegianceTo: return "#AA4499"
        case .sanctionedBy: return "#999933"
        case .designatedBy: return "#882255"
        case .fights: return "#CC6677"
        case .successorOf: return "#DDAA33"
        case .splitFrom: return "#000000"
        }
    }

    /// A node's base size by type: states and armed groups, the usual hubs of conflict
    /// reporting, larger than persons. Writers grow it with the node's degree.
    public static func baseSize(for kind: ActorKind) -> Double {
        switch kind {
        case .state: return 16
        case .armedGroup: return 13
        case .government: return 13
        case .agency, .party, .organization: return 10
        case .person: return 8
        }
    }

    /// yEd's shape closest to the diagram's Graphviz shape of each type.
    public static func yedShape(for kind: ActorKind) -> String {
        switch kind {
        case .person: return "ellipse"
        case .armedGroup: return "octagon"
        case .state: return "rectangle3d"
        case .government: return "trapezoid2"
        case .agency: return "parallelogram"
        case .party: return "hexagon"
        case .organization: return "roundrectangle"
        }
    }

    /// `(r, g, b)` of a `#RRGGBB` colour, for GEXF's `viz:color`.
    static func rgb(_ hex: String) -> (Int, Int, Int) {
        let digits = hex.dropFirst()
        let value = Int(digits, radix: 16) ?? 0
        return ((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF)
    }
}
