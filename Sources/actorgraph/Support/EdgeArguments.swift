import ActorGraph
import ArgumentParser

/// `SOURCE TYPE TARGET`: one edge named on the command line, as `assert` and `retract` take it.
struct EdgeArguments: ParsableArguments {
    @Argument(help: "The source actor.")
    var source: String

    @Argument(help: ArgumentHelp("The relation type (\(RelationKind.validNames)).", valueName: "type"))
    var type: String

    @Argument(help: "The target actor.")
    var target: String

    /// The relation type; validation has already refused an unknown one.
    var kind: RelationKind { RelationKind(userValue: type) ?? .backs }

    func validate() throws {
        if RelationKind(userValue: type) == nil {
            throw ValidationError("'\(type)' is not a relation type; use one of \(RelationKind.validNames)")
        }
    }
}
