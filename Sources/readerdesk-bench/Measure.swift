import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Clocks, percentiles and memory: the small tools every timing file uses.
enum Measure {
    /// Monotonic milliseconds: wall-clock jumps must not show up as timings.
    static func nowMs() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) / 1_000_000
    }

    /// Runs `body` and returns its result with the milliseconds it took.
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = nowMs()
        let value = try body()
        return (value, nowMs() - start)
    }

    static func ms(_ body: () throws -> Void) rethrows -> Double {
        try time(body).1
    }

    /// Nearest-rank percentile (p in 0...100) of `samples`; nil when there are none.
    static func percentile(_ samples: [Double], _ p: Double) -> Double? {
        guard !samples.isEmpty else { return nil }
        let sorted = samples.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count, max(1, rank)) - 1]
    }

    /// Starts a new peak: Linux resets VmHWM to the current resident size when "5" is written to
    /// clear_refs, so the peak read after a stage is that stage's own (baseline included).
    static func resetPeak() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    /// Resident and peak memory in MiB, from /proc/self/status (VmRSS, VmHWM).
    static func memory() -> (rss: Double?, peak: Double?) {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return (nil, nil) }
        func field(_ name: String) -> Double? {
            guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }) else { return nil }
            let kb = line.split(separator: " ").compactMap { Double($0) }.first
            return kb.map { $0 / 1024 }
        }
        return (field("VmRSS"), field("VmHWM"))
    }
}

/// A finished child process: its status, output and wall-clock time.
struct ProcessRun {
    var status: Int32
    var stdout: String
    var stderr: String
    var ms: Double

    /// Runs `path args` with `environment` added to ours; output goes through files, so a
    /// large output never blocks the child on a full pipe.
    static func run(
        _ path: String, _ args: [String], environment: [String: String] = [:],
        stdin: String? = nil
    ) throws -> ProcessRun {
        let dir = FileManager.default.temporaryDirectory
        let id = UUID().uuidString
        let out = dir.appendingPathComponent("rdb-\(id).out"), err = dir.appendingPathComponent("rdb-\(id).err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: err) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = args
        p.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        p.standardOutput = try FileHandle(forWritingTo: out)
        p.standardError = try FileHandle(forWritingTo: err)
        let input = Pipe()
        if stdin != nil { p.standardInput = input } else { p.standardInput = FileHandle.nullDevice }
        let start = Measure.nowMs()
        try p.run()
        if let stdin {
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try? input.fileHandleForWriting.close()
        }
        p.waitUntilExit()
        let ms = Measure.nowMs() - start
        let o = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
        let e = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
        return ProcessRun(status: p.terminationStatus, stdout: o, stderr: e, ms: ms)
    }
}
