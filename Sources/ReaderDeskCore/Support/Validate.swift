import Foundation

/// Checks on what people type and what files hold, each failing with one line.
enum Validate {
    static let maxText = 10_000

    static func text(_ s: String, _ field: String, required: Bool = false, max: Int = maxText) throws {
        // Byte-level tests first: imports check every field of 100,000 readers.
        if required && !startsWithVisible(s) && !s.unicodeScalars.contains(where: { !CharacterSet.whitespaces.contains($0) }) {
            throw ReaderDeskError.invalid("\(field) must not be empty", Phrase("error.field.empty", [Phrase.field(field)]))
        }
        if s.utf8.count > max && s.count > max {
            throw ReaderDeskError.invalid(
                "\(field) is too long (\(s.count) characters, at most \(max))",
                Phrase("error.field.tooLong", [Phrase.field(field), String(s.count), String(max)]))
        }
        // Newlines and tabs are fine in free text; other control characters never are.
        if hasControlCharacter(s) {
            throw ReaderDeskError.invalid("\(field) contains control characters", Phrase("error.field.control", [Phrase.field(field)]))
        }
    }

    /// Whether the text plainly starts with something that is not white space: a printable ASCII
    /// character or a unified Han ideograph (Foundation's character sets are slow on Linux, and an
    /// import asks this of every name).
    private static func startsWithVisible(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first?.value else { return false }
        return (first > 0x20 && first < 0x7F) || (0x4E00...0x9FFF).contains(first)
    }

    /// A control character other than newline and tab (U+0000–U+001F, U+007F–U+009F), read
    /// from the UTF-8 bytes: the first ones are single bytes, U+0080–U+009F are C2 80–C2 9F.
    static func hasControlCharacter(_ s: String) -> Bool {
        var afterC2 = false
        for byte in s.utf8 {
            if (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F || (afterC2 && byte <= 0x9F) { return true }
            afterC2 = byte == 0xC2
        }
        return false
    }

    static func line(_ s: String, _ field: String, required: Bool = false, max: Int = 500) throws {
        try text(s, field, required: required, max: max)
        if s.utf8.contains(where: { $0 == 0x0A || $0 == 0x09 }) {
            throw ReaderDeskError.invalid("\(field) must be one line", Phrase("error.field.oneLine", [Phrase.field(field)]))
        }
    }

    static func code(_ s: String, _ field: String) throws {
        // ASCII letters and digits first: a Unicode property lookup for each of a million cards' digits is slow.
        guard !s.isEmpty, s.utf8.count <= 64 || s.count <= 64,
            s.unicodeScalars.allSatisfy({
                ("0"..."9").contains($0) || ("a"..."z").contains($0) || ("A"..."Z").contains($0)
                    || "-_./:".unicodeScalars.contains($0) || $0.properties.isAlphabetic
            })
        else {
            throw ReaderDeskError.invalid(
                "\(field) '\(s)' may hold only letters, digits and - _ . / :", Phrase("error.field.code", [Phrase.field(field), s]))
        }
    }

    static func login(_ s: String) throws {
        guard !s.isEmpty, s.count <= 64,
            s.unicodeScalars.allSatisfy({
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "-_.@".unicodeScalars.contains($0)
            })
        else { throw ReaderDeskError.invalid("login '\(s)' may hold only letters, digits and - _ . @", Phrase("error.login", [s])) }
    }

    static func email(_ s: String) throws {
        try line(s, "email", max: 254)
        // One @, not first, a dot after it, no space: read from the bytes.
        var at: Int? = nil
        var ats = 0, dotAfterAt = false, space = false
        for (i, byte) in s.utf8.enumerated() {
            switch byte {
            case 0x40: ats += 1; at = i
            case 0x2E: dotAfterAt = dotAfterAt || ats > 0
            case 0x20: space = true
            default: break
            }
        }
        guard ats == 1, let at, at > 0, dotAfterAt, !space else {
            throw ReaderDeskError.invalid("'\(s)' is not an email address", Phrase("error.email", [s]))
        }
    }

    static func phone(_ s: String) throws {
        try line(s, "phone", max: 40)
        guard s.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || " +-()./x".unicodeScalars.contains($0) }) else {
            throw ReaderDeskError.invalid("'\(s)' is not a phone number", Phrase("error.phone", [s]))
        }
    }

    static func range(_ v: Int?, _ field: String, _ r: ClosedRange<Int>) throws {
        if let v, !r.contains(v) {
            throw ReaderDeskError.invalid(
                "\(field) must be \(r.lowerBound) to \(r.upperBound), not \(v)",
                Phrase("error.field.range", [Phrase.field(field), String(r.lowerBound), String(r.upperBound), String(v)]))
        }
    }
}
