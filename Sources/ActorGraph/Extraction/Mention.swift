/// A stretch of tokens that names an actor.
struct Mention: Sendable {
    /// Token range `start..<end`.
    var start: Int
    var end: Int
    /// Index into the document's actor table.
    var actor: Int
    /// A country adjective (`Turkish`): a mention, but weaker than a name.
    var isDemonym: Bool = false
    /// The name only qualifies something else (`Assad loyalists`, `HTS-controlled`):
    /// it counts as a mention, but is not an end of a relation unless a rule asks for it.
    var isModifier: Bool = false
    /// A pronoun or description ("he", "the group") standing for an actor named elsewhere
    /// (``ReferenceResolver``). Only the learned model reads these; they are not in the
    /// reader's own mention table.
    var isReference: Bool = false
}

/// An actor as one document knows it.
struct DocumentActor: Sendable {
    var name: String
    /// The name folded (``NameFolding/fold(_:)``), from the tokens' folded words.
    var key: String
    var kind: ActorKind
    /// The gazetteer entry, when the actor is a curated one.
    var entry: Int?
    /// Surface forms seen in the document, in order.
    var surfaces: [String] = []
    /// Each surface's folded form, from the tokens' folded words.
    var surfaceKeys: [String] = []
    var mentionCount = 0
    /// Mentions that name the actor as such: not a modifier, not a demonym, and for a
    /// state not a place (`in Syria`). An actor with none is not drawn unless a relation needs it.
    var standaloneMentions = 0
    /// Set when this actor was merged into another (an alias link): follow it.
    var mergedInto: Int?
}

/// A name found by a discovery rule, before it is resolved to an actor.
struct Candidate: Sendable {
    var start: Int
    var end: Int
    var kind: ActorKind
}
