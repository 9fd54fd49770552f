import ActorGraph
import GraphvizRendering

/// The graph as the report's script reads it: the JSON embedded in the page.
///
/// Actors and relations refer to each other by position in their arrays, not by id, so the
/// script needs no look-up tables to walk the graph and the file stays small (a 2,000-actor
/// graph's ids would otherwise be written once per edge end). Keys are short for the same
/// reason; the doc comment of each field gives its meaning.
struct ReportData: Encodable {
    struct ActorEntry: Encodable {
        /// Actor id (as `actorgraph` prints it).
        var id: String
        /// Canonical name.
        var name: String
        /// Actor type (`person`, `armed-group`, ...).
        var type: String
        var aliases: [String]
        /// Every name (canonical, then aliases) folded by ``NameFolding/fold(_:)``, position
        /// for position: the search matches these, so a query finds what the command line's
        /// name resolution finds, and the suggestion can say which alias matched.
        var folded: [String]
        var mentions: Int
        /// How many documents mention the actor.
        var documents: Int
        /// The id of its `<g>` in the drawing.
        var svg: String
        var degree: Int
        var betweenness: Double
        var community: Int
    }

    struct RelationEntry: Encodable {
        /// Source and target, as positions in `actors`.
        var source: Int
        var target: Int
        var type: String
        /// Every sentence hedges it / speaks of a past tie (as ``Relation/hedged``).
        var hedged: Bool
        var former: Bool
        /// A person asserted it.
        var asserted: Bool
        /// The id of its `<g>` in the drawing.
        var svg: String
        /// Its evidence, as numbers `N` of `#evidence-N` (1-based positions in `evidence`).
        var evidence: [Int]
        /// Earliest and latest evidence dates.
        var first: String?
        var last: String?
    }

    /// One sentence. Its relation is not written: the script finds it from `relations`, and
    /// on a large graph every byte per sentence counts (20,000 sentences in a 2,000-actor graph).
    struct EvidenceEntry: Encodable {
        var sentence: String
        /// The document, as a position in `documents`.
        var document: Int
        var date: String?
        var hedged: Bool
        var former: Bool
        /// `rule: …, confidence 0.87`, in ``Evidence/provenance``'s wording.
        var found: String?
        var assertedBy: String?

        enum CodingKeys: String, CodingKey { case sentence, document, date, hedged, former, found, assertedBy }

        /// Flags only when set, absent values left out: the script reads a missing key as false.
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(sentence, forKey: .sentence)
            try c.encode(document, forKey: .document)
            try c.encodeIfPresent(date, forKey: .date)
            if hedged { try c.encode(true, forKey: .hedged) }
            if former { try c.encode(true, forKey: .former) }
            try c.encodeIfPresent(found, forKey: .found)
            try c.encodeIfPresent(assertedBy, forKey: .assertedBy)
        }
    }

    struct DocumentEntry: Encodable {
        var id: String
        var title: String?
        var date: String?
        /// Only `http(s)` addresses (``ReportDocument/safeURL``).
        var url: String?
    }

    struct KindEntry: Encodable {
        var name: String
        var symmetric: Bool
        var affiliation: Bool
        /// The colour the drawing gives the type, for the filter's swatch.
        var color: String
    }

    struct ActorTypeEntry: Encodable {
        var name: String
        /// The fill the drawing gives the type, for the filter's swatch.
        var color: String
    }

    var title: String
    var actorTypes: [ActorTypeEntry]
    var relationTypes: [KindEntry]
    /// The modularity of the communities, `nil` for a graph without edges.
    var modularity: Double?
    var actors: [ActorEntry]
    var relations: [RelationEntry]
    var evidence: [EvidenceEntry]
    var documents: [DocumentEntry]
    /// Per actor, its edges (positions in `relations`) in the order `actorgraph path` reads
    /// them (``PathOrder``); nil leaves the script to use report order.
    var adjacency: [[Int]]?
}
