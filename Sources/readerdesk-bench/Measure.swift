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

/// A finished child process: its status, output, wall-clock time and peak memory.
struct ProcessRun {
    var status: Int32
    var stdout: String
    var stderr: String
    var ms: Double
    /// The child's own peak resident set in MiB, through GNU time where it is installed. (wait4's
    /// ru_maxrss is no good here: Linux carries the bench's own peak into a child it starts.)
    var peakRssMb: Double?

    /// Runs `path args` with `environment` added to ours. Output and input go through files, so a
    /// large output never blocks the child on a full pipe. The child is started with posix_spawn
    /// and reaped here, not by Foundation's Process.
    static func run(
        _ path: String, _ args: [String], environment: [String: String] = [:],
        stdin: String? = nil
    ) throws -> ProcessRun {
        let dir = FileManager.default.temporaryDirectory
        let id = UUID().uuidString
        let out = dir.appendingPathComponent("rdb-\(id).out").path, err = dir.appendingPathComponent("rdb-\(id).err").path
        let input = dir.appendingPathComponent("rdb-\(id).in").path
        let peak = dir.appendingPathComponent("rdb-\(id).rss").path
        let gnuTime = "/usr/bin/time"
        let measured = FileManager.default.isExecutableFile(atPath: gnuTime)
        try Data((stdin ?? "").utf8).write(to: URL(fileURLWithPath: input))
        defer { for f in [out, err, input, peak] { try? FileManager.default.removeItem(atPath: f) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin == nil ? "/dev/null" : input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let env = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let command = measured ? [gnuTime, "-f", "%M", "-o", peak, path] + args : [path] + args
        let argv = command.map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in argv + envp { free(p) } }
        let start = Measure.nowMs()
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, command[0], &actions, nil, argv, envp)
        guard spawned == 0 else { throw BenchError("cannot start \(path): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let ms = Measure.nowMs() - start
        // WIFEXITED / WEXITSTATUS, which Swift does not import; a signal counts as 128 + its number.
        let exit = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let o = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
        let e = (try? String(contentsOfFile: err, encoding: .utf8)) ?? ""
        let kb = (try? String(contentsOfFile: peak, encoding: .utf8)).flatMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        return ProcessRun(status: exit, stdout: o, stderr: e, ms: ms, peakRssMb: kb.map { $0 / 1024 })
    }
}
