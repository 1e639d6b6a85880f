import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A set-id run keeps only the environment it needs, before Foundation, ICU, SQLite or ncurses
/// read any of it. The dynamic loader has already dropped LD_* and glibc's unsafe variables;
/// this also drops, among others, ICU_DATA (ICU would load data files with the service account's
/// rights), TMPDIR and SQLITE_TMPDIR (SQLite's temporary files would go where the caller says),
/// TERMINFO and TERMINFO_DIRS (ncurses ignores them when set-id, but they go too), and a TZ
/// naming a file. What is left is named in `kept`; docs/ARCHITECTURE.md "Trust" has the review.
public enum SecureEnvironment {
    public static let kept: Set<String> = [
        "TERM", "COLUMNS", "LINES", "LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LC_TIME", "LC_COLLATE",
        "LC_NUMERIC", "TZ", "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "NO_COLOR", "READERDESK_LANG",
        // Kept so that their being ignored can be said (CommandContext) or refused (CallerOverrides).
        "READERDESK_DB", "READERDESK_CONFIG", "READERDESK_AS", "READERDESK_NOW",
    ]

    /// The environment a set-id run keeps: the names above, a TZ only when it names a zone (not a
    /// file), and a fixed PATH.
    public static func filtered(_ env: [String: String]) -> [String: String] {
        var out = env.filter { kept.contains($0.key) }
        if let tz = out["TZ"], tz.contains("/") && (tz.hasPrefix("/") || tz.hasPrefix(":") || tz.contains("..")) { out["TZ"] = nil }
        out["PATH"] = "/usr/bin:/bin"
        return out
    }

    /// Applies `filtered` to this process when it is set-id; call first thing in `main`.
    public static func scrubIfSetID() {
        guard ProcessPrivilege.current.setID else { return }
        var names: [String] = []
        var p = environ
        while let entry = p.pointee {
            let text = String(cString: entry)
            if let eq = text.firstIndex(of: "=") { names.append(String(text[..<eq])) }
            p += 1
        }
        var values: [String: String] = [:]
        for name in names { if let v = getenv(name) { values[name] = String(cString: v) } }
        let keep = filtered(values)
        for name in names where keep[name] == nil { unsetenv(name) }
        for (name, value) in keep { setenv(name, value, 1) }
    }
}
