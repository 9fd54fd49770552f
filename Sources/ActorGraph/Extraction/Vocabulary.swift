/// The words the extractor reasons with, interned once when it is built.
///
/// Lists are general English and news usage, never words taken from particular articles.
struct Vocabulary: Sendable {
    /// Organisational head words and the actor type they give a name (`... Brigade`).
    static let headWords: [String: ActorKind] = {
        var heads: [String: ActorKind] = [:]
        for w in ["brigade", "brigades", "division", "army", "front", "forces", "units", "corps", "legion", "battalion",
                  "battalions", "regiment", "guard", "guards", "militia", "group", "faction", "shield", "hawks",
                  "falcons", "tigers", "squadron", "mujahideen",
                  // Spanish and Portuguese names of armed groups (`Cártel de Sinaloa`, `Clan del Golfo`).
                  "cartel", "cartels", "carteles", "clan", "frente", "ejercito", "fuerzas", "comando", "comandos"] {
            heads[w] = .armedGroup
        }
        for w in ["ministry", "department", "agency", "office", "directorate", "service", "services", "administration",
                  "command", "police", "intelligence", "treasury", "bureau", "inspectorate", "prosecutor"] { heads[w] = .agency }
        for w in ["party"] { heads[w] = .party }
        for w in ["government", "regime", "cabinet"] { heads[w] = .government }
        for w in ["council", "organization", "organisation", "observatory", "institute", "network", "committee",
                  "foundation", "association", "league", "commission", "center", "centre", "coalition", "union",
                  "movement", "society", "federation", "alliance", "court", "tribunal", "crescent", "helmets",
                  "watch", "international", "news", "agency", "times", "post", "project", "initiative", "brotherhood",
                  "authority", "assembly", "parliament", "senate", "congress", "conference", "program", "programme",
                  "fund", "bank", "university", "mission"] where heads[w] == nil { heads[w] = .organization }
        // Companies, as designation notices name them (`Mount Hebron Fund`, `Al-Qadir Trading LLC`).
        for w in ["llc", "ltd", "inc", "company", "corporation", "corp", "airlines", "airways", "petroleum", "exchange",
                  "shipping", "trading", "holding", "holdings", "industries", "investments", "enterprises", "charity",
                  "establishment", "logistics", "group", "invest", "investment", "sarl", "sarlu", "concern",
                  "construction", "plc", "gmbh", "trust", "banque", "mining"] where heads[w] == nil { heads[w] = .organization }
        return heads
    }()

    /// Arabic words that open the name of an armed group (`Jaysh al-Islam`, `Liwa al-Quds`).
    static let arabicGroupOpeners: Set<String> = [
        "jabhat", "jabha", "jaysh", "jaish", "jeish", "liwa", "liwaa", "saraya", "kataib", "katibat", "faylaq", "failaq",
        "harakat", "haraka", "hayat", "ahrar", "hurras", "ansar", "firqat", "firqa", "tajammu", "jund", "junud",
        "asaib", "usud", "quwat", "alwiya", "tanzim", "fatah",
        // South Asian and other transliterations (`Tehrik-i-Taliban`, `Lashkar-e-Tayyiba`, `Usbat al-Ansar`).
        "tehrik", "tehreek", "tahrik", "lashkar", "usbat", "jamaat", "jamaah", "jamaatul", "hizb", "harkat", "sipah",
        "kataeb", "sarayat", "katibat",
    ]

