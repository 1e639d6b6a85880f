import ReaderDeskCore
import TOMLKit

public struct ThemeError: Error, CustomStringConvertible, Equatable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Reads a theme from TOML:
///
///     name = "default"
///     [roles.selected]
///     fg = "black"; bg = "cyan"; fg256 = 16; bg256 = 45
///     attrs = ["bold"]; mono = ["reverse"]
///
/// Unknown roles, colours or attributes are errors, so a typo in a theme is noticed.
public enum ThemeParser {
    public static func parse(_ toml: String, fallbackName: String = "theme") throws -> Theme {
        let table: TOMLTable
        // toml++ aborts on some malformed headers: those are named here before it sees them.
        if let problem = TOMLCheck.firstProblem(toml) { throw ThemeError(problem.description) }
        do { table = try TOMLTable(string: toml) } catch let e as TOMLParseError {
            throw ThemeError("line \(e.source.begin.line): \(e.description)")
        }
        let name = table["name"]?.string ?? fallbackName
        guard let rolesTable = table["roles"]?.table else { throw ThemeError("missing [roles] table") }
        var roles: [ColourRole: RoleStyle] = [:]
        let known = Dictionary(uniqueKeysWithValues: ColourRole.allCases.map { ($0.tomlKey, $0) })
        for key in rolesTable.keys {
            guard let role = known[key] else { throw ThemeError("unknown role '\(key)'") }
            guard let t = rolesTable[key]?.table else { throw ThemeError("role '\(key)' must be a table") }
            roles[role] = try roleStyle(t, role: key)
        }
        guard roles[.normal] != nil else { throw ThemeError("theme must define roles.normal") }
        return Theme(name: name, roles: roles)
    }

    private static func roleStyle(_ t: TOMLTable, role: String) throws -> RoleStyle {
        var style = RoleStyle()
        style.foreground = try colour(t["fg"], "\(role).fg")
        style.background = try colour(t["bg"], "\(role).bg")
        style.foreground256 = try index(t["fg256"], "\(role).fg256")
        style.background256 = try index(t["bg256"], "\(role).bg256")
        style.attributes = try attributes(t["attrs"], "\(role).attrs") ?? []
        style.monoAttributes = try attributes(t["mono"], "\(role).mono")
        return style
    }

    private static func colour(_ v: TOMLValue?, _ what: String) throws -> ThemeColour {
        guard let v else { return .default }
        guard let s = v.string, let c = ThemeColour(rawValue: s.lowercased()) else {
            throw ThemeError("\(what): expected one of \(ThemeColour.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return c
    }

    private static func index(_ v: TOMLValue?, _ what: String) throws -> Int? {
        guard let v else { return nil }
        guard let i = v.int, (0...255).contains(i) else { throw ThemeError("\(what): expected 0...255") }
        return i
    }

    private static func attributes(_ v: TOMLValue?, _ what: String) throws -> TextAttributes? {
        guard let v else { return nil }
        var names: [String] = []
        if let s = v.string {
            names = [s]
        } else if let a = v.array {
            for item in a {
                guard let s = item.string else { throw ThemeError("\(what): expected strings") }
                names.append(s)
            }
        } else {
            throw ThemeError("\(what): expected a list of attribute names")
        }
        guard let attrs = TextAttributes(names: names) else {
            throw ThemeError("\(what): attributes are bold, reverse, underline, dim")
        }
        return attrs
    }
}
