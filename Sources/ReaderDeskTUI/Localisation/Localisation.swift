/// Looks up UI strings in the chosen language. Placeholders are `%d` (integers) and
/// `%@` (strings), filled in order by `format`.
public struct Localisation: Sendable {
    public var language: Language

    public init(_ language: Language) { self.language = language }

    /// The language from the environment (see `Language.detect`).
    public init(environment: [String: String]) { self.language = Language.detect(environment: environment) }

    public subscript(key: LocalisedKey) -> String { key.text.text(language) }

    /// Fills `%d` and `%@` placeholders in order with `arguments`.
    public func format(_ key: LocalisedKey, _ arguments: CustomStringConvertible...) -> String {
        let template = self[key]
        var out = ""
        var args = arguments.makeIterator()
        var i = template.startIndex
        while i < template.endIndex {
            let c = template[i]
            let next = template.index(after: i)
            if c == "%", next < template.endIndex, template[next] == "d" || template[next] == "@" {
                out += args.next()?.description ?? ""
                i = template.index(after: next)
            } else {
                out.append(c)
                i = next
            }
        }
        return out
    }

    /// The message shown instead of the app when the window is below the minimum size.
    public func terminalTooSmall(need: (width: Int, height: Int), have: (width: Int, height: Int)) -> String {
        format(.terminalTooSmall, need.width, need.height, have.width, have.height)
    }
}
