import Foundation

/// Action reasons and steps are phrases (a code and its arguments), never sentences: the interfaces
/// render them from their word catalogue in the viewer's language, and no argument quotes what a
/// person typed (ids, dates, numbers and service names only), so erasing a reader leaves nothing of
/// them in an action. Vocabulary arguments carry their noun (`tier:vip`, `channel:phone`,
/// `event:thesis`, `class:premium`, `kind:fault`) so that they are translated too.
extension Phrase {
    /// As the action table stores it: a JSON array, the code first.
    var stored: String {
        // Written by hand when no part needs escaping (a refresh stores hundreds of thousands);
        // anything else goes through JSONEncoder, whose text this equals (PhraseStoredTests).
        var out = "[\""
        for (i, part) in ([code] + arguments).enumerated() {
            guard part.utf8.allSatisfy(Self.plainInJSON) else {
                return String(data: try! JSONEncoder().encode([code] + arguments), encoding: .utf8)!
            }
            if i > 0 { out += "\",\"" }
            out += part
        }
        return out + "\"]"
    }

    /// A byte JSONEncoder writes as it is: printable ASCII but the quote, backslash and slash it
    /// escapes, and UTF-8 of letters beyond ASCII (not E2, which begins the line separators).
    @inline(__always) static func plainInJSON(_ b: UInt8) -> Bool {
        (b >= 0x20 && b < 0x7F && b != 0x22 && b != 0x5C && b != 0x2F) || (b >= 0x80 && b != 0xE2)
    }

    /// A stored reason or step; text written before phrases reads as it was (code `literal`).
    static func stored(_ text: String) -> Phrase {
        if text.hasPrefix("["), let parts = try? JSONDecoder().decode([String].self, from: Data(text.utf8)), let code = parts.first {
            return Phrase(code, Array(parts.dropFirst()))
        }
        return Phrase("literal", [text])
    }

    /// A local time to the minute, `2026-11-24 22:24`, as reasons show due times.
    public static func minute(_ epoch: Int64, _ cal: LibraryCalendar) -> String {
        String(cal.timestamp(epoch).prefix(16).replacingOccurrences(of: "T", with: " "))
    }

    /// A number with one decimal, as the phrases show means, scores and lifts.
    static func decimal(_ v: Double, _ places: Int = 1) -> String { String(format: "%.\(places)f", v) }
}
