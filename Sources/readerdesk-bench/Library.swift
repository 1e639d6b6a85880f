import Foundation
import ReaderDeskCore

/// The library the benchmark measures: reused from the cache (or `--db`), else made once with
/// the demo generator and kept, since 100,000 readers take a minute to make.
struct BenchLibrary {
    var path: String
    var readers: Int
    var events: Int
    /// The zone the usage roll-up was filed in: the benchmark runs in it, as the library's own desk would.
    var calendar: LibraryCalendar
    var adminLogin: String
    var now: Int64
    /// Milliseconds spent making it in this run; nil when reused.
    var buildMs: Double?

    /// What a `readerdesk` the bench starts is given: the library (or `db`), its administrator, the
    /// zone and the bench's "now" (without `fixedNow`, the real clock, as a librarian's import runs).
    func commandEnvironment(db: String? = nil, fixedNow: Bool = true) -> [String: String] {
        var env = ["READERDESK_DB": db ?? path, "READERDESK_AS": adminLogin, "TZ": calendar.timeZone.identifier]
        if fixedNow { env["READERDESK_NOW"] = calendar.timestamp(now) }
        return env
    }
}

enum LibraryPrep {
    /// Reproducible "now" (the demo's months end here) unless $READERDESK_NOW says otherwise.
    static let defaultNow = "2026-05-20T15:00:00+08:00"
    /// The demo makes about 2.1 events per reader and month.
    static let eventsPerReaderMonth = 2.1

    static func months(readers: Int, events: Int) -> Int {
        max(1, min(240, Int((Double(events) / (Double(readers) * eventsPerReaderMonth)).rounded())))
    }

    /// The demo's rate when the months are chosen, else its usual rate (the months follow from it).
    static func shape(readers: Int, events: Int, months: Int?) -> (months: Int, perReaderMonth: Double) {
        guard let months else { return (Self.months(readers: readers, events: events), eventsPerReaderMonth) }
        return (months, Double(events) / (Double(readers) * Double(months)))
    }

    static func cachePath(readers: Int, events: Int, months: Int?) -> String {
        let dir = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        return "\(dir)/readerdesk-bench-\(readers)-\(events)\(months.map { "-\($0)m" } ?? "").sqlite"
    }

    static func now() throws -> Int64 {
        var env = ProcessInfo.processInfo.environment
        if (env["READERDESK_NOW"] ?? "").isEmpty { env["READERDESK_NOW"] = defaultNow }
        return try Environment.now(env)
    }

    /// Opens (or makes) the library and learns what is in it.
    static func prepare(db: String?, readers: Int, events: Int, months: Int?, log: (String) -> Void) throws -> BenchLibrary {
        let now = try now()
        let path = db ?? cachePath(readers: readers, events: events, months: months)
        var buildMs: Double?
        if !FileManager.default.fileExists(atPath: path) {
            guard db == nil else { throw ReaderDeskError.invalid("no library at \(path)") }
            let (m, rate) = shape(readers: readers, events: events, months: months)
            log("making the library: \(readers) readers × \(m) months, \(rate) events a reader and month → \(path)")
            buildMs = try Measure.ms {
                try build(path: path, options: DemoOptions(readers: readers, months: m, seed: 1, eventsPerReaderMonth: rate), now: now)
            }
            log(String(format: "made in %.1f s", buildMs! / 1000))
        }
        // The first open learns the zone of the roll-up; the calendar must match it, or every
        // period would be counted from the detail instead.
        let probe = try AppDatabase.open(path: path)
        let calendar = LibraryCalendar(timeZone: probe.rollupClock.timeZone)
        let stats = try probe.stats()
        guard let admin = try probe.allStaff().first(where: { $0.role == .admin && $0.active }) else {
            throw ReaderDeskError.invalid("\(path) has no active administrator")
        }
        return BenchLibrary(
            path: path, readers: stats.readers, events: stats.usageEvents, calendar: calendar,
            adminLogin: admin.login, now: now, buildMs: buildMs)
    }

    /// Makes the demo library beside `path`; a consistent copy lands at `path` only when complete,
    /// so an interrupted run never leaves a half-made cache behind.
    private static func build(path: String, options: DemoOptions, now: Int64) throws {
        let part = path + ".part"
        func removePart() { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: part + s) } }
        removePart()
        defer { removePart() }
        let database = try AppDatabase.open(path: part, create: true)
        let admin = try database.initialise(adminLogin: "bench-admin", name: "Bench", now: now)
        let actor = Actor(staff: admin, now: now)
        _ = try database.fillDemo(actor, options) { FileHandle.standardError.write(Data("bench: \($0)\n".utf8)) }
        try database.backup(actor, to: path)
    }
}
