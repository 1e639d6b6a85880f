/// Text that a person will read, handed over by the core as a code and its arguments rather than as
/// English: the interface renders it from its word catalogue (`Words.render` in ReaderDeskWords) in the
/// viewer's language, so what was stored before a language switch reads right after it.
public struct Phrase: Sendable, Equatable, Hashable, Codable {
    /// A stable dotted code, e.g. `ticket.history.created`; never shown as it is.
    public var code: String
    /// Values filled into the catalogue's `%@` placeholders, in order (already in stored form).
    public var arguments: [String]

    public init(_ code: String, _ arguments: [String] = []) {
        self.code = code
        self.arguments = arguments
    }
}

extension Phrase {
    /// Marks an argument as a field or setting (`field:cell`): each interface names it its way (the
    /// command line by its flag, the app by its form label), so the core knows no flag names.
    public static let fieldPrefix = "field:"
    public static func field(_ name: String) -> String { fieldPrefix + name }
}
