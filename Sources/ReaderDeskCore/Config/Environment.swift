import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What the process's environment decides: "now" and where the database lives.
public enum Environment {
    /// `$READERDESK_NOW` (ISO 8601) when set, so tests and demonstrations are reproducible.
    public static func now(_ env: [String: String] = ProcessInfo.processInfo.environment) throws -> Int64 {
        try now(fixed: env["READERDESK_NOW"])
    }

    /// A fixed time (ISO 8601) when one is given and allowed (`CallerOverrides`), else the clock.
    public static func now(fixed: String?) throws -> Int64 {
        guard let text = fixed, !text.isEmpty else { return Int64(Date().timeIntervalSince1970) }
        do { return try LibraryCalendar.current.parseInstant(text) } catch {
            throw ReaderDeskError.invalid("READERDESK_NOW='\(text)' is not an ISO 8601 time", Phrase("error.now", [text]))
        }
    }
}

/// Finds the database: `--db`, else `$READERDESK_DB`, else the config file, else the XDG data dir.
/// A set-id run takes it only from the system config (`ConfigFile.systemPath`): everything else
/// is the caller's to choose, and the caller must not point the service account at another file.
public enum DatabaseLocation {
    public static func resolve(explicit: String?, environment env: [String: String]) throws -> String {
        try resolve(explicit: explicit, environment: env, privilege: .current).path
    }

    /// The path, and the caller's choices a set-id run left aside (to say so once).
    public static func resolve(
        explicit: String?, environment env: [String: String], privilege: ProcessPrivilege,
        systemConfig: String = ConfigFile.systemPath
    ) throws -> (path: String, ignored: [String]) {
        guard privilege.setID else { return (try resolveOwn(explicit: explicit, environment: env), []) }
        var ignored: [String] = []
        if let p = explicit, !p.isEmpty { ignored.append("db") }  // the command line names its flag
        for name in ["READERDESK_DB", "READERDESK_CONFIG"] where !(env[name] ?? "").isEmpty { ignored.append(name) }
        guard FileManager.default.fileExists(atPath: systemConfig) else {
            throw ReaderDeskError(
                .io,
                "this readerdesk is set-user-id, so it uses only the database named in \(systemConfig), which does not exist: ask an administrator",
                phrase: Phrase("error.setid.noConfig", [systemConfig])
            )
        }
        let config = try ConfigFile.load(path: systemConfig)
        guard let p = config.database, p.hasPrefix("/") else {
            throw ReaderDeskError(
                .io,
                "\(systemConfig) names no database (database = \"/srv/readerdesk/library.sqlite\", an absolute path): ask an administrator",
                phrase: Phrase("error.setid.noDatabase", [systemConfig]))
        }
        return (p, ignored)
    }

    static func resolveOwn(explicit: String?, environment env: [String: String]) throws -> String {
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
        try FileManager.default.createDirectory(
            atPath: dir, withIntermediateDirectories: true,
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

    /// The system-wide config: the only one a set-id run takes its database from.
    public static let systemPath = "/etc/readerdesk/config.toml"

    public static func candidates(_ env: [String: String]) -> [String] {
        if let p = env["READERDESK_CONFIG"], !p.isEmpty { return [p] }
        let home = env["HOME"] ?? NSHomeDirectory()
        let config = env["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
        return [config + "/readerdesk/config.toml", systemPath]
    }

    /// The first config file that exists, if any.
    public static func path(environment env: [String: String]) -> String? {
        candidates(env).first { FileManager.default.fileExists(atPath: $0) }
    }

    public static func load(environment env: [String: String]) throws -> ConfigFile {
        if let path = path(environment: env) { return try load(path: path) }
        return ConfigFile()
    }

    public static func load(path: String) throws -> ConfigFile {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ReaderDeskError(.io, "cannot read the config file \(path)", phrase: Phrase("error.config.read", [path]))
        }
        return try parse(text, path: path)
    }

    /// The top-level `key = value` lines, read as TOML reads them: basic and literal strings
    /// (with escapes), bare numbers and booleans, and a `# comment` after the value. A line it
    /// cannot read is an error naming the file and line; the tables that follow are the app's,
    /// checked by `TOMLCheck` here so a header that would stop TOMLKit is named too.
    public static func parse(_ text: String, path: String) throws -> ConfigFile {
        if let problem = TOMLCheck.firstProblem(text) {
            throw ReaderDeskError.invalid(
                "\(path):\(problem.line): \(problem.message)", Phrase("error.config.header", [path, String(problem.line)]))
        }
        var c = ConfigFile()
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") { break }  // the app's tables follow the top-level keys
            // The phrase's code is the problem's; its arguments follow the file and line.
            func bad(_ m: String, _ p: Phrase) -> ReaderDeskError {
                .invalid("\(path):\(n + 1): \(m)", Phrase(p.code, [path, String(n + 1)] + p.arguments))
            }
            guard let eq = line.firstIndex(of: "=") else { throw bad("expected 'key = value'", Phrase("error.config.keyValue")) }
            var key = line[..<eq].trimmingCharacters(in: .whitespaces)
            if key.count >= 2, key.first == "\"" || key.first == "'", key.last == key.first { key = String(key.dropFirst().dropLast()) }
            guard !key.isEmpty else { throw bad("expected 'key = value'", Phrase("error.config.keyValue")) }
            let value = try TOMLValue.scalar(Array(line[line.index(after: eq)...].unicodeScalars)).mapError(bad)
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

extension DatabaseLocation {
    /// The owner of the database file, nil when there is none yet. A folder the caller may not
    /// search is a refusal for an outsider, not "no database": the file may well be there.
    public static func owner(of path: String) throws -> uid_t? {
        var st = stat()
        if stat(path, &st) == 0 { return st.st_uid }
        if errno == ENOENT { return nil }
        if errno == EACCES {
            throw ReaderDeskError.forbidden(AppDatabase.outsiderMessage(Identity.osLogin()), AppDatabase.outsiderPhrase(Identity.osLogin()))
        }
        throw ReaderDeskError(
            .io, "cannot look at \(path): \(String(cString: strerror(errno)))",
            phrase: Phrase("error.file.stat", [path, String(cString: strerror(errno))]))
    }
}
