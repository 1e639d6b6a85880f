import Foundation
import GRDB

/// Cells ⑤ service trends and ⑥ reader trends.
extension MatrixRules {
    static let serviceTrendRule = MatrixRule(name: "service-trend", cell: 5, group: .daily, run: serviceTrends)

    /// ⑤ A service whose use in the last full month changed by X% or more against the same month a
    /// year earlier, or, without a year of history, the mean of the three months before (with
    /// enough use in what it is compared with): see `TrendComparison`.
    static func serviceTrends(_ c: RuleContext) throws -> [ActionCandidate] {
        let last = c.cal.previousMonth(c.cal.monthKey(c.now))
        let b1 = c.cal.previousMonth(c.cal.previousMonth(c.cal.previousMonth(last)))
        let percent = try c.number("matrix.trend.percent"), minBase = try c.int("matrix.trend.min_baseline")
        let rows = try trendRows(c, first: b1, last: last)
        // One month of the roll-up's key range: each service's use a year before the last month.
        let yearEarlier = Dictionary(
            uniqueKeysWithValues: try Row.fetchAll(
                c.db,
                sql: """
                    SELECT service_id, sum(quantity) FROM usage_month WHERE month = ? GROUP BY service_id
                    """, arguments: [last - 100]
            ).map { ($0[0] as Int64, $0[1] as Int) })
        let label = String(format: "%04d-%02d", last / 100, last % 100)
        return try rows.compactMap { id, name, subjects, recent, base in
            guard
                let t = TrendComparison.judge(
                    month: last, recent: recent, threeBefore: base, yearEarlier: yearEarlier[id] ?? 0,
                    percent: percent, minBase: minBase)
            else { return nil }
            let rising = t.rising, change = t.change
            let audience = ServiceAudience(kind: .used, service: id, from: b1, to: last)
            return ActionCandidate(
                cell: 5, rule: "service-trend", readerId: nil, serviceId: id,
                key: "service-trend:\(id):\(last):\(rising ? "up" : "down")",
                reason: Phrase(
                    t.code("action.service-trend"), [name, "\(recent)", label, "\(change > 0 ? "+" : "")\(change)"] + t.baseArguments),
                step: Phrase(rising ? "action.service-trend.rising.step" : "action.service-trend.falling.step", [name]),
                due: try c.defaultDue(), ownerId: c.owners.forSubjects(Staff.splitList(subjects)),
                audience: audience, readers: try audience.count(c))
        }
    }

    /// Per service with use in months first...last: (id, name, subjects, use in the last month, use in the others).
    static func trendRows(_ c: RuleContext, first: Int, last: Int) throws -> [(Int64, String, String, Int, Int)] {
        guard let scan = c.daily?.scan else {
            return try Row.fetchAll(
                c.db,
                sql: """
                    SELECT service.id, service.name, service.subjects,
                           coalesce(sum(CASE WHEN month = ?2 THEN quantity END), 0) AS recent,
                           coalesce(sum(CASE WHEN month < ?2 THEN quantity END), 0) AS base
                    FROM service JOIN usage_month ON usage_month.service_id = service.id AND usage_month.month BETWEEN ?1 AND ?2
                    GROUP BY service.id
                    """, arguments: [first, last]
            ).map { ($0[0], $0[1], $0[2], $0[3], $0[4]) }
        }
        let info = try Row.fetchAll(c.db, sql: "SELECT id, name, subjects FROM service ORDER BY id")
        return info.enumerated().compactMap { i, r in
            scan.serviceIds[i] == (r[0] as Int64) && scan.trendRecent[i] + scan.trendBase[i] > 0
                ? (r[0], r[1], r[2], scan.trendRecent[i], scan.trendBase[i]) : nil
        }
    }

    /// Each reader's use in two back-to-back windows of N days before today: totals, on-site and late-night.
    struct Windows: Equatable { var before = 0, recent = 0, onsiteBefore = 0, onsiteRecent = 0, lateBefore = 0, lateRecent = 0 }

    static func readerWindows(_ c: RuleContext, days: Int) throws -> [Int64: Windows] {
        let today = c.cal.startOfLocalDay(c.now)
        let mid = c.cal.shiftDays(today, days: -days), start = c.cal.shiftDays(today, days: -2 * days)
        var w: [Int64: Windows] = [:]
        // A range of the covering usage_at index: no lookups into the table.
        let rows = try Row.fetchCursor(
            c.db,
            sql: """
                SELECT reader_id, at, quantity, location FROM usage INDEXED BY usage_at WHERE at >= ? AND at < ?
                """, arguments: [start, today])
        while let r = try rows.next() {
            let at: Int64 = r[1], q: Int = r[2], onsite = (r[3] as Int) == 0, late = c.cal.isLateNight(at)
            var x = w[r[0]] ?? Windows()
            if at >= mid {
                x.recent += q; if onsite { x.onsiteRecent += q }; if late { x.lateRecent += q }
            } else {
                x.before += q; if onsite { x.onsiteBefore += q }; if late { x.lateBefore += q }
            }
            w[r[0]] = x
        }
        return w
    }

