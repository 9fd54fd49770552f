/// The relation rules: how news text states each of the ten relation types.
///
/// Each rule is a general English construction (active and passive voice, compounds,
/// appositives, possessives, coordinated lists), never a sentence from a particular
/// article. `A` is always the source and `B` the target of the relation.
struct RelationRules: Sendable {
    let patterns: [RelationPattern]
    let words: CueWords
    /// For each word id below ``patternWordLimit``, the patterns it anchors, at
    /// `anchoredPatterns[anchorStart[id]..<anchorStart[id + 1]]`: a sentence tries only the
    /// patterns whose anchor words it contains, found in one pass over its tokens.
    let anchorStart: [Int32]
    let anchoredPatterns: [Int32]
    /// Patterns with no anchor word, tried in every sentence.
    let unanchored: [Int]
    /// One past the highest word id any pattern uses: the words worth noting in a sentence.
    let patternWordLimit: Int
    /// Every pattern's required word elements (``RelationPattern/required``) end to end, so
    /// that testing the candidates of a sentence reads one array: pattern `p`'s are
    /// `requirements[requirementStart[p]..<requirementStart[p + 1]]`.
    private let requirements: [Requirement]
    private let requirementStart: [Int]

    /// One 64-bit chunk of a required element's word set.
    private struct Requirement {
        var chunk: Int
        var mask: UInt64
        /// The last chunk of its element: the sentence must have matched one of the element's chunks by here.
        var endsElement: Bool
    }

    /// Whether the sentence's words (`present`, a bit set) include one of each of pattern
    /// `p`'s required elements.
    private func isPossible(_ p: Int, given present: [UInt64]) -> Bool {
        var found = false
        for k in requirementStart[p]..<requirementStart[p + 1] {
            let requirement = requirements[k]
            if present[requirement.chunk] & requirement.mask != 0 { found = true }
            if requirement.endsElement {
                if !found { return false }
                found = false
            }
        }
        return true
    }

    // Word classes used by several rules.
    static let backed = "backed|supported|funded|armed|sponsored|financed|bankrolled|equipped|trained|propped"
    static let backing = "backs|supports|funds|arms|sponsors|finances|bankrolls|equips|trains|backed|supported|funded|armed|sponsored|financed|bankrolled|equipped|trained|backing|supporting|funding|arming|sponsoring|financing"
    static let leaderRole = "leader|commander|head|chief|founder|cofounder|co|director|president|chairman|chairwoman|chair|emir|amir|secretary|general|boss|chieftain|ruler"
    static let memberRole = "member|fighter|official|officer|militant|operative|figure|spokesman|spokesperson|expert|researcher|fellow|analyst|scholar|representative|envoy|cadre|terrorist|jihadist|soldier|veteran|loyalist|minister|adviser|advisor|negotiator|emissary|delegate|deputy"
    /// A leader *in* something is one of its members; a leader *of* it commands it.
    static let memberRoleIn = "\(memberRole)|leader|commander|chief|head|figure"
    static let partNoun = "faction|factions|unit|units|part|branch|wing|affiliate|component|member|members|arm|brigade|division|subsidiary|franchise|offshoot|constituent|contingent|formation|group|groups"
    static let led = "led|headed|commanded|founded|run|chaired|directed|helmed|established"
    static let leads = "leads|led|heads|headed|commands|commanded|founded|runs|ran|chairs|chaired|directs|directed|established|founds|helms|helmed|leading|heading|commanding|running"
    static let fight = "fought|fights|fight|fighting|clashed|clashes|clash|clashing|battled|battles|battling|attacked|attacks|attacking|ambushed|ambush|ambushes|targeted|targets|targeting|shelled|shelling|struck|strikes|striking|raided|raids|raiding|bombed|bombing|assaulted|combat|combating|combatting|confronted|confronting|engaged|killed|repelled|repelling|besieged|besieging"
    static let attackNoun = "assault|attack|attacks|offensive|incursion|incursions|operation|operations|raid|raids|strikes|strike|ambush|campaign|war|fight|offensives|airstrikes|airstrike|insurgency|uprising|rebellion"
    static let sanction = "sanctions|sanction|penalties|restrictions|embargo"
    static let designate = "designated|designates|designate|designating|blacklisted|blacklists|blacklisting|listed|lists|listing|branded|brands|branding|labelled|labeled|labels|labeling|classified|classifies|proscribed|proscribes|named"
    static let terror = "terrorist|terror|extremist"
    static let be = "is|are|was|were|been|being|be|remains|remain|remained|has|have|had"

