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

extension PlainSQLPyramid {
    /// Every reader's place in the app's pyramid against plain SQL's (`ReferencePyramid.readersSQL`).
    struct Agreement {
        /// Readers ranked by either side.
        var readers = 0
        /// Readers with the same tier on both sides, and at the same position.
        var sameTier = 0, samePosition = 0
        /// The first reader that differs, for the note.
        var firstDifference: String?
        var differ: Int { readers - sameTier }
    }

    /// Runs the plain SQL once more, listing every reader best first, and walks it beside the
    /// app's list; only when the orders part does it look readers up by card.
    static func agreement(path: String, start: Int64, end: Int64, app: Pyramid) throws -> Agreement {
        let run = try ProcessRun.run(
            shell, ["-readonly", "-batch", path], stdin: ReferencePyramid.readersSQL(start: start, end: end) + ";\n")
        guard run.status == 0 else { throw BenchError("sqlite3: \(run.stderr.prefix(200))") }
        var a = Agreement()
        var byCard: [Substring: ValueTier]?  // the app's tiers, made on the first difference in order
        var seen = 0  // the app's readers the shell also listed
        for (k0, line) in run.stdout.split(separator: "\n").enumerated() {
            // card|score|tier: the card is whatever comes before the last two bars.
            guard let bar2 = line.lastIndex(of: "|"), let bar1 = line[..<bar2].lastIndex(of: "|") else { continue }
            let card = line[..<bar1], tier = ValueTier(rawValue: String(line[line.index(after: bar2)...]))
            a.readers += 1
            if k0 < app.readers.count, app.readers[k0].card == card {
                seen += 1
                a.samePosition += 1
                if app.readers[k0].tier == tier { a.sameTier += 1; continue }
            } else {
                if byCard == nil {
                    byCard = Dictionary(app.readers.map { (Substring($0.card), $0.tier) }, uniquingKeysWith: { x, _ in x })
                }
                if let mine = byCard?[card] {
                    seen += 1
                    if mine == tier { a.sameTier += 1; continue }
                }
            }
            if a.firstDifference == nil { a.firstDifference = "reader \(card) at \(k0 + 1): plain SQL \(line[line.index(after: bar2)...])" }
        }
        a.readers += app.readers.count - seen
        return a
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ text: String) { description = text }
}
