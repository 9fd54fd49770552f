import ArgumentParser

/// Placeholder until path search lands: owned by the path work.
struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the shortest affiliation path between two actors, hop by hop, with evidence.")
    func run() throws { throw ValidationError("path is not built yet") }
}