    init(words: CueWords, lexicon: inout Lexicon) {
        self.words = words
        let b = Self.self
        let rules: [(RelationKind, String)] = [
            // MARK: backs (supporter → supported)
            (.backs, "A:m - \(b.backed) ~2 B:o"),
            (.backs, "B , a|an|the ~3 A:m - \(b.backed)"),
            (.backs, "B ,? which|who|that? ~8 \(b.backed) ~2 by A+"),
            (.backs, "B ~8 \(b.backed) by A+"),
            (.backs, "A ~3 \(b.backing) ~2 B+:o"),
            (.backs, "A+ ~3 \(b.backing) ~5 including|like|notably|especially|among them|those? ,? B+:o"),
            (.backs, "A ~3 provided|provides|providing|supplied|supplies|supplying|sent|sends|delivered|gave|gives|giving|offered|offering ~8 to B+"),
            (.backs, "A 's ~3 proxy|proxies|client|clients ~4 B"),
            (.backs, "B \(b.be)? ~4 a|an|the ~2 proxy|proxies|client|clients|puppet|puppets of|for A"),
            (.backs, "B \(b.be) a|an|the ~3 A:m - \(b.backed)"),
            (.backs, "A ~3 provided|provides|providing|supplied|supplies|supplying|armed|arms|arming|equipped|equips B+ with"),
            (.backs, "A 's ~2 support|backing|patronage|sponsorship|funding|aid|assistance for|of|to B"),
            (.backs, "^A ~12 proxy ~4 , B"),
            (.backs, "A ~4 support|backing|patronage for|of|to B"),
            (.backs, "support|backing for B , ~3 A"),
            (.backs, "^A providing|offering|provided|offered|giving|gave|supplying|supplied ~6 to ~3 B+"),
            (.backs, "A ~3 facilitated|helped|assisted|enabled|sponsored|organized|organised|orchestrated ~3 formation|creation|establishment|founding of B"),
            (.backs, "B ~6 in|within A 's ~3 proxy|proxies"),
            (.backs, "B 's ~2 backer|backers|patron|patrons|sponsor|sponsors|supporter|supporters , A+"),
            (.backs, "A , B 's ~2 backer|backers|patron|patrons|sponsor|sponsors|supporter|ally"),
            (.backs, "A ~6 vowed|pledged|promised|continues|continued ~2 to support|back|arm|fund B"),
            (.backs, "B ~4 receive|receives|received|receiving|enjoys|enjoyed|relies|relied|gets|got|obtains|obtained ~4 support|backing|funding|weapons|arms|money|training ~3 from A+"),
            (.backs, "B ~3 relied|relies|relying|depended|depends|depending|leaned|leans ~2 on|upon ~3 A+:m"),
            (.backs, "A \(b.be) ~3 B 's ~4 backer|backers|patron|patrons|sponsor|sponsors|supporter|supporters|protector"),
            (.backs, "B ~10 under A 's ~2 protection|patronage|sponsorship|umbrella"),

            // MARK: commands (person → organization led)
            (.commands, "<A:p , a|an|the? ~2 \(b.leaderRole) of|for B+:o"),
            (.commands, "<A:p , who|whom ~3 \(b.leads) B+:o"),
            (.commands, "A:p \(b.be)? ~3 the|a ~3 \(b.leaderRole) of B:o"),
            (.commands, "A:p ~12 as|became|becomes|named|appointed|elected ~2 \(b.leaderRole) of B:o"),
            (.commands, "B:o ,? which|that|who? \(b.be)? \(b.be)? once|formerly|previously|originally|long|later|now? \(b.led) by ~7 A:p"),
            (.commands, "B:o \"? ,? which|that A:p announced|formed|founded|established|created|launched|set"),
            (.commands, "A:p ~3 announced|formed|founded|established|created|launched ~2 the|a? new? B:o"),
            (.commands, "B:om 's? then? -? prime minister A:p"),
            (.commands, "A:p ,? who? \(b.leads) B+:o"),
            (.commands, "B:o ~2 leader|commander|chief|head|director|founder|chairman|emir|president|secretary A:p"),
            (.commands, "B:om president|premier|king|emir|chancellor|ruler A:p"),
            (.commands, "under A:p 's ~2 rule|leadership|command|reign|presidency ,? B:o"),
            (.commands, "B:o ,? ~3 under the command|leadership|control|orders of A:p"),
            (.commands, "<A:p , a|an|the? ~1 commander - in - chief of|for B+:o"),
            (.commands, "B:o ~3 under A:p 's ~2 rule|leadership|command|reign|presidency"),
            (.commands, "B:o 's ~3 \(b.leaderRole) ,? A:p"),
            (.commands, "A:p 's B:o"),
            (.commands, "B:or leader|commander|chief|head|founder|director|chairman|emir , A:p"),
            (.commands, "\(b.leaderRole) of B:o , A:p"),

            // MARK: member-of (part → whole)
            (.memberOf, "<A , a|an|the? ~3 \(b.memberRoleIn) in|at|with|inside|within B:o"),
            (.memberOf, "<A , a|an|the? ~4 \(b.memberRole) for ~3 at|with B:o"),
            (.memberOf, "A ~2 within|inside B:o"),
            (.memberOf, "<A:o , a|an|the? ~3 \(b.partNoun) of|in|within B:o"),
            (.memberOf, "<A:o , one of the ~3 \(b.partNoun) of|in|within B:o"),
            (.memberOf, "A , ~10 , joined|joins|merged|integrated|folded|absorbed ~2 into|in|with? B:o"),
            (.memberOf, "A:o , B:o 's ~3 \(b.partNoun)"),
            (.memberOf, "A+ \(b.be)? ~3 part|member|members|component|branch|wing|affiliate|faction of B:o"),
            (.memberOf, "A \(b.be)? ~4 joined|joins|join|joining|integrated|merged|absorbed|incorporated|folded ~2 into|in|with? B:o"),
            (.memberOf, "B:om \(b.partNoun) ,|including|like|such|as? as? the? A+:o"),
            (.memberOf, "A:p ~6 a|an former|ex -? B+:om \(b.memberRoleIn)"),
            (.memberOf, "former|ex -? B+:om \(b.memberRoleIn) ,? A:p"),
            (.memberOf, "A:p \(b.be)? ~2 a|an? former? \(b.memberRole) of B:o"),
            (.memberOf, "A:p ~3 served|serves|serving|enlisted ~2 in|with|within B:o"),
            (.memberOf, "B:o 's A:o"),
            (.memberOf, "A:o \(b.be) ~3 B:o 's ~2 \(b.partNoun)|affiliate|branch|franchise|arm"),
            (.memberOf, "B:o \(b.be)? ~2 dominated ~2 by A:o"),
            (.memberOf, "A:o \(b.be)? ~3 affiliate|affiliated|branch|franchise|arm ~2 of|with|to B:o"),
            (.memberOf, "<A:o , a|an|the? ~8 affiliate|branch|wing|franchise|offshoot of B:o"),

            // MARK: allied-with (symmetric)
            (.alliedWith, "A ~4 fought|fighting|fights|battled|served|deployed|operating|operated ~2 alongside|beside B:m"),
            (.alliedWith, "^A fought|fighting|fights|battled|served|operating|operated ~2 alongside|beside B:m"),
            (.alliedWith, "A ~4 allied|aligned|allies|allying|ally|sided|partnered|cooperating|cooperated|collaborated|collaborating|coordinated|coordinating|coordinates with B"),
            (.alliedWith, "A and B \(b.be) ~3 allies|allied|partners|aligned"),
            (.alliedWith, "A ~4 fought|fighting|fights|battled|served on the side|behalf of B"),
            (.alliedWith, "<A , a|an|the? ~3 ally|allies|partner|partners of B"),
            (.alliedWith, "<A ~12 and a|an|the ~2 ally|partner of B"),
            (.alliedWith, "A ~5 ties|links|relations|relationship|connections|alliance|partnership ~2 to|with B"),
            (.alliedWith, "A ~6 ties|links|connections|alliance ~2 to|with ~8 ,? including|notably|especially|such|like as? B+"),
            (.alliedWith, "alliance|partnership|coalition|pact|friendship|rapprochement|cooperation between A and B"),
            (.alliedWith, "A and B ~4 formed|forged|signed|announced|joined ~3 alliance|pact|partnership|coalition"),
            (.alliedWith, "A:o , a|an ~3 B:m - linked|allied|aligned"),
            (.alliedWith, "A:o \(b.be) a|an|the ~3 B:m - linked|allied|aligned"),
            (.alliedWith, "A \(b.be)? ~3 linked|tied|close|closely ~2 to|with B"),
            (.alliedWith, "<A , a|an|the ~4 linked|tied|allied|aligned|affiliated to|with B"),
            (.alliedWith, "A:o \(b.be)? ~3 allied|aligned ~2 to|with B"),

            // MARK: pledged-allegiance-to (subordinate → patron)
            (.pledgedAllegianceTo, "A ~8 pledged|pledge|pledging|declared|declare|declaring|swore|swear|swearing|sworn|vowed|offered|reaffirmed|announced ~2 allegiance|loyalty|fealty|bay'ah|baya to B"),
            (.pledgedAllegianceTo, "A ~4 allegiance|loyalty to B"),
            (.pledgedAllegianceTo, "A \(b.be)? ~2 loyal to B"),
            (.pledgedAllegianceTo, "^A remains|remained|stays|stayed|is|was|are|were ~2 loyal to B"),
            (.pledgedAllegianceTo, "B:m loyalists|supporters|followers|partisans ~3 dubbed|called|calling|named|known|styled ~2 as? A:o"),

            // MARK: sanctioned-by (sanctioned → sanctioning body)
            (.sanctionedBy, "B+ ~6 imposed|imposes|impose|imposing|slapped|levied|announced|issued|placed|unveiled|introduced ~3 \(b.sanction) on|against ~6 A+"),
            (.sanctionedBy, "A+ \(b.be)? ~3 sanctioned by B+"),
            (.sanctionedBy, "B+ \(b.be)? ~3 sanctioned|sanctions|sanctioning A+"),
            (.sanctionedBy, "B+ \(b.be)? ~3 sanctioned|sanctions|sanctioning|blacklisted ~8 , including|among|notably A+"),
            (.sanctionedBy, "B 's ~2 \(b.sanction) on|against ~6 A+"),
            (.sanctionedBy, "\(b.sanction) ~3 imposed|placed|announced ~2 by B+ on|against ~6 A+"),
            (.sanctionedBy, "\(b.sanction) ~3 on|against ~4 A+ ~4 by B+"),

            // MARK: designated-by (designated → designating body)
            (.designatedBy, "A+ ,? a|an|the? ~2 group|organization|organisation|entity|militia|movement? ~2 \(b.designate) ~6 by B+"),
            (.designatedBy, "A+ ~4 \(b.designate) as ~5 \(b.terror) ~4 by B+"),
            (.designatedBy, "B+ ~4. \(b.designate) A+ as|a ~4 \(b.terror)"),
            (.designatedBy, "\(b.designate) A+ as ~4 \(b.terror) ~4 , B"),
            (.designatedBy, "A+ \(b.be) ~3 \(b.designate) by B+ as ~3 \(b.terror)"),
            (.designatedBy, "A+ ~3 on B 's ~3 \(b.terror) ~3 list|lists|blacklist"),
            (.designatedBy, "^B ~2 \(b.designate) A a|as ~3 \(b.terror)"),
            (.designatedBy, "B+ ~3 added|adds|adding|placed|places|put|puts A+ ~2 to|on its|the|their ~3 \(b.terror)|terrorism ~2 list|lists|blacklist"),
            (.designatedBy, "A+ \(b.be) ~2 considered|regarded|deemed|recognized|recognised|viewed|seen|classed ~2 as? a|an ~3 \(b.terror) ~3 by B+"),

            // MARK: fights (symmetric)
            (.fights, "clashes|clash|fighting|battles|battle|war|conflict|confrontation|confrontations|hostilities|fight between A and B"),
            (.fights, "A ~3 \(b.fight) ~2 with|against|on? B+:om"),
            (.fights, "A and B \(b.be)? ~2 \(b.fight)"),
            (.fights, "A \(b.be)? \(b.be)? ~2 \(b.fight) by ~4 A"),
            (.fights, "B:m \(b.be)? \(b.be)? ~2 ambushed|attacked|targeted|killed|struck|shelled|raided|bombed|assaulted|besieged by ~6 A"),
            (.fights, "A ~12 \(b.attackNoun) on|against|targeting ~3 B:m"),
            (.fights, "^A , ~2 \(b.fight) ~2 with|against? B+:m"),
            (.fights, "^A \(b.attackNoun) on|against|targeting ~3 B:m"),
            (.fights, "A ~8 to combat|fight|counter|confront|defeat|battle|attack B"),
            (.fights, "^A ~20 to combat|fight|counter|confront|defeat|battle|attack B"),
            (.fights, "A 's ~2 \(b.attackNoun) against|on B"),
            (.fights, "A ~4 rose|rebelled|revolted|rising|uprising ~2 against B"),
            (.fights, "A ~14 \(b.fight) ~4 B:m - controlled|held"),
            (.fights, "A ~6 \(b.fight) ~3 positions|areas|territory|bases|villages|towns|districts|neighbourhoods|neighborhoods held|controlled|run by B+:m"),

            // MARK: successor-of (new → old)
            (.successorOf, "rebranded|renamed|restyled|reorganized|reorganised B:o as|into A:o"),
            (.successorOf, "B \(b.be)? ~2 renamed|rebranded|restyled A:o"),
            (.successorOf, "B ~3 rebranded|renamed|reorganized|reorganised|restructured|transformed ~4 as|into|to A"),
            (.successorOf, "B ~4 evolved|turned|morphed|became|becomes|transformed ~2 into? A"),
            (.successorOf, "A:o ,? \(b.be)? ~2 formerly|previously|once|originally known|called|named ~2 as? B:o"),
            (.successorOf, "A:o ,? the|a? successor|successors|heir|reincarnation|rebrand|rebranding of|to B:o"),
            (.successorOf, "A:o ~3 replaced|succeeded|superseded ~2 B:o"),
            (.successorOf, "A:o ~4 evolved|emerged|grew|arose|formed|born ~2 from|out of? B:o"),
            (.successorOf, "A:o ~4 evolved|emerged|grew|arose|rose|born ~2 from|out of? the? remnants|ashes|ruins|core of B:o"),
            (.successorOf, "B ~4 merged|joined|united|combined ~6 to form|create|found A:o"),

            // MARK: split-from (splinter → parent)
            (.splitFrom, "A ~4 split|splits|splitting|broke|breaks|breaking|broken|splintered|defected|separated|seceded|withdrew|break|severed|cut ~2 away|off|ties? from|with B"),
            (.splitFrom, "<A:o , a|an|the ~10 splitting|breaking|splintering|seceding|defecting|separating away? from B:o"),
            (.splitFrom, "<A:o , a|an|the ~6 that|which broke|split|splintered|seceded|defected|separated|broken away|off? from B:o"),
            (.splitFrom, "A ~3 split|break|breakaway|separation|secession|rupture|divorce from B"),
            (.splitFrom, "<A:o , a|an|the? ~3 splinter|breakaway|offshoot|spinoff ~2 group|faction|movement? of|from B"),
            (.splitFrom, "B ~3 splinter|breakaway|offshoot ~2 group|faction|movement , A"),
        ]
        let built = rules.map { RelationPattern($0.0, $0.1, lexicon: &lexicon) }
        patterns = built
        unanchored = built.indices.filter { built[$0].anchors.isEmpty }
        patternWordLimit = (built.map { $0.bits.count }.max() ?? 0) * 64
        var byAnchor = Array(repeating: [Int32](), count: patternWordLimit)
        for (index, pattern) in built.enumerated() {
            for anchor in Set(pattern.anchors) { byAnchor[Int(anchor)].append(Int32(index)) }
        }
        var starts: [Int32] = [0]
        for patterns in byAnchor { starts.append(starts.last! + Int32(patterns.count)) }
        anchorStart = starts
        anchoredPatterns = byAnchor.flatMap { $0 }
        var requirements: [Requirement] = []
        var requirementStart = [0]
        for pattern in built {
            for element in pattern.required where !element.isEmpty {
                for (offset, chunk) in element.enumerated() {
                    requirements.append(Requirement(chunk: chunk.index, mask: chunk.mask, endsElement: offset == element.count - 1))
                }
            }
            requirementStart.append(requirements.count)
        }
        self.requirements = requirements
        self.requirementStart = requirementStart
    }