    /// Words that, written before a name, say a person holds a role (`commander X`, `President X`).
    static let personRoles: Set<String> = [
        "leader", "commander", "chief", "president", "general", "gen.", "gen", "colonel", "col", "brigadier", "major",
        "captain", "lieutenant", "sergeant", "minister", "director", "founder", "cofounder", "spokesman", "spokesperson",
        "spokeswoman", "researcher", "expert", "analyst", "official", "cleric", "sheikh", "shaykh", "imam", "envoy",
        "ambassador", "journalist", "reporter", "correspondent", "activist", "governor", "mayor", "emir", "amir",
        "prince", "king", "queen", "secretary", "senator", "representative", "chairman", "chairwoman", "chair", "head",
        "deputy", "lawyer", "professor", "dr", "mr", "mrs", "ms", "warlord", "strongman", "militant", "jihadist",
        "chancellor", "premier", "advisor", "adviser", "negotiator", "coordinator", "mufti", "ayatollah", "cmdr", "lt",
        "sgt", "capt", "maj", "brig", "adm", "admiral", "marshal", "figure", "member", "fighter", "defector", "insider",
        "scholar", "historian", "economist", "diplomat", "veteran", "writer", "author", "editor", "photographer",
        "witness", "resident", "survivor", "doctor", "physician", "engineer", "businessman", "businesswoman", "tycoon",
        "dictator", "ruler", "monarch", "strategist", "politician", "lawmaker", "legislator", "judge", "prosecutor",
        "investigator", "inspector", "officer", "soldier", "rebel", "insurgent", "emissary",
        "financier", "facilitator", "recruiter", "smuggler", "courier", "trafficker",
        "counterpart", "successor", "predecessor", "rival", "ally", "brother", "sister", "son", "daughter", "father",
        "mother", "wife", "husband", "cousin", "uncle", "nephew",
    ]

    /// Words that join the parts of one name without being capitalized (`Council for the Liberation of Syria`).
    static let nameConnectors: Set<String> = [
        "of", "for", "the", "al", "el", "bin", "ibn", "abu", "abd", "abdul", "de", "del", "la", "le", "du", "van",
        "von", "ul", "ud", "ad", "as", "ash", "an", "ar", "az", "at", "bint", "um", "umm",
        // Persian and Urdu ezafe and Arabic "and" inside names (`Lashkar-e-Tayyiba`, `Tehrik-i-Taliban`, `wal-Ansar`).
        "e", "i", "wal", "wa",
    ]

    /// Connectors that, capitalized, open a person's name rather than join two (`Abu Hafs
    /// al-Qurashi`, `Abd al-Aziz Awda`, `Bin Laden`): never trimmed from a name's start.
    static let nameParticles: Set<String> = ["abu", "abd", "abdul", "bin", "ibn", "bint", "um", "umm", "al"]

    /// Company forms written with a full stop that is part of the name (`Meroe Gold Co. Ltd.`).
    static let companyAbbreviations: Set<String> = ["co", "corp", "inc", "ltd", "llc", "plc", "bhd", "sa"]

    /// Portfolios of ministers and secretaries, written between the role and the name.
    static let portfolios: Set<String> = [
        "state", "defense", "defence", "interior", "foreign", "affairs", "treasury", "finance", "justice", "health",
        "energy", "economy", "commerce", "homeland", "security", "war", "information", "intelligence", "oil",
        "trade", "industry", "education", "labor", "labour", "agriculture", "transport", "communications",
        "counterterrorism", "terrorism", "financial", "sanctions", "nonproliferation",
    ]

    /// Articles that join a name without a hyphen: South Asian transliterations (`Jama'at ul
    /// Dawa`) and Arabic names written with a space (`Hussein al Musawi`); no English word is
    /// spelled so.
    static let unhyphenedArticles: Set<String> = ["ul", "ud", "al"]

    /// Lower-case words an acronym's name may run across without giving it a letter
    /// (`Islamic Resistance in Iraq (IRI)`).
    static let acronymFillers: Set<String> = ["in", "of", "for", "and", "the", "on", "de", "del", "la", "al", "el", "ul", "ud", "wal"]

    /// Plural nouns for a body's people or parts: "Fighters of the X Brigade" names the
    /// brigade, not a body called "Fighters of ...".
    static let peopleOfABody: Set<String> = [
        "fighters", "members", "militants", "units", "elements", "remnants", "commanders", "leaders", "soldiers",
        "troops", "supporters", "officers", "men", "parts", "veterans", "defectors", "factions", "loyalists",
    ]

