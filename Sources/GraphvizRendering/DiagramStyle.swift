import ActorGraph

/// How each actor type and relation type looks. Colours come from Paul Tol's colour-blind
/// safe schemes ("light" for node fills under black text, "muted" for lines on white);
/// shapes, arrowheads and line styles differ too, so that no type is told by colour alone
/// and a greyscale print still reads.
public enum DiagramStyle {
    /// The look of one actor type.
    public struct ActorLook: Sendable {
        public var shape: String
        /// Extra node style beside `filled` (`rounded` for boxes).
        public var style: String?
        public var fill: String
        public var border: String
        /// The shape in words, for the legend.
        public var shapeName: String
    }

    /// The look of one relation type.
    public struct RelationLook: Sendable {
        public var color: String
        public var arrowhead: String
        /// Symmetric relations carry the mark at both ends.
        public var bothEnds: Bool
        /// The short edge label.
        public var label: String
        /// The arrowhead in words, for the legend.
        public var arrowName: String
    }

    public static func look(for kind: ActorKind) -> ActorLook {
        switch kind {
        case .person: return ActorLook(shape: "ellipse", fill: "#77AADD", border: "#2B5C8A", shapeName: "ellipse")
        case .armedGroup: return ActorLook(shape: "octagon", fill: "#EE8866", border: "#9A3D18", shapeName: "octagon")
        case .state: return ActorLook(shape: "box3d", fill: "#44BB99", border: "#1D6B55", shapeName: "3-D box")
        case .government: return ActorLook(shape: "house", fill: "#99DDFF", border: "#3A7FA3", shapeName: "house")
        case .agency: return ActorLook(shape: "component", fill: "#EEDD88", border: "#8C7A22", shapeName: "component")
        case .party: return ActorLook(shape: "hexagon", fill: "#FFAABB", border: "#A34A5C", shapeName: "hexagon")
        case .organization: return ActorLook(shape: "box", style: "rounded", fill: "#DDDDDD", border: "#666666", shapeName: "rounded box")
        }
    }

    public static func look(for kind: RelationKind) -> RelationLook {
        switch kind {
        case .backs: return RelationLook(color: "#117733", arrowhead: "normal", bothEnds: false, label: "backs", arrowName: "solid arrow")
        case .commands: return RelationLook(color: "#332288", arrowhead: "diamond", bothEnds: false, label: "commands", arrowName: "diamond")
        case .memberOf: return RelationLook(color: "#44AA99", arrowhead: "empty", bothEnds: false, label: "member of", arrowName: "hollow arrow")
        case .alliedWith: return RelationLook(color: "#88CCEE", arrowhead: "dot", bothEnds: true, label: "allied", arrowName: "dots")
        case .pledgedAllegianceTo: return RelationLook(color: "#AA4499", arrowhead: "vee", bothEnds: false, label: "pledged to", arrowName: "vee")
        case .sanctionedBy: return RelationLook(color: "#999933", arrowhead: "box", bothEnds: false, label: "sanctioned by", arrowName: "square")
        case .designatedBy: return RelationLook(color: "#882255", arrowhead: "obox", bothEnds: false, label: "designated by", arrowName: "hollow square")
        case .fights: return RelationLook(color: "#CC6677", arrowhead: "tee", bothEnds: true, label: "fights", arrowName: "bars")
        case .successorOf: return RelationLook(color: "#DDAA33", arrowhead: "onormal", bothEnds: false, label: "successor of", arrowName: "half arrow")
        case .splitFrom: return RelationLook(color: "#000000", arrowhead: "crow", bothEnds: false, label: "split from", arrowName: "crow's foot")
        }
    }

    /// Drawn over everything that is not on a highlighted path.
    static let fadedFill = "#F2F2F2"
    static let fadedLine = "#D0D0D0"
    static let fadedText = "#A0A0A0"
    /// The fill and border of a coalition's box.
    static let coalitionFill = "#F7F7F7"
    static let coalitionBorder = "#888888"
    static let font = "Helvetica"
}
