import ReaderDeskCore

/// Texts that the core hands over as a `Phrase` (a code and its arguments), rendered here.
extension Words {
    /// The texts of the phrases, by code. Add a code's text here when the core starts to use it.
    public static let phrases: [String: Bilingual] = [:]

    /// The matrix actions' reasons and steps, by rule code (issue 12 fills this: e.g.
    /// `"care.newService.reason": Bilingual("Started using %@ on %@", "%2$@开始使用%1$@")` — positional
    /// `%1$@` may be used when Chinese needs another order). `render` looks here after `phrases`.
    public static let actionReasons: [String: Bilingual] = actionTexts

    /// The phrase in the viewer's language; an unknown code shows its arguments after the code, so
    /// nothing is lost when an older program reads a newer database.
    public static func render(_ phrase: Phrase, _ l: Language) -> String {
        guard let b = phrases[phrase.code] ?? actionReasons[phrase.code] else {
            return ([phrase.code] + phrase.arguments).joined(separator: " ")
        }
        return fill(b.text(l), phrase.arguments.map { localisedArgument($0, l) })
    }
}
