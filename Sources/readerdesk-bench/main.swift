import ArgumentParser
import Foundation

/// `swift run -c release readerdesk-bench [--readers N] [--events M] [--json]`: the docs/CONTRACTS.md §7
/// targets measured in one process on a demo library (made once and cached).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readerdesk-bench",
        abstract: "Measure ReaderDesk against its targets on a demo library (docs/CONTRACTS.md §7).")

    @Option(help: "Readers in the demo library.") var readers = 100_000
    @Option(help: "Usage events in the demo library (about; months ≈ events ÷ (readers × 2.1)).") var events = 5_000_000
    @Option(help: "Months of usage in the demo library (the rate then follows from --events).") var months: Int?
    @Option(help: "Measure this existing library instead of the cached demo one (it is opened read-write).") var db: String?
    @Flag(help: "Print one JSON object instead of the table.") var json = false

    func validate() throws {
        guard readers >= 1, events >= 1 else { throw ValidationError("--readers and --events must be at least 1") }
        if let months, !(1...240).contains(months) { throw ValidationError("--months must be 1 to 240") }
    }

    func run() throws {
        do {
            let report = try Bench(readers: readers, events: events, months: months, db: db).run()
            print(json ? report.json() : report.table())
        } catch {
            FileHandle.standardError.write(Data("readerdesk-bench: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}

BenchCommand.main()
