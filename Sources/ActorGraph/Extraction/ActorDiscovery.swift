/// Discovery: actors the gazetteer lacks, found from how news text introduces them.
///
/// - organisations by their head word (`... Brigade`, `Ministry of ...`, `Jaysh al-...`);
/// - persons by a role before them (`commander X`, `President X`, `researcher X`) or an
///   appositive or a speech verb after them (`X, a security official`, `X said`);
/// - acronyms defined in brackets (`Long Name (LN)`), and `also known as` / nom de guerre;
/// - short forms later in the document: a person's surname, a defined acronym.
extension DocumentReader {
    /// A run of tokens that could be (part of) a name: capitalized words joined by
    /// connectors (`of`, `al-`), hyphens and ordinals.
    func nameRuns(in range: Range<Int>) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard isNameWord(i) else { i += 1; continue }
            let start = i
            var end = i + 1
            var j = i + 1
            while j < range.upperBound {
                let t = tokens[j]
                if isNameWord(j) { j += 1; end = j; continue }
                if t.kind == .hyphen, t.start == tokens[j - 1].end, j + 1 < range.upperBound,
                   tokens[j + 1].start == t.end, tokens[j + 1].kind == .word {
                    // `Kim Jong-un`, `Jong-il`: a short lower-case syllable hyphened to a name
                    // word is the name's; `-led`, `-based` are not (they qualify it).
                    let next = tokens[j + 1]
                    if !next.isCapitalized, next.end - next.start <= 3, tokens[j - 1].isCapitalized,
                       !words.modifierSuffixes.contains(next.word), !words.locationSuffixes.contains(next.word),
                       j + 2 >= range.upperBound || tokens[j + 2].kind != .hyphen {
                        j += 2
                        end = j
                        continue
                    }
                    j += 1
                    continue
                }
                // "Islamic State – Somalia Province": a spaced dash before a branch's region.
                if t.kind == .hyphen, t.start > tokens[j - 1].end, scalars[t.start] != "-" {
                    var k = j + 1
                    while k < range.upperBound, k - j <= 4, tokens[k].kind == .word, tokens[k].isCapitalized { k += 1 }
                    if k > j + 2, words.branchWords.contains(tokens[k - 1].word) {
                        j = k
                        end = j
                        continue
                    }
                }
                if let next = continuationInsideName(at: j, limit: range.upperBound) {
                    j = next
                    end = j
                    continue
                }
                if t.kind == .word, words.nameConnectors.contains(t.word), !t.isCapitalized, j + 1 < range.upperBound,
                   !words.arabicArticles.contains(t.word) || isArabicArticle(j) || words.unhyphenedArticles.contains(t.word) {
                    // A connector must lead to another name word (possibly through a hyphen or "the").
                    var k = j + 1
                    while k < range.upperBound, tokens[k].kind == .hyphen
                            || tokens[k].kind == .word && words.nameConnectors.contains(tokens[k].word) && !tokens[k].isCapitalized {
                        k += 1
                    }
                    if k < range.upperBound, isNameWord(k), k - j <= 3 { j = k; continue }
                }
                if t.kind == .word, t.word == words.and, joinsPortfolios(start..<j, next: j + 1, limit: range.upperBound) {
                    j += 1
                    continue
                }
                break
            }
            runs.append(start..<end)
            i = max(end, start + 1)
        }
        return runs
    }

    /// Marks inside a name that a run of capitalized words would otherwise stop at: a company
    /// form's full stop (`Meroe Gold Co. Ltd.`), a middle initial (`Andrea M. Gacki`), a
    /// nickname in quotes (`Michael "Erik" Kurilla`) and an apostrophe for the Arabic ayn
    /// (`Abu Abdul 'Aziz al-Qatari`). Returns the index of the token after the mark when the
    /// mark at `j` is one of them.
    func continuationInsideName(at j: Int, limit: Int) -> Int? {
        guard j > 0, j < limit else { return nil }
        // "Co." and "Ltd." in a company's name: the stop is the name's ("Meroe Gold Co. Ltd.").
        if tokens[j].kind == .stop, scalars[tokens[j].start] == ".", tokens[j].start == tokens[j - 1].end,
           tokens[j - 1].kind == .word, tokens[j - 1].isCapitalized, words.companyAbbreviations.contains(tokens[j - 1].word) {
            return j + 1
        }
        guard j + 1 < limit else { return nil }
        let t = tokens[j], before = tokens[j - 1], after = tokens[j + 1]
        guard t.start == before.end || t.kind == .quote, before.kind == .word, before.isCapitalized else { return nil }
        let mark = scalars[t.start]
        // "M." after a given name: one capital letter, the stop touching it, a name after.
        if t.kind == .stop, mark == ".", t.start == before.end, before.end - before.start == 1,
           after.kind == .word, after.isCapitalized, after.start > t.end {
            return j + 1
        }
        guard t.kind == .quote, after.kind == .word, after.isCapitalized, after.start == t.end, t.start > before.end else { return nil }
        // `"Erik"`: a quoted capitalized word, then the surname.
        if j + 3 < limit, tokens[j + 2].kind == .quote, tokens[j + 2].start == after.end,
           tokens[j + 3].kind == .word, tokens[j + 3].isCapitalized, tokens[j + 3].start > tokens[j + 2].end {
            return j + 3
        }
        // `'Aziz`: an apostrophe opening a name word that no quote closes.
        if mark == "'" || mark == "‘" || mark == "’",
           !(j + 2 < limit && tokens[j + 2].kind == .quote && tokens[j + 2].start == after.end) {
            return j + 1
        }
        return nil
    }

    /// `Ministry of Oil and Mineral Resources`, `Minister of Economy and Foreign Trade`: after
    /// a head word and `of`, an `and` joins two portfolios of one body, unless what follows it
    /// is a name of its own (a head word, a known actor: `Department of State and Treasury`).
    func joinsPortfolios(_ run: Range<Int>, next: Int, limit: Int) -> Bool {
        guard next < limit, isNameWord(next), tokens[next].kind == .word, words.headWords[tokens[next].word] == nil,
              index.longestMatch(in: tokens, from: next, limit: limit) == nil,
              let of = run.firstIndex(where: { tokens[$0].word == words.of && !tokens[$0].isCapitalized }),
              of > run.lowerBound, words.headWords[tokens[of - 1].word] != nil,
              !run.contains(where: { tokens[$0].word == words.and })
        else { return false }
        // The rest of the portfolio is name words up to the run's end, none a head word.
        var k = next
        while k < limit, isNameWord(k) {
            if tokens[k].kind == .word, words.headWords[tokens[k].word] != nil { return false }
            k += 1
        }
        return true
    }

    func isNameWord(_ i: Int) -> Bool {
        let t = tokens[i]
        if t.kind == .word { return t.isCapitalized }
        if t.kind == .number {
            // Ordinals and numbered units: "4th Division", "25th Special Mission Forces".
            return i + 1 < tokens.count && tokens[i + 1].kind == .word && tokens[i + 1].isCapitalized
        }
        return false
    }

    /// Trims words that start sentences but never names, and trailing connectors.
    func trimmed(_ run: Range<Int>) -> Range<Int> {
        var start = run.lowerBound
        var end = run.upperBound
        while start < end, tokens[start].kind == .word, words.neverNameStart.contains(tokens[start].word)
                || words.nameConnectors.contains(tokens[start].word) && !isArabicArticle(start)
                    && !(tokens[start].isCapitalized && words.nameParticles.contains(tokens[start].word)) {
            start += 1
        }
        while end > start, tokens[end - 1].kind != .word && tokens[end - 1].kind != .number
                || words.nameConnectors.contains(tokens[end - 1].word) {
            end -= 1
        }
        return start..<end
    }

    /// A title after the Arabic article is part of a name (`Kata'ib al-Imam Ali`, `Liwa
    /// al-Amir`): a group named for its namesake, not a person holding the title.
    func isNamesakeTitle(_ i: Int) -> Bool {
        i >= 2 && tokens[i - 1].kind == .hyphen && tokens[i - 1].start == tokens[i - 2].end && isArabicArticle(i - 2)
    }

    /// `al-` before a hyphen is part of the name (`al-Qaeda`), unlike `of`.
    func isArabicArticle(_ i: Int) -> Bool {
        i + 1 < tokens.count && tokens[i + 1].kind == .hyphen && tokens[i + 1].start == tokens[i].end
    }

    func wordCount(_ range: Range<Int>) -> Int {
        var count = 0
        for i in range where tokens[i].kind == .word { count += 1 }
        return count
    }

    /// Discovery candidates in one sentence.
    func discover(in range: Range<Int>, headline: Bool) -> [Candidate] {
        var found: [Candidate] = []
        for run in nameRuns(in: range) {
            let span = trimmed(run)
            guard !span.isEmpty else { continue }
            if let person = personAfterRole(span, sentence: range) {
                found.append(person)
                continue
            }
            // "Government of Colombia", "the Mexican Government", "Federal Government of
            // Somalia": a state's government is the state (ANNOTATION.md), and its mention
            // names it; no rule makes a new actor of it.
            if let head = span.last(where: { tokens[$0].word == words.government }), namesOnlyAState(span, besides: head) {
                continue
            }
            if !headline, let organisation = organisation(in: span) {
                found.append(organisation)
                continue
            }
            if let named = organisationBeforeMilitia(span, sentence: range) {
                found.append(named)
                continue
            }
            if let named = organisationAfterCategory(span, sentence: range) {
                found.append(named)
                continue
            }
            if let person = personByAppositive(span, sentence: range) {
                found.append(person)
                continue
            }
            if let learned = learnedName(span, sentence: range, headline: headline) { found.append(learned) }
        }
        found += acronymDefinitions(in: range)
        return found
    }

    /// `commander X Y`, `President X Y`, `SOHR Director X Y`, `General X Y`.
    func personAfterRole(_ span: Range<Int>, sentence: Range<Int>) -> Candidate? {
        var nameStart = span.lowerBound
        var roleSeen = span.lowerBound > sentence.lowerBound && words.personRoles.contains(tokens[span.lowerBound - 1].word)
            && tokens[span.lowerBound - 1].kind == .word
        // "Gen. X Y", "Col. X Y": an abbreviated title, its stop touching it.
        if !roleSeen, span.lowerBound - 2 >= sentence.lowerBound, tokens[span.lowerBound - 1].kind == .stop,
           tokens[span.lowerBound - 1].start == tokens[span.lowerBound - 2].end,
           tokens[span.lowerBound - 2].kind == .word, words.personRoles.contains(tokens[span.lowerBound - 2].word) {
            roleSeen = true
        }
        // "Its commander, Ahmed al-Khabil": the role, a comma, then the name.
        if !roleSeen, span.lowerBound - 2 >= sentence.lowerBound, tokens[span.lowerBound - 1].kind == .comma,
           tokens[span.lowerBound - 2].kind == .word, !tokens[span.lowerBound - 2].isCapitalized,
           words.leadershipRoles.contains(tokens[span.lowerBound - 2].word) {
            roleSeen = true
        }
        // A role written inside the run: the name is what follows the last role word, and
        // its portfolio (`Secretary of State Mike Pompeo`, `Minister of Defense X Y`).
        for i in span where tokens[i].kind == .word && words.personRoles.contains(tokens[i].word) && !isNamesakeTitle(i) {
            roleSeen = true
            nameStart = i + 1
        }
        if roleSeen, nameStart < span.upperBound, tokens[nameStart].word == words.of || tokens[nameStart].word == words.for {
            var k = nameStart + 1
            if k < span.upperBound, tokens[k].word == words.the { k += 1 }
            let portfolioStart = k
            // "Under Secretary for Terrorism and Financial Intelligence X": portfolios joined by "and".
            while k < span.upperBound, k - portfolioStart < 5,
                  words.portfolios.contains(tokens[k].word) || tokens[k].word == words.and && k > portfolioStart { k += 1 }
            // "Director of the Office of Foreign Assets Control Andrea M. Gacki": the body the
            // role is in, then the name.
            if k == portfolioStart, let body = index.longestMatch(in: tokens, from: k, limit: span.upperBound),
               !body.terminal.isDemonym, index.entries[body.terminal.entry].kind != .person, body.end < span.upperBound {
                k = body.end
            }
            guard k > portfolioStart else { return nil }
            nameStart = k
        }
        guard roleSeen, nameStart < span.upperBound else { return nil }
        let name = nameStart..<span.upperBound
        guard isPersonShaped(name) else { return nil }
        return Candidate(start: name.lowerBound, end: name.upperBound, kind: .person)
    }

    /// `X Y, a security official`, `X Y, the commander of`, `X Y said`, `led by X Y`.
    func personByAppositive(_ span: Range<Int>, sentence: Range<Int>) -> Candidate? {
        // "President Bashar al-Assad, ...": the title is not part of the name.
        var span = span
        while span.count > 1, tokens[span.lowerBound].kind == .word, words.personRoles.contains(tokens[span.lowerBound].word) {
            span = span.dropFirst()
        }
        // "Turkish President Erdogan said", "Hezbollah Secretary-General X said": the person
        // is the name after the last title, not the demonym or group before it.
        if let title = span.last(where: { tokens[$0].kind == .word && tokens[$0].isCapitalized && words.personRoles.contains(tokens[$0].word) }),
           title + 1 < span.upperBound {
            span = (title + 1)..<span.upperBound
        }
        guard isPersonShaped(span) else { return nil }
        if span.lowerBound - 2 >= sentence.lowerBound, tokens[span.lowerBound - 1].word == words.by,
           words.leadershipVerbs.contains(tokens[span.lowerBound - 2].word) {
            return Candidate(start: span.lowerBound, end: span.upperBound, kind: .person)
        }
        var k = span.upperBound
        guard k < sentence.upperBound else { return nil }
        if tokens[k].kind == .word && words.speechVerbs.contains(tokens[k].word) {
            return Candidate(start: span.lowerBound, end: span.upperBound, kind: .person)
        }
        guard tokens[k].kind == .comma else { return nil }
        k += 1
        var skipped = 0
        while k < sentence.upperBound, skipped < 4, tokens[k].kind == .word, !tokens[k].isCapitalized,
              !words.personRoles.contains(tokens[k].word) {
            k += 1
            skipped += 1
        }
        guard k < sentence.upperBound, tokens[k].kind == .word, words.personRoles.contains(tokens[k].word) else { return nil }
        return Candidate(start: span.lowerBound, end: span.upperBound, kind: .person)
    }

    /// Two to five words, capitalized or name particles, none a head word or an acronym.
    func isPersonShaped(_ range: Range<Int>) -> Bool {
        let count = wordCount(range)
        guard count >= 2, count <= 6 else { return false }
        guard tokens[range.lowerBound].kind == .word, tokens[range.lowerBound].isCapitalized else { return false }
        for i in range {
            let t = tokens[i]
            if t.kind == .number { return false }
            guard t.kind == .word else { continue }
            if t.isAllCaps { return false }
            if words.headWords[t.word] != nil { return false }
            if words.neverNameStart.contains(t.word) && t.isCapitalized && i == range.lowerBound { return false }
            if notActorWords.contains(t.word) { return false }
        }
        // A run that is wholly a curated non-person (a place, a state) is not a person.
        if index.longestMatch(in: tokens, from: range.lowerBound, limit: range.upperBound)?.end == range.upperBound {
            return false
        }
        return true
    }

    /// `the Kamajors militia`, `the Interahamwe and Impuzamugambi militias`: a name before
    /// "militia" or "faction" (or joined by "and" to one that is) is an armed group's. An
    /// adjective of a people (`Kurdish militias`, `Shiite factions`) is not a name.
    func organisationBeforeMilitia(_ span: Range<Int>, sentence: Range<Int>) -> Candidate? {
        var k = span.upperBound
        // "A and (the) B militias": look past the second name.
        if k + 1 < sentence.upperBound, tokens[k].word == words.and {
            k += 1
            if tokens[k].word == words.the { k += 1 }
            while k < sentence.upperBound, isNameWord(k) { k += 1 }
        }
        guard k < sentence.upperBound, tokens[k].kind == .word, words.militiaNouns.contains(tokens[k].word) else { return nil }
        guard wordCount(span) <= 3, index.longestMatch(in: tokens, from: span.lowerBound, limit: span.upperBound) == nil else { return nil }
        // "Assadist militias", "Sunni Islamist factions": a name ending like an adjective is one.
        guard let last = span.last(where: { tokens[$0].kind == .word }), !tokens[span.lowerBound].isAllCaps else { return nil }
        let word = lexicon.text(of: tokens[last].word)
        if ["an", "ish", "ese", "i", "ic", "ist", "ists", "ite", "ites"].contains(where: { word.hasSuffix($0) }) { return nil }
        return Candidate(start: span.lowerBound, end: span.upperBound, kind: .armedGroup)
    }

    /// `the monitoring group Deir Ezzor 24`, `the militia Liwa X`: a category noun before a
    /// name says what the name is.
    func organisationAfterCategory(_ span: Range<Int>, sentence: Range<Int>) -> Candidate? {
        guard span.lowerBound > sentence.lowerBound else { return nil }
        let before = tokens[span.lowerBound - 1]
        guard before.kind == .word, !before.isCapitalized, let kind = words.categoryNouns[before.word] else { return nil }
        let first = tokens[span.lowerBound]
        guard first.kind == .word, !notActorWords.contains(first.word),
              index.longestMatch(in: tokens, from: span.lowerBound, limit: span.upperBound) == nil
        else { return nil }
        return Candidate(start: span.lowerBound, end: span.upperBound, kind: kind)
    }

    /// A run with an organisational head word, or opened by an Arabic group word.
    func organisation(in span: Range<Int>) -> Candidate? {
        // "111th Regiment": an ordinal and a head word.
        guard wordCount(span) + (tokens[span.lowerBound].kind == .number ? 1 : 0) >= 2 else { return nil }
        var kind: ActorKind?
        var lastHead = -1
        for i in span where tokens[i].kind == .word && tokens[i].isCapitalized {
            if let headKind = words.headWords[tokens[i].word] {
                kind = headKind
                lastHead = i
            }
        }
        // `Islamic State West Africa Province`, `ISIS Sinai Branch`: a known armed group's
        // regional branch is a group of its own.
        if let last = span.last, tokens[last].kind == .word, words.branchWords.contains(tokens[last].word),
           let known = index.longestMatch(in: tokens, from: span.lowerBound, limit: span.upperBound), known.end < last,
           !known.terminal.isDemonym, index.entries[known.terminal.entry].kind == .armedGroup {
            kind = .armedGroup
            lastHead = last
        }
        // "ISIL-Yemen", "ISIS-Libya": a known armed group hyphened to a state is its branch there.
        if kind == nil, let known = index.longestMatch(in: tokens, from: span.lowerBound, limit: span.upperBound),
           !known.terminal.isDemonym, index.entries[known.terminal.entry].kind == .armedGroup,
           known.end + 1 < span.upperBound, tokens[known.end].kind == .hyphen,
           tokens[known.end].start == tokens[known.end - 1].end, tokens[known.end + 1].start == tokens[known.end].end,
           let place = index.longestMatch(in: tokens, from: known.end + 1, limit: span.upperBound), place.end == span.upperBound,
           !place.terminal.isDemonym, index.entries[place.terminal.entry].kind == .state {
            kind = .armedGroup
            lastHead = span.upperBound - 1
        }
        if kind == nil, words.arabicGroupOpeners.contains(tokens[span.lowerBound].word) {
            kind = .armedGroup
            lastHead = span.lowerBound
        }
        guard var kind, lastHead >= 0 else { return nil }
        // "Coastal Syria Monitoring Group", "Relief Network": a civil word makes a group civilian.
        if kind == .armedGroup, span.contains(where: { tokens[$0].kind == .word && words.civilWords.contains(tokens[$0].word) }) {
            kind = .organization
        }
        // "Fourth Division of the Syrian Arab Army": a unit "of" a known body (not a state) is
        // the unit; the body stays its own actor, and "of" reads as the unit's membership.
        var span = span
        if let of = span.first(where: { tokens[$0].word == words.of && !tokens[$0].isCapitalized }),
           (span.lowerBound..<of).contains(where: { tokens[$0].kind == .word && words.headWords[tokens[$0].word] != nil }) {
            var start = of + 1
            if start < span.upperBound, tokens[start].word == words.the { start += 1 }
            if let known = index.longestMatch(in: tokens, from: start, limit: span.upperBound), known.end == span.upperBound,
               !known.terminal.isDemonym, index.entries[known.terminal.entry].kind != .state, wordCount(span.lowerBound..<of) >= 2 {
                span = span.lowerBound..<of
                lastHead = (span.lowerBound..<of).last(where: { words.headWords[tokens[$0].word] != nil }) ?? lastHead
                if let head = words.headWords[tokens[lastHead].word] { kind = head }
            }
        }
        // "Fighters of the Free Valley Brigade": when the head word comes after "of" and no head
        // word stands before it, the name starts after the connector.
        if let connector = span.first(where: { tokens[$0].kind == .word && !tokens[$0].isCapitalized
                && (tokens[$0].word == words.of || tokens[$0].word == words.for) }),
           connector < lastHead,
           !(span.lowerBound..<connector).contains(where: { words.headWords[tokens[$0].word] != nil }),
           // "Line of Fire Brigade", "Army of Dignity Brigade" are names; "Fighters of the X Brigade",
           // "Leaders of X" and any run opening the sentence are not.
           span.lowerBound == 0 || tokens[span.lowerBound - 1].kind == .stop
            || words.peopleOfABody.contains(tokens[span.lowerBound].word) {
            var start = connector + 1
            while start < span.upperBound, tokens[start].kind == .word, !tokens[start].isCapitalized { start += 1 }
            span = start..<span.upperBound
            guard wordCount(span) >= 2 else { return nil }
        }
        // "Naval Forces Chief of Staff", "Army Col.", "Shura Council Member": a title after the
        // body's head word is someone's title in that body, not part of the body's name.
        if let title = (lastHead + 1..<span.upperBound).first(where: {
            tokens[$0].kind == .word && tokens[$0].isCapitalized && words.personRoles.contains(tokens[$0].word) && !isNamesakeTitle($0)
        }) {
            span = span.lowerBound..<title
            guard wordCount(span) >= 2 else { return nil }
        }
        // The head word must have a name word with it: before it, or after it through "of/for".
        let hasOwnName = span.contains { i in
            i != lastHead && tokens[i].kind == .word && tokens[i].isCapitalized && words.headWords[tokens[i].word] == nil
        } || tokens[span.lowerBound].kind == .number
        guard hasOwnName else { return nil }
        // `Russian Wagner Group`: a demonym before a known name is that name, qualified.
        if let demonym = index.longestMatch(in: tokens, from: span.lowerBound, limit: span.upperBound), demonym.terminal.isDemonym,
           let rest = index.longestMatch(in: tokens, from: demonym.end, limit: span.upperBound), rest.end == span.upperBound {
            return nil
        }
        let first = tokens[span.lowerBound]
        if first.kind == .word && notActorWords.contains(first.word) && wordCount(span) == 2 { return nil }
        return Candidate(start: span.lowerBound, end: span.upperBound, kind: kind)
    }

    /// `Long Name (LN)`: the long name is an actor when the acronym spells its initials.
    func acronymDefinitions(in range: Range<Int>) -> [Candidate] {
        var found: [Candidate] = []
        var i = range.lowerBound + 1
        while i + 2 < range.upperBound {
            defer { i += 1 }
            guard tokens[i].kind == .open, tokens[i + 2].kind == .close, isAcronym(i + 1) else { continue }
            let acronym = lexicon.text(of: tokens[i + 1].word)
            // The longest run ending right before the bracket; across "in", "for", "and" too
            // when the initials then spell the acronym (`Islamic Resistance in Iraq (IRI)`).
            guard var run = nameRuns(in: max(range.lowerBound, i - 10)..<i).last(where: { $0.upperBound == i }) else { continue }
            if let wider = spelledAcross(acronym: acronym, before: i, limit: max(range.lowerBound, i - 12)) { run = wider }
            // Trimmed at the end only: a capitalized connector may be the acronym's first
            // letter (`La Nueva Familia Michoacana (LNFM)`); leading words go below.
            var span = run.lowerBound..<trimmed(run).upperBound
            // Initials of the capitalized words must spell the acronym's first letters.
            let initials = span.filter { tokens[$0].kind == .word && tokens[$0].isCapitalized }
                .compactMap { lexicon.text(of: tokens[$0].word).first }
            guard let firstLetter = acronym.first, initials.contains(firstLetter), initials.count >= 2 else { continue }
            // Drop leading words before the initial that starts the acronym.
            while let first = span.first, tokens[first].kind != .word
                    || lexicon.text(of: tokens[first].word).first != firstLetter {
                span = span.dropFirst()
            }
            guard wordCount(span) >= 2 else { continue }
            let kind = organisation(in: span)?.kind
                ?? (words.arabicGroupOpeners.contains(tokens[span.lowerBound].word) ? .armedGroup : .organization)
            found.append(Candidate(start: span.lowerBound, end: span.upperBound, kind: kind))
        }
        return found
    }

    /// Whether a run is a state's name or demonym and nothing else but `besides` (its head
    /// word), `of`, `the` and `federal`.
    func namesOnlyAState(_ span: Range<Int>, besides head: Int) -> Bool {
        var k = span.lowerBound
        var states = 0
        while k < span.upperBound {
            if k == head || tokens[k].word == words.of || tokens[k].word == words.the || tokens[k].word == words.federal {
                k += 1
                continue
            }
            guard let match = index.longestMatch(in: tokens, from: k, limit: span.upperBound),
                  index.entries[match.terminal.entry].kind == .state else { return false }
            states += 1
            k = match.end
        }
        return states == 1
    }

    /// The name before a bracketed acronym when it runs across lower-case function words
    /// (`in`, `for`, `and`, `of the`) and its capitalized words' initials spell the acronym
    /// exactly: `Islamic Resistance in Iraq (IRI)`, `Committee for Justice and Peace (CJP)`.
    func spelledAcross(acronym: String, before end: Int, limit: Int) -> Range<Int>? {
        let letters = Array(acronym.uppercased().filter(\.isLetter))
        guard letters.count >= 3 else { return nil }
        var initials: [Character] = []
        var k = end - 1
        var start = end
        while k >= limit {
            let t = tokens[k]
            if t.kind == .word && t.isCapitalized {
                guard let first = lexicon.text(of: t.word).uppercased().first else { return nil }
                initials.insert(first, at: 0)
                start = k
                if initials == letters { return start..<end }
                if initials.count >= letters.count { return nil }
            } else if !(t.kind == .word && words.acronymFillers.contains(t.word)) && t.kind != .hyphen {
                return nil
            }
            k -= 1
        }
        return nil
    }

    /// `ISIS`, and mixed-case acronyms with two capitals or more (`TdA`, `AQAP`, `IRGC-QF` parts).
    func isAcronym(_ i: Int) -> Bool {
        let t = tokens[i]
        if t.isAllCaps { return true }
        guard t.kind == .word, t.isCapitalized, t.end - t.start <= 6 else { return false }
        return text(i..<i + 1).unicodeScalars.filter { $0.properties.isUppercase }.count >= 2
    }

    // MARK: - Aliases within the document

    /// Points every one-word mention of `acronym` to `actor`: a document that defines an
    /// acronym means its own body wherever it writes it.
    func redirect(acronym: Int32, to actor: Int) {
        for m in mentions.indices where mentions[m].end - mentions[m].start == 1 && tokens[mentions[m].start].word == acronym {
            mentions[m].actor = actor
        }
        shortForms[acronym] = actor
    }

    /// `Name (ACR)` and `X, also known as Y` make two names one actor.
    func linkAliases() {
        for m in mentions.indices {
            let mention = mentions[m]
            // Name (ACR): the bracketed word becomes a name of the actor.
            let e = mention.end
            if e + 2 < tokens.count, tokens[e].kind == .open, tokens[e + 2].kind == .close,
               tokens[e + 1].kind == .word, tokens[e + 1].isAllCaps || tokens[e + 1].isCapitalized {
                if mentionAt[e + 1] >= 0 {
                    let other = mentions[Int(mentionAt[e + 1])].actor
                    if actors[root(mention.actor)].entry == nil, actors[root(other)].entry != nil,
                       actors[root(other)].kind != actors[root(mention.actor)].kind,
                       spelledAcross(acronym: lexicon.text(of: tokens[e + 1].word), before: e, limit: max(0, mention.start - 1)) != nil {
                        // "the Popular Resistance Council (PRC)": the document defines its own
                        // PRC; the gazetteer's (China) is not meant here, in this document.
                        redirect(acronym: tokens[e + 1].word, to: mention.actor)
                    } else {
                        merge(mention.actor, other)
                    }
                } else {
                    shortForms[tokens[e + 1].word] = mention.actor
                }
            }
            // "the Tariq Group, or TG, ...": a notice's way of defining an acronym.
            if e + 3 < tokens.count, tokens[e].kind == .comma, tokens[e + 1].word == words.or, isAcronym(e + 2),
               tokens[e + 3].kind == .comma || tokens[e + 3].kind == .stop || tokens[e + 3].kind == .close,
               actors[root(mention.actor)].kind != .person {
                if mentionAt[e + 2] >= 0 {
                    merge(mention.actor, mentions[Int(mentionAt[e + 2])].actor)
                } else {
                    shortForms[tokens[e + 2].word] = mention.actor
                    addMention(Mention(start: e + 2, end: e + 3, actor: mention.actor))
                }
            }
        }
        linkBracketedNames()
        // "A, also known as B", "A, better known under the nom de guerre B", "A (aka B)";
        // for a body too, past a bracket after its name ("AAH (…), also known as the K Network").
        for m in mentions.indices {
            let mention = mentions[m]
            let isPerson = actors[root(mention.actor)].kind == .person
            guard isPerson || actors[root(mention.actor)].kind != .state else { continue }
            var k = mention.end
            if !isPerson, k < tokens.count, tokens[k].kind == .open {
                var close = k + 1
                while close < tokens.count, close - k < 48, tokens[close].kind != .close { close += 1 }
                k = close + 1
            }
            var steps = 0
            var introduced = false
            while k < tokens.count, steps < 8 {
                let t = tokens[k]
                if t.word == words.known || t.word == words.guerre || words.aliasIntroducers.contains(t.word) {
                    introduced = true
                }
                if introduced && (t.word == words.as || t.word == words.guerre || words.aliasIntroducers.contains(t.word)) {
                    k += 1
                    while k < tokens.count, tokens[k].kind == .quote || tokens[k].word == words.the { k += 1 }
                    break
                }
                if mentionAt[k] >= 0 || t.kind == .stop { break }
                k += 1
                steps += 1
            }
            guard introduced, k < tokens.count else { continue }
            // "formerly known as": a body's earlier name is its predecessor, not an alias.
            if !isPerson, (mention.end..<k).contains(where: { words.formerMarks.contains(tokens[$0].word) }) { continue }
            if mentionAt[k] >= 0 {
                let other = mentions[Int(mentionAt[k])]
                let otherKind = actors[root(other.actor)].kind
                if (otherKind == .person) == isPerson, otherKind != .state, !other.isDemonym { merge(mention.actor, other.actor) }
            } else if let run = nameRuns(in: k..<min(tokens.count, k + 8)).first, run.lowerBound == k,
                      isPerson ? isPersonShaped(run) || isNickname(run) : wordCount(run) >= 2 && !run.contains(where: { mentionAt[$0] >= 0 }) {
                addMention(Mention(start: run.lowerBound, end: run.upperBound, actor: mention.actor))
            }
        }
    }

    /// One capitalized word that "known as", "nicknamed" or "alias" gives a person
    /// ("Mohamed Hamdan Dagalo, known as Hemedti"): a nickname, where no place, head word or
    /// curated name claims it.
    private func isNickname(_ run: Range<Int>) -> Bool {
        guard wordCount(run) == 1, run.count == 1 else { return false }
        let t = tokens[run.lowerBound]
        return t.kind == .word && t.isCapitalized && !t.isAllCaps && words.headWords[t.word] == nil
            && !notActorWords.contains(t.word) && !words.neverNameStart.contains(t.word)
            && index.longestMatch(in: tokens, from: run.lowerBound, limit: run.upperBound) == nil
    }

    /// One actor written two ways in a document becomes one actor, when nothing else in the
    /// document could be meant. Each way is common in the articles users read:
    /// - a spelling variant: same first letter, as many words, at most two letters apart
    ///   (`Usama Mahmoud` and `Usama Mahmud`, `Kataib Hezbollah` and `Kataib Hizballah`);
    /// - a plural: `Syrian Arab Air Forces` for `Syrian Arab Air Force`;
    /// - a later short form the discovery rules named on its own: the end of a longer name
    ///   (`Arzola Ortega` for `Martín Arzola Ortega`, `National Army` for `Syrian National
    ///   Army`) or a person's kunya (`Abu Jaber` for `Abu Jaber Shaykh`).
    /// Two curated actors are never merged (`Syrian Army` is not the `Free Syrian Army`), and a
    /// short form that fits two longer names stays apart.
    func mergeSpellingVariants() {
        var present: [Int] = []
        var seen = Set<Int>()
        for mention in mentions where !mention.isDemonym {
            let actor = root(mention.actor)
            if seen.insert(actor).inserted { present.append(actor) }
        }
        guard present.count > 1, present.count <= 400 else { return }
        let words = present.map { actors[$0].key.split(separator: " ").map(String.init) }
        // Each key's scalars, worked out once: a document names dozens of actors and the
        // pairs are compared only when their lengths and first letters allow a match.
        let keys = present.map { Array(actors[$0].key.unicodeScalars) }
        func sameFamily(_ a: ActorKind, _ b: ActorKind) -> Bool { (a == .person) == (b == .person) }
        // Spelling variants and plurals.
        for i in present.indices where words[i].count >= 2 {
            for j in present.indices where j > i && words[j].count == words[i].count
                && abs(keys[i].count - keys[j].count) <= 2 && keys[i].first == keys[j].first {
                let a = root(present[i]), b = root(present[j])
                guard a != b, actors[a].entry == nil || actors[b].entry == nil, sameFamily(actors[a].kind, actors[b].kind)
                else { continue }
                let plural = actors[a].key + "s" == actors[b].key || actors[b].key + "s" == actors[a].key
                let minimum = actors[a].kind == .person ? 10 : 12
                if plural || keys[i].count >= minimum && keys[j].count >= minimum
                    && EditDistance.between(keys[i], keys[j], cap: 2) <= 2 && Self.wordsAreVariants(words[i], words[j]) {
                    merge(a, b)
                }
            }
        }
        // Short forms named on their own: the end of one longer name, its beginning (`Noor Wali`
        // for `Noor Wali Mehsud`, `Sidar` for `Sidar Company`), or a person's kunya.
        for i in present.indices where actors[root(present[i])].entry == nil {
            let short = words[i]
            let isPerson = actors[root(present[i])].kind == .person
            // One word is a short form only of a body, and only a distinctive one.
            guard short.count >= 2 || !isPerson && short.count == 1 && short[0].unicodeScalars.count >= 4 else { continue }
            var owners = Set<Int>()
            for j in present.indices where j != i && words[j].count > short.count
                && sameFamily(actors[root(present[i])].kind, actors[root(present[j])].kind) {
                let long = words[j]
                if short.count >= 2 && long.suffix(short.count).elementsEqual(short) || long.prefix(short.count).elementsEqual(short) {
                    owners.insert(root(present[j]))
                }
            }
            if owners.count == 1, let owner = owners.first { merge(present[i], owner) }
        }
        // "Defence Ministry" and "Ministry of Defence", "Commerce Department" and "Department of
        // Commerce": one body, its head word written first or last.
        var byHeadFirst: [String: Int] = [:]
        for i in present.indices where words[i].count >= 3 && words[i][1] == "of" {
            byHeadFirst[words[i].dropFirst(2).joined(separator: " ") + " " + words[i][0]] = present[i]
        }
        for i in present.indices where words[i].count >= 2 && words[i].last.map({ $0 == "ministry" || $0 == "department" }) == true {
            if let other = byHeadFirst[words[i].joined(separator: " ")] { merge(present[i], other) }
        }
    }

    /// The Arabic article as transliterations write it before sun letters and without them.
    private static let articles: Set<String> = ["al", "el", "ul", "ud", "ad", "an", "ar", "as", "ash", "at", "az", "adh", "ath"]

    /// Whether two names of as many words could be one name spelled two ways: every word
    /// that differs is long enough to be a transliteration of the other (`Tawhid`, `Tawheed`),
    /// never a short word for another short word (`Ali Hamsho` and `Amr Hamsho` are brothers).
    static func wordsAreVariants(_ a: [String], _ b: [String]) -> Bool {
        zip(a, b).allSatisfy { x, y in
            guard x != y, !(Self.articles.contains(x) && Self.articles.contains(y)) else { return true }
            let shorter = min(x.unicodeScalars.count, y.unicodeScalars.count)
            return shorter >= 5 && EditDistance.between(Array(x.unicodeScalars), Array(y.unicodeScalars), cap: 2) <= (shorter >= 7 ? 2 : 1)
        }
    }

    /// Short forms: a person's surname and defined acronyms, found wherever the
    /// document uses them after the full name is known.
    func findShortForms() {
        var surnameOwners: [Int32: Set<Int>] = [:]
        var givenNameOwners: [Int32: Set<Int>] = [:]
        for mention in mentions {
            let actor = root(mention.actor)
            guard actors[actor].kind == .person, actors[actor].entry == nil else { continue }
            let nameWords = (mention.start..<mention.end).filter { tokens[$0].kind == .word }
            guard nameWords.count >= 2, let last = nameWords.last else { continue }
            let surname = tokens[last]
            if surname.isCapitalized && lexicon.text(of: surname.word).count >= 3 {
                surnameOwners[surname.word, default: []].insert(actor)
            }
            // An encyclopedia may go on by the given name ("Jalaluddin retreated to ...").
            if let first = nameWords.first, tokens[first].isCapitalized, !words.nameParticles.contains(tokens[first].word),
               !words.personRoles.contains(tokens[first].word), lexicon.text(of: tokens[first].word).count >= 5 {
                givenNameOwners[tokens[first].word, default: []].insert(actor)
            }
        }
        for (word, owners) in surnameOwners where owners.count == 1 {
            if shortForms[word] == nil, let owner = owners.first { shortForms[word] = owner }
        }
        // A given name only where no one's surname is the same word and one person has it.
        for (word, owners) in givenNameOwners where owners.count == 1 && surnameOwners[word] == nil {
            if shortForms[word] == nil, let owner = owners.first { shortForms[word] = owner }
        }
        guard !shortForms.isEmpty else { return }
        for (number, range) in sentences.enumerated() where !skipped.contains(number) {
            for i in range where mentionAt[i] < 0 && tokens[i].kind == .word && tokens[i].isCapitalized {
                guard let actor = shortForms[tokens[i].word] else { continue }
                // `al-Sharaa`: take the article along.
                var start = i
                if i >= 2, tokens[i - 1].kind == .hyphen, mentionAt[i - 2] < 0,
                   words.nameConnectors.contains(tokens[i - 2].word) { start = i - 2 }
                addMention(Mention(start: start, end: i + 1, actor: actor))
            }
        }
    }

    /// Names that only qualify something else: `Assad loyalists`, `HTS-controlled`, `pro-Assad`.
    /// A state's forces are the state acting: `Turkish troops`, `Russian warplanes`.
    func markModifiers() {
        for m in mentions.indices {
            let mention = mentions[m]
            let e = mention.end
            if e < tokens.count, tokens[e].kind == .word, words.forceNouns.contains(tokens[e].word),
               mention.isDemonym || actors[root(mention.actor)].kind == .state {
                continue
            }
            if e < tokens.count, tokens[e].kind == .word, words.collectiveNouns.contains(tokens[e].word) {
                mentions[m].isModifier = true
            }
            if e + 1 < tokens.count, tokens[e].kind == .hyphen, tokens[e].start == tokens[e - 1].end,
               words.modifierSuffixes.contains(tokens[e + 1].word) {
                mentions[m].isModifier = true
            }
            let s = mention.start
            if s >= 2, tokens[s - 1].kind == .hyphen, words.modifierPrefixes.contains(tokens[s - 2].word) {
                mentions[m].isModifier = true
            }
            if mention.isDemonym { mentions[m].isModifier = true }
        }
    }
}
