/// `SearchTerms.forReader` for the many readers of an import, as a list: the same terms, made
/// several times faster for a name of unified Han characters only (most names in a Chinese library).
/// Each character's readings and each surname's are worked out once per import instead of once per
/// reader (`Pinyin.nameSlots` with Foundation's string calls), and the terms are listed without
/// hashing. Any other name goes through `forReader` itself. A value: one maker per thread.
struct SearchTermMaker: Sendable {
    /// A given-name character's slot, a surname's slot (empty: no reading of its own) and a
    /// compound surname's slots (empty: none), as `Pinyin.nameSlots` makes them.
    private var given: [UInt32: [String]] = [:]
    private var surname: [UInt32: [String]] = [:]
    private var compound: [UInt64: [[String]]] = [:]

    mutating func terms(name: String, email: String?, phone: String?) -> [String] {
        var scalars: [UInt32] = []
        scalars.reserveCapacity(4)
        for s in name.unicodeScalars {
            // Unified ideographs: no case, no decomposition (a string of them is equal to another
            // only byte for byte), one character each.
            guard (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value) else {
                return Array(SearchTerms.forReader(name: name, email: email, phone: phone))
            }
            scalars.append(s.value)
        }
        guard !scalars.isEmpty else { return Array(SearchTerms.forReader(name: name, email: email, phone: phone)) }
        // The name, and each tail of it: different lengths, so different terms.
        var out = [name]
        var tail = name.unicodeScalars[...]
        for _ in 1..<scalars.count {
            tail = tail.dropFirst()
            out.append(String(tail))
        }
        var slots: [[String]] = []
        var next = 0
        if scalars.count >= 3, case let c = compoundSlots(scalars[0], scalars[1]), !c.isEmpty {
            slots = c
            next = 2
        } else if scalars.count >= 2, case let s = surnameSlot(scalars[0]), !s.isEmpty {
            slots = [s]
            next = 1
        }
        for s in scalars[next...] { slots.append(givenSlot(s)) }
        var pinyin: [String] = []
        for spelling in Pinyin.spellings(slots) { SearchTerms.addPinyin(spelling, to: &pinyin) }
        // A reading in ASCII cannot equal a string of unified ideographs; any other is checked.
        for term in pinyin where term.utf8.allSatisfy({ $0 < 0x80 }) || !out.contains(term) { out.append(term) }
        for term in SearchTerms.contactTerms(email: email, phone: phone) where !out.contains(term) { out.append(term) }
        return out
    }

    private mutating func givenSlot(_ s: UInt32) -> [String] {
        if let slot = given[s] { return slot }
        let slot = Pinyin.spelled(Pinyin.givenReadings(Self.character(s)))
        given[s] = slot
        return slot
    }

    private mutating func surnameSlot(_ s: UInt32) -> [String] {
        if let slot = surname[s] { return slot }
        let slot = PinyinNames.surnames[Self.character(s)].map { Pinyin.spelled([$0]) } ?? []
        surname[s] = slot
        return slot
    }

    private mutating func compoundSlots(_ a: UInt32, _ b: UInt32) -> [[String]] {
        let key = UInt64(a) << 32 | UInt64(b)
        if let slots = compound[key] { return slots }
        let readings = PinyinNames.compoundSurnames[String(Self.character(a)) + String(Self.character(b))] ?? []
        let slots = readings.map { Pinyin.spelled([$0]) }
        compound[key] = slots
        return slots
    }

    private static func character(_ s: UInt32) -> Character { Character(Unicode.Scalar(s)!) }
}
