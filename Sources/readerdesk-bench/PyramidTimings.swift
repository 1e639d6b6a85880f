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

    static func run(_ lib: BenchLibrary, log: (String) -> Void) -> PyramidTimings {
        let year = Int(lib.calendar.dayString(lib.now).prefix(4))! - 1
        var t = PyramidTimings(year: year)
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
        return t
    }

    func metrics(into r: inout Report) {
        r.add(
            Metric(
                key: "pyramid_year_ms", what: "pyramid for \(year) in the app's core", value: appMs, unit: "ms",
                target: "< 2 s", limit: 2000, note: note))
        r.add(Metric(key: "pyramid_sql_ms", what: "  the same in plain SQL, sqlite3 shell", value: sqlMs, unit: "ms", note: sqlNote))
        let ratio = appMs.flatMap { a in sqlMs.map { a / $0 } }
        r.add(
            Metric(
                key: "pyramid_vs_sql", what: "  app ÷ plain SQL", value: ratio, unit: "×", target: "≤ 0.5×",
                limit: 0.5, inclusive: true, note: ratio == nil ? (note ?? sqlNote) : nil))
    }
}
