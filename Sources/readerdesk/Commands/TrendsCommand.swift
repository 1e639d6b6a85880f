import ArgumentParser
import Foundation
import ReaderDeskCore

struct TrendsJSON: Encodable { let months: [String]; let services: [ServiceSeries] }

struct TrendsCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(commandName: "trends", abstract: "Monthly use per service, as sparklines.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "Months to show, ending with this one.") var months: Int = 12

    func run(_ ctx: CommandContext) throws {
        try ctx.requireStaff()
        let t = try ctx.database.serviceTrends(now: ctx.now, months: max(1, min(months, 120)))
        if output.json {
            try Output.json(TrendsJSON(months: t.months.map { String(format: "%04d-%02d", $0 / 100, $0 % 100) }, services: t.services))
            return
        }
        Output.table(["SERVICE", "NAME", "USES", "TREND", "COUNTER", "COUNTER TREND"], t.services.map {
            [$0.service, $0.name, "\($0.uses.reduce(0, +))", Sparkline.render($0.uses),
             $0.counter.map { "\($0.reduce(0, +))" } ?? "", $0.counter.map(Sparkline.render) ?? ""]
        })
    }
}
