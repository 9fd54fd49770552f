import ActorGraph
import ActorGraphStore
import ArgumentParser
import Foundation

/// `agbench synth --actors N --out FILE [--seed S]`: writes a synthetic store of N actors and
/// about 5N relations through the store's bulk importer, for path benchmarks at scale.
struct SyntheticStore: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Write a seeded, scale-free synthetic store: N actors, about 5N relations, all ten types.")

    @Option(help: "How many actors.")
    var actors: Int

    @Option(help: ArgumentHelp("The store file to write (must not exist).", valueName: "store.sqlite"))
    var out: String

    @Option(help: "The random seed: the same seed and N give the same graph.")
    var seed: UInt64 = 1

    @Flag(inversion: .prefixedNo, help: "Store one evidence sentence per relation (off: aggregates only, a smaller file).")
    var evidence = true

    func validate() throws {
        guard (2...20_000_000).contains(actors) else {
            throw ValidationError("'--actors \(actors)' is out of range; give 2 to 20000000")
        }
        if FileManager.default.fileExists(atPath: out) {
            throw ValidationError("\(out) already exists; remove it or give another '--out'")
        }
    }

    func run() throws {
        let started = Date()
        let store = try ProjectStore.open(path: out, create: true)
        let graph = SyntheticGraph(actorCount: actors, seed: seed)
        let counts = try store.bulkImport { importer -> (actors: Int, relations: Int) in
            var rowIDs = [Int64](repeating: 0, count: actors)
            for number in 0..<actors {
                let actor = SyntheticNames.actor(number)
                rowIDs[number] = try importer.addActor(actor)
            }
            var edgeNumber = 0
            try graph.forEachEdge { edge in
                edgeNumber += 1
                if evidence {
                    let source = SyntheticNames.actor(edge.source), target = SyntheticNames.actor(edge.target)
                    let sentence = "\(source.name) \(edge.hedged ? "reportedly " : "")\(edge.kind.rawValue) \(target.name)."
                    let item = Evidence(document: "synthetic-\(edgeNumber / 50).txt", sentence: sentence, start: 0,
                                        end: sentence.unicodeScalars.count, hedged: edge.hedged, former: edge.former,
                                        date: edge.firstDate)
                    let relation = Relation(source: source.id, target: target.id, kind: edge.kind, evidence: [item])
                    let ids = Dictionary([(source.id, rowIDs[edge.source]), (target.id, rowIDs[edge.target])],
                                         uniquingKeysWith: { first, _ in first })
                    try importer.addRelation(relation, ids: ids)
                } else {
                    let (s, t) = edge.kind.isSymmetric && SyntheticNames.actor(edge.target).id < SyntheticNames.actor(edge.source).id
                        ? (edge.target, edge.source) : (edge.source, edge.target)
                    try importer.addRelation(source: rowIDs[s], kind: edge.kind, target: rowIDs[t], hedged: edge.hedged,
                                             former: edge.former, evidenceCount: 1, firstDate: edge.firstDate,
                                             lastDate: edge.lastDate)
                }
            }
            return (importer.actorCount, importer.relationCount)
        }
        let seconds = Date().timeIntervalSince(started)
        let size = (try? FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0
        print("synth: \(counts.actors) actors, \(counts.relations) relations (seed \(seed)) -> \(out), "
              + "\(size / 1_048_576) MB in \(String(format: "%.1f", seconds)) s")
    }
}
