import Foundation

/// Every failure a person can see: one line, saying what is wrong and, where it helps, what to do.
public struct ReaderDeskError: Error, CustomStringConvertible, Equatable, Sendable {
    public enum Kind: String, Sendable {
        case invalidInput, notFound, duplicate, forbidden, conflict, notInitialised, io
    }
    public let kind: Kind
    /// The English line (the command line prints it).
    public let message: String
    /// The same as a code and its arguments, for an interface that speaks another language
    /// (the app renders it from its word catalogue); nil where none was given.
    public let phrase: Phrase?

    public init(_ kind: Kind, _ message: String, phrase: Phrase? = nil) {
        self.kind = kind
        // Keep it to one line whatever the caller passed in.
        self.message = message.replacingOccurrences(of: "\n", with: " ")
        self.phrase = phrase
    }
    public var description: String { message }

    public static func invalid(_ m: String, _ phrase: Phrase? = nil) -> Self { .init(.invalidInput, m, phrase: phrase) }
    public static func notFound(_ m: String, _ phrase: Phrase? = nil) -> Self { .init(.notFound, m, phrase: phrase) }
    public static func forbidden(_ m: String, _ phrase: Phrase? = nil) -> Self { .init(.forbidden, m, phrase: phrase) }
}

extension ReaderDeskError: LocalizedError {
    public var errorDescription: String? { message }
}
