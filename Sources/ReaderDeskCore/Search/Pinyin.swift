import Foundation
import Synchronization

/// Mandarin → toneless pinyin through Foundation's ICU transform, one Han character at a time
/// (so each character is transformed once per process, not once per reader).
public enum Pinyin {
    private static let cache = Mutex<[Character: String]>([:])

    public static func isHan(_ c: Character) -> Bool {
        guard let s = c.unicodeScalars.first else { return false }
        switch s.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F, 0x3007: return true
        default: return false
        }
    }

    /// The syllables of a string: Han characters become their pinyin, runs of Latin letters and
    /// digits stay as words (lower-cased, diacritics stripped); everything else separates.
    public static func syllables(_ text: String) -> [String] {
        var out: [String] = []
        var word = ""
        func flush() { if !word.isEmpty { out.append(fold(word)); word = "" } }
        for c in text {
            if isHan(c) {
                flush()
                out.append(syllable(c))
            } else if c.isLetter || c.isNumber {
                word.append(c)
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    static func syllable(_ c: Character) -> String { reading(c).replacingOccurrences(of: "v", with: "u") }

    /// ICU's reading of one character, toneless, with ü written `v` (pinyin has no other v).
    static func reading(_ c: Character) -> String {
        if let hit = cache.withLock({ $0[c] }) { return hit }
        let latin = String(c).applyingTransform(.mandarinToLatin, reverse: false) ?? String(c)
        let marked = String(latin.map { "üǖǘǚǜ".contains($0) ? "v" : $0 })
        let plain = fold(marked).filter { $0.isLetter }
        cache.withLock { $0[c] = plain }
        return plain
    }

    /// The ways a person may spell a name, slot by slot: a Han character's slot holds each of its
    /// readings (the surname's own reading at the start, both common readings of a given-name
    /// character, ü as `v` and as `u`), a Latin word's slot the word. See `PinyinNames`.
    public static func nameSlots(_ name: String) -> [[String]] {
        let chars = Array(name.trimmingCharacters(in: .whitespaces))
        let hanCount = chars.reduce(0) { $0 + (isHan($1) ? 1 : 0) }
        var slots: [[String]] = []
        var i = 0
        if hanCount >= 3, chars.count >= 2, let compound = PinyinNames.compoundSurnames[String(chars[0...1])] {
            slots = compound.map { [$0] }
            i = 2
        } else if hanCount >= 2, let surname = PinyinNames.surnames[chars[0]] {
            slots = [[surname]]
            i = 1
        }
        var word = ""
        func flush() { if !word.isEmpty { slots.append([fold(word)]); word = "" } }
        while i < chars.count {
            let c = chars[i]
            i += 1
            if isHan(c) {
                flush()
                slots.append(givenReadings(c))
            } else if c.isLetter || c.isNumber {
                word.append(c)
            } else {
                flush()
            }
        }
        flush()
        return slots.map(spelled)
    }

    /// A given-name character's readings: ICU's, then the other common ones of `PinyinNames`.
    static func givenReadings(_ c: Character) -> [String] {
        var readings = [reading(c)]
        for r in PinyinNames.givenNames[c] ?? [] where !readings.contains(r) { readings.append(r) }
        return readings
    }

    /// One slot as typed: ü as u and as v.
    static func spelled(_ slot: [String]) -> [String] {
        var out: [String] = []
        for r in slot {
            for spelled in r.contains("v") ? [r.replacingOccurrences(of: "v", with: "u"), r] : [r] where !out.contains(spelled) {
                out.append(spelled)
            }
        }
        return out
    }

    /// Every spelling of the slots, one reading per slot, at most `limit` of them (the first
    /// readings first), so a name of many two-reading characters cannot flood the terms.
    public static func spellings(_ slots: [[String]], limit: Int = 16) -> [[String]] {
        var out: [[String]] = [[]]
        for slot in slots where !slot.isEmpty {
            var next: [[String]] = []
            for prefix in out {
                for r in slot where next.count < limit { next.append(prefix + [r]) }
            }
            out = next
        }
        return out.first?.isEmpty == true ? [] : out
    }

    /// Lower case without diacritics: "Zoë" → "zoe".
    public static func fold(_ text: String) -> String {
        // ASCII and unified Han ideographs have no decomposition: the ICU transform (slow, once
        // per name in an import of 100,000 readers) would return them unchanged.
        if text.unicodeScalars.allSatisfy({ s in
            switch s.value {
            case 0..<0x80, 0x3007, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0x20000...0x2F7FF, 0x30000...0x3134F: return true
            default: return false
            }
        }) {
            return text.lowercased()
        }
        return (text.applyingTransform(.stripDiacritics, reverse: false) ?? text).lowercased()
    }
}
