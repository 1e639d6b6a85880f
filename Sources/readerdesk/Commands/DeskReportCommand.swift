import ArgumentParser
import Foundation
import ReaderDeskCore
import ReaderDeskWords

/// `report desk`: the figures a reference service publishes about its own work.
struct DeskReportCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "desk",
        abstract: "The desk's statistics: channels, READ levels, minutes, staff, week heat map, response times, answers.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var periods: PeriodOptions
    @Option(help: "Only this staff member's work.") var staff: String?
    @Flag(help: "Print one JSON document.") var json = false
    @Flag(help: "Print CSV rows: section,key,value.") var csv = false

    func run(_ ctx: CommandContext) throws {
        try ctx.requireStaff()
        guard !(json && csv) else { throw CommandError(Refusal.jsonOrCSV) }
        let period = try periods.resolve(ctx.calendar) { ctx.calendar.quarter(containing: ctx.now) }
        let r = try ctx.database.deskReport(period, staff: staff)
        if json { try Output.json(r); return }
        if csv { print(Self.csv(r), terminator: ""); return }
        Self.table(r)
    }

    static let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    static func rows(_ r: DeskReport) -> [(String, String, String)] {
        var out: [(String, String, String)] = []
        func add(_ section: String, _ m: [String: Int]) {
            for (k, v) in m.sorted(by: { $0.key < $1.key }) { out.append((section, k, "\(v)")) }
        }
        add("contacts_by_channel", r.contactsByChannel); add("tickets_by_channel", r.ticketsByChannel); add("read_level", r.readLevels)
        out.append(("minutes", "total", "\(r.minutes)"))
        for s in r.byStaff {
            out += [
                ("staff_contacts", s.login, "\(s.contacts)"), ("staff_minutes", s.login, "\(s.minutes)"),
                ("staff_replies", s.login, "\(s.replies)"), ("staff_resolved", s.login, "\(s.resolved)"),
            ]
        }
        for (d, row) in r.heat.enumerated() {
            for (h, n) in row.enumerated() where n > 0 { out.append(("heat", "\(days[d]) \(h)", "\(n)")) }
        }
        for (k, d) in r.firstResponse.sorted(by: { $0.key < $1.key }) {
            out.append(("first_response_median_hours", k, d.medianHours.map { String(format: "%.2f", $0) } ?? ""))
        }
        for (k, d) in r.resolution.sorted(by: { $0.key < $1.key }) {
            out.append(("resolution_median_hours", k, d.medianHours.map { String(format: "%.2f", $0) } ?? ""))
        }
        for (src, counts) in r.satisfaction.sorted(by: { $0.key < $1.key }) {
            for (i, n) in counts.enumerated() where n > 0 { out.append(("satisfaction_\(src)", "\(i + 1)", "\(n)")) }
        }
        for a in r.answersUsed { out.append(("answer_used", "#\(a.id) \(a.title)", "\(a.uses)")) }
        out.append(("mail_sent", "total", "\(r.mailSent)")); add("mail_received", r.mailReceived)
        return out
    }

    static func csv(_ r: DeskReport) -> String { DeskReport.csv(rows(r)) }

    static func table(_ r: DeskReport) {
        func list(_ m: [String: Int], _ name: (String) -> String = { $0 }) -> String {
            m.isEmpty ? say(Line.none) : m.sorted { $0.key < $1.key }.map { "\(name($0.key)) \($0.value)" }.joined(separator: ", ")
        }
        func scores(_ c: [Int]?) -> String {
            guard let c, c.reduce(0, +) > 0 else { return say(Line.none) }
            let mean = Double(c.enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }) / Double(c.reduce(0, +))
            return say(Line.ofFive, String(format: "%.2f", mean)) + " " + c.map(String.init).joined(separator: "/")
        }
        print(say(Line.deskHeading, r.from, r.to) + (r.staff.map { say(Line.deskStaff, $0) } ?? ""))
        Output.fields([
            (Line.contacts, list(r.contactsByChannel) { word($0, as: Channel.self) }), (Line.tickets, list(r.ticketsByChannel)),
            (Line.readLevels, list(r.readLevels)),
            (Line.minutes, "\(r.minutes)"), (Line.satisfactionStaff, scores(r.satisfaction["staff"])),
            (Line.satisfactionReader, scores(r.satisfaction["reader"])),
            (Line.mail, say(Line.mailValue, r.mailSent, list(r.mailReceived))),
        ])
        if !r.byStaff.isEmpty {
            print(say(Line.section, say(Line.byStaff)))
            Output.table(
                [Column.staff, Column.contacts, Column.minutes, Column.replies, Column.resolved],
                r.byStaff.map { [$0.login, "\($0.contacts)", "\($0.minutes)", "\($0.replies)", "\($0.resolved)"] })
        }
        Output.ticketTimes(first: r.firstResponse, resolution: r.resolution)
        print(say(Line.section, say(Line.heat)))
        print(heatMap(r.heat).joined(separator: "\n"))
        if !r.answersUsed.isEmpty {
            print(say(Line.section, say(Line.answersUsed)))
            Output.table([Column.id, Column.uses, Column.title], r.answersUsed.map { ["#\($0.id)", "\($0.uses)", $0.title] })
        }
    }

    /// Seven rows of 24 shaded cells, the darkest the busiest hour; the row's total at the end.
    /// The weekdays in the command line's language (the CSV keeps `days`).
    static func heatMap(_ heat: [[Int]]) -> [String] {
        let top = max(1, heat.flatMap { $0 }.max() ?? 1)
        let shades: [Character] = ["·", "░", "▒", "▓", "█"]
        let names = Line.weekdays.map { say($0) }
        let indent = String(repeating: " ", count: (names.map { DisplayWidth.width(of: $0) }.max() ?? 3) + 2)
        var lines = [indent + (0..<24).map { $0 % 6 == 0 ? String(format: "%-6d", $0) : "" }.joined()]
        for (d, row) in heat.enumerated() {
            let cells = row.map { n in n == 0 ? shades[0] : shades[min(4, 1 + (n * 4 - 1) / top)] }
            lines.append("\(names[d])  " + String(cells) + "  \(row.reduce(0, +))")
        }
        return lines
    }
}
