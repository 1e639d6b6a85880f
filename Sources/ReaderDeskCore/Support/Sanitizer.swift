/// Turns any text (typed by a reader, imported, read from the database) into text that is
/// safe to draw: nothing in it can move the cursor, change colours, clear the screen or
/// reorder what follows. Dangerous characters stay visible as escapes so staff can see them.
public enum Sanitizer {
    /// One line of text: newlines and tabs become spaces.
    public static func singleLine(_ text: String) -> String {
        if isPlainASCII(text) { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { append(s, to: &out) }
        return String(out)
    }

    /// Several lines: splits on CR LF / LF / CR (and U+2028/2029), then sanitises each line.
    public static func lines(_ text: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        var lastWasCR = false
        for s in text.unicodeScalars {
            switch s.value {
            case 0x0A where lastWasCR: lastWasCR = false; continue
            case 0x0A, 0x0D, 0x2028, 0x2029:
                result.append(String(current)); current = .init()
                lastWasCR = s.value == 0x0D
                continue
            default:
                lastWasCR = false
                append(s, to: &current)
            }
        }
        result.append(String(current))
        return result
    }

    /// Is this scalar one that must never reach the terminal as it is?
    public static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (v >= 0x7F && v <= 0x9F) || isBidiControl(v)
    }

    static func isBidiControl(_ v: UInt32) -> Bool {
        (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0x200E || v == 0x200F || v == 0x061C
    }

    @inline(__always)
    private static func isPlainASCII(_ text: String) -> Bool {
        for b in text.utf8 where b < 0x20 || b >= 0x7F { return false }
        return true
    }

    private static func append(_ s: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        let v = s.value
        switch v {
        case 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0x2028, 0x2029:
            out.append(" ")
        case 0x00..<0x20:
            // Caret notation, as `cat -v` shows it: ESC is ^[, NUL is ^@.
            out.append("^")
            out.append(Unicode.Scalar(UInt8(v + 0x40)))
        case 0x7F:
            out.append(contentsOf: "^?".unicodeScalars)
        case 0x80...0x9F:
            out.append(contentsOf: codePoint(v).unicodeScalars)
        default:
            if isBidiControl(v) {
                out.append(contentsOf: codePoint(v).unicodeScalars)
            } else {
                out.append(s)
            }
        }
    }

    private static func codePoint(_ v: UInt32) -> String {
        let hex = String(v, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
