import Foundation
import ReaderDeskCore
import ReaderDeskTUI

/// The analytics the benchmark times: the pyramid of a year and the matrix pane.
enum Analytics {
    /// Best of three computations of the year's pyramid: milliseconds and the readers per tier.
    static func pyramid(_ lib: BenchLibrary, year: Int) throws -> (Double, [String: Int])? {
        let database = try AppDatabase.open(path: lib.path, calendar: lib.calendar)
        let period = try lib.calendar.period(String(year))
        var best: (Double, [String: Int])?
        for _ in 0..<3 {
            let (p, ms) = try Measure.time { try database.pyramid(period) }
            let tiers = ["vip": p.tiers.vip, "key": p.tiers.key, "mid": p.tiers.mid, "basic": p.tiers.basic].filter { $0.value > 0 }
            if best == nil || ms < best!.0 { best = (ms, tiers) }
        }
        return best
    }

    struct MatrixOpen {
        /// Opening the pane as the app does: the actions are kept fresh on a background thread,
        /// so the pane reads the cells as stored and draws them.
        var openMs: Double
        /// Every rule of the six cells re-evaluated in full: the background thread's work (and
        /// the `matrix` command's on its first look of a day).
        var refreshMs: Double
    }

    /// Opening the matrix pane (key `2`) of a running app, with the cells read afresh.
    static func matrixOpen(_ lib: BenchLibrary, _ session: AppSession) throws -> MatrixOpen? {
        let data = session.runner.data
        let refreshMs = try Measure.ms { try data.refreshActions(now: lib.now, force: true) }
        data.refreshesInBackground = true
        let readMs = try Measure.ms { _ = try data.matrix() }
        let keyMs = session.press(.char("2")).ms
        _ = session.press(.char("1"))
        return MatrixOpen(openMs: readMs + keyMs, refreshMs: refreshMs)
    }

    struct Today {
        var login: String
        /// The plan read in the process (the app's Today), best of five.
        var planMs: Double
        /// `readerdesk today --login LOGIN` as a whole process, best of five.
        var processMs: Double?
        /// `readerdesk matrix` as a whole process, best of five.
        var matrixProcessMs: Double?
    }

    /// The day's plan of the staff member who owns the most open actions.
    static func today(_ lib: BenchLibrary) throws -> Today? {
        let database = try AppDatabase.open(path: lib.path, calendar: lib.calendar)
        guard
            let login = try database.read({ db in
                try String.fetchOne(
                    db,
                    sql: """
                        SELECT staff.login FROM action JOIN staff ON staff.id = action.owner_id
                        WHERE action.status = 'open' GROUP BY staff.id ORDER BY count(*) DESC LIMIT 1
                        """)
            }), let admin = try database.allStaff().first(where: { $0.login == lib.adminLogin })
        else { return nil }
        let actor = Actor(staff: admin, now: lib.now)
        var planMs = Double.infinity
        for _ in 0..<5 { planMs = min(planMs, try Measure.ms { _ = try database.todayPlanCached(actor, login: login, backlogDays: 0) }) }
        var processMs: Double?, matrixMs: Double?
        if let bin = Sibling.readerdesk() {
            let env = lib.commandEnvironment()
            for _ in 0..<5 {
                guard let run = try? ProcessRun.run(bin, ["today", "--login", login], environment: env), run.status == 0 else { continue }
                processMs = min(processMs ?? .infinity, run.ms)
            }
            for _ in 0..<5 {
                guard let run = try? ProcessRun.run(bin, ["matrix"], environment: env), run.status == 0 else { continue }
                matrixMs = min(matrixMs ?? .infinity, run.ms)
            }
        }
        return Today(login: login, planMs: planMs, processMs: processMs, matrixProcessMs: matrixMs)
    }

    /// Brings the matrix's actions up to date before the app is timed, as any earlier look that
    /// day would have; the cost of doing it is in the matrix figures.
    static func prepare(_ lib: BenchLibrary) throws {
        try AppDatabase.open(path: lib.path, calendar: lib.calendar).refreshActionsIfStale(now: lib.now)
    }
}
