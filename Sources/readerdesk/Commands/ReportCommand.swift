import ArgumentParser
import Foundation
import ReaderDeskCore

/// `report` alone is the programme's measures; `report desk` the desk's own statistics.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Reports: the programme's measures (default) and the desk's statistics.",
        subcommands: [ProgrammeReportCommand.self, DeskReportCommand.self],
        defaultSubcommand: ProgrammeReportCommand.self)
}

struct ProgrammeReportCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "programme", abstract: "Measures of the programme: cross-use, churn, response, satisfaction, tickets, contacts, tiers."
    )
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var periods: PeriodOptions

    struct ReportJSON: Encodable {
        let period, previous: PeriodJSON
        let activeReaders, crossUseReaders: Int
        let crossUse: Double
        /// The period has not ended (its figures are so far); churn is then not computed (null).
        let partial: Bool
        let churn: [String: Double?]
        let outreach: [String: Double]
        let satisfaction: [String: Double?]
        let satisfactionDistribution: [Int]
        let satisfactionSources: [String: Int]
        let firstResponse, resolution: [String: Durations]
        let contacts: [String: [String: Int]]
        let tiers, previousTiers: TierCounts
        let moved: [String: Int]
        enum CodingKeys: String, CodingKey {
            case period, previous, partial, churn, outreach, satisfaction, contacts, tiers, moved
            case activeReaders = "active_readers", crossUseReaders = "cross_use_readers", crossUse = "cross_use"
            case satisfactionDistribution = "satisfaction_distribution", satisfactionSources = "satisfaction_sources", firstResponse =
                "first_response", resolution
            case previousTiers = "previous_tiers"
        }
        init(_ r: ProgrammeReport) {
            period = PeriodJSON(r.period); previous = PeriodJSON(r.previous)
            activeReaders = r.activeReaders; crossUseReaders = r.crossUseReaders; crossUse = r.crossUse
            partial = r.partial
            churn = ["previous_active": Double(r.previousActive), "churned": r.churned.map(Double.init), "rate": r.churn]
            let withService = r.outreach.filter { $0.service != nil }
            outreach = [
                "notices": Double(r.outreach.count), "recipients": Double(withService.reduce(0) { $0 + $1.recipients }),
                "responses": Double(withService.reduce(0) { $0 + $1.responses }), "response_rate": r.responseRate,
            ]
            satisfaction = ["mean": r.satisfactionMean, "count": Double(r.satisfaction.reduce(0, +))]
            satisfactionDistribution = r.satisfaction
            satisfactionSources = r.satisfactionSources
            firstResponse = r.firstResponse; resolution = r.resolution
            contacts = ["by_cell": r.contactsByCell, "by_channel": r.contactsByChannel, "by_read": r.contactsByRead]
            tiers = r.tiers; previousTiers = r.previousTiers
            moved = ["up": r.movedUp, "down": r.movedDown]
        }
    }

    func run(_ ctx: CommandContext) throws {
        try ctx.requireStaff()
        let period = try periods.resolve(ctx.calendar) { ctx.calendar.quarter(containing: ctx.now) }
        let r = try ctx.database.programmeReport(period, now: ctx.now)
        if output.json { try Output.json(ReportJSON(r)); return }
        func pct(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
        let partial = r.partial ? say(Line.partial) : ""
        print(partial + say(Line.reportHeading, label(r.period), r.period.from, r.period.to, label(r.previous)))
        let t = r.tiers, b = r.previousTiers
        Output.fields([
            (Line.activeReaders, "\(r.activeReaders)"),
            (Line.crossUse, say(Line.crossUseValue, pct(r.crossUse), r.crossUseReaders)),
            (
                Line.churn,
                r.churned.map { say(Line.churnValue, pct(r.churn ?? 0), $0, r.previousActive) }
                    ?? say(Line.churnLater, label(r.period))
            ),
            (Line.outreach, say(Line.outreachValue, r.outreach.count, pct(r.responseRate))),
            (
                Line.satisfaction,
                r.satisfactionMean.map {
                    say(Line.ofFive, String(format: "%.2f", $0)) + " " + r.satisfaction.map(String.init).joined(separator: "/")
                        + say(
                            Line.satisfactionSources, r.satisfactionSources["staff", default: 0],
                            r.satisfactionSources["reader", default: 0])
                } ?? say(Line.noneRecorded)
            ),
            (Line.tiers, say(Line.tiersValue, t.vip, t.key, t.mid, t.basic, b.vip, b.key, b.mid, b.basic)),
            (Line.tierMoves, say(Line.tierMovesValue, r.movedUp, r.movedDown)),
        ])
        Output.ticketTimes(first: r.firstResponse, resolution: r.resolution)
        print(say(Line.section, say(Line.contacts)))
        for (title, m) in [(Line.byCell, r.contactsByCell), (Line.byChannel, r.contactsByChannel), (Line.byReadLevel, r.contactsByRead)] {
            print(say(Line.titled, say(title), m.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")))
        }
    }
}
