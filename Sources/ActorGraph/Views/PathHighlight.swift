/// A path to draw in strong colours over a faded graph: the hops in order, with the
/// actors and relations they touch. Built by ``Graph/highlight(path:)``.
public struct PathHighlight: Hashable, Sendable {
    /// The hops, in order from the first actor to the last.
    public let hops: [Relation.Key]
    /// Every actor at either end of a hop. Kept, not recomputed: drawing asks once per
    /// node and per edge.
    public let actors: Set<Actor.ID>
    /// Every relation on the path.
    public let relations: Set<Relation.Key>

    public init(hops: [Relation.Key]) {
        self.hops = hops
        actors = Set(hops.flatMap { [$0.source, $0.target] })
        relations = Set(hops)
    }
}
