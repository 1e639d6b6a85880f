import ReaderDeskCore
import ReaderDeskTUI

/// The app in memory, as a person at the desk would drive it: the same runner, loader and
/// renderer as the terminal, flushing into a `MemoryTerminal` that counts the bytes sent.
struct AppSession {
    let runner: AppRunner
    let terminal: MemoryTerminal
    /// Bytes of the first frame: what a whole screen costs on the wire.
    let fullScreenBytes: Int

    /// Opens the database and draws the first frame; the time covers both.
    static func start(_ lib: BenchLibrary, width: Int, height: Int) throws -> (AppSession, Double) {
        try Measure.time {
            let database = try AppDatabase.open(path: lib.path, calendar: lib.calendar)
            let staff = try database.staff(forOSLogin: lib.adminLogin)
            let now = lib.now
            let data = AppData(database: database, staff: staff, clock: { now })
            let terminal = MemoryTerminal(width: width, height: height)
            let runner = AppRunner(terminal: terminal, data: data, language: .en)
            runner.start()
            return AppSession(runner: runner, terminal: terminal, fullScreenBytes: terminal.lastFlushBytes)
        }
    }

    /// One key through update, loader, render and flush.
    func press(_ key: Key) -> (ms: Double, bytes: Int) {
        terminal.press(key)
        let ms = Measure.ms { runner.step(timeout: 0) }
        return (ms, terminal.lastFlushBytes)
    }
}

/// Key-to-frame samples by kind of key, and the bytes that moves and pages sent.
struct FrameTimings {
    var samples: [String: [Double]] = [:]
    /// One-row moves that kept the list in place, and those that scrolled it by a row.
    var moveBytes: [Int] = []
    var scrollBytes: [Int] = []
    /// The frames before and after the first move that scrolled, to replay through real ncurses.
    var scrollFrames: [Screen] = []
    var pageBytes: [Int] = []

    /// Kinds that make up the key-to-frame figure; jumps to the ends are reported apart.
    static let kinds = ["move", "page", "pane", "profile", "search"]
    var keyPresses: [Double] { Self.kinds.flatMap { samples[$0] ?? [] } }

    private mutating func record(_ kind: String, _ s: AppSession, _ key: Key) {
        let top = s.runner.state.readers.cursor.top
        let before = s.terminal.screen
        let (ms, bytes) = s.press(key)
        samples[kind, default: []].append(ms)
        if kind == "move" {
            if s.runner.state.readers.cursor.top == top {
                moveBytes.append(bytes)
            } else {
                scrollBytes.append(bytes)
                if scrollFrames.isEmpty { scrollFrames = [before, s.terminal.screen] }
            }
        }
        if kind == "page" { pageBytes.append(bytes) }
    }

    /// About 260 key presses in the readers pane and around, starting from the first frame.
    static func run(_ s: AppSession, queries: [String]) -> FrameTimings {
        var t = FrameTimings()
        for _ in 0..<60 { t.record("move", s, .char("j")) }
        for _ in 0..<20 { t.record("move", s, .char("k")) }
        for _ in 0..<30 { t.record("page", s, .pageDown) }
        for _ in 0..<10 { t.record("page", s, .pageUp) }
        // Moves across the edge of the cached window, where the loader fetches the next rows.
        for _ in 0..<40 { t.record("move", s, .char("j")) }
        for _ in 0..<30 { t.record("pane", s, .tab) }  // readers → matrix → tickets → readers
        for _ in 0..<20 {
            t.record("profile", s, .enter)
            t.record("profile", s, .escape)
            t.record("move", s, .char("j"))
        }
        for q in queries.prefix(12) {
            t.record("search", s, .char("/"))
            for c in q { t.record("search", s, .char(c)) }
            t.record("search", s, .escape)
        }
        for _ in 0..<5 {
            t.record("jump", s, .char("G"))
            t.record("jump", s, .char("g"))
        }
        return t
    }

    /// The frames before and after the first one-row move that scrolls the readers list of `s`
    /// (the wide layout: one pane of three), to replay through real ncurses.
    static func firstScroll(_ s: AppSession) -> [Screen]? {
        var before = s.terminal.screen, presses = 0
        while s.runner.state.readers.cursor.top == 0 && presses < 500 {
            before = s.terminal.screen
            _ = s.press(.char("j"))
            presses += 1
        }
        return s.runner.state.readers.cursor.top != 0 ? [before, s.terminal.screen] : nil
    }

    /// Bytes real ncurses sends for the second of `frames`: on a terminal that can scroll a
    /// rectangle (xterm), or on one without left and right margins, measured as tmux (the usual
    /// one for SSH sessions).
    static func bytes(_ frames: [Screen]?, rectangles: Bool) -> Double? {
        guard let frames else { return nil }
        let type = rectangles ? "xterm-256color" : "tmux-256color"
        return (try? PseudoTerminalMeter.bytes(for: frames, type: type, rectangles: rectangles))?.first.map(Double.init)
    }

    func metrics(into r: inout Report, fullScreenBytes: Int) {
        let all = keyPresses
        r.add(
            Metric(
                key: "key_to_frame_p50_ms", what: "key press to frame, p50 (\(all.count) keys)",
                value: Measure.percentile(all, 50), unit: "ms"))
        r.add(
            Metric(
                key: "key_to_frame_p99_ms", what: "key press to frame, p99", value: Measure.percentile(all, 99),
                unit: "ms", target: "< 16 ms", limit: 16))
        for kind in Self.kinds + ["jump"] {
            let v = samples[kind] ?? []
            let name = kind == "jump" ? "jump to the last/first reader (G, g)" : kind
            r.add(Metric(key: "key_\(kind)_p50_ms", what: "  \(name), p50", value: Measure.percentile(v, 50), unit: "ms"))
            r.add(Metric(key: "key_\(kind)_p99_ms", what: "  \(name), p99", value: Measure.percentile(v, 99), unit: "ms"))
        }
        r.add(
            Metric(
                key: "move_bytes_max", what: "bytes sent for a one-row move (max)",
                value: moveBytes.max().map(Double.init), unit: "bytes", target: "< 300", limit: 300))
        r.add(
            Metric(
                key: "scroll_cells_bytes_max", what: "  a one-row move that scrolls the list, as changed cells (max)",
                value: scrollBytes.max().map(Double.init), unit: "bytes"))
        // What reaches the wire: ncurses finds the shifted rows and scrolls the region instead.
        let wire = Self.bytes(scrollFrames.isEmpty ? nil : scrollFrames, rectangles: true)
        r.add(
            Metric(
                key: "scroll_bytes_max", what: "  a one-row move that scrolls the list, through ncurses",
                value: wire, unit: "bytes", target: "< 300", limit: 300))
        r.add(
            Metric(
                key: "page_bytes_max", what: "bytes sent for a page (max)", value: pageBytes.max().map(Double.init),
                unit: "bytes", target: "< \(fullScreenBytes) (a full screen)", limit: Double(fullScreenBytes)))
        r.add(Metric(key: "full_screen_bytes", what: "bytes of a full 80×24 screen", value: Double(fullScreenBytes), unit: "bytes"))
    }
}
