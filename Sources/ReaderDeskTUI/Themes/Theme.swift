/// The eight basic terminal colours plus the terminal's own default.
public enum ThemeColour: String, CaseIterable, Sendable {
    case `default`, black, red, green, yellow, blue, magenta, cyan, white

    /// The curses colour number; -1 is "the terminal's default" (use_default_colors).
    public var index: Int {
        switch self {
        case .default: return -1
        case .black: return 0
        case .red: return 1
        case .green: return 2
        case .yellow: return 3
        case .blue: return 4
        case .magenta: return 5
        case .cyan: return 6
        case .white: return 7
        }
    }
}

/// How one role looks: basic colours, optional 256-colour indices used when the terminal
/// has them, attributes, and the attributes to use instead when colour is off (NO_COLOR),
/// so a selection stays visible without colour.
public struct RoleStyle: Sendable, Equatable {
    public var foreground: ThemeColour
    public var background: ThemeColour
    public var foreground256: Int?
    public var background256: Int?
    public var attributes: TextAttributes
    public var monoAttributes: TextAttributes?

    public init(
        foreground: ThemeColour = .default, background: ThemeColour = .default,
        foreground256: Int? = nil, background256: Int? = nil,
        attributes: TextAttributes = [], monoAttributes: TextAttributes? = nil
    ) {
        self.foreground = foreground
        self.background = background
        self.foreground256 = foreground256
        self.background256 = background256
        self.attributes = attributes
        self.monoAttributes = monoAttributes
    }
}

/// How many colours we may use: none (NO_COLOR or a terminal without colour), 8, or 256.
public enum ColourMode: Sendable, Equatable {
    case none, basic, indexed256

    /// `NO_COLOR` set to anything (even empty) wins over what the terminal can do.
    public static func detect(environment: [String: String], terminalColours: Int) -> ColourMode {
        if environment["NO_COLOR"] != nil { return .none }
        if terminalColours >= 256 { return .indexed256 }
        if terminalColours >= 8 { return .basic }
        return .none
    }
}

/// Colours and attributes resolved for one role in one colour mode; -1 means default colour.
public struct ResolvedStyle: Sendable, Equatable, Hashable {
    public var foreground: Int
    public var background: Int
    public var attributes: TextAttributes
}

public struct Theme: Sendable, Equatable {
    public var name: String
    public var roles: [ColourRole: RoleStyle]

    public init(name: String, roles: [ColourRole: RoleStyle]) {
        self.name = name
        self.roles = roles
    }

    /// A role the theme does not mention looks like `normal`.
    public subscript(role: ColourRole) -> RoleStyle {
        roles[role] ?? roles[.normal] ?? RoleStyle()
    }

    public func resolve(_ role: ColourRole, mode: ColourMode) -> ResolvedStyle {
        let r = self[role]
        switch mode {
        case .none:
            return ResolvedStyle(foreground: -1, background: -1, attributes: r.monoAttributes ?? r.attributes)
        case .basic:
            return ResolvedStyle(
                foreground: r.foreground.index, background: r.background.index,
                attributes: r.attributes)
        case .indexed256:
            return ResolvedStyle(
                foreground: r.foreground256 ?? r.foreground.index,
                background: r.background256 ?? r.background.index,
                attributes: r.attributes)
        }
    }

    /// A cell's final look: the role's resolved style plus the cell's own attributes.
    public func resolve(_ style: Style, mode: ColourMode) -> ResolvedStyle {
        var r = resolve(style.role, mode: mode)
        r.attributes.formUnion(style.attributes)
        return r
    }
}
