/// Merges per-document extractions into one graph: one node per actor however each
/// document spelled it. Two actors are one when a name of one folds to a name of the
/// other; the first seen keeps its id, and relations follow the merge.
public struct GraphBuilder: Sendable {
    private var actors: [Actor.ID: Actor] = [:]
    private var order: [Actor.ID] = []
    private var owner: [String: Actor.ID] = [:]
    /// Each actor's names, folded: kept as names are added, not folded again per document.
    private var keysOf: [Actor.ID: Set<String>] = [:]
    /// Each actor's documents as a set beside its ordered list: an actor named in every
    /// article of a large folder would otherwise cost a linear scan per document, and the
    /// merge would grow with the square of the folder.
    private var documentsOf: [Actor.ID: Set<String>] = [:]
    /// Each actor's documents in first-seen order, appended in place and given to the actor
    /// in ``graph()``: appended on a copy of the actor, the list was copied whole each time.
    private var documentLists: [Actor.ID: [String]] = [:]
    private var redirect: [Actor.ID: Actor.ID] = [:]
    private var relations: [Relation.Key: Relation] = [:]

    public init() {}

    public mutating func add(_ extraction: DocumentExtraction) {
        var local: [Actor.ID: Actor.ID] = [:]
        for actor in extraction.actors {
            let keys = actor.allNames.map(NameFolding.fold)
            let existing = actors[actor.id] != nil ? actor.id : keys.first { owner[$0] != nil }.flatMap { owner[$0] }
            if let id = existing.map(resolve), var known = actors[id] {
                for (name, key) in zip(actor.allNames, keys) where keysOf[id, default: []].insert(key).inserted {
                    known.aliases.append(name)
                }
                for document in actor.documents where documentsOf[id, default: []].insert(document).inserted {
                    documentLists[id, default: []].append(document)
                }
                known.mentionCount += actor.mentionCount
                actors[id] = known
                local[actor.id] = id
                for key in keys where owner[key] == nil { owner[key] = id }
                if id != actor.id { redirect[actor.id] = id }
            } else {
                actors[actor.id] = actor
                keysOf[actor.id] = Set(keys)
                documentsOf[actor.id] = Set(actor.documents)
                documentLists[actor.id] = actor.documents
                order.append(actor.id)
                local[actor.id] = actor.id
                for key in keys where owner[key] == nil { owner[key] = actor.id }
            }
        }
        for relation in extraction.relations {
            let source = local[relation.source] ?? resolve(relation.source)
            let target = local[relation.target] ?? resolve(relation.target)
            guard source != target else { continue }
            let merged = Relation(source: source, target: target, kind: relation.kind)
            relations[merged.key, default: merged].evidence += relation.evidence
        }
    }

    private func resolve(_ id: Actor.ID) -> Actor.ID {
        var current = id
        while let next = redirect[current], next != current { current = next }
        return current
    }

    public func graph() -> Graph {
        let merged = order.compactMap { id in
            actors[id].map { actor in
                var actor = actor
                actor.documents = documentLists[id] ?? actor.documents
                return actor
            }
        }
        return Graph(actors: merged, relations: Array(relations.values)).normalized()
    }
}
