import Foundation

/// Every failure a person can see: one line, saying what is wrong and, where it helps, what to do.
public struct ReaderDeskError: Error, CustomStringConvertible, Equatable, Sendable {
    public enum Kind: String, Sendable {
        case invalidInput, notFound, duplicate, forbidden, conflict, notInitialised, io
    }
    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        // Keep it to one line whatever the caller passed in.
        self.message = message.replacingOccurrences(of: "\n", with: " ")
    }
    public var description: String { message }

    public static func invalid(_ m: String) -> Self { .init(.invalidInput, m) }
    public static func notFound(_ m: String) -> Self { .init(.notFound, m) }
    public static func forbidden(_ m: String) -> Self { .init(.forbidden, m) }
}

extension ReaderDeskError: LocalizedError {
    public var errorDescription: String? { message }
}
