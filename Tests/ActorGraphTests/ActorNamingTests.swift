import Foundation
import Testing
@testable import ActorGraph

/// How actors beyond the gazetteer are named (issue 11, part 3): names in brackets, names
/// that open with a kinship particle, portfolios joined by "and", mixed-case acronyms and
/// Spanish group names. Texts written for these tests, one construction each.
@Suite struct ActorNamingTests {
    static let extractor = Extractor(gazetteer: (try? Gazetteer.bundled()) ?? Gazetteer())

    func actors(_ text: String) -> [Actor] {
        Self.extractor.graph(from: [Document(id: "fixture.txt", text: text)]).actors
    }

    func actor(_ name: String, in actors: [Actor]) -> Actor? { actors.first { $0.name == name || $0.aliases.contains(name) } }

    /// "Turkish President X said": the person is the name after the title, whether or not the
    /// gazetteer knows it, and the demonym still names the state.
    @Test func aDemonymAndATitleBeforeASpeakerAreNotPartOfTheName() {
        for (text, person) in [("Turkish President Recep Tayyip Erdogan said the talks would go on.", "Recep Tayyip Erdoğan"),
                               ("Malian Defence Minister Sadio Toure said the talks would go on.", "Sadio Toure")] {
            let found = actors(text)
            #expect(actor(person, in: found)?.kind == .person, "got \(found.map(\.name))")
            #expect(!found.contains { $0.name.contains("President") || $0.name.contains("Minister") }, "got \(found.map(\.name))")
        }
    }

    /// Marks a name run used to stop at: a middle initial, a nickname in quotes, an apostrophe
    /// for the ayn, a spaced dash before a branch's region, an ordinal before a head word.
    @Test(arguments: [
        ("Deputy Director Laura J. Menzies said the fund was closed.", "Laura J. Menzies", ActorKind.person),
        ("Task force commander Gen. Robert \"Bull\" Hannigan visited the base.", "Robert \"Bull\" Hannigan", .person),
        ("The brigade was led by Abu Abdul 'Karim al-Halabi until 2014.", "Abu Abdul 'Karim al-Halabi", .person),
        ("Coordinator for Counterterrorism Dana K. Whitfield said the cell is dangerous.", "Dana K. Whitfield", .person),
        ("Islamic State – Mozambique Province claimed the raid.", "Islamic State – Mozambique Province", .armedGroup),
        ("The 212th Regiment joined the offensive.", "212th Regiment", .armedGroup),
        ("The notice named ISIL-Yemen and ISIL-Saudi Arabia.", "ISIL-Saudi Arabia", .armedGroup),
    ] as [(String, String, ActorKind)])
    func aNameRunsThroughInitialsNicknamesAndBranchMarks(text: String, name: String, kind: ActorKind) {
        let found = actors(text)
        #expect(found.contains { $0.name == name && $0.kind == kind }, "got \(found.map { "\($0.name) (\($0.kind))" })")
    }

    /// Names that ran into a neighbour or lost a word: a name in quotes with "of" inside, a
    /// South Asian article without a hyphen, an acronym's name across "in", a role's body.
    @Test(arguments: [
        ("In 2013 he founded a group called \"Shield of Dawn Brigade\", made up of his clan.", "Shield of Dawn Brigade", ActorKind.armedGroup),
        ("Treasury designated Harkat ul Mujahidin al-Alami, or HUMA, as a terrorist group.", "Harkat ul Mujahidin al-Alami", .armedGroup),
        ("The cell belongs to the Popular Front in Basra (PFB), a coalition of militias.", "Popular Front in Basra", .armedGroup),
        ("The fines were announced, said Director of the Office of Foreign Assets Control Mara T. Quill.", "Mara T. Quill", .person),
        ("Treasury designated Oasis Gold Co. Ltd. for its support to the group.", "Oasis Gold Co. Ltd", .organization),
        ("OFAC designated Bangui Invest SARLU, which is owned by the group.", "Bangui Invest SARLU", .organization),
        ("Treasury designated Al Noor Multi Activities Co Ltd today.", "Al Noor Multi Activities Co Ltd", .organization),
        ("The Kamajors militia fought the rebels in the east.", "Kamajors", .armedGroup),
        ("The militia was led by Hassan al Zubaidi, a former officer.", "Hassan al Zubaidi", .person),
    ] as [(String, String, ActorKind)])
    func aNameKeepsItsWordsAndOnlyThem(text: String, name: String, kind: ActorKind) {
        let found = actors(text)
        #expect(found.contains { $0.name == name && $0.kind == kind }, "got \(found.map { "\($0.name) (\($0.kind))" })")
    }

