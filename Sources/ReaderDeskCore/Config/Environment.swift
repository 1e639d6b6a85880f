import Foundation

/// What the process's environment decides: "now" and where the database lives.
public enum Environment {
    /// `$READERDESK_NOW` (ISO 8601) when set, so tests and demonstrations are reproducible.
    public static func now(_ env: [String: String] = ProcessInfo.processInfo.environment) throws -> Int64 {
        guard let text = env["READERDESK_NOW"], !text.isEmpty else { return Int64(Date().timeIntervalSince1970) }
        do { return try LibraryCalendar.current.parseInstant(text) } catch {
            throw ReaderDeskError.invalid("READERDESK_NOW='\(text)' is not an ISO 8601 time")
        }
    }
}

/// Finds the database: `--db`, else `$READERDESK_DB`, else the config file, else the XDG data dir.
public enum DatabaseLocation {
    public static func resolve(explicit: String?, environment env: [String: String]) throws -> String {
        if let p = explicit, !p.isEmpty { return expand(p, env) }
        if let p = env["READERDESK_DB"], !p.isEmpty { return expand(p, env) }
        if let p = try ConfigFile.load(environment: env).database { return expand(p, env) }
        return defaultPath(env)
    }

    public static func defaultPath(_ env: [String: String]) -> String {
        let home = env["HOME"] ?? NSHomeDirectory()
        let data = env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.local/share"
        return data + "/readerdesk/readerdesk.sqlite"
    }

    /// `init` may create the default folder (~/.local/share/readerdesk); a folder named
    /// explicitly must already exist, so a typo is not silently made real.
    public static func makeDefaultDirectory(for path: String, explicit: String?, environment env: [String: String]) throws {
        guard (explicit ?? "").isEmpty, (env["READERDESK_DB"] ?? "").isEmpty, path == defaultPath(env) else { return }
        let dir = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o750])
    }

    static func expand(_ p: String, _ env: [String: String]) -> String {
        if p.hasPrefix("~/"), let home = env["HOME"] { return home + p.dropFirst(1) }
        return p
    }
}

/// The config file (TOML): `$READERDESK_CONFIG`, else `$XDG_CONFIG_HOME/readerdesk/config.toml`,
/// else `/etc/readerdesk/config.toml` (the system-wide one naming a shared database). The core
/// reads its top-level `key = "value"` lines; tables such as `[keys]` belong to the app.
public struct ConfigFile: Sendable {
    public var database: String?
    public var theme: String?
    public var language: String?
    public var values: [String: String] = [:]

    public static func candidates(_ env: [String: String]) -> [String] {
        if let p = env["READERDESK_CONFIG"], !p.isEmpty { return [p] }
        let home = env["HOME"] ?? NSHomeDirectory()
        let config = env["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
        return [config + "/readerdesk/config.toml", "/etc/readerdesk/config.toml"]
    }

    /// The first config file that exists, if any.
    public static func path(environment env: [String: String]) -> String? {
        candidates(env).first { FileManager.default.fileExists(atPath: $0) }
    }

    public static func load(environment env: [String: String]) throws -> ConfigFile {
        if let path = path(environment: env) {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw ReaderDeskError(.io, "cannot read the config file \(path)")
            }
            return try parse(text, path: path)
        }
        return ConfigFile()
    }

    public static func parse(_ text: String, path: String) throws -> ConfigFile {
        var c = ConfigFile()
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") { break }   // the app's tables follow the top-level keys
            guard let eq = line.firstIndex(of: "=") else {
                throw ReaderDeskError.invalid("\(path):\(n + 1): expected 'key = value'")
            }
            let key = line[..<eq].trimmingCharacters(in: .whitespaces)
            var value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            c.values[key] = value
            switch key {
            case "database", "db": c.database = value
            case "theme": c.theme = value
            case "language", "lang": c.language = value
            default: break
            }
        }
        return c
    }
}
