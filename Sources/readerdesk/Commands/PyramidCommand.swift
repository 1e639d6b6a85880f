import ArgumentParser
import Foundation
import ReaderDeskCore

struct PyramidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pyramid",
        abstract: "The value pyramid: readers ranked by value score into vip, key, mid and basic.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var periods: PeriodOptions
    @Option(help: "Another period: who moved up and down between the two.") var compare: String?
    @Option(help: "Readers to list in the table (the JSON lists them all).") var limit: Int = 20

    func run() throws {
        try runReporting {
            let ctx = try CommandContext(global)
            _ = try ctx.actor()
            let period = try periods.resolve(ctx.calendar) { ctx.calendar.lastTwelveMonths(before: ctx.now) }
            if let compare {
                let c = try ctx.database.comparePyramids(period, try ctx.calendar.period(compare))
                if output.json { try Output.json(PyramidCompareJSON(c)) } else { PyramidPrinting.compare(c) }
                return
            }
            let p = try ctx.database.pyramid(period)
            if output.json { try Output.json(PyramidJSON(p)) } else { PyramidPrinting.show(p, limit: limit) }
        }
    }
}