    /// Arabic articles: connectors only when hyphened to the next word (`ad-Din`, `as-Sham`),
    /// so that English `at`, `as`, `an` never glue two names together.
    static let arabicArticles: Set<String> = ["al", "el", "ul", "ud", "ad", "as", "ash", "an", "ar", "az", "at"]

    /// Capitalized words that start sentences and headlines but never names.
    static let neverNameStart: Set<String> = [
        "the", "a", "an", "in", "on", "at", "by", "for", "from", "with", "despite", "following", "after", "before",
        "during", "while", "although", "though", "however", "meanwhile", "according", "since", "as", "when", "this",
        "that", "these", "those", "his", "her", "their", "its", "our", "we", "they", "he", "she", "it", "some",
        "many", "most", "all", "both", "other", "another", "several", "two", "three", "four", "five", "if", "but",
        "and", "or", "so", "yet", "also", "even", "still", "then", "now", "here", "there", "what", "who", "why",
        "how", "where", "which", "one", "amid", "among", "under", "over", "into", "within", "without", "about",
        "against", "between", "through", "across", "toward", "towards", "near", "until", "unlike", "like", "once",
        "recent", "former", "new", "old", "local", "state", "senior", "top", "i", "you", "my", "your", "no", "not",
        "more", "less", "each", "every", "any", "such", "only", "just", "read", "watch", "breaking", "update",
        "analysis", "opinion", "photo", "video", "source", "sources", "reports", "report", "officials", "residents",
        "witnesses", "activists", "observers", "analysts", "critics", "experts", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "to", "is", "are", "was", "were", "has", "have",
        "had", "will", "would", "could", "should", "can", "might", "must", "did", "does", "do", "be", "been",
        "mr", "mrs", "ms", "dr", "sir", "see", "via", "eyewitness", "footage", "insane", "heavy", "fierce", "who's",
        "whos", "how's", "where's", "let", "let's", "lets", "please", "thanks", "thank", "yes", "ok", "rt",
    ]

    /// Words that say the speaker doubts or has not verified a claim: they hedge the sentence.
    static let hedges: [String] = [
        "allegedly", "alleged", "reportedly", "reported", "purportedly", "apparently", "accused", "accuses",
        "accusing", "accusation", "accusations", "suggests", "suggested", "suggesting", "suggest", "unverified",
        "unconfirmed", "claims", "claimed", "claiming", "rumored", "rumoured", "believed", "suspected", "asserting",
        "asserted", "asserts", "likely", "possibly", "perhaps", "may", "might", "could", "purported", "supposedly",
        "appear", "appears", "appeared", "appearing",
    ]

    /// Words that put a tie in the past.
    static let formerMarks: [String] = [
        "former", "formerly", "ex", "previously", "then", "until", "once", "erstwhile", "onetime", "late", "ousted",
        "deposed", "toppled", "fallen", "fall", "dissolved", "disbanded", "disbandment", "ended", "end",
    ]

    /// Words that deny what follows.
    static let negations: [String] = ["denied", "denies", "deny", "denying", "not", "never", "no", "nor", "rejected", "rejects", "dismissed"]

    /// Verbs of acting and speaking that open a clause of their own: a rule's gap between a
    /// cue word and its actor never runs over one (`Iran-backed militias attacked U.S. forces`
    /// says nothing of Iran backing U.S. forces).
    static let clauseVerbs: [String] = [
        "attacked", "attacks", "clashed", "fought", "fights", "killed", "struck", "shelled", "targeted", "raided",
        "ambushed", "bombed", "seized", "captured", "launched", "stormed", "overran", "entered", "withdrew", "said",
        "says", "told", "announced", "denied", "claimed", "accused", "warned", "arrested", "executed", "kidnapped",
    ]

