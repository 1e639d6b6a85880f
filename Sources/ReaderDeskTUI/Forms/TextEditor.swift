import ReaderDeskCore

/// One line of editable text. The cursor counts Swift Characters, which are grapheme
/// clusters: an arrow or Backspace moves over 张, é (e + accent) or a flag as one unit.
public struct TextEditor: Sendable, Equatable {
    public private(set) var text: String
    /// 0...text.count, in Characters.
    public private(set) var cursor: Int
    /// The most Characters a field takes, so a runaway paste cannot grow without bound.
    public var limit: Int

    public init(_ text: String = "", limit: Int = 2000) {
        self.text = ""
        self.limit = limit
        cursor = 0
        insert(text)
    }

    public var isEmpty: Bool { text.isEmpty }

    /// Inserts typed or pasted text at the cursor. Line breaks and tabs become spaces (fields
    /// are one line), other control characters are dropped.
    public mutating func insert(_ s: String) {
        let clean = Self.clean(s)
        let room = max(0, limit - text.count)
        let piece = String(clean.prefix(room))
        guard !piece.isEmpty else { return }
        let i = index(cursor)
        let before = text[..<i].count
        text.insert(contentsOf: piece, at: i)
        // Recount: a combining mark may join the Character before it.
        cursor = min(text.count, before + piece.count)
        if text[..<index(cursor)].count != cursor { cursor = text.count }
    }

    public mutating func backspace() {
        guard cursor > 0 else { return }
        text.remove(at: index(cursor - 1))
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < text.count else { return }
        text.remove(at: index(cursor))
    }

    public mutating func left() { cursor = max(0, cursor - 1) }
    public mutating func right() { cursor = min(text.count, cursor + 1) }
    public mutating func home() { cursor = 0 }
    public mutating func end() { cursor = text.count }

    public mutating func set(_ s: String) {
        text = ""
        cursor = 0
        insert(s)
    }

    static func clean(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var lastWasCR = false
        for u in s.unicodeScalars {
            defer { lastWasCR = u == "\r" }
            if u == "\n" && lastWasCR { continue }
            if u == "\n" || u == "\r" || u == "\t" { out.append(" "); continue }
            if !Sanitizer.isUnsafe(u) { out.append(u) }
        }
        return String(out)
    }

    /// Text and cursor column to show in `width` columns: scrolled so the cursor is visible.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        let chars = Array(text)
        guard width > 1 else { return ("", 0) }
        var start = 0
        func columns(_ a: Int, _ b: Int) -> Int { chars[a..<b].reduce(0) { $0 + DisplayWidth.width(of: $1) } }
        let c = min(cursor, chars.count)
        while columns(start, c) > width - 1 { start += 1 }
        var end = c
        while end < chars.count, columns(start, end + 1) <= width { end += 1 }
        return (String(chars[start..<end]), columns(start, c))
    }

    private func index(_ n: Int) -> String.Index { text.index(text.startIndex, offsetBy: min(n, text.count)) }
}
