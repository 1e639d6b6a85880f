/// A problem found while reading an import file, printed as `FILE:LINE: message`
/// so that staff can open the file at the right line.
public struct ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file name as given on the command line (may be empty for in-memory data).
    public var file: String
    /// 1-based physical line in the file; nil when the problem concerns the whole file.
    public var line: Int?
    /// One line, no trailing period needed.
    public var message: String
    /// The message as a code and arguments, where it names a field (`Phrase.field`) the interface names.
    public var phrase: Phrase?

    public init(file: String = "", line: Int? = nil, _ message: String, phrase: Phrase? = nil) {
        self.file = file
        self.line = line
        self.message = message
        self.phrase = phrase
    }

    public var description: String { placed(message) }

    /// `text` after the file and line, as `description` puts the message.
    public func placed(_ text: String) -> String {
        var prefix = file
        if let line { prefix += prefix.isEmpty ? "line \(line)" : ":\(line)" }
        return prefix.isEmpty ? text : "\(prefix): \(text)"
    }

    /// Shows an imported value inside a message safely: quoted, control characters
    /// escaped (imported text must never reach the terminal as control sequences)
    /// and cut short so the message stays on one line.
    public static func quoted(_ value: some StringProtocol, limit: Int = 40) -> String {
        var out = "\""
        var count = 0
        for scalar in value.unicodeScalars {
            if count == limit { out += "…"; break }
            count += 1
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0..<0x20, 0x7F...0x9F: out += "\\u{\(String(scalar.value, radix: 16))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// Rows that were read, and the rows that were refused with their reasons.
/// File-level problems (no header, broken quoting) are thrown instead.
public struct ImportResult<Row: Sendable>: Sendable {
    public var rows: [Row] = []
    public var errors: [ImportError] = []
    public init(rows: [Row] = [], errors: [ImportError] = []) {
        self.rows = rows
        self.errors = errors
    }
}
