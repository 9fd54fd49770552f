/// One hand rule as it is declared: the relation it reads, its pattern (``RelationPattern``),
/// and sentences written to show it, so that a rule cannot exist without the evidence that
/// it works, and a reader sees its reach where it is written.
struct RelationRule: Sendable, CustomStringConvertible {
    let kind: RelationKind
    let pattern: String
    /// Sentences the rule must read; the first states the relation ``source`` → ``target``.
    let examples: [String]
    /// The canonical names of the first example's source and target.
    let source: String
    let target: String
    /// Why the rule never finds a relation first in the built-in set, when it does not: an
    /// earlier rule reads every sentence it reads and claims the relation (one finding per
    /// sentence, pair and kind). Such a rule is tested on its own, and its examples checked
    /// to be found by some rule.
    let shadowed: String?

    init(_ kind: RelationKind, _ pattern: String, _ example: String, _ source: String, _ target: String,
         more: [String] = [], shadowed: String? = nil) {
        self.kind = kind
        self.pattern = pattern
        self.examples = [example] + more
        self.source = source
        self.target = target
        self.shadowed = shadowed
    }

    /// As evidence names the rule (``RelationPattern/label``).
    var description: String { "\(kind.rawValue): \(pattern)" }
}

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

    // The word classes of several rules, as pattern alternatives (`backed|supported|...`). The
    // words live in ``Vocabulary``; these names stay because the model's cue classes use them.
    static let backed = Vocabulary.backedWords.joined(separator: "|")
    static let backing = Vocabulary.backingVerbs.joined(separator: "|")
    static let leaderRole = Vocabulary.leaderRoles.joined(separator: "|")
    static let memberRole = Vocabulary.memberRoles.joined(separator: "|")
    static let memberRoleIn = Vocabulary.memberRolesIn.joined(separator: "|")
    static let partNoun = Vocabulary.partNouns.joined(separator: "|")
    static let led = Vocabulary.ledParticiples.joined(separator: "|")
    static let leads = Vocabulary.leadVerbs.joined(separator: "|")
    static let fight = Vocabulary.fightVerbs.joined(separator: "|")
    static let attackNoun = Vocabulary.attackNouns.joined(separator: "|")
    static let sanction = Vocabulary.sanctionNouns.joined(separator: "|")
    static let designate = Vocabulary.designateVerbs.joined(separator: "|")
    static let terror = Vocabulary.terrorWords.joined(separator: "|")
    static let be = Vocabulary.beVerbs.joined(separator: "|")
    static let rankAdjective = Vocabulary.rankAdjectives.joined(separator: "|")

    /// The built-in rules, in the order they run: a rule earlier in a section claims a
    /// relation before a later one can (one finding per sentence, pair and kind), so the
    /// general constructions come after the specific ones they would swallow.
    ///
    /// Every example is a sentence written for its rule, never one taken from an article;
    /// `RuleExampleTests` runs each through the extractor and checks that its rule reads the
    /// relation named. Keeping the examples beside the pattern makes a rule's reach readable
    /// where it is declared and keeps an edit to a pattern honest.
    static let declarations: [RelationRule] = {
        let b = Self.self
        return [
            // MARK: backs (supporter → supported)
            RelationRule(.backs, "A:m - \(b.backed) ~2 B:o",
                         "The Turkish-backed Hamza Division entered the town.", "Turkey", "Hamza Division"),
            RelationRule(.backs, "B , a|an|the ~3 A:m - \(b.backed)",
                         "Hamza Division, a Turkish-backed faction, entered the town.", "Turkey", "Hamza Division"),
            RelationRule(.backs, "B ,? which|who|that? ~8 \(b.backed) ~2 by A+",
                         "Harakat al-Nujaba, which is funded by Iran, sent fighters north.", "Iran", "Harakat al-Nujaba"),
            RelationRule(.backs, "B ~8 \(b.backed) by A+",
                         "Kataib Hezbollah is armed by Iran.", "Iran", "Kataib Hezbollah",
                         shadowed: "the rule before (\"B ,? which? ~8 backed ~2 by A+\") reads every sentence this one does"),
            RelationRule(.backs, "A ~3 \(b.backing) ~2 B+:o",
                         "Iran backs Hezbollah.", "Iran", "Hezbollah"),
            RelationRule(.backs, "A+ ~3 \(b.backing) ~5 including|like|notably|especially|among them|those? ,? B+:o",
                         "Iran funds several militias, including Kataib Hezbollah.", "Iran", "Kataib Hezbollah"),
            RelationRule(.backs, "A ~3 provided|provides|providing|supplied|supplies|supplying|sent|sends|delivered|gave|gives|giving|offered|offering ~8 to B+",
                         "Iran sent drones and rockets to the Houthis.", "Iran", "Houthis"),
            RelationRule(.backs, "A 's ~3 proxy|proxies|client|clients ~4 B",
                         "Iran's proxy militia Hezbollah fired rockets.", "Iran", "Hezbollah"),
            RelationRule(.backs, "B \(b.be)? ~4 a|an|the ~2 proxy|proxies|client|clients|puppet|puppets of|for A",
                         "Hezbollah is a proxy of Iran.", "Iran", "Hezbollah"),
            RelationRule(.backs, "B \(b.be) a|an|the ~3 A:m - \(b.backed)",
                         "Hamza Division is a Turkish-backed faction.", "Turkey", "Hamza Division"),
            RelationRule(.backs, "A ~3 provided|provides|providing|supplied|supplies|supplying|armed|arms|arming|equipped|equips B+ with",
                         "Iran supplied the Houthis with drones.", "Iran", "Houthis"),
            RelationRule(.backs, "A 's ~2 support|backing|patronage|sponsorship|funding|aid|assistance for|of|to B",
                         "Iran's support for Hezbollah grew after 2006.", "Iran", "Hezbollah"),
            RelationRule(.backs, "^A ~12 proxy ~4 , B",
                         "Iran built a proxy force, Hezbollah, in the 1980s.", "Iran", "Hezbollah"),
            RelationRule(.backs, "A ~4 support|backing|patronage for|of|to B",
                         "Russia voiced support for the Assad regime.", "Russia", "Assad regime"),
            RelationRule(.backs, "support|backing for B , ~3 A",
                         "Support for the Houthis, Iran said, would continue.", "Iran", "Houthis"),
            RelationRule(.backs, "^A providing|offering|provided|offered|giving|gave|supplying|supplied ~6 to ~3 B+",
                         "Iran, according to officials in the region, supplied drones to the Houthis.", "Iran", "Houthis"),
            RelationRule(.backs, "A ~3 facilitated|helped|assisted|enabled|sponsored|organized|organised|orchestrated ~3 formation|creation|establishment|founding of B",
                         "Iran orchestrated the founding of Hezbollah in 1982.", "Iran", "Hezbollah"),
            RelationRule(.backs, "B ~6 in|within A 's ~3 proxy|proxies",
                         "Hezbollah is the strongest force within Iran's proxy network.", "Iran", "Hezbollah"),
            RelationRule(.backs, "B 's ~2 backer|backers|patron|patrons|sponsor|sponsors|supporter|supporters , A+",
                         "Hezbollah's main backer, Iran, sent funds.", "Iran", "Hezbollah"),
            RelationRule(.backs, "A , B 's ~2 backer|backers|patron|patrons|sponsor|sponsors|supporter|ally",
                         "Iran, Hezbollah's main backer, sent funds.", "Iran", "Hezbollah"),
            RelationRule(.backs, "A ~6 vowed|pledged|promised|continues|continued ~2 to support|back|arm|fund B",
                         "Russia pledged to support the Assad regime.", "Russia", "Assad regime"),
            RelationRule(.backs, "B ~4 receive|receives|received|receiving|enjoys|enjoyed|relies|relied|gets|got|obtains|obtained ~4 support|backing|funding|weapons|arms|money|training ~3 from A+",
                         "The Houthis receive weapons from Iran.", "Iran", "Houthis"),
            RelationRule(.backs, "B ~3 relied|relies|relying|depended|depends|depending|leaned|leans ~2 on|upon ~3 A+:m",
                         "The Assad regime relied heavily on Russia.", "Russia", "Assad regime"),
            RelationRule(.backs, "A \(b.be) ~3 B 's ~4 backer|backers|patron|patrons|sponsor|sponsors|supporter|supporters|protector",
                         "Russia was the Assad regime's main protector.", "Russia", "Assad regime"),
            RelationRule(.backs, "B ~10 under A 's ~2 protection|patronage|sponsorship|umbrella",
                         "The Houthis operate under Iran's protection.", "Iran", "Houthis"),

            // MARK: commands (person → organization led)
            RelationRule(.commands, "<A:p , a|an|the? ~2 \(b.leaderRole) of|for B+:o",
                         "Sayf Abu Bakir, the commander of the Hamza Division, met officials.", "Sayf Abu Bakir", "Hamza Division"),
            RelationRule(.commands, "<A:p , who|whom ~3 \(b.leads) B+:o",
                         "Mazloum Abdi, who leads the Syrian Democratic Forces, met officials.", "Mazloum Abdi", "Syrian Democratic Forces"),
            RelationRule(.commands, "A:p \(b.be)? ~3 the ~3 \(b.leaderRole) of B:o",
                         "Naim Qassem is the leader of Hezbollah.", "Naim Qassem", "Hezbollah"),
            RelationRule(.commands, "A:p \(b.be)? ~3 a|an \(b.leaderRole) of B:o",
                         "Naim Qassem is a founder of Hezbollah.", "Naim Qassem", "Hezbollah"),
            // "a senior leader of", "a commander in": one of its leaders, so one of its members.
            RelationRule(.memberOf, "A:p \(b.be)? ~3 a|an ~2 \(b.rankAdjective) \(b.leaderRole) of|in|within B:o",
                         "Sheikh Karim Haddad is a senior leader of Hezbollah.", "Karim Haddad", "Hezbollah"),
            RelationRule(.memberOf, "A:p \(b.be) a|an ~2 \(b.memberRoleIn) in|within B:o",
                         "Sheikh Karim Haddad is a commander in Hezbollah.", "Karim Haddad", "Hezbollah"),
            RelationRule(.commands, "A:p ~12 as|became|becomes|named|appointed|elected ~2 \(b.leaderRole) of B:o",
                         "Naim Qassem became secretary general of Hezbollah.", "Naim Qassem", "Hezbollah"),
            RelationRule(.commands, "B:o ,? which|that|who? \(b.be)? \(b.be)? once|formerly|previously|originally|long|later|now? \(b.led) by ~7 A:p",
                         "Hezbollah, which is led by Naim Qassem, fired rockets.", "Naim Qassem", "Hezbollah"),
            RelationRule(.commands, "B:o \"? ,? which|that A:p announced|formed|founded|established|created|launched|set",
                         "Hayat Tahrir al-Sham, which Ahmed al-Sharaa founded, took the city.", "Ahmed al-Sharaa", "Hayat Tahrir al-Sham"),
            RelationRule(.commands, "A:p ~3 announced|formed|founded|established|created|launched ~2 the|a? new? B:o",
                         "Ahmed al-Sharaa founded Jabhat al-Nusra.", "Ahmed al-Sharaa", "Jabhat al-Nusra"),
            RelationRule(.commands, "B:om 's? then? -? prime minister A:p",
                         "Israel's prime minister Benjamin Netanyahu spoke.", "Benjamin Netanyahu", "Israel"),
            RelationRule(.commands, "A:p ,? who? \(b.leads) B+:o",
                         "Mazloum Abdi leads the Syrian Democratic Forces.", "Mazloum Abdi", "Syrian Democratic Forces"),
            RelationRule(.commands, "B:o ~2 leader|commander|chief|head|director|founder|chairman|emir|president|secretary A:p",
                         "Hezbollah leader Naim Qassem spoke on television.", "Naim Qassem", "Hezbollah"),
            RelationRule(.commands, "B:om president|premier|king|emir|chancellor|ruler A:p",
                         "Russian President Vladimir Putin spoke.", "Vladimir Putin", "Russia"),
            RelationRule(.commands, "under A:p 's ~2 rule|leadership|command|reign|presidency ,? B:o",
                         "Under Bashar al-Assad's rule, Syria was isolated.", "Bashar al-Assad", "Syria"),
            RelationRule(.commands, "B:o ,? ~3 under the command|leadership|control|orders of A:p",
                         "The Tiger Forces fought under the command of Suhail al-Hassan.", "Suhail al-Hassan", "Tiger Forces"),
            RelationRule(.commands, "<A:p , a|an|the? ~1 commander - in - chief of|for B+:o",
                         "Vladimir Putin, the commander-in-chief of the Russian Armed Forces, spoke.", "Vladimir Putin", "Russian Armed Forces"),
            RelationRule(.commands, "B:o ~3 under A:p 's ~2 rule|leadership|command|reign|presidency",
                         "Syria suffered under Bashar al-Assad's rule.", "Bashar al-Assad", "Syria"),
            RelationRule(.commands, "B:o 's ~3 \(b.leaderRole) ,? A:p",
                         "Hezbollah's secretary general, Naim Qassem, spoke.", "Naim Qassem", "Hezbollah"),
            RelationRule(.commands, "A:p 's B:o",
                         "Abu Amsha's Sultan Suleiman Shah Division seized the village.", "Abu Amsha", "Sultan Suleiman Shah Division"),
            RelationRule(.commands, "B:or leader|commander|chief|head|founder|director|chairman|emir , A:p",
                         "The Hamza Division entered the town. Its commander, Sayf Abu Bakir, praised the fighters.",
                         "Sayf Abu Bakir", "Hamza Division"),
            RelationRule(.commands, "\(b.leaderRole) of B:o , A:p",
                         "The leader of Hezbollah, Naim Qassem, spoke.", "Naim Qassem", "Hezbollah"),

            // MARK: member-of (part → whole)
            RelationRule(.memberOf, "<A , a|an|the? ~3 \(b.memberRoleIn) in|at|with|inside|within B:o",
                         "Abu Maria al-Qahtani, a senior figure in Hayat Tahrir al-Sham, spoke to reporters.",
                         "Abu Maria al-Qahtani", "Hayat Tahrir al-Sham"),
            RelationRule(.memberOf, "<A , a|an|the? ~4 \(b.memberRole) for ~3 at|with B:o",
                         "Layla Nassar, a researcher for security studies at the Middle East Institute, wrote a report.",
                         "Layla Nassar", "Middle East Institute"),
            RelationRule(.memberOf, "A ~2 within|inside B:o",
                         "The Quds Force operates within the Islamic Revolutionary Guard Corps.",
                         "Quds Force", "Islamic Revolutionary Guard Corps"),
            RelationRule(.memberOf, "<A:o , a|an|the? ~3 \(b.partNoun) of|in|within B:o",
                         "The Hamza Division, a faction of the Syrian National Army, entered the town.",
                         "Hamza Division", "Syrian National Army"),
            RelationRule(.memberOf, "<A:o , one of the ~3 \(b.partNoun) of|in|within B:o",
                         "The Hamza Division, one of the largest armed factions in the Syrian National Army, entered the town.",
                         "Hamza Division", "Syrian National Army"),
            RelationRule(.memberOf, "A , ~10 , joined|joins|merged|integrated|folded|absorbed ~2 into|in|with? B:o",
                         "Jaysh al-Islam, long based near the capital, joined the Syrian National Army.",
                         "Jaysh al-Islam", "Syrian National Army"),
            RelationRule(.memberOf, "A:o , B:o 's ~3 \(b.partNoun)",
                         "Hurras al-Din, al-Qaeda's branch, rejected the truce.", "Hurras al-Din", "al-Qaeda"),
            RelationRule(.memberOf, "A+ \(b.be)? ~3 part|member|members|component|branch|wing|affiliate|faction of B:o",
                         "The Hamza Division is part of the Syrian National Army.", "Hamza Division", "Syrian National Army"),
            RelationRule(.memberOf, "A+ \(b.be)? ~4 joined|joins|join|joining|integrated|merged|absorbed|incorporated|folded ~2 into|in|with? B:o",
                         "Faylaq al-Sham joined the National Front for Liberation.", "Faylaq al-Sham", "National Front for Liberation"),
            // A whole and the list of its parts: "the units of B include A, C and D".
            RelationRule(.memberOf, "\(b.partNoun) of the? B:o \(b.be)? ~2 include|includes|included|including|comprise|comprises|comprised the? A+:o",
                         "The main factions of the Northern Alliance include the Lion Brigade and the Eagle Battalion.",
                         "Eagle Battalion", "Northern Alliance"),
            RelationRule(.memberOf, "B:o ~2 consists|consisted|comprises|comprised|composed|made ~5 such|including|like|of as? the? A+:o",
                         "The Northern Alliance consists of several factions such as the Lion Brigade and the Eagle Battalion.",
                         "Lion Brigade", "Northern Alliance"),
            // "senior B member A", "two B leaders, A and C": named as B's people.
            RelationRule(.memberOf, "senior|veteran|prominent B:om member|members|official|officials|operative|operatives|figure A:p",
                         "The unit answers to senior Northern Alliance member Karim Haddad.", "Karim Haddad", "Northern Alliance"),
            RelationRule(.memberOf, "B:om leaders|commanders|officials|members|operatives|financiers|facilitators|figures , A+:p",
                         "Treasury named two Northern Alliance leaders, Sheikh Karim Haddad and Colonel Sami Nour.", "Sami Nour", "Northern Alliance"),
            // "one of the Northern Alliance's commanders, A"; "the group's spokesman, A".
            RelationRule(.memberOf, "one of the? B:o 's ~2 leaders|commanders|officials|members|founders|figures|operatives ,? A:p",
                         "One of the Northern Alliance's field commanders, Colonel Sami Nour, was killed.", "Sami Nour", "Northern Alliance"),
            RelationRule(.memberOf, "B:o 's ~2 spokesman|spokeswoman|spokesperson ,? A:p",
                         "The Northern Alliance's spokesman, Sheikh Karim Haddad, denied the report.", "Karim Haddad", "Northern Alliance"),
            RelationRule(.memberOf, "B:om \(b.partNoun) ,|including|like|such|as? as? the? A+:o",
                         "Syrian National Army factions such as the Hamza Division entered the town.",
                         "Hamza Division", "Syrian National Army"),
            RelationRule(.memberOf, "A:p ~6 a|an former|ex -? B+:om \(b.memberRoleIn)",
                         "Abu Maria al-Qahtani was a former al-Qaeda official.", "Abu Maria al-Qahtani", "al-Qaeda"),
            RelationRule(.memberOf, "former|ex -? B+:om \(b.memberRoleIn) ,? A:p",
                         "Former al-Qaeda official Abu Maria al-Qahtani spoke.", "Abu Maria al-Qahtani", "al-Qaeda"),
            RelationRule(.memberOf, "A:p \(b.be)? ~2 a|an? former? \(b.memberRole) of B:o",
                         "Naim Qassem is an official of Hezbollah.", "Naim Qassem", "Hezbollah"),
            RelationRule(.memberOf, "A:p ~3 served|serves|serving|enlisted ~2 in|with|within B:o",
                         "Suhail al-Hassan served in the Syrian Army.", "Suhail al-Hassan", "Syrian Army"),
            RelationRule(.memberOf, "B:o 's A:o",
                         "The Syrian Army's 4th Division shelled the town.", "4th Division", "Syrian Army"),
            RelationRule(.memberOf, "A:o \(b.be) ~3 B:o 's ~2 \(b.partNoun)|affiliate|branch|franchise|arm",
                         "Hurras al-Din is al-Qaeda's official branch.", "Hurras al-Din", "al-Qaeda"),
            // Designation notices: "a front company owned or controlled by B".
            RelationRule(.memberOf, "A:o , a|an|the|which|that? ~6 owned|controlled|directed ~4 by B:o",
                         "Noor Trading LLC, a front company owned or controlled by Hezbollah, moved funds.",
                         "Noor Trading LLC", "Hezbollah"),
            RelationRule(.memberOf, "A:o \(b.be) ~3 owned|controlled|directed ~4 by B:o",
                         "Noor Trading LLC is owned or controlled by Hezbollah.", "Noor Trading LLC", "Hezbollah"),
            // "The main units of B are A, C and D."
            RelationRule(.memberOf, "\(b.partNoun) of the? B:o are|were the? A+:o",
                         "The main factions of the Northern Alliance are the Lion Brigade and the Eagle Battalion.",
                         "Eagle Battalion", "Northern Alliance"),
            // "A was an Arab-majority militia of B."
            RelationRule(.memberOf, "A:o \(b.be) a|an|the ~4 militia|force|battalion|regiment|brigade|division|contingent|formation of|within B:o",
                         "The Eagle Battalion was an Arab-majority militia of the Northern Alliance.",
                         "Eagle Battalion", "Northern Alliance"),
            RelationRule(.memberOf, "B:o \(b.be)? ~2 dominated ~2 by A:o",
                         "The Syrian Democratic Forces are dominated by the YPG.", "People’s Protection Units", "Syrian Democratic Forces"),
            RelationRule(.memberOf, "A:o \(b.be)? ~3 affiliate|affiliated|branch|franchise|arm ~2 of|with|to B:o",
                         "Hurras al-Din is affiliated with al-Qaeda.", "Hurras al-Din", "al-Qaeda"),
            RelationRule(.memberOf, "<A:o , a|an|the? ~8 affiliate|branch|wing|franchise|offshoot of B:o",
                         "Hurras al-Din, a small but fiercely loyal affiliate of al-Qaeda, rejected the truce.",
                         "Hurras al-Din", "al-Qaeda"),

            // MARK: allied-with (symmetric)
            RelationRule(.alliedWith, "A ~4 fought|fighting|fights|battled|served|deployed|operating|operated ~2 alongside|beside B:m",
                         "Hezbollah fought alongside the Syrian Army.", "Hezbollah", "Syrian Army"),
            RelationRule(.alliedWith, "^A fought|fighting|fights|battled|served|operating|operated ~2 alongside|beside B:m",
                         "Hezbollah, according to officials, fought alongside the Syrian Army.", "Hezbollah", "Syrian Army"),
            RelationRule(.alliedWith, "A ~4 allied|aligned|allies|allying|ally|sided|partnered|cooperating|cooperated|collaborated|collaborating|coordinated|coordinating|coordinates with B",
                         "The Hamza Division coordinated with the Sultan Murad Division.", "Hamza Division", "Sultan Murad Division"),
            RelationRule(.alliedWith, "A and B \(b.be) ~3 allies|allied|partners|aligned",
                         "Iran and Russia are allies.", "Iran", "Russia"),
            RelationRule(.alliedWith, "A ~4 fought|fighting|fights|battled|served on the side|behalf of B",
                         "Hezbollah fought on the side of the Assad regime.", "Hezbollah", "Assad regime"),
            RelationRule(.alliedWith, "<A , a|an|the? ~3 ally|allies|partner|partners of B",
                         "Devlet Bahceli, a close ally of Erdogan, spoke.", "Devlet Bahçeli", "Recep Tayyip Erdoğan"),
            RelationRule(.alliedWith, "<A ~12 and a|an|the ~2 ally|partner of B",
                         "Devlet Bahceli, leader of the Nationalist Movement Party and an ally of Erdogan, spoke.",
                         "Devlet Bahçeli", "Recep Tayyip Erdoğan"),
            RelationRule(.alliedWith, "A ~5 ties|links|relations|relationship|connections|alliance|partnership ~2 to|with B",
                         "Hamas has close ties with Hezbollah.", "Hamas", "Hezbollah"),
            RelationRule(.alliedWith, "A ~6 ties|links|connections|alliance ~2 to|with ~8 ,? including|notably|especially|such|like as? B+",
                         "Iran has ties to several armed groups, including Hamas.", "Iran", "Hamas"),
            RelationRule(.alliedWith, "alliance|partnership|coalition|pact|friendship|rapprochement|cooperation between A and B",
                         "The alliance between Iran and Russia deepened.", "Iran", "Russia"),
            RelationRule(.alliedWith, "A and B ~4 formed|forged|signed|announced|joined ~3 alliance|pact|partnership|coalition",
                         "Iran and Russia signed a strategic pact.", "Iran", "Russia"),
            RelationRule(.alliedWith, "A:o , a|an ~3 B:m - linked|allied|aligned",
                         "Kataib Hezbollah, an Iran-aligned militia, fired rockets.", "Kataib Hezbollah", "Iran"),
            RelationRule(.alliedWith, "A:o \(b.be) a|an|the ~3 B:m - linked|allied|aligned",
                         "Kataib Hezbollah is an Iran-aligned militia.", "Kataib Hezbollah", "Iran"),
            RelationRule(.alliedWith, "A \(b.be)? ~3 linked|tied|close|closely ~2 to|with B",
                         "Hurras al-Din is closely tied to al-Qaeda.", "Hurras al-Din", "al-Qaeda"),
            RelationRule(.alliedWith, "<A , a|an|the ~4 linked|tied|allied|aligned|affiliated to|with B",
                         "Kataib Hezbollah, a large militia long allied with Iran, fired rockets.", "Kataib Hezbollah", "Iran"),
            RelationRule(.alliedWith, "A:o \(b.be)? ~3 allied|aligned ~2 to|with B",
                         "Kataib Hezbollah is allied to Iran.", "Kataib Hezbollah", "Iran"),

            // MARK: pledged-allegiance-to (subordinate → patron)
            RelationRule(.pledgedAllegianceTo, "A ~8 pledged|pledge|pledging|declared|declare|declaring|swore|swear|swearing|sworn|vowed|offered|reaffirmed|announced ~2 allegiance|loyalty|fealty|bay'ah|baya to B",
                         "Hurras al-Din pledged allegiance to al-Qaeda.", "Hurras al-Din", "al-Qaeda"),
            RelationRule(.pledgedAllegianceTo, "A ~4 allegiance|loyalty to B",
                         "Hurras al-Din kept its allegiance to al-Qaeda.", "Hurras al-Din", "al-Qaeda"),
            RelationRule(.pledgedAllegianceTo, "A \(b.be)? ~2 loyal to B",
                         "The Tiger Forces were loyal to Bashar al-Assad.", "Tiger Forces", "Bashar al-Assad"),
            RelationRule(.pledgedAllegianceTo, "^A remains|remained|stays|stayed|is|was|are|were ~2 loyal to B",
                         "The Tiger Forces, despite heavy losses, remained loyal to Bashar al-Assad.", "Tiger Forces", "Bashar al-Assad"),
            RelationRule(.pledgedAllegianceTo, "B:m loyalists|supporters|followers|partisans ~3 dubbed|called|calling|named|known|styled ~2 as? A:o",
                         "Assad loyalists formed a militia called the Coastal Shield Brigade.", "Coastal Shield Brigade", "Bashar al-Assad"),

            // MARK: sanctioned-by (sanctioned → sanctioning body)
            RelationRule(.sanctionedBy, "B+ ~6 imposed|imposes|impose|imposing|slapped|levied|announced|issued|placed|unveiled|introduced ~3 \(b.sanction) on|against ~6 A+",
                         "The United States imposed sanctions on Hezbollah.", "Hezbollah", "United States"),
            RelationRule(.sanctionedBy, "A+ \(b.be)? ~3 sanctioned by B+",
                         "Hezbollah was sanctioned by the European Union.", "Hezbollah", "European Union"),
            RelationRule(.sanctionedBy, "B+ \(b.be)? ~3 sanctioned|sanctions|sanctioning A+",
                         "The United States sanctioned Kataib Hezbollah.", "Kataib Hezbollah", "United States"),
            RelationRule(.sanctionedBy, "B+ \(b.be)? ~3 sanctioned|sanctions|sanctioning|blacklisted ~8 , including|among|notably A+",
                         "The United States sanctioned several militias, including Harakat al-Nujaba.", "Harakat al-Nujaba", "United States"),
            RelationRule(.sanctionedBy, "B 's ~2 \(b.sanction) on|against ~6 A+",
                         "The European Union's sanctions on Hezbollah remain.", "Hezbollah", "European Union"),
            RelationRule(.sanctionedBy, "\(b.sanction) ~3 imposed|placed|announced ~2 by B+ on|against ~6 A+",
                         "Sanctions imposed by the European Union on Hezbollah took effect.", "Hezbollah", "European Union"),
            RelationRule(.sanctionedBy, "\(b.sanction) ~3 on|against ~4 A+ ~4 by B+",
                         "Sanctions on Hezbollah announced by the United States took effect.", "Hezbollah", "United States"),

            // Designation notices: designating persons and companies under an executive order
            // is a sanction, unless the order is the terrorism one (then it is designated-by).
            RelationRule(.sanctionedBy, "B+ \(b.be)? ~3. designated|designating|designates|designate ~10 A+ ~12 pursuant|under ~3 executive|e ~3 order|o",
                         "The Department of State is designating Hamas and Hezbollah under Executive Order 14115.",
                         "Hamas", "U.S. State Department"),
            RelationRule(.sanctionedBy, "imposition|imposing ~2 of ~3 \(b.sanction) ~3 by B+ against|on|targeting ~6 A+",
                         "The imposition of sanctions by the United States against Hamas continued.", "Hamas", "United States"),
            RelationRule(.sanctionedBy, "B+ ~3 added|adds|adding|placed|places|put|puts A+ ~2 to|on its|the|their ~4 sanctions|sdn ~2 list|lists",
                         "The United Nations added Hamas to its sanctions list.", "Hamas", "United Nations"),

            // MARK: designated-by (designated → designating body)
            RelationRule(.designatedBy, "B+ \(b.be)? ~3. designated|designating|designates|designate ~10 A+ ~16 13224",
                         "The Department of State designated Hamas under Executive Order 13224.", "Hamas", "U.S. State Department"),
            RelationRule(.designatedBy, "A+ ,? a|an|the? ~2 group|organization|organisation|entity|militia|movement? ~2 \(b.designate) ~6 by B+",
                         "Hezbollah, a group designated as terrorist by the United States, fired rockets.", "Hezbollah", "United States"),
            RelationRule(.designatedBy, "A+ ~4 \(b.designate) as ~5 \(b.terror) ~4 by B+",
                         "Hamas was designated as a foreign terrorist organization in 1997 by the United States.", "Hamas", "United States"),
            RelationRule(.designatedBy, "B+ ~5. designation|designations of A+ as ~5 \(b.terror)",
                         "The Department of State today announced the designation of the Red Hand Brigade and the Stone Front as Foreign Terrorist Organizations.",
                         "Red Hand Brigade", "U.S. State Department"),
            RelationRule(.designatedBy, "B+ ~4. \(b.designate) A+ as|a ~4 \(b.terror)",
                         "The United States designated Hamas as a terrorist group.", "Hamas", "United States"),
            RelationRule(.designatedBy, "\(b.designate) A+ as ~4 \(b.terror) ~4 , B",
                         "Designating Hamas as a terrorist group in 1997, the United States froze its assets.", "Hamas", "United States"),
            RelationRule(.designatedBy, "A+ \(b.be) ~3 \(b.designate) by B+ as ~3 \(b.terror)",
                         "Hamas was designated by the United States as a terrorist group.", "Hamas", "United States",
                         shadowed: "the first designation rule (\"A+ ,? a? ~2 group? ~2 designated ~6 by B+\") reads every sentence this one does"),
            RelationRule(.designatedBy, "A+ ~3 on B 's ~3 \(b.terror) ~3 list|lists|blacklist",
                         "Hezbollah remains on the European Union's terrorist list.", "Hezbollah", "European Union"),
            RelationRule(.designatedBy, "^B ~2 \(b.designate) A a|as ~3 \(b.terror)",
                         "The United States, however, designated Hamas a terrorist group.", "Hamas", "United States"),
            RelationRule(.designatedBy, "B+ ~3 added|adds|adding|placed|places|put|puts A+ ~2 to|on its|the|their ~3 \(b.terror)|terrorism ~2 list|lists|blacklist",
                         "The United States added Hamas to its terrorism list.", "Hamas", "United States"),
            RelationRule(.designatedBy, "A+ \(b.be) ~2 considered|regarded|deemed|recognized|recognised|viewed|seen|classed ~2 as? a|an ~3 \(b.terror) ~3 by B+",
                         "Hamas is considered a terrorist group by the European Union.", "Hamas", "European Union"),

            // MARK: fights (symmetric)
            RelationRule(.fights, "clashes|clash|fighting|battles|battle|war|conflict|confrontation|confrontations|hostilities|fight between A and B",
                         "Clashes between the Hamza Division and the Syrian Democratic Forces continued.",
                         "Hamza Division", "Syrian Democratic Forces"),
            RelationRule(.fights, "A ~3 \(b.fight) ~2 with|against|on? B+:om",
                         "The Syrian Democratic Forces fought ISIS.", "Syrian Democratic Forces", "ISIS"),
            RelationRule(.fights, "A and B \(b.be)? ~2 \(b.fight)",
                         "The Hamza Division and the Sultan Murad Division clashed.", "Hamza Division", "Sultan Murad Division"),
            RelationRule(.fights, "B:m \(b.be)? \(b.be)? ~2 ambushed|attacked|targeted|killed|struck|shelled|raided|bombed|assaulted|besieged by ~6 A",
                         "The Syrian Army was attacked by ISIS.", "ISIS", "Syrian Army"),
            RelationRule(.fights, "A ~12 \(b.attackNoun) on|against|targeting ~3 B:m",
                         "ISIS launched an offensive against the Syrian Army.", "ISIS", "Syrian Army"),
            RelationRule(.fights, "^A , ~2 \(b.fight) ~2 with|against? B+:m",
                         "ISIS, after months of silence, suddenly attacked the Syrian Army.", "ISIS", "Syrian Army"),
            RelationRule(.fights, "^A \(b.attackNoun) on|against|targeting ~3 B:m",
                         "ISIS, which had been quiet in the desert for nearly two years after a long defeat, launched an offensive on the Syrian Army.",
                         "ISIS", "Syrian Army"),
            RelationRule(.fights, "A ~8 to combat|fight|counter|confront|defeat|battle|attack B",
                         "The United States deployed troops to defeat ISIS.", "United States", "ISIS"),
            RelationRule(.fights, "^A ~20 to combat|fight|counter|confront|defeat|battle|attack B",
                         "The United States, which has kept troops in the region for a decade, works to defeat ISIS.",
                         "United States", "ISIS"),
            RelationRule(.fights, "A 's ~2 \(b.attackNoun) against|on B",
                         "ISIS halted Iran's Quds Force's offensive against it.", "Iran", "ISIS"),
            RelationRule(.fights, "A ~4 rose|rebelled|revolted|rising|uprising ~2 against B",
                         "Hayat Tahrir al-Sham rose up against the Assad regime.", "Hayat Tahrir al-Sham", "Assad regime"),
            RelationRule(.fights, "A ~14 \(b.fight) ~4 B:m - controlled|held",
                         "The Syrian Army shelled several small rural HTS-held villages.", "Syrian Army", "Hayat Tahrir al-Sham"),
            RelationRule(.fights, "A ~6 \(b.fight) ~3 positions|areas|territory|bases|villages|towns|districts|neighbourhoods|neighborhoods held|controlled|run by B+:m",
                         "The Syrian Army shelled positions held by ISIS.", "Syrian Army", "ISIS"),

            // MARK: successor-of (new → old)
            RelationRule(.successorOf, "rebranded|renamed|restyled|reorganized|reorganised B:o as|into A:o",
                         "Leaders renamed Jabhat al-Nusra as Jabhat Fatah al-Sham in 2016.", "Jabhat Fatah al-Sham", "Jabhat al-Nusra"),
            RelationRule(.successorOf, "B \(b.be)? ~2 renamed|rebranded|restyled A:o",
                         "Jabhat al-Nusra was renamed Jabhat Fatah al-Sham.", "Jabhat Fatah al-Sham", "Jabhat al-Nusra"),
            RelationRule(.successorOf, "B ~3 rebranded|renamed|reorganized|reorganised|restructured|transformed ~4 as|into|to A",
                         "Jabhat al-Nusra rebranded in 2016 as Jabhat Fatah al-Sham.", "Jabhat Fatah al-Sham", "Jabhat al-Nusra"),
            RelationRule(.successorOf, "B ~4 evolved|turned|morphed|became|becomes|transformed ~2 into? A",
                         "Jabhat Fatah al-Sham became Hayat Tahrir al-Sham.", "Hayat Tahrir al-Sham", "Jabhat Fatah al-Sham"),
            RelationRule(.successorOf, "A:o ,? \(b.be)? ~2 formerly|previously|once|originally known|called|named ~2 as? B:o",
                         "Hayat Tahrir al-Sham, formerly known as Jabhat Fatah al-Sham, took the city.",
                         "Hayat Tahrir al-Sham", "Jabhat Fatah al-Sham"),
            RelationRule(.successorOf, "A:o ,? the|a? successor|successors|heir|reincarnation|rebrand|rebranding of|to B:o",
                         "Hayat Tahrir al-Sham, the successor of Jabhat Fatah al-Sham, took the city.",
                         "Hayat Tahrir al-Sham", "Jabhat Fatah al-Sham"),
            RelationRule(.successorOf, "A:o ~3 replaced|succeeded|superseded ~2 B:o",
                         "Hayat Tahrir al-Sham replaced Jabhat Fatah al-Sham in 2017.", "Hayat Tahrir al-Sham", "Jabhat Fatah al-Sham"),
            RelationRule(.successorOf, "A:o ~4 evolved|emerged|grew|arose|formed|born ~2 from|out of? B:o",
                         "ISIS emerged from al-Qaeda in Iraq.", "ISIS", "al-Qaeda in Iraq"),
            RelationRule(.successorOf, "A:o ~4 evolved|emerged|grew|arose|rose|born ~2 from|out of? the? remnants|ashes|ruins|core of B:o",
                         "ISIS rose from the ashes of al-Qaeda in Iraq.", "ISIS", "al-Qaeda in Iraq"),
            RelationRule(.successorOf, "B ~4 merged|joined|united|combined ~6 to form|create|found A:o",
                         "Jabhat Fatah al-Sham merged with smaller factions to form Hayat Tahrir al-Sham.",
                         "Hayat Tahrir al-Sham", "Jabhat Fatah al-Sham"),

            // MARK: split-from (splinter → parent)
            RelationRule(.splitFrom, "A ~4 split|splits|splitting|broke|breaks|breaking|broken|splintered|defected|separated|seceded|withdrew|break|severed|cut ~2 away|off|ties? from|with B",
                         "Hurras al-Din split from Hayat Tahrir al-Sham.", "Hurras al-Din", "Hayat Tahrir al-Sham"),
            RelationRule(.splitFrom, "<A:o , a|an|the ~10 splitting|breaking|splintering|seceding|defecting|separating away? from B:o",
                         "Hurras al-Din, a faction created after breaking away from Hayat Tahrir al-Sham, rejected the truce.",
                         "Hurras al-Din", "Hayat Tahrir al-Sham"),
            RelationRule(.splitFrom, "<A:o , a|an|the ~6 that|which broke|split|splintered|seceded|defected|separated|broken away|off? from B:o",
                         "Hurras al-Din, a hardline group that broke away from Hayat Tahrir al-Sham, rejected the truce.",
                         "Hurras al-Din", "Hayat Tahrir al-Sham"),
            RelationRule(.splitFrom, "A ~3 split|break|breakaway|separation|secession|rupture|divorce from B",
                         "Hurras al-Din announced its separation from Hayat Tahrir al-Sham.", "Hurras al-Din", "Hayat Tahrir al-Sham"),
            RelationRule(.splitFrom, "<A:o , a|an|the? ~3 splinter|breakaway|offshoot|spinoff ~2 group|faction|movement? of|from B",
                         "Hurras al-Din, a splinter group of Hayat Tahrir al-Sham, rejected the truce.",
                         "Hurras al-Din", "Hayat Tahrir al-Sham"),
            RelationRule(.splitFrom, "B ~3 splinter|breakaway|offshoot ~2 group|faction|movement , A",
                         "A Hayat Tahrir al-Sham splinter group, Hurras al-Din, rejected the truce.",
                         "Hurras al-Din", "Hayat Tahrir al-Sham"),
        ]
    }()

    /// The built-in rules, compiled for an extractor. They are tested to compile
    /// (`RuleExampleTests`), so a failure here is a programming error in this file, not
    /// something a user's input can cause; it still names the pattern at fault.
    init(words: CueWords, lexicon: inout Lexicon) {
        let patterns: [RelationPattern]
        do {
            patterns = try Self.compile(Self.declarations, lexicon: &lexicon)
        } catch {
            preconditionFailure("a built-in relation rule does not parse: \(error)")
        }
        self.init(patterns: patterns, words: words)
    }

    /// Rules given as declarations, compiled in their order.
    /// - Throws: ``RelationPattern/SyntaxError`` quoting the first pattern that does not parse.
    init(_ declarations: [RelationRule], words: CueWords, lexicon: inout Lexicon) throws(RelationPattern.SyntaxError) {
        self.init(patterns: try Self.compile(declarations, lexicon: &lexicon), words: words)
    }

    static func compile(_ declarations: [RelationRule], lexicon: inout Lexicon) throws(RelationPattern.SyntaxError) -> [RelationPattern] {
        var patterns: [RelationPattern] = []
        patterns.reserveCapacity(declarations.count)
        for rule in declarations { patterns.append(try RelationPattern(rule.kind, rule.pattern, lexicon: &lexicon)) }
        return patterns
    }

    private init(patterns built: [RelationPattern], words: CueWords) {
        self.words = words
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

    /// Every relation the rules find in the document; with `onlyRule`, what that rule alone
    /// finds (its index in ``patterns``), so a test can show a rule reads its examples even
    /// where an earlier rule claims them first.
    func relations(in reader: DocumentReader, onlyRule: Int? = nil) -> [FoundRelation] {
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
                if let onlyRule, p != onlyRule { continue }
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
                    // "designated X as an SDGT under E.O. 13224" is a terrorism designation, not a sanction.
                    if pattern.kind == .sanctionedBy && pattern.label.contains("designat")
                        && marked(words.terrorDesignations, binding, after: range.count, reader: reader, range: range) { continue }
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
                                                       rule: pattern.label, ruleHash: pattern.labelHash))
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
        TypeConstraints.fits(kind, source: reader.kinds[source], target: reader.kinds[target], statesHaveMembers: true)
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
