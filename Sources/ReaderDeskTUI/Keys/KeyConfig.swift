import Foundation
import ReaderDeskCore
import TOMLKit

/// Reads the `[keys]` section of the user's config file:
///
///     [keys]
///     quit = ["q", "ctrl-q"]
///     logContact = "C"
///
/// Other sections belong to other parts of the app and are ignored here.
public enum KeyConfig {
    public struct Error: Swift.Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    /// `$READERDESK_CONFIG`, else `$XDG_CONFIG_HOME/readerdesk/config.toml`,
    /// else `~/.config/readerdesk/config.toml`.
    public static func defaultPath(environment: [String: String]) -> String? {
        // The file in use, else where the user's own would go.
        ConfigFile.path(environment: environment) ?? ConfigFile.candidates(environment).first
    }

    /// Parses the overrides; unknown actions or key names are errors naming them.
    public static func parse(_ toml: String) throws -> [Action: [Key]] {
        let table: TOMLTable
        // toml++ aborts on some malformed headers: those are named here before it sees them.
        if let problem = TOMLCheck.firstProblem(toml) { throw Error(description: problem.description) }
        do { table = try TOMLTable(string: toml) } catch let e as TOMLParseError {
            throw Error(description: "line \(e.source.begin.line): \(e.description)")
        }
        guard let keys = table["keys"] else { return [:] }
        guard let section = keys.table else { throw Error(description: "[keys] must be a table") }
        var result: [Action: [Key]] = [:]
        for name in section.keys {
            guard let action = Action(rawValue: name) else {
                throw Error(description: "[keys] unknown action '\(name)'")
            }
            var names: [String] = []
            if let s = section[name]?.string {
                names = [s]
            } else if let a = section[name]?.array {
                names = a.compactMap { $0.string }
            }
            var parsed: [Key] = []
            for n in names {
                guard let k = Key(name: n) else { throw Error(description: "[keys] \(name): unknown key '\(n)'") }
                parsed.append(k)
            }
            result[action] = parsed
        }
        return result
    }

    /// The default bindings with the file's overrides; a missing file is not an error.
    public static func load(path: String?) throws -> KeyBindings {
        var bindings = KeyBindings()
        guard let path, FileManager.default.fileExists(atPath: path) else { return bindings }
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw Error(description: "\(path): cannot read")
        }
        do { bindings.override(try parse(text)) } catch let e as Error {
            throw Error(description: "\(path): \(e.description)")
        }
        return bindings
    }
}
