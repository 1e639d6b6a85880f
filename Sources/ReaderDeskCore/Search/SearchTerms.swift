/// The normalised forms of a reader that search matches by prefix (docs/CONTRACTS.md §4): the name and its
/// words, pinyin in full and by initials — from the whole name and from each later syllable, so
/// "sanfeng" and "sf" find 张三丰 as well as "zhangsanfeng", "zsf" and "zhangsf" —, in every common
/// reading of the name (surnames as surnames, ü as v or u; see `Pinyin.nameSlots`), email, phone digits.
public enum SearchTerms {
    public static func forReader(name: String, email: String?, phone: String?) -> Set<String> {
        var terms = Set<String>()
        let folded = Pinyin.fold(name)
        let compact = folded.filter { !$0.isWhitespace }
        if !compact.isEmpty { terms.insert(compact) }
        // Each word of a Latin name, and each tail of a Han name (given name without the surname).
        for word in folded.split(whereSeparator: { $0.isWhitespace || $0 == "-" || $0 == "·" || $0 == "." }) {
            terms.insert(String(word))
        }
        let chars = Array(compact)
        if chars.contains(where: Pinyin.isHan), chars.count > 1 {
            for i in 1..<chars.count { terms.insert(String(chars[i...])) }
        }
        if chars.contains(where: Pinyin.isHan) {
            var pinyin: [String] = []
            for spelling in Pinyin.spellings(Pinyin.nameSlots(name)) { addPinyin(spelling, to: &pinyin) }
            terms.formUnion(pinyin)
        }
        terms.formUnion(contactTerms(email: email, phone: phone))
        terms.remove("")
        return terms
    }

    /// The email, lower-cased, and the phone's digits (three or more).
    static func contactTerms(email: String?, phone: String?) -> [String] {
        var terms: [String] = []
        if let email = email?.lowercased(), !email.isEmpty { terms.append(email) }
        // Bytes, not characters: a phone holds only ASCII (`Validate.phone`) and this runs for every reader of an import.
        if let phone, case let digits = phone.utf8.filter({ (0x30...0x39).contains($0) }), digits.count >= 3 {
            terms.append(String(decoding: digits, as: UTF8.self))
        }
        return terms
    }

    /// Each tail of the name (the whole name, the given name…) in full, by initials, and mixed:
    /// the first syllable in full and the rest by initials ("zhangsf"), or the first by its
    /// initial and the rest in full ("zsanfeng").
    /// Each new one is appended once: a handful of short terms is checked faster in a list than hashed.
    static func addPinyin(_ syllables: [String], to terms: inout [String]) {
        func insert(_ term: String) { if !term.isEmpty, !terms.contains(term) { terms.append(term) } }
        for i in 0..<syllables.count {
            let tail = syllables[i...]
            insert(tail.joined())
            guard tail.count > 1, let head = tail.first else { continue }
            let rest = tail.dropFirst()
            // Closures, not key paths: a key path is looked up at run time, for every reader of an import.
            insert(String(tail.compactMap { $0.first }))
            insert(String(head.prefix(1)) + rest.joined())
            if rest.count > 1 { insert(head + String(rest.compactMap { $0.first })) }
        }
    }

    /// What a person typed, in the form terms are stored: folded, without spaces ("Zhang San" → "zhangsan").
    public static func normaliseQuery(_ text: String) -> String {
        Pinyin.fold(text).filter { !$0.isWhitespace }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
