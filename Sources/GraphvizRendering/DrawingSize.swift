import ActorGraph

/// How big a view is to lay out, and so whether `render` draws it quietly, warns, or asks
/// for `--force`. Graphviz gives no progress and no way to stop a layout part-way: a
/// 100,000-actor store ran for over 300 s at 1.7 GB without a word, so the size is weighed
/// before the layout starts.
public enum DrawingSize: Equatable, Sendable {
    /// Lays out in seconds.
    case small
    /// Lays out, but slowly (tens of seconds): worth a warning and a progress line.
    case large
    /// Minutes and gigabytes: drawn only when asked for with `--force`.
    case tooLarge

    /// Above this many actors a drawing is ``large`` (`sfdp`: 1,000 actors 0.8 s, 5,000
    /// actors and 10,000 relations 7.4 s).
    public static let largeActors = 2_000
    /// Above this many relations a drawing is ``large``.
    public static let largeRelations = 8_000
    /// Above this many actors a drawing is ``tooLarge``: no one reads ten thousand nodes,
    /// and the layout takes minutes.
    public static let tooLargeActors = 10_000
    /// Above this many relations a drawing is ``tooLarge``.
    public static let tooLargeRelations = 40_000

    public init(actors: Int, relations: Int) {
        if actors > Self.tooLargeActors || relations > Self.tooLargeRelations {
            self = .tooLarge
        } else if actors > Self.largeActors || relations > Self.largeRelations {
            self = .large
        } else {
            self = .small
        }
    }

    /// The size of the graph as drawn (after the view's filters).
    public init(_ graph: Graph) {
        self.init(actors: graph.actors.count, relations: graph.relations.count)
    }
}