    static let readerTrendRule = MatrixRule(name: "reader-trend", cell: 6, group: .daily, run: readerTrends)

    /// ⑥ Falling activity and changed habits (where and when), per quarter so a dismissal holds for the quarter.
    static func readerTrends(_ c: RuleContext) throws -> [ActionCandidate] {
        let days = try c.int("matrix.activity.days")
        let percent = try c.number("matrix.activity.percent"), minBefore = try c.int("matrix.activity.min_before")
        let points = try c.number("matrix.habits.points"), minUses = try c.int("matrix.habits.min_uses")
        let quarter = c.cal.quarter(containing: c.now).label
        let forgotten = try Set(Int64.fetchAll(c.db, sql: "SELECT id FROM reader WHERE forgotten = 1"))
        let list: [(Int64, Windows)]
        if let scan = c.daily?.scan, !scan.windows.isEmpty {
            list = scan.windows.enumerated().compactMap { r, w in w.before + w.recent > 0 ? (Int64(r), w) : nil }
        } else {
            list = try readerWindows(c, days: days).sorted(by: { $0.key < $1.key })
        }
        var out: [ActionCandidate] = []
        for (id, w) in list where !forgotten.contains(id) {
            if w.before >= minBefore, Double(w.before - w.recent) * 100 >= percent * Double(w.before) {
                let fall = Int((Double(w.before - w.recent) * 100 / Double(w.before)).rounded())
                out.append(
                    ActionCandidate(
                        cell: 6, rule: "reader-trend", readerId: id, serviceId: nil, key: "falling:\(id):\(quarter)",
                        reason: Phrase("action.activity-falling", ["\(w.recent)", "\(days)", "\(w.before)", "\(fall)"]),
                        step: Phrase("action.activity-falling.step"), due: try c.defaultDue(), ownerId: try c.owner(ofReader: id)))
            }
            guard w.before >= minUses, w.recent >= minUses else { continue }
            for (what, a, b) in [("on-site", w.onsiteBefore, w.onsiteRecent), ("late-night", w.lateBefore, w.lateRecent)] {
                // |a/before − b/recent| ≥ points/100, cross-multiplied.
                let diff = abs(a * w.recent - b * w.before)
                guard Double(diff) * 100 >= points * Double(w.before * w.recent) else { continue }
                let (pa, pb) = (a * 100 / w.before, b * 100 / w.recent)
                out.append(
                    ActionCandidate(
                        cell: 6, rule: "reader-trend", readerId: id, serviceId: nil, key: "habits:\(id):\(quarter):\(what)",
                        reason: Phrase(what == "on-site" ? "action.habits.onsite" : "action.habits.late", ["\(pa)", "\(pb)", "\(days)"]),
                        step: Phrase(what == "on-site" ? "action.habits.onsite.step" : "action.habits.late.step"),
                        due: try c.defaultDue(), ownerId: try c.owner(ofReader: id)))
            }
        }
        return out
    }

    static let tierFellRule = MatrixRule(name: "tier-fell", cell: 6, group: .daily, run: tierFell)

    /// ⑥ Readers whose tier fell (from mid or better) between the last two completed quarters.
    static func tierFell(_ c: RuleContext) throws -> [ActionCandidate] {
        let qs = c.app.lastQuarters(now: c.now, count: 2)
        let later = try c.quarterTiers(qs[1].label)
        var out: [ActionCandidate] = []
        try c.quarterTiers(qs[0].label).forEach { id, row in
            let before = row.tier, after = later[id]?.tier ?? .inactive
            guard before >= .mid, after < before else { return }
            out.append(
                ActionCandidate(
                    cell: 6, rule: "tier-fell", readerId: id, serviceId: nil, key: "tier-fell:\(id):\(qs[1].label)",
                    reason: Phrase("action.tier-fell", ["tier:\(before.rawValue)", qs[0].label, "tier:\(after.rawValue)", qs[1].label]),
                    step: Phrase("action.tier-fell.step"), due: try c.defaultDue(),
                    ownerId: try c.owner(ofReader: id)))
        }
        return out
    }
}
