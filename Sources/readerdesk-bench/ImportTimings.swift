import Foundation
import ReaderDeskCore

#if canImport(Glibc)
    import Glibc
#endif

/// Both imports through the built `readerdesk` (as a librarian runs them), into a fresh
/// library, and the `sqlite3` shell's `.import` of the same usage file for comparison.
struct ImportTimings {
    var readersMs: Double?
    var usageMs: Double?
    /// Peak resident memory of each import process (MiB).
    var readersPeakMb: Double?
    var usagePeakMb: Double?
    /// The shell's `.import` alone, and the index it then builds on the same table.
    var shellMs: Double?
    var shellIndexMs: Double?
    /// `readerdesk matrix` on the imported library: the very first look (nothing stored yet, so it
    /// computes every rule before it answers), then the first look of the next day (it answers from
    /// the stored actions and starts the day's refresh in the background), and that refresh until done.
    var firstRefreshMs: Double?
    var newDayMs: Double?
    /// The day after that, the day's refresh run as a process of its own (what the background
    /// process does), for its time and its own memory.
    var refreshProcess: (ms: Double, peakMb: Double?)?
    var backgroundRefreshMs: Double?
    var rows: (readers: Int, events: Int) = (0, 0)
    var note: String?

    /// The CSV files, exported once from the library and kept beside it.
    static func files(_ lib: BenchLibrary, events: Int) throws -> (readers: String, usage: String) {
        let base = (lib.path as NSString).deletingPathExtension
        let readers = base + "-readers.csv", usage = base + "-usage-\(events).csv"
        if !FileManager.default.fileExists(atPath: readers) {
            try export(
                lib.path, to: readers,
                """
                SELECT card, name, type, tier, dept, subject, email, phone, birthday FROM reader ORDER BY id;
                """)
        }
        if !FileManager.default.fileExists(atPath: usage) {
            try export(
                lib.path, to: usage,
                """
                SELECT reader.card, service.code AS service, strftime('%Y-%m-%dT%H:%M:%SZ', usage.at, 'unixepoch') AS at,
                       usage.quantity, CASE usage.location WHEN 0 THEN 'onsite' WHEN 1 THEN 'campus' ELSE 'remote' END AS location
                FROM usage JOIN reader ON reader.id = usage.reader_id JOIN service ON service.id = usage.service_id
                ORDER BY usage.id LIMIT \(events);
                """)
        }
        return (readers, usage)
    }

    private static func export(_ db: String, to file: String, _ select: String) throws {
        let part = file + ".part"
        let run = try ProcessRun.run(
            PlainSQLPyramid.shell, ["-readonly", "-batch", db],
            stdin: ".headers on\n.mode csv\n.once \(part)\n\(select)\n")
        guard run.status == 0 else { throw BenchError("sqlite3 export: \(run.stderr.prefix(200))") }
        try FileManager.default.moveItem(atPath: part, toPath: file)
    }

