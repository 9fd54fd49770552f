import ActorGraph
import ActorGraphStore
import ArgumentParser
import Foundation

/// `actorgraph show ACTOR`: every relation of one actor with its evidence, by date.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show one actor: its names, and every relation with its evidence, by date.",
        discussion: """
            Relations a person asserted are marked [asserted]; the actor's corrections are listed at the end. \
            Each sentence says what found it (a hand rule, the model, or both) and the extractor's confidence \
            in [0, 1]; a relation's confidence is that of its surest sentence.
            """
    )

    @Argument(help: "The actor: any of its names, or its id.")
    var actor: String

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Only evidence from articles dated on or after this day (YYYY-MM-DD; YYYY or YYYY-MM from its first day).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Only evidence from articles dated on or before this day (YYYY-MM-DD; YYYY or YYYY-MM to its last day).", valueName: "date"))
    var until: String?

    @Flag(help: "Print JSON.")
    var json = false

    struct Entry: Encodable {
        var relation: Relation
        var documents: [String: DocumentInfo]
    }

    func run() throws {
        let range: DateRange
        // A bad date is a usage mistake (64), as in `path` and `render`; it was 1 here.
        do { range = try DateRange(since: since, until: until) } catch { throw UsageError("\(error)") }
        let database = try store.open(create: false)
        let found = try database.resolveActor(actor)
        var relations: [Relation] = []
        for adjacency in try database.adjacencies(of: found.id) {
            let evidence = try database.evidence(for: adjacency.key, range: range)
            if evidence.isEmpty, !range.isUnbounded { continue }
            relations.append(Relation(source: adjacency.key.source, target: adjacency.key.target, kind: adjacency.key.kind,
                                      evidence: evidence))
        }
        // By date: the edge first reported earliest comes first; asserted and undated edges last.
        relations.sort {
            let a = $0.evidence.compactMap(\.date).min() ?? "9999", b = $1.evidence.compactMap(\.date).min() ?? "9999"
            return (a, $0.kind, $0.otherEnd(from: found.id)) < (b, $1.kind, $1.otherEnd(from: found.id))
        }
        let documents = try database.documents(ids: relations.flatMap { $0.evidence.map(\.document) })
        let merged = try database.mergedActors(into: found.id)
        let corrections = try database.corrections(of: found.id)
        if json {
            struct Output: Encodable {
                var actor: Actor
                var merged: [Actor]
                var relations: [Relation]
                var documents: [String: DocumentInfo]
                var corrections: [CorrectionRecord]
            }
            try JSONOutput.write(Output(actor: found, merged: merged, relations: relations, documents: documents,
                                        corrections: corrections))
            return
        }
        var names: [Actor.ID: String] = [found.id: found.name]
        for relation in relations {
            let other = relation.otherEnd(from: found.id)
            if names[other] == nil { names[other] = try database.actor(id: other)?.name ?? other }
        }
        print("\(found.name)  [\(found.kind.rawValue), id \(found.id)]")
        if !found.aliases.isEmpty { print("  also: \(found.aliases.joined(separator: ", "))") }
        if !merged.isEmpty { print("  merged by hand: \(merged.map { "\($0.name) (\($0.id))" }.joined(separator: ", "))") }
        print("  \(found.mentionCount) mentions in \(found.documents.count) documents; \(relations.count) relations")
        for relation in relations {
            let outgoing = relation.source == found.id
            let other = names[relation.otherEnd(from: found.id)] ?? relation.otherEnd(from: found.id)
            let arrow = relation.kind.isSymmetric ? "—\(relation.kind.rawValue)—" : outgoing ? "—\(relation.kind.rawValue)→" : "←\(relation.kind.rawValue)—"
            var flags: [String] = []
            if relation.isAsserted { flags.append("asserted") }
            if relation.hedged { flags.append("hedged") }
            if relation.former { flags.append("former") }
            let count = relation.extractedEvidence.count
            // The edge is as sure as its surest sentence (Relation.confidence).
            let sureness = relation.confidence.map { ", confidence " + Evidence.formatConfidence($0) } ?? ""
            print("")
            print("\(arrow) \(other)  (\(count) sentence\(count == 1 ? "" : "s")\(sureness))\(flags.isEmpty ? "" : "  [" + flags.joined(separator: ", ") + "]")")
            for item in relation.evidence {
                if let note = item.assertedBy {
                    print("    [asserted] \(note)")
                    continue
                }
                let info = documents[item.document]
                var source = [item.date ?? "undated", item.document]
                if let title = item.title ?? info?.title { source.append("“\(title)”") }
                if let url = info?.url { source.append(url) }
                var marks = ""
                if item.hedged { marks += " (hedged)" }
                if item.former { marks += " (former)" }
                // What found it and how sure it was, so a doubtful edge can be judged by its source.
                if let provenance = item.provenance { marks += "  [\(provenance)]" }
                print("    \(source.joined(separator: "  "))\(marks)")
                print("      \(item.sentence.split(whereSeparator: \.isNewline).joined(separator: " "))")
            }
        }
        if !corrections.isEmpty {
            print("")
            print("corrections:")
            for record in corrections {
                print("  \(record.createdAt)  \(record.action): \(record.detail)\(record.note.map { " — \($0)" } ?? "")")
            }
        }
    }
}

/// Every line `show` prints goes through ``TerminalText/safe(_:)``: names, sentences and file
/// names come from articles, and an escape sequence in one could retitle, clear or hide the
/// terminal. A file-private `print` covers every line, including ones added later.
private func print(_ line: String) {
    Swift.print(TerminalText.safe(line))
}
