import Foundation
import GRDB

/// The rules that serve the tiers' goals beyond care (see `WorklistSettings.goals`): mid readers
/// close to key get a recommendation that would lift them; lapsed readers one win-back per term.
extension MatrixRules {
    static let liftRule = MatrixRule(name: "lift", cell: 3, group: .daily, run: lift)

    /// ③ A mid reader whose score is within `matrix.lift.gap` of the lowest key score: the most
    /// valuable service (class, then points) they never used would raise breadth and value.
    static func lift(_ c: RuleContext) throws -> [ActionCandidate] {
        let gap = try c.number("matrix.lift.gap")
        let scores: [(id: Int64, tier: ValueTier, score: Double)]
        if let d = c.daily {
            var all: [(id: Int64, tier: ValueTier, score: Double)] = []
            d.current.forEach { id, t in if t.tier == .key || t.tier == .mid { all.append((id, t.tier, t.score)) } }
            scores = all
        } else {
            scores = try Row.fetchAll(c.db, sql: "SELECT reader_id, tier, score FROM reader_value WHERE tier IN ('key', 'mid')")
                .compactMap { r in ValueTier(rawValue: r[1]).map { (r[0], $0, r[2]) } }
        }
        guard let keyFloor = scores.filter({ $0.tier == .key }).map(\.score).min() else { return [] }
        let close = scores.filter { $0.tier == .mid && $0.score >= keyFloor - gap }.sorted { $0.id < $1.id }
        guard !close.isEmpty else { return [] }
        let forgotten = try Set(Int64.fetchAll(c.db, sql: "SELECT id FROM reader WHERE forgotten = 1"))
        let services = try Row.fetchAll(
            c.db,
            sql: """
                SELECT id, name, class, points FROM service
                ORDER BY CASE class WHEN 'premium' THEN 3 WHEN 'standard' THEN 2 ELSE 1 END DESC, points DESC, id
                """)
        let used = try c.db.makeStatement(
            sql: "SELECT DISTINCT service_id FROM usage_month INDEXED BY usage_month_reader WHERE reader_id = ?")
        var out: [ActionCandidate] = []
        for r in close where !forgotten.contains(r.id) {
            let theirs = Set(try used.firstColumn([r.id]))
            guard let s = services.first(where: { !theirs.contains($0["id"]) }) else { continue }
            let sid: Int64 = s["id"], name: String = s["name"], cls: String = s["class"]
            out.append(
                ActionCandidate(
                    cell: 3, rule: "lift", readerId: r.id, serviceId: sid, key: "lift:\(r.id):\(sid)",
                    reason: Phrase("action.lift", [Phrase.decimal(r.score, 2), Phrase.decimal(keyFloor, 2), name, "class:\(cls)"]),
                    step: Phrase("action.lift.step", [name]), due: try c.defaultDue(),
                    ownerId: try c.owner(ofReader: r.id)))
        }
        return out
    }

    static let winBackRule = MatrixRule(name: "win-back", cell: 6, group: .daily, run: winBack)

    /// ⑥ Readers with no use in the last 12 months who used the library before: one action a term
    /// (half-year) for the default owner, naming how many; an outreach from it reaches them all.
    static func winBack(_ c: RuleContext) throws -> [ActionCandidate] {
        let audience = ServiceAudience(kind: .lapsed)
        let n: Int
        if let d = c.daily {
            // This refresh's current tiers are not stored yet: count against them, not reader_value.
            // One index look-up per reader with no use this year, not a pass over all the roll-up.
            let usedBefore = try c.db.makeStatement(
                sql: "SELECT 1 FROM usage_month INDEXED BY usage_month_reader WHERE reader_id = ? LIMIT 1")
            var count = 0
            try c.db.eachRawRow("SELECT id FROM reader WHERE forgotten = 0") { r in
                let id = r.int(0)
                if d.current[id] == nil, try usedBefore.yieldsRow(id) { count += 1 }
            }
            n = count
        } else {
            n = try audience.count(c.db)
        }
        guard n > 0 else { return [] }
        let (y, m, _) = try c.cal.parseDay(c.today)
        let term = "\(y)-H\(m <= 6 ? 1 : 2)"
        return [
            ActionCandidate(
                cell: 6, rule: "win-back", readerId: nil, serviceId: nil, key: "win-back:\(term)",
                reason: Phrase("action.win-back", ["\(n)"]), step: Phrase("action.win-back.step"),
                due: try c.defaultDue(), ownerId: nil, audience: audience, readers: n)
        ]
    }
}
