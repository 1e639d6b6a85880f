import Foundation
import ReaderDeskCore

#if canImport(Glibc)
    import Glibc
#endif

/// `matrix` and `today` answer from the stored actions at once; the first refresh of a day runs
/// in a detached `readerdesk matrix --refresh-in-background` (docs: ARCHITECTURE "Refreshing").
enum BackgroundRefresh {
    /// Refreshes what is cheap now and says how current the stored actions are. When they are from
    /// an earlier day, the command calls `startIfStale` once it has answered.
    static func answerNow(_ ctx: CommandContext) throws -> ActionFreshness {
        try ctx.database.refreshLiveIfStale(now: ctx.now)
    }

    /// Starts the full refresh in another process when the stored actions are from an earlier day.
    /// Called last (a `defer` right after `answerNow`): the refresh's first writes would otherwise
    /// hold the write lock while the command records its own audit row, and the answer would wait.
    static func startIfStale(_ ctx: CommandContext, _ freshness: ActionFreshness) {
        if freshness.dailyStale { start(ctx) }
    }

    /// The detached child: its own session, no terminal, nothing on its streams. It inherits the
    /// environment (READERDESK_AS, READERDESK_NOW, READERDESK_DB), so it refreshes the same library.
    private static func start(_ ctx: CommandContext) {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var args = [exe, "matrix", "--refresh-in-background"]
        if !ctx.caller.privilege.setID { args += ["--db", ctx.caller.path] }
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer { posix_spawn_file_actions_destroy(&actions); posix_spawnattr_destroy(&attributes) }
        for fd: Int32 in [0, 1, 2] { posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0) }
        posix_spawnattr_setflags(&attributes, Int16(0x80))  // POSIX_SPAWN_SETSID: no hang-up with the terminal
        let argv = args.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        // A child that cannot start leaves the actions as they are: the next look tries again.
        _ = posix_spawn(&pid, exe, &actions, &attributes, argv, environ)
    }

    /// The child's work. One refresher at a time per database folder (an flock on the folder); a
    /// second one exits, and a plan whose snapshot went stale is skipped by `applyPlan` anyway. Not
    /// on the database file itself: closing any descriptor of that file would drop the POSIX locks
    /// of this process's SQLite connections.
    static func run(_ ctx: CommandContext) throws {
        try ctx.requireStaff()  // the same person as the look that started it
        let folder = (ctx.caller.path as NSString).deletingLastPathComponent
        let fd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { close(fd) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { return }
        if try ctx.database.dailyIsStale(now: ctx.now) { try ctx.database.refreshActions(now: ctx.now, force: false) }
    }

    /// `"computed_at"` and `"refreshing"` in the JSON of `matrix` and `today`.
    struct JSON: Encodable {
        let computedAt: String?
        let refreshing: Bool
        init(_ f: ActionFreshness, _ cal: LibraryCalendar) { computedAt = f.computedAt.map(cal.timestamp); refreshing = f.dailyStale }
        enum CodingKeys: String, CodingKey { case computedAt = "computed_at", refreshing }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(computedAt, forKey: .computedAt)  // null, not missing, when unknown
            try c.encode(refreshing, forKey: .refreshing)
        }
    }

    /// The line under a table: when the actions were computed, and that a refresh is running.
    static func note(_ f: ActionFreshness, _ cal: LibraryCalendar) -> String? {
        guard let at = f.computedAt else { return f.dailyStale ? say(Line.actionsFromEarlierDay) : nil }
        return say(Line.actionsComputed, Phrase.minute(at, cal)) + say(f.dailyStale ? Line.refreshingInBackground : Line.fullStop)
    }
}
