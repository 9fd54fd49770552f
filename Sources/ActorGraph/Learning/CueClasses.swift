/// Word classes that generalize over phrasing: "backed", "funds" and "armed" are one cue of
/// support to a model, so an example of one teaches the others. Classes are lists of stems
/// (``WordStem``), written once here; the hand rules' own word lists feed them too.
enum CueClasses {
    /// Class name → its words, any inflection (they are stemmed when the table is built).
    static let lists: [(String, String)] = [
        ("back", RelationRules.backing + "|proxy|proxies|patron|sponsor|backer|support|aid|assistance|weapons|funding|financial|supply|supplied|provided|provide|facilitated|materially|assisted|assist|logistical|training|transferred|money|client"),
        ("lead", RelationRules.leaderRole + "|" + RelationRules.leads + "|command|leadership|rule|reign|presidency|prime|minister|king|general|colonel|sheikh|adm|col|gen|maj|lt|brig|mr|ms|senior"),
        ("member", RelationRules.memberRole + "|" + RelationRules.partNoun + "|joined|join|joins|integrated|absorbed|incorporated|merged|belong|belongs|belonged|serving|served|within|inside|part|among"),
        ("ally", "allied|ally|allies|alliance|aligned|partner|partners|partnership|coalition|ties|linked|links|tied|close|cooperation|cooperate|coordinated|coordinating|alongside|together|friendship|pact|affiliated|associated|connected"),
        ("allegiance", "allegiance|loyalty|loyal|fealty|bayah|baya|pledged|pledge|swore|sworn|oath|oaths"),
        ("sanction", RelationRules.sanction + "|sanctioned|sanctioning|ofac|sdn|blocked|blocking|frozen|freeze|penalty|imposed|impose|imposing|pursuant|order|eo|treasury"),
        ("designate", RelationRules.designate + "|designation|designations|sdgt|fto|fto's|terrorist|terrorism|foreign|specially|global|organization|list|amended|amend|blacklist"),
        ("fight", RelationRules.fight + "|" + RelationRules.attackNoun + "|against|enemy|enemies|rival|rivals|war|versus|vs|killed|kill|captured|seized|expelled|drove|defeated|offensive|counter|targeted|airstrike|strikes"),
        ("successor", "renamed|rebranded|rebrand|successor|succeeded|became|become|becomes|evolved|formerly|previously|originally|known|merged|form|formed|reorganized|replaced|emerged|remnants|predecessor|heir|new|name|renaming"),
        ("split", "split|splits|splintered|splinter|broke|breakaway|break|offshoot|defected|separated|seceded|faction|dissident|dissidents|away|expelled|left"),
        ("control", "owned|controlled|control|behalf|acting|act|directly|indirectly|front|company|subsidiary"),
        ("passive", "by"),
        ("negation", "not|never|no|denied|denies|deny|nor|rejected|dismissed|without"),
        ("hedge", "reportedly|allegedly|alleged|suspected|suggests|accused|claimed|claims|believed|purportedly|unverified|rumored|said|according"),
        ("past", "former|formerly|previously|once|ex|until|late|ousted|then|earlier"),
        ("relative", "who|which|that|whom|whose"),
        ("pronoun", "he|she|his|her|it|its|they|their|them|group|organization|militia"),
    ]
}

/// A crude English stemmer, enough to make "backs", "backed" and "backing" one feature.
/// A model learns from a few hundred examples: sharing evidence across inflections matters
/// more there than linguistic accuracy.
enum WordStem {
    static func stem(_ word: String) -> String {
        let n = word.utf8.count
        guard n > 4, word.utf8.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return word }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if n > 5, word.hasSuffix("ing") { return undouble(String(word.dropLast(3))) }
        if word.hasSuffix("ed") { return undouble(String(word.dropLast(2))) }
        if word.hasSuffix("es"), word.hasSuffix("ses") || word.hasSuffix("xes") || word.hasSuffix("ches") || word.hasSuffix("shes") {
            return String(word.dropLast(2))
        }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") { return String(word.dropLast()) }
        return word
    }

    /// `FeatureHash.of(stem(word))` for a word given as its UTF-8 bytes, without building
    /// the stem: the models hash the stem of every word they meet, and a `String` per word
    /// costs more than the rest of the features together. Agrees with ``stem(_:)`` on every
    /// word (`LearningPartsTests` checks it on the lexicon's words).
    static func stemHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let (keep, y) = stemmed(bytes)
        var hash = FeatureHash.seed
        for k in 0..<keep { hash = FeatureHash.step(hash, bytes[k]) }
        if y { hash = FeatureHash.step(hash, UInt8(ascii: "y")) }
        return hash
    }

    /// ``stem(_:)`` as a length to keep of `bytes` and whether a `y` follows.
    private static func stemmed(_ b: UnsafeBufferPointer<UInt8>) -> (keep: Int, y: Bool) {
        let n = b.count
        guard n > 4, b.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return (n, false) }
        func ends(_ suffix: StaticString) -> Bool {
            let m = suffix.utf8CodeUnitCount
            guard m <= n else { return false }
            let s = suffix.utf8Start
            for k in 0..<m where b[n - m + k] != s[k] { return false }
            return true
        }
        /// "plann" → "plan": a doubled final consonant of the `length` kept is one.
        func undouble(_ length: Int) -> Int {
            guard length > 3, b[length - 1] == b[length - 2] else { return length }
            switch b[length - 1] {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
                 UInt8(ascii: "l"), UInt8(ascii: "s"):
                return length
            default:
                return length - 1
            }
        }
        if ends("ies") { return (n - 3, true) }
        if n > 5, ends("ing") { return (undouble(n - 3), false) }
        if ends("ed") { return (undouble(n - 2), false) }
        if ends("es"), ends("ses") || ends("xes") || ends("ches") || ends("shes") { return (n - 2, false) }
        if ends("s"), !ends("ss"), !ends("us"), !ends("is") { return (n - 1, false) }
        return (n, false)
    }

    /// "planned" → "plann" → "plan"; a doubled final consonant is one.
    private static func undouble(_ stem: String) -> String {
        let bytes = Array(stem.utf8)
        guard bytes.count > 3, bytes[bytes.count - 1] == bytes[bytes.count - 2],
              !"aeiouls".utf8.contains(bytes[bytes.count - 1]) else { return stem }
        return String(stem.dropLast())
    }
}
