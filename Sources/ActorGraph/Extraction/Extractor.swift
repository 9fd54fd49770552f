/// Finds actors and typed relations in articles. A pure function of a document and the
/// gazetteer: no global state, the same output for the same input, safe across threads.
public struct Extractor: Sendable {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// Extracts one document.
    public func extract(_ document: Document) -> DocumentExtraction {
        DocumentExtraction(document: document.id, actors: [], relations: [])
    }

    /// Extracts every document and merges the results into one graph.
    public func graph(from documents: [Document]) -> Graph {
        var builder = GraphBuilder()
        for document in documents { builder.add(extract(document)) }
        return builder.graph()
    }
}

/// What one document yields: its actors (with the names it used) and its relations.
public struct DocumentExtraction: Sendable {
    public var document: String
    public var actors: [Actor]
    public var relations: [Relation]
}

/// Merges per-document extractions into one graph: one node per actor however each
/// document spelled it.
public struct GraphBuilder: Sendable {
    private var actors: [Actor.ID: Actor] = [:]
    private var order: [Actor.ID] = []
    private var relations: [Relation.Key: Relation] = [:]

    public init() {}

    public mutating func add(_ extraction: DocumentExtraction) {
        for actor in extraction.actors {
            if var known = actors[actor.id] {
                for alias in actor.aliases where !known.allNames.contains(alias) { known.aliases.append(alias) }
                for document in actor.documents where !known.documents.contains(document) {
                    known.documents.append(document)
                }
                known.mentionCount += actor.mentionCount
                actors[actor.id] = known
            } else {
                actors[actor.id] = actor
                order.append(actor.id)
            }
        }
        for relation in extraction.relations {
            relations[relation.key, default: Relation(source: relation.source, target: relation.target, kind: relation.kind)]
                .evidence += relation.evidence
        }
    }

    public func graph() -> Graph {
        Graph(actors: order.compactMap { actors[$0] }, relations: Array(relations.values)).normalized()
    }
}
