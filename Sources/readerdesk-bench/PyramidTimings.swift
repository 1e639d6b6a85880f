import Foundation
import ReaderDeskCore

/// The pyramid of the last whole year before "now", in the app's core and in plain SQL in the
/// `sqlite3` shell on the same file; the ratio is the target (at most a half).
struct PyramidTimings {
    var year: Int
    var appMs: Double?
    var sqlMs: Double?
    var note: String?
    var sqlNote: String?
    /// Every reader's tier against plain SQL's, and the target's scale (< 2 s to 100,000 readers, < 3 s beyond).
    var agreement: PlainSQLPyramid.Agreement?
    var agreementNote: String?
    var limitMs = 2000.0

    static func run(_ lib: BenchLibrary, log: (String) -> Void) -> PyramidTimings {
        let year = Int(lib.calendar.dayString(lib.now).prefix(4))! - 1
        var t = PyramidTimings(year: year)
        if lib.readers > 100_000 { t.limitMs = 3000 }
        let start = lib.calendar.startOfDay(year: year, month: 1, day: 1)!
        let end = lib.calendar.startOfDay(year: year + 1, month: 1, day: 1)!
        var appTiers: [String: Int]?
        do {
            if let (ms, tiers) = try Analytics.pyramid(lib, year: year) {
                t.appMs = ms
                appTiers = tiers
            } else {
                t.note = Report.notBuilt
            }
        } catch {
            t.note = "failed: \(error)"
        }
        do {
            log("the same pyramid in plain SQL in the sqlite3 shell")
            let plain = try PlainSQLPyramid.run(path: lib.path, start: start, end: end)
            t.sqlMs = plain.ms
            if let appTiers, appTiers != plain.tiers {
                t.note = "tiers differ from plain SQL: app \(appTiers), sqlite3 \(plain.tiers)"
            }
        } catch {
            t.sqlNote = "failed: \(error)"
        }
        do {
            log("every reader's tier against plain SQL")
            let app = try AppDatabase.open(path: lib.path, calendar: lib.calendar).pyramid(try lib.calendar.period(String(year)))
            t.agreement = try PlainSQLPyramid.agreement(path: lib.path, start: start, end: end, app: app)
        } catch {
            t.agreementNote = "failed: \(error)"
        }
        return t
    }

    func metrics(into r: inout Report) {
        r.add(
            Metric(
                key: "pyramid_year_ms", what: "pyramid for \(year) in the app's core", value: appMs, unit: "ms",
                target: "< \(Int(limitMs / 1000)) s", limit: limitMs, note: note))
        r.add(Metric(key: "pyramid_sql_ms", what: "  the same in plain SQL, sqlite3 shell", value: sqlMs, unit: "ms", note: sqlNote))
        let ratio = appMs.flatMap { a in sqlMs.map { a / $0 } }
        r.add(
            Metric(
                key: "pyramid_vs_sql", what: "  app ÷ plain SQL", value: ratio, unit: "×", target: "≤ 0.5×",
                limit: 0.5, inclusive: true, note: ratio == nil ? (note ?? sqlNote) : nil))
        r.add(
            Metric(
                key: "pyramid_tier_differences", what: "  readers whose tier differs from plain SQL (every reader)",
                value: agreement.map { Double($0.differ) }, unit: "readers", target: "0", limit: 0, inclusive: true,
                note: agreement.map {
                    "\($0.sameTier) of \($0.readers) the same tier, \($0.samePosition) the same position"
                        + ($0.firstDifference.map { "; first: \($0)" } ?? "")
                } ?? agreementNote))
    }
}
