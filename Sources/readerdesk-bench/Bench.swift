import Foundation
import ReaderDeskCore
import ReaderDeskTUI

#if canImport(Glibc)
    import Glibc
#endif

/// The order of the run: the library, the app (first frame, keys, bytes, memory), search, the
/// matrix, the pyramid against plain SQL, the imports. Progress goes to stderr.
struct Bench {
    var readers: Int
    var events: Int
    var months: Int?
    var db: String?

    func log(_ line: String) {
        FileHandle.standardError.write(Data("bench: \(line)\n".utf8))
    }

    func run() throws -> Report {
        let lib = try LibraryPrep.prepare(db: db, readers: readers, events: events, months: months, log: log)
        if let ms = lib.buildMs { restartClean(buildMs: ms) }
        var r = Report()
        // The scale issue's targets apply from 1,000,000 readers (docs/CONTRACTS.md §7).
        let big = lib.readers >= 1_000_000
        r.info = Machine.describe()
        r.info["library"] = "\(lib.readers) readers, \(lib.events) usage events, zone \(lib.calendar.timeZone.identifier)"
        r.info["library_path"] = lib.path
        r.info["now"] = lib.calendar.timestamp(lib.now)
        if let built = ProcessInfo.processInfo.environment["READERDESK_BENCH_BUILT_MS"] { r.info["library_made_ms"] = built }

        log("bringing the matrix actions up to date")
        try Analytics.prepare(lib)
        log("the app at 80×24 and 180×50")
        let (session, firstMs) = try AppSession.start(lib, width: 80, height: 24)
        let (wide, wideMs) = try AppSession.start(lib, width: 180, height: 50)
        r.add(
            Metric(
                key: "first_frame_ms", what: "start to first full frame (80×24)", value: firstMs, unit: "ms",
                target: "< 300 ms", limit: 300))
        r.add(
            Metric(
                key: "first_frame_wide_ms", what: "start to first full frame (180×50, three panes)", value: wideMs,
                unit: "ms", target: "< 300 ms", limit: 300))
        let queries = try SearchTimings.queries(session.runner.data, total: lib.readers)
        let frames = FrameTimings.run(session, queries: queries)
        frames.metrics(into: &r, fullScreenBytes: session.fullScreenBytes)
        let (threePanes, _) = try AppSession.start(lib, width: 160, height: 48)
        let wideScroll = FrameTimings.firstScroll(threePanes)
        r.add(
            Metric(
                key: "scroll_bytes_wide", what: "  the same at 160×48 (three panes), through ncurses",
                value: FrameTimings.bytes(wideScroll, rectangles: true), unit: "bytes", target: "< 300", limit: 300))
        r.add(
            Metric(
                key: "scroll_bytes_wide_tmux", what: "  the same on a terminal without left and right margins (tmux)",
                value: FrameTimings.bytes(wideScroll, rectangles: false), unit: "bytes", target: "< 300", limit: 300))
        let pyramidPane = session.press(.char("p")).ms
        _ = session.press(.escape)
        r.add(
            Metric(
                key: "pyramid_pane_ms", what: "opening the pyramid pane (p: last quarter and the one before)",
                value: pyramidPane, unit: "ms"))
        // The app has drawn the big library and been driven for a while: its footprint now.
        let memory = Measure.memory()
        withExtendedLifetime(wide) {}
        // An hour at the desk, about: the same keys ten times over (3,350 presses, with searches,
        // profiles and pane switches), polling for other terminals' writes between rounds.
        log("an hour of use: the keys ten times over")
        for _ in 0..<10 {
            _ = FrameTimings.run(session, queries: queries)
            session.runner.step(timeout: 0)
        }
        let hour = Measure.memory()

        stagePeak(&r, "app", "the app at 80×24, 180×50 and 160×48, driven")
        log("search as you type and the reader search process")
        SearchTimings.run(session.runner.data, queries: queries, lib: lib, log: log).metrics(into: &r)

        stagePeak(&r, "search", "search as you type")
        log("opening the matrix pane")
        do {
            if let m = try Analytics.matrixOpen(lib, session) {
                r.add(
                    Metric(
                        key: "matrix_open_ms", what: "opening the matrix pane (actions kept fresh in the background)",
                        value: m.openMs, unit: "ms", target: "< 500 ms", limit: 500))
                r.add(
                    Metric(
                        key: "matrix_refresh_ms", what: "  the rules of all six cells in full (background)", value: m.refreshMs,
                        unit: "ms", target: big ? "< 10 s" : "", limit: big ? 10_000 : nil))
            } else {
                r.missing("matrix_open_ms", "opening the matrix pane", unit: "ms", target: "< 500 ms")
            }
        } catch {
            r.missing("matrix_open_ms", "opening the matrix pane", unit: "ms", target: "< 500 ms", why: "failed: \(error)")
        }

        stagePeak(&r, "matrix", "the matrix pane and a full refresh", limit: 300)
        log("today's plan")
        if let t = try Analytics.today(lib) {
            r.add(
                Metric(
                    key: "today_ms", what: "`readerdesk today` process for \(t.login), the busiest owner (best of 5)",
                    value: t.processMs, unit: "ms", target: big ? "< 200 ms" : "< 100 ms", limit: big ? 200 : 100,
                    note: t.processMs == nil ? "n/a (no readerdesk binary beside readerdesk-bench)" : nil))
            r.add(
                Metric(
                    key: "matrix_command_ms", what: "`readerdesk matrix` process (best of 5)", value: t.matrixProcessMs,
                    unit: "ms", target: "< 200 ms", limit: 200))
            r.add(
                Metric(
                    key: "today_plan_ms", what: "  the plan read in the app's process (Today)", value: t.planMs, unit: "ms",
                    target: "< 50 ms", limit: 50))
        } else {
            r.missing("today_ms", "`readerdesk today` process", unit: "ms", target: "< 100 ms", why: "no open actions")
        }

        stagePeak(&r, "today", "today's plan")
        log("the pyramid")
        PyramidTimings.run(lib, log: log).metrics(into: &r)
        // The same year as `readerdesk pyramid`, a process of its own: its time and its own memory.
        if let bin = Sibling.readerdesk() {
            let year = Int(lib.calendar.dayString(lib.now).prefix(4))! - 1
            let env = lib.commandEnvironment()
            let run = try? ProcessRun.run(bin, ["pyramid", "--period", String(year), "--limit", "10"], environment: env)
            let ok = run?.status == 0
            r.add(
                Metric(
                    key: "pyramid_process_ms", what: "  `readerdesk pyramid --period \(year)` as a process", value: ok ? run?.ms : nil,
                    unit: "ms", target: big ? "< 3 s" : "", limit: big ? 3000 : nil, note: ok ? nil : "failed"))
            r.add(
                Metric(
                    key: "pyramid_process_peak_rss_mb", what: "  its peak resident memory", value: ok ? run?.peakRssMb : nil,
                    unit: "MB", target: "< 300 MB", limit: 300))
        }
        stagePeak(&r, "pyramid", "the pyramid, ours and plain SQL", limit: 300)
        ImportTimings.run(lib, events: lib.events, log: log).metrics(into: &r)
        stagePeak(&r, "import", "the imports")

        r.add(
            Metric(
                key: "rss_mb", what: "resident memory after driving the app", value: memory.rss, unit: "MB",
                target: "< 150 MB", limit: 150))
        r.add(Metric(key: "rss_peak_mb", what: "peak resident memory until then (VmHWM)", value: memory.peak, unit: "MB"))
        r.add(
            Metric(
                key: "rss_hour_mb", what: "resident memory after an hour of use (the keys ten times over)", value: hour.rss,
                unit: "MB", target: "< 150 MB", limit: 150))
        return r
    }