    /// A state's armed instruments: `Turkish troops`, `Russian warplanes` act for the state
    /// (ANNOTATION.md: an adjective of a country is a mention of it), so the name before
    /// them is not a mere modifier.
    static let forceNouns: [String] = [
        "forces", "troops", "soldiers", "military", "army", "jets", "warplanes", "aircraft", "drones", "artillery",
        "navy", "airstrikes", "warships", "tanks",
    ]

    /// Generic nouns that, after a name, make the name a modifier of an unnamed collective:
    /// `Assad loyalists` are not Assad, `SNA factions` are not the SNA.
    static let collectiveNouns: [String] = [
        "loyalists", "loyalist", "supporters", "remnants", "members", "factions", "groups", "units", "officials",
        "elements", "leaders", "veterans", "sympathizers", "sympathisers", "affiliates", "partisans", "defectors",
        "families", "family", "clan", "era", "rule", "years", "regions", "areas", "territory", "territories",
        "province", "provinces", "region", "area", "border", "borders", "city", "town", "villages", "village",
        "stronghold", "strongholds", "lira", "bases", "base", "campaign", "campaigns", "intervention",
        "presence", "troops", "officers", "personnel", "checkpoint", "checkpoints", "positions", "airbase", "embassy", "currency", "citizens", "population", "people", "communities",
        "community", "nationals", "national", "media", "press", "economy", "policy", "policies", "interests",
        "interest", "brigades", "militias", "proxies", "allies", "commanders", "cadres",
        "sources",
    ]

    /// Words after a hyphen that make the name before it a modifier (`HTS-controlled Idlib`).
    static let modifierSuffixes: [String] = [
        "controlled", "held", "run", "majority", "dominated", "occupied", "based", "born", "style", "era", "made",
        "owned", "affiliated", "aligned", "allied", "backed", "led", "linked", "supported", "funded", "armed",
        "sponsored", "supplied", "trained", "sanctioned", "designated", "listed", "friendly", "leaning", "inspired",
        "brokered", "mediated", "imposed", "related",
    ]

    /// Pronouns and descriptions that point back to a named actor.
    static let personPronouns: [String] = ["he", "his", "him", "she", "her", "himself", "herself"]
    static let groupPronouns: [String] = ["it", "its", "itself"]
    static let pluralPronouns: [String] = ["they", "their", "them", "both"]
    static let groupNouns: [String] = [
        "group", "faction", "militia", "organization", "organisation", "movement", "brigade", "division", "force",
        "coalition", "alliance", "party", "outfit", "network", "unit", "council", "front", "battalion", "cartel",
    ]
}

// MARK: Word classes of the relation rules

