/// How many terminal columns text takes. CJK names must line up in columns, so every
/// measurement, cut and pad in the UI goes through here instead of `String.count`.
public enum DisplayWidth {
    public enum Alignment: Sendable { case left, right, center }

    /// Columns for one scalar: 0 for combining marks, format and control characters,
    /// 2 for East Asian Wide/Fullwidth, else 1.
    @inline(__always)
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return 1 }  // ASCII fast path
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }  // Latin-1 and Latin extended
        if v >= 0x1160 && v <= 0x11FF { return 0 }  // Hangul medial/final jamo join the syllable
        if v == 0x200B { return 0 }  // zero width space
        if isWide(v) { return 2 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: return 1
        }
    }

    /// Columns for one grapheme cluster: its base decides, but an emoji presentation
    /// selector (U+FE0F) makes the cluster two columns wide.
    public static func width(of character: Character) -> Int {
        let scalars = character.unicodeScalars
        var first = -1
        for s in scalars {
            if s.value == 0xFE0F { return 2 }
            if first < 0 { first = width(of: s) }
        }
        if first == 0 {
            // A base of width 0 followed by something visible (rare): use the widest part.
            return scalars.map { width(of: $0) }.max() ?? 0
        }
        return max(first, 0)
    }

    public static func width(of string: String) -> Int {
        var total = 0
        var asciiOnly = true
        for b in string.utf8 where b < 0x20 || b >= 0x7F { asciiOnly = false; break }
        if asciiOnly { return string.utf8.count }
        for c in string { total += width(of: c) }
        return total
    }

    /// Cuts `string` to at most `width` columns; when something is cut the result ends with
    /// `ellipsis` and, if a wide character would have been split, a space fills the gap.
    public static func truncate(_ string: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if self.width(of: string) <= width { return string }
        let ellipsisWidth = self.width(of: ellipsis)
        let room = width - ellipsisWidth
        if room < 0 { return String(repeating: " ", count: width) }
        var out = ""
        var used = 0
        for c in string {
            let w = self.width(of: c)
            if used + w > room { break }
            out.append(c)
            used += w
        }
        out += ellipsis
        used += ellipsisWidth
        if used < width { out += String(repeating: " ", count: width - used) }
        return out
    }

    /// Breaks one line of text into lines of at most `width` columns: after a space where there
    /// is one within the line (words stay whole), else between any two characters (CJK text).
    public static func wrap(_ string: String, to width: Int) -> [String] {
        guard width > 0, self.width(of: string) > width else { return [string] }
        var lines: [String] = [], line = "", used = 0
        var lastSpace: String.Index?  // in `line`, just after the last space
        for c in string {
            let w = self.width(of: c)
            if used + w > width {
                if let cut = lastSpace, cut < line.endIndex {
                    lines.append(String(line[..<cut]).trimmingTrailingSpaces())
                    line = String(line[cut...])
                } else {
                    lines.append(line.trimmingTrailingSpaces())
                    line = ""
                }
                used = self.width(of: line)
                lastSpace = nil
                if c == " " && line.isEmpty { continue }
            }
            line.append(c)
            used += w
            if c == " " { lastSpace = line.endIndex }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// Exactly `width` columns: truncated with an ellipsis if too long, else padded.
    public static func pad(_ string: String, to width: Int, align: Alignment = .left) -> String {
        guard width > 0 else { return "" }
        let cut = truncate(string, to: width)
        let gap = width - self.width(of: cut)
        if gap <= 0 { return cut }
        switch align {
        case .left: return cut + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + cut
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + cut + String(repeating: " ", count: gap - left)
        }
    }

    private static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        var lo = 0, hi = wideScalarRanges.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = wideScalarRanges[mid]
            if v < r.lowerBound { hi = mid - 1 } else if v > r.upperBound { lo = mid + 1 } else { return true }
        }
        return false
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