    /// Every relation the rules find in the document.
    func relations(in reader: DocumentReader) -> [FoundRelation] {
        var found: [FoundRelation] = []
        struct Seen: Hashable { var sentence: Int, source: Int, kind: RelationKind, target: Int }
        var seen: Set<Seen> = []
        // The regime named for a ruler, looked up once per ruler and document.
        var regimeFor: [Int: Int?] = [:]
        // Per sentence: the last position of each pattern's anchor, or -1 when it is absent.
        var lastAnchor = Array(repeating: -1, count: patterns.count)
        var candidates: [Int] = []
        // Per sentence: which of the words the patterns use it holds, as a bit set.
        var present = Array(repeating: UInt64(0), count: (patternWordLimit + 63) / 64)
        var matcher = RelationMatcher(reader: reader, words: words)
        var scratch = RelationMatcher.Binding()
        let tokens = reader.tokens
        for (number, range) in reader.sentences.enumerated() where !reader.skipped.contains(number) {
            // A relation needs two actors: two named here, or one named and one referred to.
            guard matcher.begin(sentence: number, range: range) else { continue }
            var hedged = false
            candidates.removeAll(keepingCapacity: true)
            for i in range {
                let word = Int(tokens[i].word)
                if words.hedges.contains(tokens[i].word) { hedged = true }
                guard word < patternWordLimit else { continue }
                present[word >> 6] |= 1 << UInt64(word & 63)
                for k in anchorStart[word]..<anchorStart[word + 1] {
                    let p = Int(anchoredPatterns[Int(k)])
                    if lastAnchor[p] < 0 { candidates.append(p) }
                    lastAnchor[p] = i
                }
            }
            for p in unanchored {
                candidates.append(p)
                lastAnchor[p] = range.upperBound - 1
            }
            // Rules run in their written order: commands found earlier feed "his group" later.
            candidates.sort()
            defer {
                for p in candidates { lastAnchor[p] = -1 }
                for i in range where Int(tokens[i].word) < patternWordLimit { present[Int(tokens[i].word) >> 6] = 0 }
            }
            for p in candidates {
                let pattern = patterns[p]
                guard isPossible(p, given: present) else { continue }
                for binding in matcher.match(pattern, lastAnchor: lastAnchor[p], scratch: &scratch) {
                    // "denied backing", "does not support": a negation in or just before the match.
                    if marked(words.negations, binding, before: 2, reader: reader, range: range) { continue }
                    // "pledged to combat", "sees an opportunity to eradicate": intentions are not fighting.
                    if pattern.kind == .fights && marked(words.intentions, binding, before: 4, reader: reader, range: range) { continue }
                    // "fought alongside X" is fighting together, not against.
                    if pattern.kind == .fights && marked(words.companions, binding, reader: reader, range: range) { continue }
                    // "cut ties with X", "severed links to X": ties ended are no alliance.
                    if pattern.kind == .alliedWith && marked(words.severance, binding, before: 2, reader: reader, range: range) { continue }
                    // "a splinter group of X" is not a group of X.
                    if pattern.kind == .memberOf && marked(words.splinters, binding, reader: reader, range: range) { continue }
                    // Former when a past mark stands inside the match or just around it.
                    let former = binding.former || marked(words.formerMarks, binding, before: 3, after: 3, reader: reader, range: range)
                    var targets = binding.targets
                    if pattern.kind == .designatedBy || pattern.kind == .sanctionedBy {
                        // "Erdogan ... branding it a terrorist organization": a head of state
                        // designates on the state's behalf (ANNOTATION.md).
                        targets = targets.map { target in
                            guard reader.kinds[target] == .person, let led = matcher.leaderOf[reader.roots[target]],
                                  reader.kinds[led] == .state || reader.kinds[led] == .government else { return target }
                            return led
                        }
                    }
                    if pattern.kind == .commands {
                        // A head of state commands the regime named apart from the country when the
                        // document names one after them ("Syria's leader Assad" and "the Assad regime").
                        targets = targets.map { target in
                            guard let person = binding.sources.first, reader.kinds[target] == .state,
                                  reader.kinds[person] == .person else { return target }
                            let root = reader.roots[person]
                            if let known = regimeFor[root] { return known ?? target }
                            let regime = governmentNamedFor(person: person, reader: reader)
                            regimeFor[root] = .some(regime)
                            return regime ?? target
                        }
                    }
                    for source in binding.sources {
                        for target in targets where reader.roots[source] != reader.roots[target] {
                            guard fits(pattern.kind, source: source, target: target, reader: reader) else { continue }
                            let key = Seen(sentence: number, source: reader.roots[source], kind: pattern.kind,
                                           target: reader.roots[target])
                            guard seen.insert(key).inserted else { continue }
                            if pattern.kind == .commands { matcher.leaderOf[reader.roots[source]] = reader.roots[target] }
                            found.append(FoundRelation(source: source, target: target, kind: pattern.kind,
                                                       sentence: number, hedged: hedged, former: former,
                                                       rule: pattern.label))
                        }
                    }
                }
            }
        }
        return found
    }

