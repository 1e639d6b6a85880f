import Foundation

/// The pyramid of docs/CONTRACTS.md §1–2 as someone would write it in plain SQL over the usage detail, run in
/// the `sqlite3` shell on the same file: the engine's own time for the same computation.
enum PlainSQLPyramid {
    static let shell = "/usr/bin/sqlite3"

    /// Ranks every active reader (percent_rank() per component, score, order, cut-offs) and prints
    /// the tier counts, so the output is small but no part of the work can be skipped.
    static func sql(start: Int64, end: Int64) -> String {
        """
        WITH ev AS (SELECT reader_id, service_id, at, quantity FROM usage WHERE at >= \(start) AND at < \(end)),
        rfm AS (SELECT ev.reader_id, max(ev.at) AS R, sum(ev.quantity) AS F, sum(ev.quantity * service.points) AS M
                FROM ev JOIN service ON service.id = ev.service_id GROUP BY ev.reader_id),
        breadth AS (SELECT d.reader_id,
                           sum(CASE service.class WHEN 'premium' THEN 3 WHEN 'standard' THEN 2 ELSE 1 END) AS S
                    FROM (SELECT DISTINCT reader_id, service_id FROM ev) AS d JOIN service ON service.id = d.service_id
                    GROUP BY d.reader_id),
        c AS (SELECT reader.card, rfm.R, rfm.F, rfm.M, breadth.S,
                     CASE reader.type WHEN 'faculty' THEN 5 WHEN 'researcher' THEN 5 WHEN 'postgraduate' THEN 4
                          WHEN 'staff' THEN 3 WHEN 'undergraduate' THEN 2 ELSE 1 END AS T
              FROM rfm JOIN breadth ON breadth.reader_id = rfm.reader_id JOIN reader ON reader.id = rfm.reader_id),
        n AS (SELECT count(*) AS n FROM c),
        p AS (SELECT card,
                     CASE WHEN n = 1 THEN 1.0 ELSE percent_rank() OVER (ORDER BY R) END AS pr_r,
                     CASE WHEN n = 1 THEN 1.0 ELSE percent_rank() OVER (ORDER BY F) END AS pr_f,
                     CASE WHEN n = 1 THEN 1.0 ELSE percent_rank() OVER (ORDER BY M) END AS pr_m,
                     CASE WHEN n = 1 THEN 1.0 ELSE percent_rank() OVER (ORDER BY S) END AS pr_s,
                     CASE WHEN n = 1 THEN 1.0 ELSE percent_rank() OVER (ORDER BY T) END AS pr_t FROM c, n),
        sc AS (SELECT card, (10 * pr_r + 10 * pr_f + 35 * pr_m + 25 * pr_s + 20 * pr_t) / 100 AS score FROM p),
        k AS (SELECT card, row_number() OVER (ORDER BY score DESC, card ASC) AS k FROM sc)
        SELECT CASE WHEN k <= (1 * n + 99) / 100 THEN 'vip' WHEN k <= (5 * n + 99) / 100 THEN 'key'
                    WHEN k <= (20 * n + 99) / 100 THEN 'mid' ELSE 'basic' END AS tier, count(*)
        FROM k, n GROUP BY tier ORDER BY min(k);
        """
    }

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
            let run = try ProcessRun.run(shell, ["-readonly", "-batch", path],
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