/// The word classes the relation rules (`RelationRules`) interpolate into their patterns, kept
/// here with the extractor's other word lists so that one file holds the vocabulary. The learned
/// model's cue classes (`CueClasses`) build on them too, so a word added here reaches both.
extension Vocabulary {
    /// Participles of backing, for compounds and the passive (`Iranian-backed`, `funded by`).
    static let backedWords: [String] = [
        "backed", "supported", "funded", "armed", "sponsored", "financed", "bankrolled", "equipped", "trained",
        "propped",
    ]
    /// Verbs of backing in any tense (`backs`, `armed`, `funding`).
    static let backingVerbs: [String] = [
        "backs", "supports", "funds", "arms", "sponsors", "finances", "bankrolls", "equips", "trains", "backed",
        "supported", "funded", "armed", "sponsored", "financed", "bankrolled", "equipped", "trained", "backing",
        "supporting", "funding", "arming", "sponsoring", "financing",
    ]
    /// Titles of whoever leads an organization (`commander of`, `emir of`).
    static let leaderRoles: [String] = [
        "leader", "commander", "head", "chief", "founder", "cofounder", "co", "director", "president", "chairman",
        "chairwoman", "chair", "emir", "amir", "secretary", "general", "boss", "chieftain", "ruler",
    ]
    /// Roles of a member (`official of`, `a fighter for`).
    static let memberRoles: [String] = [
        "member", "fighter", "official", "officer", "militant", "operative", "figure", "spokesman", "spokesperson",
        "expert", "researcher", "fellow", "analyst", "scholar", "representative", "envoy", "cadre", "terrorist",
        "jihadist", "soldier", "veteran", "loyalist", "minister", "adviser", "advisor", "negotiator", "emissary",
        "delegate", "deputy",
    ]
    /// Words that make a leader one of several ("a senior leader of", "a former commander
    /// of"): one of its members, not the one who commands it.
    static let rankAdjectives: [String] = [
        "senior", "top", "former", "key", "military", "prominent", "regional", "local", "deputy", "field",
        "veteran", "leading", "notorious",
    ]
    /// A leader *in* something is one of its members; a leader *of* it commands it.
    static let memberRolesIn: [String] = memberRoles + ["leader", "commander", "chief", "head", "figure"]
    /// Nouns for a part of a larger body (`a faction of`, `its armed wing`).
    static let partNouns: [String] = [
        "faction", "factions", "unit", "units", "part", "branch", "wing", "affiliate", "component", "member", "members",
        "arm", "brigade", "division", "subsidiary", "franchise", "offshoot", "constituent", "contingent", "formation",
        "group", "groups",
    ]
    /// Participles of leading, for the passive (`led by`, `founded by`).
    static let ledParticiples: [String] = [
        "led", "headed", "commanded", "founded", "run", "chaired", "directed", "helmed", "established",
    ]
    /// Verbs of leading in any tense (`leads`, `commanded`, `heading`).
    static let leadVerbs: [String] = [
        "leads", "led", "heads", "headed", "commands", "commanded", "founded", "runs", "ran", "chairs", "chaired",
        "directs", "directed", "established", "founds", "helms", "helmed", "leading", "heading", "commanding",
        "running",
    ]
    /// Verbs of fighting in any tense (`clashed with`, `shelling`, `repelled`).
    static let fightVerbs: [String] = [
        "fought", "fights", "fight", "fighting", "clashed", "clashes", "clash", "clashing", "battled", "battles",
        "battling", "attacked", "attacks", "attacking", "ambushed", "ambush", "ambushes", "targeted", "targets",
        "targeting", "shelled", "shelling", "struck", "strikes", "striking", "raided", "raids", "raiding", "bombed",
        "bombing", "assaulted", "combat", "combating", "combatting", "confronted", "confronting", "engaged", "killed",
        "repelled", "repelling", "besieged", "besieging",
    ]
    /// Nouns for an attack (`an offensive against`, `airstrikes on`).
    static let attackNouns: [String] = [
        "assault", "attack", "attacks", "offensive", "incursion", "incursions", "operation", "operations", "raid",
        "raids", "strikes", "strike", "ambush", "campaign", "war", "fight", "offensives", "airstrikes", "airstrike",
        "insurgency", "uprising", "rebellion",
    ]
    /// Nouns for sanctions (`sanctions on`, `an embargo against`).
    static let sanctionNouns: [String] = [
        "sanctions", "sanction", "penalties", "restrictions", "embargo",
    ]
    /// Verbs of designating or listing (`designated`, `blacklists`, `proscribed`).
    static let designateVerbs: [String] = [
        "designated", "designates", "designate", "designating", "blacklisted", "blacklists", "blacklisting", "listed",
        "lists", "listing", "branded", "brands", "branding", "labelled", "labeled", "labels", "labeling", "classified",
        "classifies", "proscribed", "proscribes", "named",
    ]
    /// What a designation calls its object (`a terrorist organization`).
    static let terrorWords: [String] = [
        "terrorist", "terror", "extremist",
    ]
    /// Forms of `be` and `have` and verbs of remaining that link a subject to what it is.
    static let beVerbs: [String] = [
        "is", "are", "was", "were", "been", "being", "be", "remains", "remain", "remained", "has", "have", "had",
    ]
}
