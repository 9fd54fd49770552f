import ActorGraph

/// One document to store with what extraction found in it: an element of the batches that
/// ``ProjectStore/ingest(_:)`` stores in one transaction.
///
/// Its content hash (``ProjectStore/contentHash(of:)``) is computed once, when the item is
/// made, so that a caller can make items on the cores that extract and leave the one
/// thread that writes the store only the writing.
public struct IngestItem: Sendable {
    public let document: Document
    public let actors: [Actor]
    public let relations: [Relation]
    /// The file the document was read from: with it, `document.id` is only the name the
    /// document would like (see ``ProjectStore/documentKey(_:id:sourcePath:)``).
    public let sourcePath: String?
    /// The ``Extractor/fingerprint`` of what found `actors` and `relations`.
    public let extractor: String?
    /// Replace the document's evidence even when its content is stored unchanged.
    public let reextract: Bool
    /// ``ProjectStore/contentHash(of:)`` of `document`.
    public let hash: String

    /// An item from what the extractor found in `document`.
    public init(_ document: Document, extraction: DocumentExtraction, sourcePath: String? = nil,
                extractor: String? = nil, reextract: Bool = false) {
        self.init(document, actors: extraction.actors, relations: extraction.relations, sourcePath: sourcePath,
                  extractor: extractor, reextract: reextract)
    }

    /// An item from actors and relations found in `document`.
    public init(_ document: Document, actors: [Actor], relations: [Relation], sourcePath: String? = nil,
                extractor: String? = nil, reextract: Bool = false) {
        self.document = document
        self.actors = actors
        self.relations = relations
        self.sourcePath = sourcePath
        self.extractor = extractor
        self.reextract = reextract
        self.hash = ProjectStore.contentHash(of: document)
    }
}
