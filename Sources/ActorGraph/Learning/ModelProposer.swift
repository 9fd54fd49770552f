/// Proposes relations with a learned ``RelationModel``: every pair of mentions within a
/// sentence is labelled, and the hand rules' findings are among its features.
///
/// The model decides for pairs named together in a sentence. A rule finding passes through,
/// with ``ruleConfidence``, where the model proposed nothing for its pair: what the rules read
/// through a reference ("it", "the group", the previous sentence) has no pair the model could
/// label, and a precise rule may know a phrasing the model never saw.
struct ModelProposer: Sendable {
    let model: ExtractionModel
    let features: PairFeatures
    /// The confidence of a rule finding the model did not confirm: the hand rules' precision
    /// on the development sets, measured by `Scripts/eval --rules-only`, rounded down.
    static let ruleConfidence = 0.6
    /// Below this, the model does not overrule a hand rule that read the same pair otherwise.
    /// Above 1, so a rule's reading always stands: cross-validation gave the same F1 either
    /// way and higher precision this way.
    static let overrideConfidence = 1.01
    /// How much surer than its threshold the model must be for a pair reached through a reference.
    static let referenceMargin = 0.4

    func relations(in reader: DocumentReader, ruleFindings: [FoundRelation]) -> [FoundRelation] {
        let hits = PairFeatures.RuleHits(ruleFindings, reader: reader)
        var cache = PairFeatures.WordCache()
        var buffer: [UInt64] = []
        var probabilities: [Double] = []
        var found: [FoundRelation] = []
        struct PairKey: Hashable { var sentence: Int, low: Int, high: Int }
        var best: [PairKey: (relation: FoundRelation, p: Double)] = [:]
        var order: [PairKey] = []
        let mentions = reader.mentions + ReferenceResolver(reader: reader).references()
        for pair in reader.candidatePairs(of: mentions) {
            let a = mentions[pair.first], b = mentions[pair.second]
            let rootA = reader.roots[a.actor], rootB = reader.roots[b.actor]
            let key = PairKey(sentence: pair.sentence, low: min(rootA, rootB), high: max(rootA, rootB))
            buffer.removeAll(keepingCapacity: true)
            features.features(of: pair, mentions: mentions, reader: reader, hits: hits, cache: &cache, into: &buffer)
            model.relations.probabilities(buffer, into: &probabilities)
            var top = -1
            for c in probabilities.indices where model.relationLabels[c].kind != nil {
                if top < 0 || probabilities[c] > probabilities[top] { top = c }
            }
            guard top >= 0, probabilities[top] >= model.threshold, let kind = model.relationLabels[top].kind else { continue }
            let (source, target) = model.relationLabels[top].reversed ? (b.actor, a.actor) : (a.actor, b.actor)
            // A hand rule that read this pair otherwise stands unless the model is sure: rules
            // are precise, and the model is least reliable where it is unsure.
            if probabilities[top] < Self.overrideConfidence {
                let forward = hits.hits(sentence: pair.sentence, source: reader.roots[source], target: reader.roots[target])
                let backward = hits.hits(sentence: pair.sentence, source: reader.roots[target], target: reader.roots[source])
                let ruleSaid = !(forward.isEmpty && backward.isEmpty)
                if ruleSaid && !forward.contains(where: { $0.kind == kind }) && !(kind.isSymmetric && backward.contains { $0.kind == kind }) {
                    continue
                }
            }
            // A pronoun or description adds a step that can go wrong: it needs a surer model.
            if (a.isReference || b.isReference) && probabilities[top] < model.threshold + Self.referenceMargin { continue }
            guard TypeConstraints.fits(kind, source: reader.kinds[source], target: reader.kinds[target]) else { continue }
            // A name that only qualifies another ("pro-Assad militia leader X") commands nothing
            // and is no member: the leader is X.
            let sourceMention = model.relationLabels[top].reversed ? b : a
            if (kind == .commands || kind == .memberOf) && sourceMention.isModifier && !sourceMention.isDemonym { continue }
            let agreeing = hits.hits(sentence: pair.sentence, source: reader.roots[source], target: reader.roots[target])
                .first { $0.kind == kind }?.rule
            let relation = FoundRelation(
                source: source, target: target, kind: kind, sentence: pair.sentence,
                hedged: ClauseMarks.isHedged(reader: reader, sentence: pair.sentence, around: min(a.start, b.start)..<max(a.end, b.end)),
                former: ClauseMarks.isFormer(reader: reader, sentence: pair.sentence, around: min(a.start, b.start)..<max(a.end, b.end)),
                rule: agreeing.map { "model+" + $0 } ?? "model",
                // A rule and the model agreeing are no less sure than the rule alone.
                confidence: agreeing == nil ? probabilities[top] : max(probabilities[top], Self.ruleConfidence))
            if let previous = best[key] {
                if probabilities[top] > previous.p { best[key] = (relation, probabilities[top]) }
            } else {
                best[key] = (relation, probabilities[top])
                order.append(key)
            }
        }
        for key in order { if let chosen = best[key] { found.append(chosen.relation) } }
        var actorOf: [Int: Int] = [:]
        for mention in reader.mentions { actorOf[reader.roots[mention.actor]] = mention.actor }
        found = ListExpansion.expand(found, reader: reader, actorOf: actorOf)
        for finding in ruleFindings {
            let rootS = reader.roots[finding.source], rootT = reader.roots[finding.target]
            let key = PairKey(sentence: finding.sentence, low: min(rootS, rootT), high: max(rootS, rootT))
            guard best[key] == nil else { continue }
            var passed = finding
            passed.confidence = Self.ruleConfidence
            found.append(passed)
        }
        return found
    }
}

/// The types' constraints on their ends (ANNOTATION.md), declared once for every proposer:
/// only persons command; a state's own agencies and officials are not members of it.
enum TypeConstraints {
    /// - Parameter statesHaveMembers: whether a state may be the whole a part belongs to. The
    ///   hand rules allow it for armed groups and parties (their cues name the state outright);
    ///   the model, which guesses from words around two names, may not.
    static func fits(_ kind: RelationKind, source s: ActorKind, target t: ActorKind, statesHaveMembers: Bool = false) -> Bool {
        switch kind {
        case .commands: return s == .person && t != .person
        case .memberOf:
            return t != .person && (t != .state || statesHaveMembers && s != .agency && s != .person)
        case .sanctionedBy, .designatedBy: return t != .person
        case .successorOf, .splitFrom: return s != .person && t != .person
        case .backs: return s != .person || t == .person
        default: return true
        }
    }
}
