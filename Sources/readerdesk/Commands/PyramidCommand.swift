import ArgumentParser
import Foundation
import ReaderDeskCore
import ReaderDeskWords

struct PyramidCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "pyramid",
        abstract: "The value pyramid: readers ranked by value score into vip, key, mid and basic.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var periods: PeriodOptions
    @Option(help: "Another period: who moved up and down between the two.") var compare: String?
    @Option(help: "Readers to list in the table (the JSON lists them all).") var limit: Int = 20

    func run(_ ctx: CommandContext) throws {
        try ctx.requireStaff()
        let period = try periods.resolve(ctx.calendar) { ctx.calendar.lastTwelveMonths(before: ctx.now) }
        if let compare {
            let c = try ctx.database.comparePyramids(period, try ctx.calendar.period(compare))
            if output.json { try Output.json(PyramidCompareJSON(c)) } else { PyramidPrinting.compare(c) }
            return
        }
        let p = try ctx.database.pyramid(period)
        let goals = try ctx.database.tierGoals()
        if output.json { try PyramidJSON.write(p, goals: goals); return }
        // In Chinese a goal the library did not write is the catalogue's; its own text stays as written.
        var shown = goals
        if commandLineLanguage == .zhHans {
            let custom = try ctx.database.tierGoals(customOnly: true)
            for t in ValueTier.allCases where custom[t] == nil { shown[t] = Words.tierGoals[t.rawValue].map { say($0) } ?? goals[t] }
        }
        PyramidPrinting.show(p, limit: limit, goals: shown)
    }
}
