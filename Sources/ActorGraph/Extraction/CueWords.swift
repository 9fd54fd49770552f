/// ``Vocabulary``'s lists as interned word ids, built once per extractor.
final class CueWords: Sendable {
    let headWords: WordMap<ActorKind>
    let arabicGroupOpeners: WordSet
    let personRoles: WordSet
    let nameConnectors: WordSet
    let arabicArticles: WordSet
    let unhyphenedArticles: WordSet
    let acronymFillers: WordSet
    let peopleOfABody: WordSet
    let companyAbbreviations: WordSet
    let militiaNouns: WordSet
    /// Kinship particles that open a name when capitalized (`Abu Bakr`, `Bin Laden`).
    let nameParticles: WordSet
    /// What a minister or secretary is of (`Secretary of State`, `Minister of Defense`).
    let portfolios: WordSet
    /// Last words that make a known group's regional branch a group (`... West Africa Province`).
    let branchWords: WordSet
    let placePrepositions: WordSet
    /// What stands before a state named only as a place, for deciding whether it is drawn:
    /// the prepositions of place, "from" and "beyond", and compass points ("northeastern
    /// Syria"). Wider than ``placePrepositions``, which the rules use ("weapons from Iran"
    /// still names a backer).
    let placeMarks: WordSet
    let locationSuffixes: WordSet
    let neverNameStart: WordSet
    let hedges: WordSet
    let formerMarks: WordSet
    let negations: WordSet
    let collectiveNouns: WordSet
    let forceNouns: WordSet
    let clauseVerbs: WordSet
    /// Words that qualify a name before it: `so-called`, `self-declared`, `newly formed`.
    let nameQualifiers: WordSet
    let modifierSuffixes: WordSet
    let modifierPrefixes: WordSet
    let personPronouns: WordSet
    let groupPronouns: WordSet
    let pluralPronouns: WordSet
    /// Person, group and plural pronouns in one set: a sentence's test for a word that
    /// may point back to an actor asks once, not three times.
    let pronouns: WordSet
    let groupNouns: WordSet
    let credits: WordSet
    let speechVerbs: WordSet
    let articles: WordSet
    let aliasIntroducers: WordSet
    let demonstratives: WordSet
    let pairs: WordSet
    let prepositions: WordSet
    let both: Int32
    /// `he`, `she`: a later pronoun of the same sentence usually points where these do.
    let subjectPronouns: WordSet
    let indefiniteArticles: WordSet
    let topicPrepositions: WordSet
    let by: Int32
    let companions: WordSet
    /// Words that make a discovered group civilian: `monitoring`, `rights`, `relief`.
    let civilWords: WordSet
    /// Verbs that end a tie: `cut ties with`, `severed links to`.
    let severance: WordSet
    let splinters: WordSet
    let leadershipRoles: WordSet
    let categoryNouns: WordMap<ActorKind>
    /// Words a relation slot may start with before its actor: articles, pronouns, titles.
    let slotStarters: WordSet
    let complementPrepositions: WordSet
    let leadershipVerbs: WordSet
    let agentPrepositions: WordSet
    let examples: WordSet
    let to: Int32
    let from: Int32
    let intentions: WordSet
    /// Marks of a terrorism designation (`as an SDGT`, `under E.O. 13224`): a designation
    /// under another order is a sanction (ANNOTATION.md's sets read it so).
    let terrorDesignations: WordSet
    /// `we`, `our`: in an agency's release, the agency speaking.
    let speakerPronouns: WordSet
    let motionVerbs: WordSet
    let relativePronouns: WordSet
    let known: Int32, `as`: Int32, guerre: Int32
    let of: Int32, and: Int32, or: Int32, the: Int32, `for`: Int32
    let government: Int32, federal: Int32

