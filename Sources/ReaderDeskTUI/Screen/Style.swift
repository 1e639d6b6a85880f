/// What a piece of text means on screen. Panes ask for a role; the theme decides its colours.
public enum ColourRole: String, CaseIterable, Sendable, Hashable {
    case normal, header, selected, dim, accent, warning, danger, ok
    case tabActive, tabInactive, status, border, title, input, help
    // Reader tiers of the pyramid.
    case tierVip, tierKey, tierMid, tierBasic, tierInactive
    // Ticket SLA states.
    case slaOk, slaDueSoon, slaOverdue

    /// The TOML key for this role (`tab_active`, `tier_vip`...).
    public var tomlKey: String {
        var out = ""
        for c in rawValue {
            if c.isUppercase { out += "_" + c.lowercased() } else { out.append(c) }
        }
        return out
    }
}

/// Bold, reverse, underline and dim, combinable.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = TextAttributes(rawValue: 1)
    public static let reverse = TextAttributes(rawValue: 2)
    public static let underline = TextAttributes(rawValue: 4)
    public static let dim = TextAttributes(rawValue: 8)

    /// Parses names as written in theme files; unknown names are reported as nil.
    public init?(names: [String]) {
        var set: TextAttributes = []
        for name in names {
            switch name.lowercased() {
            case "bold": set.insert(.bold)
            case "reverse": set.insert(.reverse)
            case "underline": set.insert(.underline)
            case "dim": set.insert(.dim)
            case "normal", "none": break
            default: return nil
            }
        }
        self = set
    }
}

/// The style of one cell: a colour role plus attributes added on top of the theme's.
public struct Style: Sendable, Hashable {
    public var role: ColourRole
    public var attributes: TextAttributes
    public init(_ role: ColourRole = .normal, _ attributes: TextAttributes = []) {
        self.role = role
        self.attributes = attributes
    }
    public static let normal = Style(.normal)
    public func with(_ extra: TextAttributes) -> Style { Style(role, attributes.union(extra)) }
}
