import Foundation
import GRDB

/// A strong association "readers of A also use B" over the recent months.
public struct ServicePair: Sendable, Equatable {
    public var a: Int64, b: Int64
    public var both: Int, readersOfA: Int
    public var confidence: Double, lift: Double
}

/// Cells ③ service recommendations and ④ life-stage reminders.
extension MatrixRules {
    static let pairRule = MatrixRule(name: "pair", cell: 3, group: .daily, run: recommendPairs)

    /// ③ Readers of A who never used B, for strong pairs A→B; the strongest A explains each B. Only
    /// readers of the value tiers in `matrix.recommend.tiers` get personal recommendations, at most
    /// `matrix.recommend.per_reader` each, the strongest first.
    static func recommendPairs(_ c: RuleContext) throws -> [ActionCandidate] {
        let tiers = Set(Staff.splitList(try AppDatabase.setting(c.db, "matrix.recommend.tiers")).compactMap(ValueTier.init))
        let eligible = Set(try c.currentTiers(tiers).map(\.0))
        let perReader = try c.int("matrix.recommend.per_reader")
        let all: [ActionCandidate]
        if let scan = c.daily?.scan, let facts = c.daily?.readers {
            all = try recommendPairs(c, scan, facts, only: eligible)
        } else {
            all = try allPairs(c)
        }
        var kept: [Int64: [ActionCandidate]] = [:]
        for a in all { if let r = a.readerId, eligible.contains(r) { kept[r, default: []].append(a) } }
        return kept.keys.sorted().flatMap { r in
            kept[r]!.sorted { ($0.strength, -($0.serviceId ?? 0)) > ($1.strength, -($1.serviceId ?? 0)) }.prefix(perReader)
        }
    }

    static func allPairs(_ c: RuleContext) throws -> [ActionCandidate] {
        let (pairs, sets) = try servicePairs(c)
        guard !pairs.isEmpty else { return [] }
        let names = Dictionary(
            uniqueKeysWithValues: try Row.fetchAll(c.db, sql: "SELECT id, name FROM service").map { ($0[0] as Int64, $0[1] as String) })
        let everUsed = try c.db.makeStatement(
            sql: "SELECT 1 FROM usage_month INDEXED BY usage_month_reader WHERE reader_id = ? AND service_id = ? LIMIT 1")
        var out: [ActionCandidate] = []
        for (reader, services) in sets.sorted(by: { $0.key < $1.key }) {
            var best: [Int64: ServicePair] = [:]
            for p in pairs where services.contains(p.a) && !services.contains(p.b) {
                if let q = best[p.b], (q.confidence, q.lift) >= (p.confidence, p.lift) { continue }
                best[p.b] = p
            }
            for (b, p) in best.sorted(by: { $0.key < $1.key }) {
                // "Never used": not in the window, and not before it either.
                if try Int.fetchOne(everUsed, arguments: [reader, b]) != nil { continue }
                let (an, bn) = (names[p.a] ?? "?", names[b] ?? "?")
                out.append(
                    ActionCandidate(
                        cell: 3, rule: "pair", readerId: reader, serviceId: b, key: "pair:\(reader):\(b)",
                        reason: Phrase("action.pair", [bn, an, "\(Int((p.confidence * 100).rounded()))", Phrase.decimal(p.lift)]),
                        step: Phrase("action.pair.step", [bn]), due: try c.defaultDue(), ownerId: try c.owners.forReader(reader),
                        strength: p.confidence + p.lift / 1000))
            }
        }
        return out
    }

    /// Pairs A→B with enough readers, confidence and lift, and each reader's services in the window.
    static func servicePairs(_ c: RuleContext) throws -> ([ServicePair], [Int64: Set<Int64>]) {
        let months = try c.int("matrix.recommend.months")
        var first = c.cal.monthKey(c.now)
        for _ in 1..<max(1, months) { first = c.cal.previousMonth(first) }
        var sets: [Int64: Set<Int64>] = [:]
        let rows = try Row.fetchCursor(
            c.db, sql: "SELECT DISTINCT reader_id, service_id FROM usage_month WHERE month BETWEEN ? AND ?",
            arguments: [first, c.cal.monthKey(c.now)])
        while let r = try rows.next() { sets[r[0], default: []].insert(r[1]) }
        let forgotten = try Set(Int64.fetchAll(c.db, sql: "SELECT id FROM reader WHERE forgotten = 1"))
        var single: [Int64: Int] = [:], both: [Int64: [Int64: Int]] = [:]
        for s in sets.values {
            for a in s {
                single[a, default: 0] += 1
                for b in s where b != a { both[a, default: [:]][b, default: 0] += 1 }
            }
        }
        let n = Double(sets.count)
        let minReaders = try c.int("matrix.recommend.min_readers")
        let minConfidence = try c.number("matrix.recommend.confidence"), minLift = try c.number("matrix.recommend.lift")
        var pairs: [ServicePair] = []
        for (a, row) in both {
            for (b, ab) in row where ab >= minReaders {
                let confidence = Double(ab) / Double(single[a]!)
                let lift = confidence / (Double(single[b]!) / n)
                if confidence >= minConfidence && lift >= minLift {
                    pairs.append(ServicePair(a: a, b: b, both: ab, readersOfA: single[a]!, confidence: confidence, lift: lift))
                }
            }
        }
        for f in forgotten { sets[f] = nil }
        return (pairs.sorted { ($0.a, $0.b) < ($1.a, $1.b) }, sets)
    }

