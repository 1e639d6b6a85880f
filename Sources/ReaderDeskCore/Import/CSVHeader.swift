/// The header row of an import file. Imports find columns by name, never by
/// position, because exports from different systems (and Koha versions) order
/// and pad columns differently.
public struct CSVHeader: Sendable {
    /// Column names as written, trimmed.
    public let names: [String]
    public let line: Int
    public let file: String
    private let positions: [String: Int]

    public init(_ record: CSVRecord, file: String = "") throws(ImportError) {
        var names: [String] = []
        var positions: [String: Int] = [:]
        for (index, raw) in record.fields.enumerated() {
            var name = raw.trimmingSpaces()
            if index == 0, name.hasPrefix("\u{FEFF}") { name.removeFirst() }
            names.append(name)
            if name.isEmpty { continue }
            let key = name.lowercased()
            if positions[key] != nil {
                throw ImportError(
                    file: file, line: record.line, "column \(ImportError.quoted(name)) appears twice in the header",
                    phrase: Phrase("error.import.columnTwice", [ImportError.quoted(name)]))
            }
            positions[key] = index
        }
        self.names = names
        self.line = record.line
        self.file = file
        self.positions = positions
    }

    /// Position of a column, matched case-insensitively.
    public func index(of name: String) -> Int? { positions[name.lowercased()] }

    /// Throws "missing required column X" naming every missing column.
    public func require(_ required: [String]) throws(ImportError) {
        let missing = required.filter { index(of: $0) == nil }
        guard !missing.isEmpty else { return }
        let list = missing.joined(separator: ", ")
        throw ImportError(
            file: file, line: line,
            missing.count == 1 ? "missing required column \(list)" : "missing required columns \(list)",
            phrase: Phrase(missing.count == 1 ? "error.import.missingColumn" : "error.import.missingColumns", [list]))
    }
}

extension String {
    /// Trims spaces and tabs only: other characters are the reader's data.
    func trimmingSpaces() -> String {
        let utf8 = self.utf8
        guard let first = utf8.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return "" }
        let last = utf8.lastIndex(where: { $0 != 0x20 && $0 != 0x09 })!
        if first == utf8.startIndex && last == utf8.index(before: utf8.endIndex) { return self }
        return String(self[first...last])
    }
}