    /// A people's adjective before "militias" names no group.
    @Test func anAdjectiveBeforeMilitiasIsNoGroup() {
        let found = actors("Kurdish militias, Assadist militias and Sunni Islamist factions fought near the river.")
        #expect(found.isEmpty, "got \(found.map(\.name))")
    }

    /// "Fighters of the X Brigade" still names the brigade alone.
    @Test func fightersOfABrigadeAreTheBrigade() {
        let found = actors("Fighters of the Green Valley Brigade attacked the post.")
        #expect(found.map(\.name) == ["Green Valley Brigade"], "got \(found.map(\.name))")
    }

    /// A document that defines an acronym the gazetteer gives to someone else means its own
    /// body by it, there and later: "the Popular Resistance Council (PRC)" is not China.
    @Test func anAcronymTheDocumentDefinesIsItsOwn() {
        let found = actors("The cell is part of the Popular Resistance Council (PRC), a front group. The PRC fired rockets.")
        #expect(!found.contains { $0.name == "China" }, "got \(found.map(\.name))")
        #expect(found.first { $0.name == "Popular Resistance Council" }?.aliases.contains("PRC") == true,
                "got \(found.map { "\($0.name) \($0.aliases)" })")
        #expect(actors("China, the PRC, objected.").contains { $0.name == "China" })
    }

    /// A quoted word between two names is a nickname only when a name follows: "'Hamas' was"
    /// stays Hamas, and a quotation is not glued to the name before it.
    @Test func aQuotedNameAfterANameIsNotANickname() {
        let found = actors("Ali Karimi called 'Hamas' strong and Bashar al-Assad agreed.")
        #expect(found.contains { $0.name == "Hamas" }, "got \(found.map(\.name))")
        #expect(!found.contains { $0.name.contains("'") }, "got \(found.map(\.name))")
    }

    @Test func aTranslationInBracketsIsAnotherNameOfTheSameActor() {
        let found = actors("Jaysh al-Karama (Army of Dignity) is a rebel faction. The Army of Dignity later split.")
        let army = actor("Jaysh al-Karama", in: found)
        #expect(army != nil)
        #expect(army?.aliases.contains("Army of Dignity") == true, "got \(found.map { "\($0.name) \($0.aliases)" })")
        #expect(found.count == 1)
    }

    /// The name outside the brackets is the one the article goes on to use: it names the actor,
    /// however long the bracketed form.
    @Test func theNameOutsideTheBracketsNamesTheActor() {
        let found = actors("The Dawn Brigade (Liwa Fajr al-Shamal al-Jadid) fought near Idlib.")
        #expect(found.map(\.name) == ["Dawn Brigade"], "got \(found.map { "\($0.name) \($0.aliases)" })")
        #expect(found.first?.aliases.contains("Liwa Fajr al-Shamal al-Jadid") == true)
    }

    /// A second bracket of native and translated names, however long, holds no new actors:
    /// a transliteration cut short by a lower-case word is part of the actor's own name.
    @Test func aSecondBracketOfNamesHoldsNoNewActors() {
        let found = actors("The Dawn Brigade (DB) (Arabic: لواء الفجر, Liwa al-Fajr fī Bilad al-Sham, \"Brigade of the Dawn in the Levant\") is a rebel faction.")
        #expect(found.map(\.name) == ["Dawn Brigade"], "got \(found.map { "\($0.name) \($0.aliases)" })")
    }

    @Test func severalNamesInOneBracketAreAllAliases() {
        let found = actors("Saraya al-Nour (SAN; Arabic: سرايا النور, \"Companies of Light\") is a militia in the north.")
        let group = actor("Saraya al-Nour", in: found)
        #expect(group?.aliases.contains("SAN") == true)
        #expect(group?.aliases.contains("Companies of Light") == true, "got \(found.map { "\($0.name) \($0.aliases)" })")
        #expect(found.count == 1)
    }

    @Test func aPlaceOrAnEarlierNameInBracketsIsNoAlias() {
        let found = actors("The Hawks Brigade (Syria) fought on. The Lions Brigade (formerly the Tigers Brigade) grew.")
        #expect(actor("Hawks Brigade", in: found)?.aliases.contains("Syria") != true)
        let lions = actor("Lions Brigade", in: found)
        #expect(lions?.aliases.contains("Tigers Brigade") != true, "got \(found.map { "\($0.name) \($0.aliases)" })")
    }

    @Test func aBodyAlsoKnownAsAnotherNameIsOneActor() {
        let found = actors("Kataib al-Fajr (KAF), also known as the Dawn Network, attacked the base.")
        #expect(actor("Kataib al-Fajr", in: found)?.aliases.contains("Dawn Network") == true,
                "got \(found.map { "\($0.name) \($0.aliases)" })")
        #expect(found.count == 1)
    }

    @Test func abuAndAbdOpenAName() {
        let found = actors("The group's spokesman, Abu Hamza al-Tamimi, said that commander Abd al-Karim Nouri had left.")
        #expect(actor("Abu Hamza al-Tamimi", in: found) != nil, "got \(found.map(\.name))")
        #expect(actor("Abd al-Karim Nouri", in: found) != nil, "got \(found.map(\.name))")
    }

    @Test func aMinistryOfTwoPortfoliosIsOneBody() {
        let found = actors("The Ministry of Water and Irrigation Works and the Ministry of Finance were merged.")
        #expect(actor("Ministry of Water and Irrigation Works", in: found) != nil, "got \(found.map(\.name))")
        #expect(actor("Ministry of Finance", in: found) != nil)
        #expect(actor("Irrigation Works", in: found) == nil)
    }

    @Test func mixedCaseAcronymsAndSpanishGroupNames() {
        let found = actors("Officials named Tren del Norte (TdN) and the Cártel de Montaña as the main threats.")
        #expect(actor("Tren del Norte", in: found)?.aliases.contains("TdN") == true, "got \(found.map { "\($0.name) \($0.aliases)" })")
        #expect(actor("Cártel de Montaña", in: found)?.kind == .armedGroup, "got \(found.map(\.name))")
    }

    @Test func anArticleThatOpensAnAcronymStaysInTheName() {
        let found = actors("La Nueva Guardia Roja (LNGR) claimed the attack.")
        #expect(actor("La Nueva Guardia Roja", in: found)?.aliases.contains("LNGR") == true,
                "got \(found.map { "\($0.name) \($0.aliases)" })")
    }

    @Test func aPortfolioBetweenRoleAndNameIsLeftOut() {
        let found = actors("Secretary of State Dana Whitfield and Minister of Defense Omar Haddad met on Monday.")
        #expect(actor("Dana Whitfield", in: found)?.kind == .person, "got \(found.map(\.name))")
        #expect(actor("Omar Haddad", in: found)?.kind == .person, "got \(found.map(\.name))")
    }

    @Test func aShortSyllableAfterAHyphenBelongsToTheName() {
        let found = actors("Their leader Park Sung-il met the delegation; the Iran-led talks stalled.")
        #expect(actor("Park Sung-il", in: found) != nil, "got \(found.map(\.name))")
    }

    @Test func aKnownGroupsProvinceIsAGroupOfItsOwn() {
        let found = actors("The Islamic State Coastal Province claimed the attack.")
        #expect(actor("Islamic State Coastal Province", in: found)?.kind == .armedGroup, "got \(found.map(\.name))")
    }

    @Test func aDemonymBeforeAKnownGroupIsThatGroup() {
        let found = actors("Russian Wagner Group fighters arrived.")
        #expect(actor("Wagner Group", in: found) != nil, "got \(found.map(\.name))")
        #expect(actor("Russian Wagner Group", in: found) == nil)
    }

    @Test func anAcronymAfterOrIsAnAlias() {
        let found = actors("The Department of State designated the Eastern Hawks Brigade, or EHB, today. EHB denied it.")
        #expect(actor("Eastern Hawks Brigade", in: found)?.aliases.contains("EHB") == true,
                "got \(found.map { "\($0.name) \($0.aliases)" })")
    }

    /// ANNOTATION.md: a state's own agencies get no edge to that state, whatever the words.
    @Test func aStatesOwnAgencyGetsNoEdgeToIt() {
        let graph = Self.extractor.graph(from: [Document(id: "own.txt", text: """
            Syria backs the Syrian Interior Ministry. Turkey backs the Hamza Division.
            """)])
        let names = Dictionary(uniqueKeysWithValues: graph.actors.map { ($0.id, $0.name) })
        let edges = graph.relations.map { "\(names[$0.source] ?? "?") \($0.kind.rawValue) \(names[$0.target] ?? "?")" }
        #expect(!edges.contains { $0.hasPrefix("Syria ") }, "got \(edges)")
        #expect(edges.contains("Turkey backs Hamza Division"), "got \(edges)")
    }

    @Test func aUnitOfAKnownBodyIsTheUnit() {
        let found = actors("Officials named the Ninth Storm Division of the Syrian Arab Army.")
        #expect(actor("Ninth Storm Division", in: found)?.kind == .armedGroup, "got \(found.map(\.name))")
        #expect(actor("Syrian Arab Army", in: found) != nil, "got \(found.map(\.name))")
    }

    @Test func aTitleBeforeAnAppositiveNameIsNotPartOfIt() {
        let found = actors("Governor Karim Haddad, a former militia commander, resigned.")
        #expect(actor("Karim Haddad", in: found)?.kind == .person, "got \(found.map(\.name))")
        #expect(actor("Governor Karim Haddad", in: found) == nil)
    }

    @Test func aGivenNameAloneIsTheOnePersonWhoHasIt() {
        let found = actors("Commander Jalaluddin Omari led the raid. Two years later Jalaluddin retreated to the hills.")
        #expect(actor("Jalaluddin Omari", in: found)?.aliases.contains("Jalaluddin") == true,
                "got \(found.map { "\($0.name) \($0.aliases)" })")
        #expect(found.count == 1)
    }

    @Test func aTitleAfterABodysNameIsNotPartOfIt() {
        let found = actors("The Coastal Naval Forces Chief of Staff resigned on Monday.")
        #expect(actor("Coastal Naval Forces", in: found) != nil, "got \(found.map(\.name))")
        #expect(!found.contains { $0.name.contains("Chief") }, "got \(found.map(\.name))")
    }

    @Test func aNicknameAfterKnownAsIsAnAlias() {
        let found = actors("Colonel Karim Haddad, known as Falcon, leads the Lion Brigade. Falcon spoke to reporters.")
        let person = actor("Karim Haddad", in: found)
        #expect(person?.aliases.contains("Falcon") == true, "got \(found.map { "\($0.name) \($0.aliases)" })")
        #expect(!found.contains { $0.name == "Falcon" })
    }

    @Test func twoSpellingsOfOnePersonAreOneActor() {
        let found = actors("Colonel Yevgeny Morozkin founded the Lion Brigade. Colonel Yevgeniy Morozkin died in 2023. Colonel Bashar Morozkin, his brother, survived.")
        let people = found.filter { $0.kind == .person }
        #expect(people.count == 2, "got \(people.map { "\($0.name) \($0.aliases)" })")
    }

    /// A group named for a person keeps the title in its name.
    @Test func aGroupNamedForAnImamIsAGroup() {
        let found = actors("Kata'ib al-Imam Hadi fought near Mosul alongside Liwa al-Imam al-Rida.")
        #expect(found.filter { $0.kind == .armedGroup }.map(\.name).sorted() == ["Kata'ib al-Imam Hadi", "Liwa al-Imam al-Rida"],
                "got \(found.map { "\($0.name) \($0.kind)" })")
    }

    /// Two short given names a letter or two apart are two people, not one name spelled two
    /// ways: a sanctions list names brothers.
    @Test func brothersWithShortGivenNamesStayApart() {
        let found = actors("Treasury designated Colonel Ali Hamdano and Colonel Amr Hamdano, his brother, and Colonel Omar Hamdano.")
        let people = found.filter { $0.kind == .person }.map(\.name).sorted()
        #expect(people == ["Ali Hamdano", "Amr Hamdano", "Omar Hamdano"], "got \(found.map { "\($0.name) \($0.aliases)" })")
    }

    /// A name written two ways in one document is one actor: a spelling variant of any word,
    /// a plural, a later short form named on its own (the end of the name, a kunya).
    @Test(arguments: [
        ("Commander Idris Mahmoud spoke. Later Idris Mahmud denied it.", "Idris Mahmoud", ActorKind.person),
        ("Commander Tomás Vargas Ruelas joined in 2001. Vargas Ruelas later left.", "Tomás Vargas Ruelas", .person),
        ("Commander Abu Karim Dawoodi spoke. Abu Karim denied it.", "Abu Karim Dawoodi", .person),
        ("The Northern Valley Brigades attacked. The Northern Valley Brigade withdrew.", "Northern Valley Brigades", .armedGroup),
        ("The Free Kurdish Defence Brigade fought. The Kurdish Defence Brigade won.", "Free Kurdish Defence Brigade", .armedGroup),
        ("Commander Noor Alam Wazir spoke. Noor Alam said the talks were over.", "Noor Alam Wazir", .person),
        ("The Hawks of Dawn Brigade attacked. The Hawks of Dawn withdrew.", "Hawks of Dawn Brigade", .armedGroup),
        ("The Fisheries Department said it. The Department of Fisheries denied it.", "Fisheries Department", .agency),
        ("The Kata'ib al-Nasr Brigade attacked. The Kata'ib an-Nasr Brigade withdrew.", "Kata'ib al-Nasr Brigade", .armedGroup),
    ] as [(String, String, ActorKind)])
    func aNameWrittenTwoWaysIsOneActor(text: String, name: String, kind: ActorKind) {
        let found = actors(text).filter { $0.kind == kind }
        #expect(found.count == 1, "got \(found.map { "\($0.name) \($0.aliases)" })")
    }

    /// ... but not when the short form fits two names, nor between two curated actors.
    @Test func aShortFormOfTwoNamesOrTwoCuratedActorsStayApart() {
        let kunya = actors("Commander Abu Karim Dawoodi met Colonel Abu Karim Salmani. Abu Karim said it was over.").filter { $0.kind == .person }
        #expect(kunya.count == 3, "got \(kunya.map(\.name))")
        let armies = actors("The Free Syrian Army fought the Syrian Army near Idlib.")
        #expect(armies.count == 2, "got \(armies.map(\.name))")
    }

    /// A state's government is the state: "the Government of Colombia", "the Colombian
    /// Government" and "Colombia" are one actor, and what the government does the state does.
    @Test func aStatesGovernmentIsTheState() {
        let found = actors("The Government of Colombia signed a deal. The Colombian Government later fought the ELN.")
        #expect(found.filter { $0.kind == .state }.map(\.name) == ["Colombia"], "got \(found.map(\.name))")
        #expect(!found.contains { $0.name.contains("Government") }, "got \(found.map(\.name))")
        let g = Self.extractor.graph(from: [Document(id: "fixture.txt", text: "The Colombian Government later fought the ELN.")])
        #expect(g.relations.contains { $0.kind == .fights }, "got \(g.relations.map(\.kind))")
    }

    @Test func historicStatesAreStates() {
        let found = actors("The Soviet Union backed the Lion Brigade. Soviet advisers trained its fighters.")
        let union = actor("Soviet Union", in: found)
        #expect(union?.kind == .state, "got \(found.map { "\($0.name) \($0.kind)" })")
        #expect(found.filter { $0.kind == .state }.count == 1)
    }
}