    /// The peak resident memory of the stage just run (`<stage>_peak_rss_mb`), then a new peak
    /// for the next. Where clear_refs cannot be written the figures are the process's peak so far.
    private func stagePeak(_ r: inout Report, _ stage: String, _ what: String, limit: Double? = nil) {
        r.add(
            Metric(
                key: "\(stage)_peak_rss_mb", what: "peak resident memory: \(what)", value: Measure.memory().peak, unit: "MB",
                target: limit.map { "< \(Int($0)) MB" } ?? "", limit: limit))
        Measure.resetPeak()
    }

    /// Making the library grows the heap far beyond what the app needs; a fresh process on the
    /// cached library measures memory as a person's session would have it.
    private func restartClean(buildMs: Double) -> Never {
        log("starting again on the cached library, for a clean memory figure")
        setenv("READERDESK_BENCH_BUILT_MS", String(format: "%.0f", buildMs), 1)
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let args = CommandLine.arguments.map { strdup($0) } + [nil]
        execv(exe, args)
        log("could not restart (\(String(cString: strerror(errno)))); memory figures include making the library")
        exit(1)
    }
}

/// Where the figures came from.
enum Machine {
    static func describe() -> [String: String] {
        var info: [String: String] = [:]
        if let cpu = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
            let line = cpu.split(separator: "\n").first(where: { $0.hasPrefix("model name") })
        {
            info["cpu"] = line.split(separator: ":", maxSplits: 1)[1].trimmingCharacters(in: .whitespaces)
        }
        info["cores"] = "\(ProcessInfo.processInfo.activeProcessorCount)"
        info["memory_gib"] = String(format: "%.0f", Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824)
        #if DEBUG
            info["build"] = "debug"
        #else
            info["build"] = "release"
        #endif
        info["load_average"] = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))
            .map { $0.split(separator: " ").prefix(3).joined(separator: " ") }
        return info
    }
}
