/// One decoded key press, independent of how the terminal encoded it.
public enum Key: Hashable, Sendable {
    case char(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
    /// Control plus a letter, stored lower-case (`ctrl("l")`).
    case ctrl(Character)
    /// The terminal changed size; re-read the size and redraw.
    case resize
    /// Text the terminal marked as pasted (bracketed paste): inserted whole, never as commands.
    case paste(String)
    case unknown(Int)
}

extension Key {
    /// Parses the names used in config files: "x", "G", "?", "ctrl-s", "tab", "shift-tab",
    /// "enter", "esc", "up", "pgdn", "home", "f5", "space". Case matters only for single
    /// characters. Returns nil for a name it does not know.
    public init?(name raw: String) {
        if raw.count == 1, let c = raw.first { self = .char(c); return }
        let name = String(raw.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
        if name.count == 1, let c = name.first { self = .char(c); return }
        let lower = name.lowercased()
        if lower.hasPrefix("ctrl-") || lower.hasPrefix("c-") || lower.hasPrefix("^") {
            let rest = lower.hasPrefix("^") ? String(lower.dropFirst()) : String(lower.split(separator: "-", maxSplits: 1)[1])
            guard rest.count == 1, let c = rest.first, c.isLetter, c.isASCII else { return nil }
            self = .ctrl(c); return
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) {
            self = .function(n); return
        }
        switch lower {
        case "up": self = .up
        case "down": self = .down
        case "left": self = .left
        case "right": self = .right
        case "pageup", "pgup", "page-up": self = .pageUp
        case "pagedown", "pgdn", "pgdown", "page-down": self = .pageDown
        case "home": self = .home
        case "end": self = .end
        case "enter", "return", "ret": self = .enter
        case "esc", "escape": self = .escape
        case "tab": self = .tab
        case "shift-tab", "backtab", "s-tab": self = .backTab
        case "backspace", "bs": self = .backspace
        case "delete", "del": self = .delete
        case "space": self = .char(" ")
        default: return nil
        }
    }

    /// How the key is shown in help and hints ("Ctrl-L", "↑", "PgDn").
    public var displayName: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .function(let n): return "F\(n)"
        case .ctrl(let c): return "Ctrl-" + c.uppercased()
        case .resize: return "Resize"
        case .paste: return "Paste"
        case .unknown(let n): return "Key(\(n))"
        }
    }
}
