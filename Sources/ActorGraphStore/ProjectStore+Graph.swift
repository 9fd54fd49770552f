import ActorGraph
import GRDB

extension ProjectStore {
    /// The whole corrected graph, as `render` and `export` draw it: merges applied, retracted
    /// edges gone, asserted edges added with the person's note as evidence.
    ///
    /// - Parameters: `since`/`until`: inclusive `YYYY-MM-DD` bounds on article dates.
    /// - Throws: ``DateRangeError`` for a malformed date, ``StoreError`` for the database.
    /// - Complexity: reads every row once; for a million-actor store use ``GraphSource`` instead.
    public func graph(since: String? = nil, until: String? = nil) throws -> Graph {
        try graph(range: try DateRange(since: since, until: until))
    }

    /// The whole corrected graph restricted to evidence from articles dated inside `range`.
    public func graph(range: DateRange) throws -> Graph {
        return try read { db in
            let corrections = try corrections(db)
            struct Node { var slug: String; var name: String; var kind: ActorKind }
            var nodes: [Int64: Node] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, slug, name, kind FROM actor") {
                nodes[try row.decoded(0, "actor.id")] = Node(
                    slug: try row.decoded(1, "actor.slug"), name: try row.decoded(2, "actor.name"),
                    kind: ActorKind(rawValue: try row.decoded(3, "actor.kind")) ?? .organization)
            }
            // Removed actors (and actors merged into one) go, and every edge that touches them.
            for id in Array(nodes.keys) where corrections.isHidden(id) { nodes[id] = nil }
            var names: [Int64: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT actor_id, name FROM name ORDER BY actor_id, user, name") {
                names[corrections.canonical(try row.decoded(0, "name.actor_id")), default: []]
                    .append(try row.decoded(1, "name.name"))
            }
            for (absorbed, into) in corrections.mergedInto {
                if let node = nodes[absorbed] { names[into, default: []].insert(node.name, at: 0) }
            }
            var documents: [Int64: [String]] = [:]
            var mentionCounts: [Int64: Int] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT m.actor_id, d.key, m.count, d.date FROM mention m JOIN document d ON d.id = m.document_id
                ORDER BY d.date, d.key
                """) {
                guard range.contains(try row.decoded(3, "document.date")) else { continue }
                let id = corrections.canonical(try row.decoded(0, "mention.actor_id"))
                let key: String = try row.decoded(1, "document.key")
                if !(documents[id]?.contains(key) ?? false) { documents[id, default: []].append(key) }
                mentionCounts[id, default: 0] += try row.decoded(2, "mention.count") as Int
            }

            var evidenceByRelation: [Int64: [Evidence]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT e.relation_id, d.key, e.sentence, e.start, e."end", e.hedged, e.former, d.date, d.title,
                       \(columns.evidenceProvenanceSQL)
                FROM evidence e JOIN document d ON d.id = e.document_id ORDER BY d.date, d.key, e.start
                """) {
                let date: String? = try row.decoded(7, "document.date")
                guard range.contains(date) else { continue }
                evidenceByRelation[try row.decoded(0, "evidence.relation_id"), default: []]
                    .append(try Self.evidence(row, offset: 1))
            }
            var relations: [Relation.Key: Relation] = [:]
            func add(_ relation: Relation) {
                if var existing = relations[relation.key] {
                    existing.evidence += relation.evidence
                    relations[relation.key] = existing
                } else {
                    relations[relation.key] = relation
                }
            }
            for row in try Row.fetchAll(db, sql: "SELECT id, source_id, kind, target_id FROM relation") {
                guard let kind = RelationKind(rawValue: try row.decoded(2, "relation.kind")) else { continue }
                let source = corrections.canonical(try row.decoded(1, "relation.source_id"))
                let target = corrections.canonical(try row.decoded(3, "relation.target_id"))
                guard source != target, let from = nodes[source]?.slug, let to = nodes[target]?.slug else { continue }
                let evidence = evidenceByRelation[try row.decoded(0, "relation.id")] ?? []
                if evidence.isEmpty, !range.isUnbounded { continue }
                add(Relation(source: from, target: to, kind: kind, evidence: evidence))
            }
            for correction in corrections.edges {
                let source = corrections.canonical(correction.source), target = corrections.canonical(correction.target)
                guard source != target, let from = nodes[source]?.slug, let to = nodes[target]?.slug else { continue }
                let key = Relation(source: from, target: to, kind: correction.kind).key
                if correction.retract {
                    relations[key] = nil
                } else {
                    var relation = relations[key] ?? Relation(source: from, target: to, kind: correction.kind)
                    relation.evidence.insert(.asserted(note: correction.note), at: 0)
                    relations[key] = relation
                }
            }
            let endpoints = Set(relations.values.flatMap { [$0.source, $0.target] })
            var actors: [Actor] = []
            for (id, node) in nodes where corrections.mergedInto[id] == nil {
                let mentioned = documents[id] ?? []
                guard range.isUnbounded || !mentioned.isEmpty || endpoints.contains(node.slug) else { continue }
                var aliases: [String] = []
                for name in names[id] ?? [] where name != node.name && !aliases.contains(name) { aliases.append(name) }
                actors.append(Actor(id: node.slug, name: node.name, kind: node.kind, aliases: aliases,
                                    documents: mentioned, mentionCount: mentionCounts[id] ?? 0))
            }
            return Graph(actors: actors, relations: Array(relations.values)).normalized()
        }
    }
}
