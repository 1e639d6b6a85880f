import Foundation
import ReaderDeskCore
import ReaderDeskTUI

/// Reader search, in the app (each prefix as it is typed) and as a whole `readerdesk reader search` process.
struct SearchTimings {
    var prefixMs: [Double] = []
    var processMs: [Double] = []
    var processNote: String?

    /// What people type, taken from readers spread over the list: card numbers, names, pinyin
    /// by initials and in full, in turn.
    static func queries(_ data: AppData, total: Int, count: Int = 48) throws -> [String] {
        var result: [String] = []
        for i in 0..<count {
            guard let r = try data.readers(.all, offset: i * max(1, total / count), limit: 1).first else { break }
            let pinyin = SearchTerms.forReader(name: r.name, email: nil, phone: nil)
                .filter { $0.count > 1 && $0.allSatisfy { $0.isASCII && $0.isLetter } }
                .sorted { ($0.count, $0) < ($1.count, $1) }
            switch i % 4 {
            case 0: result.append(r.card)
            case 1: result.append(String(r.name.prefix(3)))
            case 2: result.append(pinyin.first ?? r.name)
            default: result.append(String((pinyin.last ?? r.name).prefix(6)))
            }
        }
        // Typing order interleaves the kinds, so the in-app sample sees each kind.
        return result
    }

    /// Every prefix of every query, as search-as-you-type asks for it (the app's limit of 200).
    static func run(_ data: AppData, queries: [String], lib: BenchLibrary, log: (String) -> Void) -> SearchTimings {
        var t = SearchTimings()
        for q in queries {
            for n in 1...max(1, q.count) {
                let prefix = String(q.prefix(n))
                t.prefixMs.append(Measure.ms { _ = try? data.search(prefix) })
            }
        }
        t.runProcesses(queries: queries, lib: lib, log: log)
        return t
    }

    /// `readerdesk reader search Q` started from scratch, as a shell script would: the binary
    /// sits beside this one.
    private mutating func runProcesses(queries: [String], lib: BenchLibrary, log: (String) -> Void) {
        guard let bin = Sibling.readerdesk() else {
            processNote = "n/a (no readerdesk binary beside readerdesk-bench: swift build first)"
            return
        }
        let env = lib.commandEnvironment()
        for q in queries.prefix(24) {
            guard let run = try? ProcessRun.run(bin, ["reader", "search", q], environment: env) else { continue }
            if run.status != 0 {
                processNote = "readerdesk reader search failed: \(run.stderr.split(separator: "\n").first ?? "")"
                log(processNote!)
                return
            }
            processMs.append(run.ms)
        }
    }

    func metrics(into r: inout Report) {
        r.add(
            Metric(
                key: "search_p50_ms", what: "search as you type, p50 (\(prefixMs.count) prefixes)",
                value: Measure.percentile(prefixMs, 50), unit: "ms"))
        r.add(
            Metric(
                key: "search_p99_ms", what: "search as you type, p99", value: Measure.percentile(prefixMs, 99),
                unit: "ms", target: "< 10 ms", limit: 10))
        r.add(
            Metric(
                key: "search_process_p50_ms", what: "`readerdesk reader search` process, p50 (\(processMs.count) runs)",
                value: Measure.percentile(processMs, 50), unit: "ms", target: "< 150 ms", limit: 150, note: processNote))
        r.add(
            Metric(
                key: "search_process_max_ms", what: "`readerdesk reader search` process, slowest",
                value: processMs.max(), unit: "ms", note: processNote))
    }
}

/// The other executables of the same build.
enum Sibling {
    static func directory() -> String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return (exe as NSString).deletingLastPathComponent
    }

    static func readerdesk() -> String? {
        let path = directory() + "/readerdesk"
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// `readerdesk COMMAND --help` lists `subcommand`: that part of the command line is built.
    static func has(_ command: String, _ subcommand: String) -> Bool {
        guard let bin = readerdesk(), let run = try? ProcessRun.run(bin, [command, "--help"]), run.status == 0 else { return false }
        return run.stdout.split(separator: "\n").contains { $0.split(separator: " ").first == Substring(subcommand) }
    }
}
