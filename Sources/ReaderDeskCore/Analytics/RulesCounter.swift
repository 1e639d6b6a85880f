import Foundation
import GRDB

extension MatrixRules {
    static let counterTrendRule = MatrixRule(
        name: "counter-trend", cell: 5, group: .live(reads: ["counter", "service", "usage"]), run: counterTrends)

    /// ⑤ from the vendors' side: a service whose COUNTER figures (its preferred metric, see
    /// `counterMetrics`) in the latest reported month changed by the trend percentage or more
    /// against the same month a year earlier, or the mean of the three months before without a
    /// year of figures (`TrendComparison`), with enough in what it is compared with. Reports
    /// arrive late, so the latest month with figures stands in for the last full month.
    static func counterTrends(_ c: RuleContext) throws -> [ActionCandidate] {
        let percent = try c.number("matrix.trend.percent"), minBase = try c.int("matrix.trend.min_baseline")
        var months = [c.cal.previousMonth(c.cal.monthKey(c.now))]
        while months.count < 15 { months.insert(c.cal.previousMonth(months[0]), at: 0) }
        let names = Dictionary(
            uniqueKeysWithValues: try Row.fetchAll(c.db, sql: "SELECT id, name, subjects FROM service")
                .map { ($0[0] as Int64, ($0[1] as String, $0[2] as String)) })
        return try AppDatabase.counterFigures(c.db, months: months).compactMap { id, metric, counts in
            guard let last = counts.lastIndex(where: { $0 > 0 }), last >= 3, let (name, subjects) = names[id] else { return nil }
            let recent = counts[last], base = counts[last - 3..<last].reduce(0, +)
            let month = months[last]
            guard
                let t = TrendComparison.judge(
                    month: month, recent: recent, threeBefore: base, yearEarlier: last >= 12 ? counts[last - 12] : 0,
                    percent: percent, minBase: minBase)
            else { return nil }
            let rising = t.rising, change = t.change
            let label = String(format: "%04d-%02d", month / 100, month % 100)
            // Its readers: those who used it here in the four months the figures cover.
            let audience = ServiceAudience(kind: .used, service: id, from: months[last - 3], to: month)
            return ActionCandidate(
                cell: 5, rule: "counter-trend", readerId: nil, serviceId: id,
                key: "counter-trend:\(id):\(month):\(rising ? "up" : "down")",
                reason: Phrase(
                    t.code("action.counter-trend"),
                    [name, metric, "\(recent)", label, "\(change > 0 ? "+" : "")\(change)"] + t.baseArguments),
                step: Phrase(rising ? "action.counter-trend.rising.step" : "action.counter-trend.falling.step", [name]),
                due: try c.defaultDue(), ownerId: c.owners.forSubjects(Staff.splitList(subjects)),
                audience: audience, readers: try audience.count(c))
        }
    }
}
