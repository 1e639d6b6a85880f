import Foundation

/// Finds themes by name. Looks, in order, in `$READERDESK_THEMES`, in a `Themes/` folder
/// found by walking up from the executable (the package root for `swift run` and
/// `.build/release/readerdesk`), in `./Themes`, and finally in the built-in copies.
/// A name may also be a path to a `.toml` file.
public struct ThemeLoader: Sendable {
    public var searchDirectories: [String]

    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executablePath: String? = ThemeLoader.currentExecutablePath(),
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        var dirs: [String] = []
        if let env = environment["READERDESK_THEMES"], !env.isEmpty { dirs.append(env) }
        if let exe = executablePath {
            var dir = URL(fileURLWithPath: exe).resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<6 {
                let candidate = dir.appendingPathComponent("Themes").path
                if ThemeLoader.isDirectory(candidate) { dirs.append(candidate); break }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        dirs.append(URL(fileURLWithPath: currentDirectory).appendingPathComponent("Themes").path)
        var seen = Set<String>()
        searchDirectories = dirs.filter { seen.insert($0).inserted }
    }

    public init(searchDirectories: [String]) { self.searchDirectories = searchDirectories }

    /// Names of all themes on disk and built in, sorted.
    public func themeNames() -> [String] {
        var names = Set(BuiltinThemes.names)
        for dir in searchDirectories {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
            for f in files where f.hasSuffix(".toml") { names.insert(String(f.dropLast(5))) }
        }
        return names.sorted()
    }

    /// Where `name` would be loaded from: a file path, or "built-in".
    public func source(of name: String) -> String? {
        if name.hasSuffix(".toml") { return FileManager.default.fileExists(atPath: name) ? name : nil }
        for dir in searchDirectories {
            let path = URL(fileURLWithPath: dir).appendingPathComponent(name + ".toml").path
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        return BuiltinThemes.all[name] != nil ? "built-in" : nil
    }

    /// Loads a theme; a broken file is an error naming the file, not a silent fallback.
    public func load(_ name: String) throws -> Theme {
        guard let source = source(of: name) else {
            throw ThemeError("unknown theme '\(name)' (available: \(themeNames().joined(separator: ", ")))")
        }
        if source == "built-in", let text = BuiltinThemes.all[name] {
            return try ThemeParser.parse(text, fallbackName: name)
        }
        let text: String
        do { text = try String(contentsOfFile: source, encoding: .utf8) } catch {
            throw ThemeError("\(source): cannot read (\(error.localizedDescription))")
        }
        do {
            return try ThemeParser.parse(text, fallbackName: name)
        } catch let e as ThemeError {
            throw ThemeError("\(source): \(e.description)")
        }
    }

    /// The built-in default theme; cannot fail (a test parses every built-in).
    public static func builtinDefault() -> Theme {
        (try? ThemeParser.parse(BuiltinThemes.defaultTheme, fallbackName: "default"))
            ?? Theme(name: "default", roles: [.normal: RoleStyle()])
    }

    public static func builtin(_ name: String) throws -> Theme {
        guard let text = BuiltinThemes.all[name] else { throw ThemeError("no built-in theme '\(name)'") }
        return try ThemeParser.parse(text, fallbackName: name)
    }

    public static func currentExecutablePath() -> String? {
        if let p = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return p }
        return Bundle.main.executablePath ?? CommandLine.arguments.first
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }
}
