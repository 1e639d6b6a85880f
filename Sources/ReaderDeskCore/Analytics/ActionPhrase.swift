import Foundation

/// Action reasons and steps are phrases (a code and its arguments), never sentences: the interfaces
/// render them from their word catalogue in the viewer's language, and no argument quotes what a
/// person typed (ids, dates, numbers and service names only), so erasing a reader leaves nothing of
/// them in an action. Vocabulary arguments carry their noun (`tier:vip`, `channel:phone`,
/// `event:thesis`, `class:premium`, `kind:fault`) so that they are translated too.
extension Phrase {
    /// As the action table stores it: a JSON array, the code first.
    var stored: String {
        String(data: try! JSONEncoder().encode([code] + arguments), encoding: .utf8)!
    }

    /// A stored reason or step; text written before phrases reads as it was (code `literal`).
    static func stored(_ text: String) -> Phrase {
        if text.hasPrefix("["), let parts = try? JSONDecoder().decode([String].self, from: Data(text.utf8)), let code = parts.first {
            return Phrase(code, Array(parts.dropFirst()))
        }
        return Phrase("literal", [text])
    }

    /// A local time to the minute, `2026-11-24 22:24`, as reasons show due times.
    static func minute(_ epoch: Int64, _ cal: LibraryCalendar) -> String {
        String(cal.timestamp(epoch).prefix(16).replacingOccurrences(of: "T", with: " "))
    }

    /// A number with one decimal, as the phrases show means, scores and lifts.
    static func decimal(_ v: Double, _ places: Int = 1) -> String { String(format: "%.\(places)f", v) }
}