    static func run(_ lib: BenchLibrary, events: Int, log: (String) -> Void) -> ImportTimings {
        var t = ImportTimings()
        t.rows = (lib.readers, min(events, lib.events))
        guard let bin = Sibling.readerdesk(), Sibling.has("import", "readers"), Sibling.has("import", "usage") else {
            t.note = Report.notBuilt
            return t
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("readerdesk-bench-import-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            let (readers, usage) = try files(lib, events: events)
            t.rows = (lines(readers) - 1, lines(usage) - 1)
            let fresh = dir + "/import.sqlite"
            try prepareEmpty(fresh, like: lib)
            let env = lib.commandEnvironment(db: fresh, fixedNow: false)
            log("importing \(t.rows.readers) readers and \(t.rows.events) usage events")
            (t.readersMs, t.readersPeakMb) = try timed(bin, ["import", "readers", readers], env)
            (t.usageMs, t.usagePeakMb) = try timed(bin, ["import", "usage", usage], env)
            let shellDb = dir + "/shell.sqlite"
            t.shellMs = try shell(shellDb, ".mode csv\n.import \(usage) usage_csv\n")
            // Our import leaves the events indexed by reader and time; the shell's table gets the same.
            t.shellIndexMs = try shell(shellDb, "CREATE INDEX usage_csv_card_at ON usage_csv(card, at);\n")
            log("the matrix of the imported library: its very first look, then the next day's")
            var lookEnv = lib.commandEnvironment(db: fresh)
            t.firstRefreshMs = try timed(bin, ["matrix"], lookEnv).0
            let tomorrow = lib.now + 86_400
            lookEnv["READERDESK_NOW"] = lib.calendar.timestamp(tomorrow)
            let start = Measure.nowMs()
            t.newDayMs = try timed(bin, ["matrix"], lookEnv).0
            t.backgroundRefreshMs = try waitForRefresh(fresh, lib, now: tomorrow).map { $0 - start }
            lookEnv["READERDESK_NOW"] = lib.calendar.timestamp(tomorrow + 86_400)
            t.refreshProcess = try timed(bin, ["matrix", "--refresh-in-background"], lookEnv)
        } catch {
            t.note = "failed: \(error)"
            log("import: \(error)")
        }
        return t
    }

    private static func timed(_ bin: String, _ args: [String], _ env: [String: String]) throws -> (Double, Double?) {
        let run = try ProcessRun.run(bin, args, environment: env)
        guard run.status == 0 else { throw BenchError("readerdesk \(args[0]) \(args[1]): \(run.stderr.prefix(300))") }
        return (run.ms, run.peakRssMb)
    }

    /// When the matrix of `path` has been computed for the bench's day (monotonic ms), polling every
    /// 100 ms for up to ten minutes; nil if it never was (no background refresh ran).
    private static func waitForRefresh(_ path: String, _ lib: BenchLibrary, now: Int64) throws -> Double? {
        let database = try AppDatabase.open(path: path, calendar: lib.calendar)
        for _ in 0..<6000 {
            if try !database.dailyIsStale(now: now) {
                // The refresher writes its last rows, then lets go of the folder's lock: wait for that too.
                let folder = open((path as NSString).deletingLastPathComponent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                defer { close(folder) }
                let done = Measure.nowMs()
                _ = flock(folder, LOCK_EX)
                return done
            }
            usleep(100_000)
        }
        return nil
    }

    private static func shell(_ db: String, _ script: String) throws -> Double {
        let run = try ProcessRun.run(PlainSQLPyramid.shell, ["-batch", db], stdin: script)
        guard run.status == 0 else { throw BenchError("sqlite3: \(run.stderr.prefix(200))") }
        return run.ms
    }

    /// A new library with the same administrator and services, and no readers yet.
    private static func prepareEmpty(_ path: String, like lib: BenchLibrary) throws {
        let source = try AppDatabase.open(path: lib.path, calendar: lib.calendar)
        let target = try AppDatabase.open(path: path, create: true, calendar: lib.calendar)
        let admin = try target.initialise(adminLogin: lib.adminLogin, now: lib.now)
        let actor = Actor(staff: admin, now: lib.now)
        for s in try source.allServices() {
            _ = try target.addService(actor, code: s.code, name: s.name, serviceClass: s.serviceClass, points: s.points)
        }
    }

    private static func lines(_ path: String) -> Int {
        guard let h = FileHandle(forReadingAtPath: path) else { return 0 }
        defer { try? h.close() }
        var n = 0
        while let chunk = try? h.read(upToCount: 1 << 20), !chunk.isEmpty { n += chunk.reduce(0) { $0 + ($1 == 10 ? 1 : 0) } }
        return n
    }

    /// The targets: at 100,000 readers and 5 M events (the speed issue), and at 1,000,000 readers
    /// and 20 M events (the scale issue: docs/CONTRACTS.md §7).
    func metrics(into r: inout Report) {
        let n = rows.readers, m = rows.events
        let big = n >= 1_000_000
        r.add(
            Metric(
                key: "import_readers_ms", what: "import of \(n) readers (CSV)", value: readersMs, unit: "ms",
                target: big ? "< 15 s" : n >= 100_000 ? "< 3 s" : "< 3 s at 100,000",
                limit: big ? 15_000 : n >= 100_000 ? 3000 : nil, note: note))
        r.add(
            Metric(
                key: "import_readers_peak_rss_mb", what: "  its peak resident memory", value: readersPeakMb, unit: "MB",
                target: "< 300 MB", limit: 300, note: note))
        r.add(
            Metric(
                key: "import_usage_ms", what: "import of \(m) usage events (CSV)", value: usageMs, unit: "ms",
                target: m >= 5_000_000 && !big ? "< 30 s" : big ? "" : "< 30 s at 5,000,000",
                limit: m >= 5_000_000 && !big ? 30_000 : nil, note: note))
        r.add(
            Metric(
                key: "import_usage_peak_rss_mb", what: "  its peak resident memory", value: usagePeakMb, unit: "MB",
                target: "< 300 MB", limit: 300, note: note))
        r.add(
            Metric(
                key: "sqlite_import_usage_ms", what: "  the sqlite3 shell's .import of the same file", value: shellMs,
                unit: "ms", note: note))
        let ratio = usageMs.flatMap { u in shellMs.map { u / $0 } }
        r.add(
            Metric(
                key: "import_usage_vs_sqlite", what: "  import ÷ sqlite3 .import", value: ratio, unit: "×",
                target: "≤ 4×", limit: 4, inclusive: true, note: note))
        r.add(
            Metric(
                key: "matrix_first_refresh_ms", what: "`readerdesk matrix` on the imported library: the very first look (every rule)",
                value: firstRefreshMs, unit: "ms", note: note))
        r.add(
            Metric(
                key: "matrix_new_day_ms", what: "  the first look of the next day (answers from the stored actions)",
                value: newDayMs, unit: "ms", target: "< 200 ms", limit: 200, note: note))
        r.add(
            Metric(
                key: "matrix_background_refresh_ms", what: "  the full refresh it started, until done",
                value: backgroundRefreshMs, unit: "ms", target: n >= 1_000_000 ? "< 10 s" : "",
                limit: n >= 1_000_000 ? 10_000 : nil, note: note))
        r.add(
            Metric(
                key: "matrix_refresh_process_ms", what: "  the day after, the day's refresh as a process of its own",
                value: refreshProcess?.ms, unit: "ms", target: n >= 1_000_000 ? "< 10 s" : "", limit: n >= 1_000_000 ? 10_000 : nil,
                note: note))
        r.add(
            Metric(
                key: "matrix_refresh_process_peak_rss_mb", what: "  its peak resident memory", value: refreshProcess?.peakMb,
                unit: "MB", target: "< 300 MB", limit: 300, note: note))
        let indexed = shellMs.flatMap { a in shellIndexMs.map { a + $0 } }
        r.add(
            Metric(
                key: "sqlite_import_index_usage_ms", what: "  the shell's .import plus an index on (card, at)", value: indexed,
                unit: "ms", note: note))
        r.add(
            Metric(
                key: "import_usage_vs_sqlite_indexed", what: "  import ÷ (.import + index)",
                value: usageMs.flatMap { u in indexed.map { u / $0 } }, unit: "×", target: "≤ 3×", limit: 3, inclusive: true,
                note: note))
    }
}