    /// The document's government actor whose name carries the surname of `person`, a head
    /// of state: "Assad regime" for Bashar al-Assad.
    private func governmentNamedFor(person: Int, reader: DocumentReader) -> Int? {
        guard let surname = NameFolding.looseWords(ofFolded: reader.actors[reader.roots[person]].key).last else { return nil }
        return reader.actors.indices.first { index in
            reader.roots[index] == index && reader.kinds[index] == .government && reader.actors[index].mentionCount > 0
                && NameFolding.looseWords(ofFolded: reader.actors[index].key).contains(surname)
        }
    }

    /// Types constrain their ends (ANNOTATION.md): only persons command; a state's own
    /// agencies and officials are not members of it.
    private func fits(_ kind: RelationKind, source: Int, target: Int, reader: DocumentReader) -> Bool {
        let s = reader.kinds[source]
        let t = reader.kinds[target]
        switch kind {
        case .commands: return s == .person && t != .person
        case .memberOf: return t != .person && !(t == .state && (s == .agency || s == .person))
        case .sanctionedBy, .designatedBy: return t != .person
        case .successorOf, .splitFrom: return s != .person && t != .person
        case .backs: return s != .person || t == .person
        default: return true
        }
    }

    /// Whether a word of `set` (not inside an actor's name) stands in the match, widened by
    /// `before` tokens to its left and `after` to its right, within the sentence.
    private func marked(_ set: WordSet, _ binding: RelationMatcher.Binding, before: Int = 0, after: Int = 0,
                        reader: DocumentReader, range: Range<Int>) -> Bool {
        let from = max(range.lowerBound, binding.first - before)
        let to = min(range.upperBound, binding.last + after)
        guard from < to else { return false }
        return (from..<to).contains { reader.mentionAt[$0] < 0 && set.contains(reader.tokens[$0].word) }
    }
}