    static let newServiceRule = MatrixRule(
        name: "new-service", cell: 3, group: .live(reads: ["usage", "reader", "service"]), run: newServices)

    /// ③ A service added in the last N days: one action for the service's owner, naming how many
    /// readers of its subjects have not used it; `outreach new --from-action` sends them one notice.
    static func newServices(_ c: RuleContext) throws -> [ActionCandidate] {
        let since = c.cal.shiftDays(c.cal.startOfLocalDay(c.now), days: -(try c.int("matrix.new_service.days")))
        var out: [ActionCandidate] = []
        for s in try Service.filter(Column("created_at") >= since).fetchAll(c.db) where !s.subjectList.isEmpty {
            let audience = ServiceAudience(kind: .newService, service: s.id, subjects: s.subjectList)
            let n = try audience.count(c.db)
            guard n > 0 else { continue }
            out.append(
                ActionCandidate(
                    cell: 3, rule: "new-service", readerId: nil, serviceId: s.id, key: "new-service:\(s.id!)",
                    reason: Phrase(
                        "action.new-service", [s.name, c.cal.dayString(s.createdAt), "\(n)", s.subjectList.joined(separator: ", ")]),
                    step: Phrase("action.new-service.step", [s.name]), due: try c.defaultDue(),
                    ownerId: c.owners.forSubjects(s.subjectList), audience: audience, readers: n))
        }
        return out
    }

    static let lifeStageRule = MatrixRule(name: "life-stage", cell: 4, group: .live(reads: ["life", "reader", "service"]), run: lifeStages)

    /// ④ A life-stage event in the next N days: the services that help now (setting matrix.remind.services).
    static func lifeStages(_ c: RuleContext) throws -> [ActionCandidate] {
        let horizon = c.cal.day(c.now, plus: try c.int("matrix.remind.days"))
        let map = AnalyticsSettings.parseRemind(try AppDatabase.setting(c.db, "matrix.remind.services"))
        let services = Dictionary(try Service.fetchAll(c.db).map { ($0.code.lowercased(), $0.name) }, uniquingKeysWith: { a, _ in a })
        let rows = try Row.fetchAll(
            c.db,
            sql: """
                SELECT e.id, e.reader_id, e.kind, e.date, r.librarian_id, r.dept, r.subject
                FROM life_event e JOIN reader r ON r.id = e.reader_id
                WHERE e.date >= ? AND e.date <= ? AND r.forgotten = 0
                """, arguments: [c.today, horizon])
        return try rows.map { r in
            let id: Int64 = r["id"], date: String = r["date"]
            let kind = LifeEventKind(rawValue: r["kind"]) ?? .other
            let suggest = (map[kind] ?? []).map { services[$0.lowercased()] ?? $0 }
            let (y, m, d) = try c.cal.parseDay(date)
            let weekBefore = c.cal.dayString(c.cal.shiftDays(c.cal.startOfDay(year: y, month: m, day: d)!, days: -7))
            return ActionCandidate(
                cell: 4, rule: "life-stage", readerId: r["reader_id"], serviceId: nil, key: "life-stage:\(id):\(date)",
                reason: Phrase("action.life-stage", ["event:\(kind.rawValue)", date]),
                step: suggest.isEmpty
                    ? Phrase("action.life-stage.ask", ["event:\(kind.rawValue)"])
                    : Phrase("action.life-stage.suggest", [suggest.joined(separator: ", ")]),
                due: max(c.today, weekBefore),
                ownerId: c.owners.forReader(librarianId: r["librarian_id"], dept: r["dept"], subject: r["subject"]))
        }
    }
}
