import ActorGraph
import ActorGraphStore
import ArgumentParser

/// `actorgraph retract SOURCE TYPE TARGET`: an edge the machine got wrong, hidden for good.
struct Retract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Hide a relation the extractor got wrong; re-ingesting never brings it back.")

    @OptionGroup var edge: EdgeArguments

    @Option(help: "Why, kept with the correction.")
    var note: String?

    @OptionGroup var store: StoreOptions

    func run() throws {
        let database = try store.open(create: false)
        let before = try database.edgeCorrection(source: edge.source, kind: edge.kind, target: edge.target)
        let (key, existed) = try database.retract(source: edge.source, kind: edge.kind, target: edge.target, note: note)
        let edgeText = "\(key.source) \(key.kind.rawValue) \(key.target)"
        if before == "retract" {
            print("\(edgeText) was already retracted" + (note == nil ? "; nothing changed" : "; its note is updated"))
            return
        }
        print("retracted \(edgeText)" + (existed ? "" : " (no evidence for it yet: it stays hidden if extraction finds it later)"))
    }
}
