/// The catalogue in one chosen language: `text[Words.paneReaders]`, `text.format(Words.themeError, e)`.
public struct Localisation: Sendable {
    public var language: Language

    public init(_ language: Language) { self.language = language }

    /// The language from the environment (see `Language.detect`).
    public init(environment: [String: String]) { self.language = Language.detect(environment: environment) }

    public subscript(word: Bilingual) -> String { word.text(language) }

    /// `Words.format` in this language.
    public func format(_ word: Bilingual, _ arguments: CustomStringConvertible...) -> String {
        Words.fill(word.text(language), arguments)
    }

    /// The message shown instead of the app when the window is below the minimum size.
    public func terminalTooSmall(need: (width: Int, height: Int), have: (width: Int, height: Int)) -> String {
        format(Words.terminalTooSmall, need.width, need.height, have.width, have.height)
    }
}
