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

    static func syllable(_ c: Character) -> String {
        if let hit = cache.withLock({ $0[c] }) { return hit }
        let latin = String(c).applyingTransform(.mandarinToLatin, reverse: false) ?? String(c)
        let plain = fold(latin).filter { $0.isLetter }
        cache.withLock { $0[c] = plain }
        return plain
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
        }) { return text.lowercased() }
        return (text.applyingTransform(.stripDiacritics, reverse: false) ?? text).lowercased()
    }
}
