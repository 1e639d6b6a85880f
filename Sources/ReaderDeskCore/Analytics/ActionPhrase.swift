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

    /// A number with one decimal, as the phrases show means, scores and lifts.
    static func decimal(_ v: Double, _ places: Int = 1) -> String { String(format: "%.\(places)f", v) }
}
