/// A path to draw in strong colours over a faded graph: the hops in order, with the
/// actors and relations they touch. Built by ``Graph/highlight(path:)``.
public struct PathHighlight: Hashable, Sendable {
    /// The hops, in order from the first actor to the last.
    public var hops: [Relation.Key]

    public init(hops: [Relation.Key]) { self.hops = hops }

    /// Every actor at either end of a hop.
    public var actors: Set<Actor.ID> {
        Set(hops.flatMap { [$0.source, $0.target] })
    }

    /// Every relation on the path.
    public var relations: Set<Relation.Key> { Set(hops) }
}
