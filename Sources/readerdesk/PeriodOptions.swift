import ArgumentParser
import Foundation
import ReaderDeskCore

/// `--period P` or `--from D --to D`, shared by the analytics commands.
struct PeriodOptions: ParsableArguments {
    @Option(help: "A year (2026), quarter (2026-Q3) or month (2026-10).") var period: String?
    @Option(help: "First day, YYYY-MM-DD (with --to).") var from: String?
    @Option(help: "Last day, YYYY-MM-DD (with --from).") var to: String?

    /// The period asked for, or `fallback` when none was.
    func resolve(_ cal: LibraryCalendar, fallback: () -> Period) throws -> Period {
        switch (period, from, to) {
        case (let p?, nil, nil): return try cal.period(p)
        case (nil, let a?, let b?): return try cal.period(from: a, to: b)
        case (nil, nil, nil): return fallback()
        default: throw CommandError(Refusal.periodOrRange)
        }
    }
}
