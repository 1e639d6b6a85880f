/// Text as a line terminal tool may print it: control characters and bidi overrides made
/// visible, width counted in terminal columns (CJK takes two).
public enum TextCleaning {
    public static func oneLine(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0D, 0x09: out.append(" ")
            case 0x00..<0x20: out.append("^"); out.unicodeScalars.append(Unicode.Scalar(scalar.value + 0x40)!)
            case 0x7F: out.append("^?")
            case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
                out.append("<U+\(String(scalar.value, radix: 16, uppercase: true))>")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    public static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return 1 }
        if (0x300...0x36F).contains(v) || (0x200B...0x200F).contains(v) || v == 0xFE0F || (0x20D0...0x20FF).contains(v) { return 0 }
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default: return 1
        }
    }

    public static func displayWidth(_ s: String) -> Int { s.unicodeScalars.reduce(0) { $0 + width(of: $1) } }

    /// Cut to at most `width` columns, with an ellipsis when something was cut.
    public static func truncate(_ s: String, to width: Int) -> String {
        if displayWidth(s) <= width { return s }
        var out = ""
        var used = 0
        for ch in s {
            let w = ch.unicodeScalars.reduce(0) { $0 + self.width(of: $1) }
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }
}
