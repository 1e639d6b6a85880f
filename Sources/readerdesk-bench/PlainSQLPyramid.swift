import Foundation
import ReaderDeskCore

/// The pyramid of docs/CONTRACTS.md §1–2 as someone would write it in plain SQL over the usage detail, run in
/// the `sqlite3` shell on the same file: the engine's own time for the same computation.
enum PlainSQLPyramid {
    static let shell = "/usr/bin/sqlite3"

    /// Ranks every active reader and prints the tier counts (ReaderDeskCore's `ReferencePyramid`).
    static func sql(start: Int64, end: Int64) -> String { ReferencePyramid.tierCountsSQL(start: start, end: end) }

    struct Result {
        var ms: Double
        /// tier → readers, as the shell printed them (a cross-check of the app's pyramid).
        var tiers: [String: Int]
    }

    /// The shell's own `.timer` (the statement, not the process start), the best of `runs`.
    static func run(path: String, start: Int64, end: Int64, runs: Int = 2) throws -> Result {
        guard FileManager.default.isExecutableFile(atPath: shell) else {
            throw BenchError("no \(shell): install the sqlite3 shell (apt-get install sqlite3)")
        }
        var best: Result?
        for _ in 0..<runs {
            let run = try ProcessRun.run(
                shell, ["-readonly", "-batch", path],
                stdin: ".timer on\n" + sql(start: start, end: end) + "\n")
            guard run.status == 0 else { throw BenchError("sqlite3: \(run.stderr.prefix(200))") }
            var tiers: [String: Int] = [:], ms = 0.0
            for line in run.stdout.split(separator: "\n") {
                if line.hasPrefix("Run Time: real ") {
                    ms += (Double(line.split(separator: " ")[3]) ?? 0) * 1000
                } else if let bar = line.firstIndex(of: "|"), let n = Int(line[line.index(after: bar)...]) {
                    tiers[String(line[..<bar])] = n
                }
            }
            if ms == 0 { ms = run.ms }
            if best == nil || ms < best!.ms { best = Result(ms: ms, tiers: tiers) }
        }
        return best!
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ text: String) { description = text }
}
