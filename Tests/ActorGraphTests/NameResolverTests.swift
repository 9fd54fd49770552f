import Testing
@testable import ActorGraph

/// Name resolution on `PathFixtures.northSyria` and `PathFixtures.sharedSurname`.
@Suite struct NameResolverTests {
    let resolver = NameResolver(source: GraphIndex(PathFixtures.northSyria))

    @Test("case and diacritics do not matter: bahceli, ERDOGAN's full name")
    func folding() throws {
        #expect(try resolver.resolve("bahceli").name == "Devlet Bahçeli")
        #expect(try resolver.resolve("devlet bahceli").name == "Devlet Bahçeli")
        #expect(try resolver.resolve("RECEP TAYYIP ERDOGAN").name == "Recep Tayyip Erdoğan")
    }

    @Test("aliases, apostrophe spellings and ids resolve")
    func aliases() throws {
        #expect(try resolver.resolve("HTS").name == "Hayat Tahrir al-Sham")
        #expect(try resolver.resolve("hts").name == "Hayat Tahrir al-Sham")
        #expect(try resolver.resolve("Hay'at Tahrir al Sham").name == "Hayat Tahrir al-Sham")
        #expect(try resolver.resolve("MHP").name == "Nationalist Movement Party")
        #expect(try resolver.resolve("Mohammad al-Jasim").name == "Abu Amsha")
        #expect(try resolver.resolve("hayat-tahrir-al-sham").name == "Hayat Tahrir al-Sham")
    }

    @Test("a loose name without al- and a surname alone find their actor")
    func looseAndSurname() throws {
        #expect(try resolver.resolve("Sharaa").name == "Ahmed al-Sharaa")
        #expect(try resolver.resolve("Ahmed Sharaa").name == "Ahmed al-Sharaa")
        #expect(try resolver.resolve("Jolani").name == "Ahmed al-Sharaa")
        #expect(try resolver.resolve("Erdogan").name == "Recep Tayyip Erdoğan")
        // The last word is a surname only for people: "Nusra" alone is not Jabhat al-Nusra.
        #expect(throws: NameResolutionError.unknown(name: "Nusra", suggestions: ["Jabhat al-Nusra"])) {
            try resolver.resolve("Nusra")
        }
    }

    @Test("sharedSurname: a surname two people share is ambiguous and names both")
    func ambiguousSurname() throws {
        let resolver = NameResolver(source: GraphIndex(PathFixtures.sharedSurname))
        #expect(throws: NameResolutionError.self) { try resolver.resolve("al-Sharaa") }
        do {
            _ = try resolver.resolve("Sharaa")
            Issue.record("expected ambiguity")
        } catch let error as NameResolutionError {
            guard case .ambiguous(_, let candidates) = error else { Issue.record("\(error)"); return }
            #expect(candidates.count == 2)
            #expect(error.description.contains("Ahmed al-Sharaa") && error.description.contains("Hussein al-Sharaa"))
        }
        #expect(try resolver.resolve("Hussein Sharaa").name == "Hussein al-Sharaa")
    }

    @Test("an unknown name suggests the closest known ones")
    func unknownWithSuggestions() throws {
        #expect(throws: NameResolutionError.unknown(name: "Bahceliy", suggestions: ["Devlet Bahçeli"])) {
            try resolver.resolve("Bahceliy")
        }
        do {
            _ = try resolver.resolve("Hayat Tahrir al-Shem")
            Issue.record("expected an unknown name")
        } catch let error as NameResolutionError {
            guard case .unknown(_, let suggestions) = error else { Issue.record("\(error)"); return }
            #expect(suggestions.first == "Hayat Tahrir al-Sham")
            #expect(error.description.contains("did you mean 'Hayat Tahrir al-Sham'"))
        }
        #expect(throws: NameResolutionError.unknown(name: "Zzyzx Qwv", suggestions: [])) { try resolver.resolve("Zzyzx Qwv") }
        #expect(throws: NameResolutionError.emptyName) { try resolver.resolve("  - ") }
    }

    @Test("the default loose look-up through suggestions agrees with the index")
    func defaultLooseLookup() throws {
        struct SuggestionsOnly: GraphSource {
            let index: GraphIndex
            func adjacencies(of actor: Actor.ID) -> [Adjacency] { index.adjacencies(of: actor) }
            func actor(id: Actor.ID) -> Actor? { index.actor(id: id) }
            func actors(named name: String) -> [Actor] { index.actors(named: name) }
            func suggestions(for name: String, limit: Int) -> [String] { index.suggestions(for: name, limit: limit) }
            func evidence(for key: Relation.Key) -> [Evidence] { index.evidence(for: key) }
        }
        let resolver = NameResolver(source: SuggestionsOnly(index: GraphIndex(PathFixtures.northSyria)))
        #expect(try resolver.resolve("Sharaa").name == "Ahmed al-Sharaa")
        #expect(try resolver.resolve("Erdogan").name == "Recep Tayyip Erdoğan")
    }
}
