import ArgumentParser
import Foundation
import ReaderDeskCore

/// `partial_month`: the last month is the current one, its figures so far.
struct TrendsJSON: Encodable {
    let months: [String]; let services: [ServiceSeries]; let partialMonth: String?
    enum CodingKeys: String, CodingKey { case months, services, partialMonth = "partial_month" }
}

struct TrendsCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(commandName: "trends", abstract: "Monthly use per service, as sparklines.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Months to show, ending with this one.") var months: Int = 12

    func run(_ ctx: CommandContext) throws {
        try ctx.requireStaff()
        let t = try ctx.database.serviceTrends(now: ctx.now, months: max(1, min(months, 120)))
        if output.json {
            let labels = t.months.map { String(format: "%04d-%02d", $0 / 100, $0 % 100) }
            try Output.json(TrendsJSON(months: labels, services: t.services, partialMonth: labels.last))
            return
        }
        // The last month is the current one: marked so far, never drawn as a fall (·).
        print(Sparkline.caption(months: t.months, partialLast: true))
        Output.table(
            [Column.service, Column.name, Column.uses, Column.trend, Column.max, Column.counter, Column.counterTrend],
            t.services.map {
                [
                    $0.service, $0.name, "\($0.uses.reduce(0, +))", Sparkline.render($0.uses, partialLast: true), "\($0.uses.max() ?? 0)",
                    $0.counter.map { "\($0.reduce(0, +))" } ?? "", $0.counter.map { Sparkline.render($0, partialLast: true) } ?? "",
                ]
            })
    }
}
