import Foundation
import ReaderDeskCore
import ReaderDeskTUI
import ReaderDeskWords

/// Opens the full-screen app: the database and who you are, the theme (`--theme`, else the
/// config file), the language (`READERDESK_LANG`, the config file, the locale), the key map
/// (defaults plus the user's `[keys]`), then the terminal, which is restored on every exit.
struct AppLaunch {
    let global: GlobalOptions
    let theme: String?
    let demo: Bool

    init(_ command: ReaderDeskCommand) {
        global = command.global
        theme = command.theme
        demo = command.demo
    }

    func run() throws {
        let env = ProcessInfo.processInfo.environment
        // The person's own files (config, theme, keys) are read with their own rights (`RealUser`).
        let config = try RealUser.withRights { try ConfigFile.load(environment: env) }
        var options = global
        if demo {
            // The demo is the person's own library: a set-user-id run becomes theirs for good first.
            if ProcessPrivilege.current.setID { try ProcessPrivilege.dropPermanently() }
            options.db = try DemoLibrary.prepare(environment: env)
        }
        let ctx = try CommandContext(options)
        let staff = try ctx.actor().staff
        let themeName = theme ?? config.theme ?? "default"
        var loadedTheme = ThemeLoader.builtinDefault()
        var themeProblem: String?
        do { loadedTheme = try RealUser.withRights { try ThemeLoader(environment: env).load(themeName) } } catch {
            // A theme asked for by --theme must work; the config's choice is optional: defaults, and say so.
            if theme != nil { throw CommandError(Refusal.theme, String(describing: error)) }
            themeProblem = String(describing: error)
        }
        var language = Language.detect(environment: env)
        if (env["READERDESK_LANG"] ?? "").isEmpty, let l = config.language {
            language = l.lowercased().hasPrefix("zh") ? .zhHans : .en
        }
        // A broken [keys] section should not lock someone out: say so in the app, use the defaults.
        var keys = KeyBindings()
        var message: String?
        do { keys = try RealUser.withRights { try KeyConfig.load(path: KeyConfig.defaultPath(environment: env)) } } catch {
            message = Localisation(language).format(Words.keyConfigError, Sanitizer.singleLine(String(describing: error)))
        }
        if let themeProblem { message = Localisation(language).format(Words.themeError, Sanitizer.singleLine(themeProblem)) }
        let fixedNow = ctx.caller.fixedNow
        let now = ctx.now
        let clock: @Sendable () -> Int64
        if fixedNow { clock = { now } } else { clock = { Int64(Date().timeIntervalSince1970) } }
        let data = AppData(database: ctx.database, staff: staff, clock: clock)
        try NcursesTerminal.run(theme: loadedTheme) { terminal in
            let runner = AppRunner(terminal: terminal, data: data, language: language, keys: keys, message: message)
            runner.startBackgroundRefresh()
            runner.run()
        }
    }
}

/// The demo library behind `--demo`.
enum DemoLibrary {
    static func path(_ env: [String: String]) -> String {
        let home = env["HOME"] ?? NSHomeDirectory()
        let data = env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.local/share"
        return data + "/readerdesk/demo.sqlite"
    }

    /// The demo database's path, made and filled first if there is none.
    static func prepare(environment env: [String: String]) throws -> String {
        let p = path(env)
        if FileManager.default.fileExists(atPath: p) { return p }
        try FileManager.default.createDirectory(
            atPath: (p as NSString).deletingLastPathComponent,
            withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
        var options = GlobalOptions()
        options.db = p
        // Big enough to feel like a real library, small enough to make in seconds.
        try DemoCommand.make(path: p, global: options, DemoOptions(readers: 10_000, months: 24, seed: 1), admin: nil)
        return p
    }
}
