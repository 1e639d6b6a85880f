import Foundation

/// Reads the project's own sample files in Tests/Fixtures (described in the README there).
enum ImportFixtures {
    /// Tests/Fixtures, found from this file: Tests/ReaderDeskCoreTests/Import/ImportFixtures.swift.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func bytes(_ relativePath: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: root.appendingPathComponent(relativePath)))
    }
}

extension Array where Element == UInt8 {
    init(_ text: String) { self = Array(text.utf8) }
}
