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
        let partial = r.partial ? "PARTIAL — the period has not ended; figures so far, no churn. " : ""
        print(partial + "Report \(r.period.label) (\(r.period.from) to \(r.period.to)), against \(r.previous.label)")
        Output.fields([
            ("active readers", "\(r.activeReaders)"),
            ("cross-use", "\(pct(r.crossUse)) (\(r.crossUseReaders) used two or more services)"),
            (
                "churn",
                r.churned.map { "\(pct(r.churn ?? 0)) (\($0) of \(r.previousActive) active before)" }
                    ?? "not computed until \(r.period.label) has ended"
            ),
            ("outreach", "\(r.outreach.count) notices, response rate \(pct(r.responseRate))"),
            (
                "satisfaction",
                r.satisfactionMean.map {
                    String(format: "%.2f of 5", $0) + " " + r.satisfaction.map(String.init).joined(separator: "/")
                        + " (staff \(r.satisfactionSources["staff", default: 0]), readers by mail \(r.satisfactionSources["reader", default: 0]))"
                } ?? "none recorded"
            ),
            (
                "tiers",
                "vip \(r.tiers.vip), key \(r.tiers.key), mid \(r.tiers.mid), basic \(r.tiers.basic) (before: \(r.previousTiers.vip)/\(r.previousTiers.key)/\(r.previousTiers.mid)/\(r.previousTiers.basic))"
            ),
            ("tier moves", "\(r.movedUp) up, \(r.movedDown) down"),
        ])
        Output.ticketTimes(first: r.firstResponse, resolution: r.resolution)
        print("— contacts")
        for (title, m) in [("by cell", r.contactsByCell), ("by channel", r.contactsByChannel), ("by READ level", r.contactsByRead)] {
            print("\(title): " + m.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
    }
}
