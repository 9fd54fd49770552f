import Testing
@testable import ActorGraph

/// Every hand rule reads the example sentences declared with it (`RelationRules.declarations`).
///
/// Two checks per rule: with all the rules running, as `extract --rules-only` does, the
/// example's relation carries evidence named for this rule; and with this rule alone, the
/// rule finds the relation. A rule marked `shadowed` never finds a relation first, since an
/// earlier rule reads all it reads; for it the first check asks only that some rule finds
/// the relation, and the second is what shows it works.
@Suite struct RuleExampleTests {
    static let extractor = Extractor(gazetteer: (try? Gazetteer.bundled()) ?? Gazetteer())

    /// One relation as found, by name, for comparing and for failure messages.
    struct Found: CustomStringConvertible {
        var kind: RelationKind
        var source: String
        var target: String
        var rules: [String]

        func joins(_ source: String, _ target: String) -> Bool {
            (self.source == source && self.target == target)
                || (kind.isSymmetric && self.source == target && self.target == source)
        }

        var description: String { "\(source) -\(kind.rawValue)-> \(target) [\(rules.joined(separator: "; "))]" }
    }

    /// What the whole rule set finds in `text`.
    static func extracted(_ text: String) -> [Found] {
        let result = extractor.extract(Document(id: "example.txt", text: text))
        let names = Dictionary(result.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        return result.relations.map { relation in
            Found(kind: relation.kind, source: names[relation.source] ?? "?", target: names[relation.target] ?? "?",
                  rules: relation.evidence.compactMap(\.rule))
        }
    }

    /// What rule number `index` alone finds in `text`.
    static func foundAlone(by index: Int, in text: String) -> [Found] {
        let reader = extractor.read(Document(id: "example.txt", text: text))
        return extractor.rules.relations(in: reader, onlyRule: index).map { found in
            Found(kind: found.kind, source: reader.actors[reader.roots[found.source]].name,
                  target: reader.actors[reader.roots[found.target]].name, rules: [found.rule])
        }
    }

    @Test(arguments: RelationRules.declarations)
    func ruleReadsItsExamples(_ rule: RelationRule) throws {
        let index = try #require(Self.extractor.rules.patterns.firstIndex { $0.label == rule.description },
                                 "the extractor compiled no pattern labelled \(rule)")
        #expect(!rule.examples.isEmpty)
        for (number, example) in rule.examples.enumerated() {
            // The first example names its relation; a further one need only be read as this kind.
            let named = { (found: Found) in
                found.kind == rule.kind && (number > 0 || found.joins(rule.source, rule.target))
            }
            let all = Self.extracted(example)
            if rule.shadowed == nil {
                #expect(all.contains { named($0) && $0.rules.contains(rule.description) },
                        "\"\(example)\" gave \(all)")
            } else {
                #expect(all.contains(where: named), "\"\(example)\" gave \(all)")
            }
            let alone = Self.foundAlone(by: index, in: example)
            #expect(alone.contains(where: named), "on its own the rule read \"\(example)\" as \(alone)")
        }
    }

    @Test func builtInRulesCompile() throws {
        var lexicon = Lexicon()
        let words = CueWords(lexicon: &lexicon)
        let rules = try RelationRules(RelationRules.declarations, words: words, lexicon: &lexicon)
        #expect(rules.patterns.count == RelationRules.declarations.count)
        #expect(Self.extractor.rules.patterns.map(\.label) == RelationRules.declarations.map(\.description))
    }

    /// Two rules with one kind and pattern: the second could never find anything.
    @Test func noRuleIsDeclaredTwice() {
        let labels = RelationRules.declarations.map(\.description)
        #expect(Set(labels).count == labels.count)
    }

    /// A shadowed rule says which rule claims its relations, so a reader can check the claim.
    @Test func shadowedRulesSayWhy() {
        for rule in RelationRules.declarations {
            if let reason = rule.shadowed { #expect(!reason.isEmpty, "\(rule)") }
        }
    }
}
