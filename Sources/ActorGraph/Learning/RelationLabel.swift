/// What a learned model says of an ordered pair of mentions (the one written first, then the
/// one written second): no relation, or a relation type and which of the two is its source.
///
/// Symmetric types (`allied-with`, `fights`) have one label; every other type has two, so the
/// model learns voice ("X backs Y" against "Y, backed by X") from the words between.
public struct RelationLabel: Hashable, Sendable, CustomStringConvertible {
    /// `nil` for no relation.
    public var kind: RelationKind?
    /// The mention written second is the source.
    public var reversed: Bool

    public static let none = RelationLabel(kind: nil, reversed: false)

    public init(kind: RelationKind?, reversed: Bool) {
        self.kind = kind
        self.reversed = kind?.isSymmetric == true ? false : reversed
    }

    /// Every label, in a fixed order: `none` first, then each type forward and backward.
    /// A model file stores its labels by name, so adding a type changes no saved index.
    public static let all: [RelationLabel] = [.none] + RelationKind.allCases.flatMap { kind in
        kind.isSymmetric ? [RelationLabel(kind: kind, reversed: false)]
            : [RelationLabel(kind: kind, reversed: false), RelationLabel(kind: kind, reversed: true)]
    }

    /// `none`, `backs`, `backs<` (second mention is the source).
    public var description: String {
        guard let kind else { return "none" }
        return reversed ? kind.rawValue + "<" : kind.rawValue
    }

    public init?(name: String) {
        guard let found = Self.all.first(where: { $0.description == name }) else { return nil }
        self = found
    }
}