    init(lexicon: inout Lexicon) {
        var heads: [Int32: ActorKind] = [:]
        for (word, kind) in Vocabulary.headWords { heads[lexicon.id(for: word)] = kind }
        headWords = WordMap(heads)
        arabicGroupOpeners = lexicon.ids(Array(Vocabulary.arabicGroupOpeners))
        personRoles = lexicon.ids(Array(Vocabulary.personRoles))
        nameConnectors = lexicon.ids(Array(Vocabulary.nameConnectors))
        arabicArticles = lexicon.ids(Array(Vocabulary.arabicArticles))
        unhyphenedArticles = lexicon.ids(Array(Vocabulary.unhyphenedArticles))
        acronymFillers = lexicon.ids(Array(Vocabulary.acronymFillers))
        peopleOfABody = lexicon.ids(Array(Vocabulary.peopleOfABody))
        companyAbbreviations = lexicon.ids(Array(Vocabulary.companyAbbreviations))
        militiaNouns = lexicon.ids(["militia", "militias", "faction", "factions"])
        nameParticles = lexicon.ids(Array(Vocabulary.nameParticles))
        portfolios = lexicon.ids(Array(Vocabulary.portfolios))
        branchWords = lexicon.ids(["province", "branch", "wilayat", "wilayah"])
        locationSuffixes = lexicon.ids(["based", "born", "headquartered", "registered"])
        placePrepositions = lexicon.ids(["in", "across", "into", "throughout", "near", "inside", "around", "toward",
                                         "towards", "within"])
        placeMarks = lexicon.ids(["in", "across", "into", "throughout", "near", "inside", "around", "toward", "towards",
                                  "within", "from", "beyond", "outside", "northern", "southern", "eastern", "western",
                                  "central", "northeastern", "northwestern", "southeastern", "southwestern", "northeast",
                                  "northwest", "southeast", "southwest"])
        neverNameStart = lexicon.ids(Array(Vocabulary.neverNameStart))
        hedges = lexicon.ids(Vocabulary.hedges)
        formerMarks = lexicon.ids(Vocabulary.formerMarks)
        negations = lexicon.ids(Vocabulary.negations)
        collectiveNouns = lexicon.ids(Vocabulary.collectiveNouns)
        forceNouns = lexicon.ids(Vocabulary.forceNouns)
        clauseVerbs = lexicon.ids(Vocabulary.clauseVerbs)
        nameQualifiers = lexicon.ids(["so", "called", "self", "declared", "proclaimed", "styled", "newly", "formed",
                                      "created", "established", "new", "now", "defunct", "outlawed", "banned"])
        modifierSuffixes = lexicon.ids(Vocabulary.modifierSuffixes)
        modifierPrefixes = lexicon.ids(["pro", "anti", "post", "pre", "non", "ex"])
        personPronouns = lexicon.ids(Vocabulary.personPronouns)
        groupPronouns = lexicon.ids(Vocabulary.groupPronouns)
        pluralPronouns = lexicon.ids(Vocabulary.pluralPronouns)
        pronouns = WordSet(personPronouns.members + groupPronouns.members + pluralPronouns.members)
        groupNouns = lexicon.ids(Vocabulary.groupNouns)
        credits = lexicon.ids(["photo", "photos", "image", "credit", "credits", "source", "file", "picture", "video"])
        speechVerbs = lexicon.ids(["said", "says", "told", "tells", "stated", "wrote", "writes", "added", "explained",
                                   "noted", "argued", "warned", "claimed", "recalled", "insisted", "tweeted", "posted"])
        articles = lexicon.ids(["a", "an", "the"])
        aliasIntroducers = lexicon.ids(["aka", "alias", "dubbed", "nicknamed", "called"])
        demonstratives = lexicon.ids(["the", "this", "that", "said"])
        pairs = lexicon.ids(["two", "pair", "duo", "three", "men", "groups"])
        prepositions = lexicon.ids(["of", "in", "by", "at", "for", "with", "to", "from", "on", "against",
                                    "within", "into", "toward", "towards", "between", "among", "via", "under", "over", "about", "than"])
        both = lexicon.id(for: "both")
        subjectPronouns = lexicon.ids(["he", "she"])
        indefiniteArticles = lexicon.ids(["a", "an"])
        topicPrepositions = lexicon.ids(["for", "on", "about", "regarding", "covering"])
        by = lexicon.id(for: "by")
        companions = lexicon.ids(["alongside", "beside", "together", "jointly"])
        civilWords = lexicon.ids(["monitoring", "monitor", "observatory", "rights", "human", "humanitarian", "relief", "aid",
                                  "medical", "media", "news", "press", "journalists", "research", "studies", "documentation",
                                  "justice", "accountability", "civil", "peace", "dialogue", "charity", "charitable",
                                  "development", "education", "legal", "lawyers", "doctors", "women", "youth", "students"])
        severance = lexicon.ids(["cut", "cuts", "cutting", "severed", "severs", "sever", "severing", "ended", "ends", "ending",
                                 "renounced", "renounces", "abandoned", "dissolved", "broke", "breaking", "broken"])
        splinters = lexicon.ids(["splinter", "breakaway", "offshoot", "spinoff", "dissident", "rival"])
        leadershipRoles = lexicon.ids(["leader", "commander", "chief", "head", "founder", "director", "chairman",
                                       "spokesman", "spokesperson", "emir", "president", "deputy", "secretary"])
        var categories: [Int32: ActorKind] = [:]
        for w in ["militia", "faction", "brigade", "battalion", "rebels", "insurgents"] { categories[lexicon.id(for: w)] = .armedGroup }
        for w in ["party"] { categories[lexicon.id(for: w)] = .party }
        for w in ["group", "organization", "organisation", "outlet", "newspaper", "broadcaster", "channel", "monitor",
                  "charity", "ngo", "network", "website", "daily", "think-tank", "thinktank"] {
            categories[lexicon.id(for: w)] = .organization
        }
        categoryNouns = WordMap(categories)
        slotStarters = WordSet(lexicon.ids(["a", "an", "the", "both", "this", "that", "said", "-"]).members
            + formerMarks.members + personPronouns.members + groupPronouns.members + pluralPronouns.members
            + personRoles.members)
        complementPrepositions = lexicon.ids(["of", "in", "within", "inside", "at", "for"])
        leadershipVerbs = lexicon.ids(["led", "headed", "commanded", "founded", "chaired", "run", "directed", "helmed"])
        agentPrepositions = lexicon.ids(["by", "to", "from", "with", "against", "at", "on", "in", "into", "under",
                                         "over", "between", "among", "toward", "towards", "via"])
        examples = lexicon.ids(["like", "including", "such", "notably", "especially", "particularly"])
        to = lexicon.id(for: "to")
        from = lexicon.id(for: "from")
        intentions = lexicon.ids(["pledge", "pledged", "pledges", "vow", "vowed", "vows", "promise", "promised",
                                  "plan", "plans", "planned", "threat", "threatened", "threatening", "threatens",
                                  "opportunity", "seeks", "sought", "aims", "aimed", "intends", "intended", "wants",
                                  "would", "could", "possibility", "hopes", "ambitions", "ambition"])
        speakerPronouns = lexicon.ids(["we", "our"])
        terrorDesignations = lexicon.ids(["13224", "sdgt", "sdgts", "fto", "ftos", "terrorist", "terrorists", "terrorism",
                                           "terror"])
        motionVerbs = lexicon.ids(["traveled", "travelled", "travel", "went", "flew", "moved", "returned", "fled",
                                   "headed", "deployed", "arrived", "sent", "came", "visited", "trip", "visit", "back"])
        relativePronouns = lexicon.ids(["which", "that", "whom", "who", "whose"])
        known = lexicon.id(for: "known")
        `as` = lexicon.id(for: "as")
        guerre = lexicon.id(for: "guerre")
        of = lexicon.id(for: "of")
        and = lexicon.id(for: "and")
        or = lexicon.id(for: "or")
        the = lexicon.id(for: "the")
        `for` = lexicon.id(for: "for")
        government = lexicon.id(for: "government")
        federal = lexicon.id(for: "federal")
    }
}
